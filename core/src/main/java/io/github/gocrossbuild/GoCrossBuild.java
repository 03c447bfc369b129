package io.github.gocrossbuild;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The entry point: pick targets, get a {@link GoCrossBuilder}.
 *
 * <pre>{@code
 * BuildResult r = GoCrossBuild.target(GoOs.LINUX, GoArch.ARM64).noCgo().run();
 * List<BuildResult> all = GoCrossBuild.targets(
 *         Target.parse("linux/amd64"), Target.parse("linux/arm/v7"), Target.parse("windows/amd64"))
 *     .noCgo()
 *     .runAll();
 * }</pre>
 */
public final class GoCrossBuild {

  private GoCrossBuild() {}

  /**
   * Starts a build for one target.
   *
   * @param goos the operating system
   * @param goarch the architecture
   * @return a builder
   * @throws InvalidTargetException when Go cannot build for the pair
   */
  public static GoCrossBuilder target(GoOs goos, GoArch goarch) {
    return target(
        Target.of(Objects.requireNonNull(goos, "goos"), Objects.requireNonNull(goarch, "goarch")));
  }

  /**
   * Starts a build for one target given as a platform string.
   *
   * @param platform e.g. {@code linux/arm64}, {@code linux/arm/v7}, {@code linux/amd64/v3}
   * @return a builder
   * @throws InvalidTargetException when the string is not a target Go can build for
   */
  public static GoCrossBuilder target(String platform) {
    return target(Target.parse(platform));
  }

  /**
   * Starts a build for one target.
   *
   * @param target the target
   * @return a builder
   */
  public static GoCrossBuilder target(Target target) {
    return new GoCrossBuilder(List.of(Objects.requireNonNull(target, "target")));
  }

  /**
   * Starts a matrix build; run it with {@link GoCrossBuilder#runAll()}.
   *
   * @param targets one or more targets
   * @return a builder
   */
  public static GoCrossBuilder targets(Target... targets) {
    Objects.requireNonNull(targets, "targets");
    return new GoCrossBuilder(Arrays.asList(targets));
  }
}
