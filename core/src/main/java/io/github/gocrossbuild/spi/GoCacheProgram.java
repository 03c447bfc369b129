package io.github.gocrossbuild.spi;

import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.GoCrossStyle;
import io.github.gocrossbuild.internal.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Go's action cache offered to a host's {@code go build} through {@code GOCACHEPROG} (Go 1.24): a
 * cache server listening on this machine's 127.0.0.1 for the duration of one build, and the source
 * of the small bridge program the go command runs, which a host builds with its own Go, starts
 * nowhere else and points at the server (an SSH host through a remote port forward). A host that
 * cannot use it ignores it; the build then uses the host's own {@code GOCACHE}.
 */
@Value.Immutable
@GoCrossStyle
public abstract class GoCacheProgram {
  /** Go variables that describe the target: the bridge is built for the host instead. */
  private static final Set<String> TARGET_VARIABLES =
      Set.of(
          "GOOS",
          "GOARCH",
          "GOARM",
          "GOARM64",
          "GOAMD64",
          "GO386",
          "GOMIPS",
          "GOMIPS64",
          "GOPPC64",
          "GORISCV64",
          "GOWASM",
          "GOFLAGS",
          "GOEXPERIMENT",
          "GOCACHEPROG",
          "CC",
          "CXX",
          "CGO_CFLAGS",
          "CGO_CPPFLAGS",
          "CGO_CXXFLAGS",
          "CGO_LDFLAGS",
          "GOWORK");

  GoCacheProgram() {}

  /**
   * Returns the server's port on this machine's 127.0.0.1.
   *
   * @return the port
   */
  public abstract int port();

  /**
   * Returns the build's secret, which the bridge sends first.
   *
   * @return the token
   */
  @Value.Redacted
  public abstract String token();

  /**
   * Returns the Go source of the bridge, a single {@code main.go} with no dependencies.
   *
   * @return the source
   */
  @Value.Redacted
  public abstract String source();

  /**
   * Returns the SHA-256 of {@link #source()}: a bridge built from the same source can be reused.
   *
   * @return lower-case hex
   */
  @Value.Derived
  public String sourceHash() {
    return Sha256.of(source().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Returns the {@code go.mod} to build the source with.
   *
   * @return the module file
   */
  public String goMod() {
    return "module gocrossbuild.invalid/cacheprog\n\ngo 1.21\n";
  }

  /**
   * Returns the variables {@code go build} runs with to use the bridge.
   *
   * @param program the bridge's path where go runs
   * @param address the server's {@code host:port} as seen from there
   * @param diskDirectory where the bridge writes bodies, on a host that is not this machine
   * @return {@code GOCACHEPROG} and the bridge's own variables
   */
  public Map<String, String> environment(
      String program, String address, Optional<String> diskDirectory) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("GOCACHEPROG", program);
    env.put("GOCROSSBUILD_CACHEPROG_ADDR", address);
    env.put("GOCROSSBUILD_CACHEPROG_TOKEN", token());
    diskDirectory.ifPresent(d -> env.put("GOCROSSBUILD_CACHEPROG_DIR", d));
    return env;
  }

  /**
   * Returns the environment to build the bridge with: the build's, without the target's variables,
   * for the toolchain's own platform, without cgo, modules on and no toolchain switch.
   *
   * @param build the build's process environment
   * @param host the platform the toolchain runs on
   * @return the environment
   */
  public static Map<String, String> bridgeBuildEnvironment(Map<String, String> build, Target host) {
    Map<String, String> env = new LinkedHashMap<>(build);
    env.keySet().removeIf(k -> TARGET_VARIABLES.contains(k) || k.startsWith("GOCROSSBUILD_"));
    env.put("GOOS", host.goos().goName());
    env.put("GOARCH", host.goarch().goName());
    env.put("CGO_ENABLED", "0");
    env.put("GO111MODULE", "on");
    env.put("GOTOOLCHAIN", "local");
    env.put("GOFLAGS", "-mod=mod");
    return env;
  }

  /**
   * Creates a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GoCacheProgram} values. */
  public static final class Builder extends ImmutableGoCacheProgram.Builder {
    Builder() {}
  }
}
