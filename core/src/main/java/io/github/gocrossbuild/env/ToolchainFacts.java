package io.github.gocrossbuild.env;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.ToolchainNotFoundException;
import io.github.gocrossbuild.internal.env.ToolchainProbe;
import io.github.gocrossbuild.internal.toolchain.ToolchainLocator;
import io.github.gocrossbuild.spi.Toolchain;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the environment model needs to know about the Go toolchain that will run: the host platform
 * (GOHOSTOS/GOHOSTARCH), GOROOT (which locates {@code go.env}), the version, the default
 * architecture variants it was built with, and the values only {@code go env} can tell.
 *
 * <p>Tests and callers that know better inject their own:
 *
 * <pre>{@code
 * ToolchainFacts facts = ToolchainFacts.builder()
 *     .hostTarget(Target.parse("linux/amd64"))
 *     .goRoot("/usr/lib/go-1.23")
 *     .build();
 * VsCodeWorkspace ws = VsCodeWorkspace.load(dir, processEnv, facts);
 * }</pre>
 */
@Value.Immutable
public abstract class ToolchainFacts {

  ToolchainFacts() {}

  /**
   * Returns the platform the {@code go} command runs on.
   *
   * @return GOHOSTOS/GOHOSTARCH
   */
  public abstract Target hostTarget();

  /**
   * Returns the toolchain's GOROOT when no setting overrides it.
   *
   * @return e.g. {@code /usr/lib/go-1.23}; empty when unknown (no {@code go.env} is read)
   */
  public abstract Optional<String> goRoot();

  /**
   * Returns the Go version.
   *
   * @return e.g. {@code go1.23.5}
   */
  public abstract Optional<String> goVersion();

  /**
   * Returns the {@code go} command, for {@code go list} questions (cgo files of a package).
   *
   * @return the command path; empty when no toolchain may be run
   */
  public abstract Optional<String> goCommand();

  /**
   * Returns the default of each architecture variant variable as this toolchain was built (Debian's
   * Go, for one, defaults GO386 to softfloat).
   *
   * @return e.g. {@code GOARM -> 7,hardfloat}; missing entries use upstream Go 1.23's defaults
   */
  public abstract Map<String, String> variantDefaults();

  /**
   * Returns values {@code go env} reported that Go computes (GOTOOLDIR, GOGCCFLAGS, GOMOD, ...).
   *
   * @return name to value
   */
  public abstract Map<String, String> reported();

  /**
   * Describes a toolchain the library found ({@code go env -json} already ran).
   *
   * @param toolchain the toolchain
   * @return the facts
   * @throws IllegalArgumentException when the toolchain's host platform is not one this library
   *     knows
   */
  public static ToolchainFacts of(Toolchain toolchain) {
    Target host =
        toolchain
            .hostTarget()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the toolchain "
                            + toolchain.goCommand()
                            + " reports an unknown GOHOSTOS/GOHOSTARCH"));
    Builder b =
        builder()
            .hostTarget(host)
            .goVersion(toolchain.goVersion())
            .goCommand(toolchain.goCommand())
            .reported(toolchain.goEnv());
    toolchain.goRoot().ifPresent(b::goRoot);
    host.variantVariable()
        .ifPresent(
            v -> {
              String value = toolchain.goEnv().get(v);
              if (value != null && !value.isEmpty()) {
                b.putVariantDefaults(v, value);
              }
            });
    return b.build();
  }

  /**
   * Finds the local toolchain the way the library does (GOROOT, PATH, well-known places) and
   * describes it, asking it for its variant defaults; without one, describes this machine only.
   *
   * @param processEnv the environment the toolchain would be found and run with
   * @return the facts
   */
  public static ToolchainFacts detect(Map<String, String> processEnv) {
    Toolchain toolchain;
    try {
      toolchain = ToolchainLocator.locate(Optional.empty(), processEnv);
    } catch (ToolchainNotFoundException e) {
      Target host = Target.current().orElse(Target.of(GoOs.LINUX, GoArch.AMD64));
      return builder().hostTarget(host).build();
    }
    return builder()
        .from(of(toolchain))
        .putAllVariantDefaults(ToolchainProbe.variantDefaults(toolchain.goCommand(), processEnv))
        .build();
  }

  /**
   * Creates a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ToolchainFacts} values. */
  public static final class Builder extends ImmutableToolchainFacts.Builder {
    Builder() {}
  }
}
