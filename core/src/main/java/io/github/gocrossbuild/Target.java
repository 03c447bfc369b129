package io.github.gocrossbuild;

import io.github.gocrossbuild.internal.GoCrossStyle;
import io.github.gocrossbuild.internal.Platforms;
import io.github.gocrossbuild.internal.TargetParser;
import io.github.gocrossbuild.internal.Variants;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A platform Go can build for: GOOS, GOARCH and an optional architecture variant ({@code GOARM},
 * {@code GOAMD64}, {@code GOARM64}, ...).
 *
 * <pre>{@code
 * Target pi = Target.parse("linux/arm/v7");   // GOOS=linux GOARCH=arm GOARM=7
 * Target graviton = Target.of(GoOs.LINUX, GoArch.ARM64).withVariant("v8.2");
 * }</pre>
 */
@Value.Immutable
@GoCrossStyle
public abstract class Target {

  Target() {}

  /**
   * Returns the operating system.
   *
   * @return the GOOS
   */
  @Value.Parameter
  public abstract GoOs goos();

  /**
   * Returns the architecture.
   *
   * @return the GOARCH
   */
  @Value.Parameter
  public abstract GoArch goarch();

  /**
   * Returns the value of the architecture's variant variable, if one was chosen.
   *
   * @return e.g. {@code 7} (GOARM), {@code v3} (GOAMD64), {@code v8.2} (GOARM64)
   */
  public abstract Optional<String> variant();

  /**
   * Creates a target without a variant; Go's default variant applies.
   *
   * @param goos the operating system
   * @param goarch the architecture
   * @return the target
   * @throws InvalidTargetException when no Go release from 1.21 to 1.24 builds for the pair
   */
  public static Target of(GoOs goos, GoArch goarch) {
    return ImmutableTarget.of(goos, goarch);
  }

  /**
   * Parses {@code GOOS/GOARCH} or {@code GOOS/GOARCH/VARIANT}.
   *
   * <p>Accepted: {@code linux/arm64}, {@code linux/arm/v7}, {@code linux/amd64/v3}, {@code
   * linux/arm64/v8.2}. Known misspellings ({@code aarch64}, {@code x86_64}, {@code armv7l}, {@code
   * macos}, ...) are rejected with the correct spelling in the message.
   *
   * @param platform the platform string
   * @return the target
   * @throws InvalidTargetException when the string is not a target Go can build for
   */
  public static Target parse(String platform) {
    TargetParser.Parts parts = TargetParser.parse(Objects.requireNonNull(platform, "platform"));
    return ImmutableTarget.builder()
        .goos(parts.goos())
        .goarch(parts.goarch())
        .variant(parts.variant())
        .build();
  }

  /**
   * Returns the target of the machine this JVM runs on.
   *
   * @return the host target, or empty when Go does not support this machine
   */
  public static Optional<Target> current() {
    Optional<GoOs> os = GoOs.current();
    Optional<GoArch> arch = GoArch.current();
    if (os.isEmpty() || arch.isEmpty() || !Platforms.isSupported(os.get(), arch.get())) {
      return Optional.empty();
    }
    return Optional.of(of(os.get(), arch.get()));
  }

  /**
   * Returns a copy with the given variant.
   *
   * @param variant the variant, e.g. {@code 7} or {@code v7} for arm, {@code v3} for amd64
   * @return the new target
   * @throws InvalidTargetException when the architecture has no such variant
   */
  public Target withVariant(String variant) {
    return ImmutableTarget.copyOf(this).withVariant(variant);
  }

  /**
   * Returns a copy without a variant.
   *
   * @return the new target
   */
  public Target withoutVariant() {
    return ImmutableTarget.of(goos(), goarch());
  }

  /**
   * Returns the platform string, the inverse of {@link #parse(String)}.
   *
   * @return e.g. {@code linux/arm64} or {@code linux/arm/v7}
   */
  public String platform() {
    String base = goos().goName() + "/" + goarch().goName();
    if (variant().isEmpty()) {
      return base;
    }
    return base + "/" + Variants.spell(goarch(), variant().get());
  }

  /**
   * Returns the environment variable that carries the variant for this architecture.
   *
   * @return e.g. {@code GOARM}; empty for loong64 and s390x
   */
  public Optional<String> variantVariable() {
    return goarch().variantVariable();
  }

  /**
   * Tells whether this is one of Go's first-class ports, as Go 1.21 to 1.24 agree; the table of the
   * toolchain that builds has its own flag ({@link io.github.gocrossbuild.spi.TargetTable}).
   *
   * @return true for linux/386, amd64, arm, arm64; darwin/amd64, arm64; windows/386, amd64
   */
  public boolean isFirstClass() {
    return Platforms.isFirstClass(goos(), goarch());
  }

  /**
   * Tells whether Go supports cgo for this target, as Go 1.21 to 1.24 agree; a build takes the flag
   * from the table of the toolchain that builds ({@link io.github.gocrossbuild.spi.TargetTable}).
   *
   * @return the {@code CgoSupported} flag of {@code go tool dist list -json}
   */
  public boolean isCgoSupported() {
    return Platforms.isCgoSupported(goos(), goarch());
  }

  /**
   * Returns the file name suffix Go gives executables for this target.
   *
   * @return {@code .exe} for windows, {@code .wasm} for wasm, else empty
   */
  public String executableSuffix() {
    if (goos() == GoOs.WINDOWS) {
      return ".exe";
    }
    return goarch() == GoArch.WASM ? ".wasm" : "";
  }

  @Value.Check
  Target check() {
    TargetParser.requireSupported(goos(), goarch());
    if (variant().isPresent()) {
      String input = goos().goName() + "/" + goarch().goName() + "/" + variant().get();
      String normalized = TargetParser.checkVariant(goarch(), variant().get(), input);
      if (!normalized.equals(variant().get())) {
        return ImmutableTarget.copyOf(this).withVariant(normalized);
      }
    }
    return this;
  }

  @Override
  public String toString() {
    return platform();
  }
}
