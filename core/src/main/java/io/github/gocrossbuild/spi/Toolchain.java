package io.github.gocrossbuild.spi;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.InvalidTargetException;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.GoCrossStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The Go toolchain a build uses: where it is, how it was found, its version and {@code go env}. */
@Value.Immutable(prehash = true)
@GoCrossStyle
public abstract class Toolchain {

  Toolchain() {}

  /**
   * Returns the path of the {@code go} command, as the host spells it.
   *
   * @return e.g. {@code /usr/lib/go-1.23/bin/go}
   */
  public abstract String goCommand();

  /**
   * Returns how the toolchain was found.
   *
   * @return e.g. {@code "goCommand(...)"}, {@code "GOROOT/bin"}, {@code "PATH"}, {@code "well-known
   *     place /usr/local/go/bin"}
   */
  public abstract String foundBy();

  /**
   * Returns how the toolchain was found, typed.
   *
   * @return e.g. {@link ToolchainSource#PATH}; {@code foundBy()} adds where and why
   */
  public abstract ToolchainSource source();

  /**
   * Returns the first line {@code go version} printed.
   *
   * @return e.g. {@code go version go1.23.5 linux/amd64}
   */
  public abstract String versionOutput();

  /**
   * Returns {@code go env -json} as run with the host's environment and {@code GOTOOLCHAIN=local}.
   *
   * @return variable name to value
   */
  public abstract Map<String, String> goEnv();

  /**
   * Returns the Go version.
   *
   * @return e.g. {@code go1.23.5}
   */
  @Value.Derived
  public String goVersion() {
    String v = goEnv().get("GOVERSION");
    if (v != null && !v.isEmpty()) {
      return v;
    }
    String[] words = versionOutput().split("\\s+");
    return words.length >= 3 ? words[2] : versionOutput();
  }

  /**
   * Returns the URL of the archive the library installed this toolchain from ({@code
   * GoCrossBuilder.goVersion(...)} with {@code GoDownloads}).
   *
   * @return e.g. {@code https://go.dev/dl/go1.23.5.linux-amd64.tar.gz}, or empty for a toolchain
   *     found on the host
   */
  public abstract Optional<String> downloadUrl();

  /**
   * Returns the SHA-256 the archive of {@link #downloadUrl()} was verified against when it was
   * installed.
   *
   * @return lower-case hex, or empty for a toolchain found on the host
   */
  public abstract Optional<String> archiveSha256();

  /**
   * Returns the platform the toolchain runs on ({@code GOHOSTOS/GOHOSTARCH}).
   *
   * @return the host target, or empty when the toolchain reports a pair this library does not know
   */
  public Optional<Target> hostTarget() {
    Optional<GoOs> os = GoOs.fromGoName(goEnv().getOrDefault("GOHOSTOS", ""));
    Optional<GoArch> arch = GoArch.fromGoName(goEnv().getOrDefault("GOHOSTARCH", ""));
    if (os.isEmpty() || arch.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Target.of(os.get(), arch.get()));
    } catch (InvalidTargetException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns {@code GOROOT}.
   *
   * @return the toolchain root, or empty if {@code go env} did not report one
   */
  public Optional<String> goRoot() {
    return Optional.ofNullable(goEnv().get("GOROOT")).filter(s -> !s.isEmpty());
  }

  /**
   * Creates a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Toolchain} values. */
  public static final class Builder extends ImmutableToolchain.Builder {
    Builder() {}
  }
}
