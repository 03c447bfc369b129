package io.github.gocrossbuild;

import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.internal.GoCrossStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Whether cgo applied to a build, where that came from, and why. */
@Value.Immutable
@GoCrossStyle
public abstract class CgoDecision {

  CgoDecision() {}

  /**
   * Tells whether cgo is on.
   *
   * @return true when CGO_ENABLED is 1
   */
  @Value.Parameter
  public abstract boolean enabled();

  /**
   * Returns the layer the value came from.
   *
   * @return e.g. {@link EnvLayer#BUILDER_CGO} for {@code noCgo()}, {@link EnvLayer#GO_DEFAULT} for
   *     Go's own rule
   */
  @Value.Parameter
  public abstract EnvLayer layer();

  /**
   * Returns why, in one sentence.
   *
   * @return e.g. "Go disables cgo by default when cross-compiling (linux/amd64 to linux/arm64)"
   */
  @Value.Parameter
  public abstract String reason();

  /**
   * Returns the C compiler the build uses, as {@code CC} holds it.
   *
   * <p>Set when cgo is on by {@code cgo()}: what the caller gave ({@code cc(...)}, {@code env("CC",
   * ...)}), else the compiler found for the target (a {@code <triple>-gcc} on PATH, a musl cross
   * gcc, {@code zig cc -target ...}, {@code clang --target=...}); {@link #reason()} says which and
   * why.
   *
   * @return e.g. {@code /usr/bin/aarch64-linux-gnu-gcc}; empty when cgo is off or the compiler was
   *     left to Go
   */
  public abstract Optional<String> compiler();

  /**
   * Returns the C++ compiler the build uses, as {@code CXX} holds it.
   *
   * @return e.g. {@code /usr/bin/aarch64-linux-gnu-g++}; empty when none was found or cgo is off
   */
  public abstract Optional<String> cxx();

  /**
   * Returns a copy that names the C (and C++) compiler chosen for the build.
   *
   * @param compiler the {@code CC} value
   * @param cxx the {@code CXX} value, if any
   * @param reason why this compiler, appended to the current reason
   * @return the copy
   */
  public CgoDecision choosing(String compiler, Optional<String> cxx, String reason) {
    return ImmutableCgoDecision.builder()
        .from(this)
        .compiler(compiler)
        .cxx(cxx)
        .reason(reason() + "; " + reason)
        .build();
  }

  /**
   * Returns the value as Go spells it.
   *
   * @return {@code "1"} or {@code "0"}
   */
  public String value() {
    return enabled() ? "1" : "0";
  }

  /**
   * Creates a decision.
   *
   * @param enabled whether cgo is on
   * @param layer where the value came from
   * @param reason why
   * @return the decision
   */
  public static CgoDecision of(boolean enabled, EnvLayer layer, String reason) {
    return ImmutableCgoDecision.of(enabled, layer, reason);
  }

  @Override
  public String toString() {
    return "CGO_ENABLED="
        + value()
        + compiler().map(c -> " CC=" + c).orElse("")
        + " ("
        + reason()
        + ")";
  }
}
