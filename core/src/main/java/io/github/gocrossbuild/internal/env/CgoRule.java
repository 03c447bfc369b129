package io.github.gocrossbuild.internal.env;

import io.github.gocrossbuild.CgoDecision;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.spi.HostEnvironment;
import io.github.gocrossbuild.spi.Toolchain;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides CGO_ENABLED for a build as {@code cmd/go} does: the builder's choice; else a non-empty
 * process value (only 0 and 1 count); else the go env files; else Go's default rule (off when
 * cross-compiling, else on when a C compiler is found).
 */
public final class CgoRule {
  private static final String NAME = "CGO_ENABLED";

  private CgoRule() {}

  /**
   * Decides.
   *
   * @param requested {@code noCgo()} (false), {@code cgo()} (true), or neither
   * @param target the build's target
   * @param cgoSupported whether the toolchain that builds supports cgo for the target (its {@code
   *     go tool dist list -json})
   * @param toolchain the toolchain ({@code go env} of the host, GOHOSTOS/GOHOSTARCH)
   * @param host the host's process environment and env files
   * @return the decision with its reason
   */
  public static CgoDecision decide(
      Optional<Boolean> requested,
      Target target,
      boolean cgoSupported,
      Toolchain toolchain,
      HostEnvironment host) {
    if (requested.isPresent()) {
      boolean on = requested.get();
      if (on && !cgoSupported) {
        throw new IllegalArgumentException(
            "cgo() was called but Go does not support cgo for " + target + "; use noCgo().");
      }
      return CgoDecision.of(on, EnvLayer.BUILDER_CGO, on ? "set by cgo()" : "set by noCgo()");
    }
    String process = host.variables().getOrDefault(NAME, "");
    String ignoredNote = "";
    if (!process.isEmpty()) {
      if (process.equals("0") || process.equals("1")) {
        return CgoDecision.of(
            process.equals("1"),
            EnvLayer.PROCESS,
            "inherited from the process environment (CGO_ENABLED="
                + process
                + "); call cgo() or"
                + " noCgo() to make the build independent of it");
      }
      ignoredNote =
          "; CGO_ENABLED="
              + process
              + " in the process environment is ignored by Go"
              + " (only 0 and 1 count)";
    } else {
      Optional<CgoDecision> fromFile = fromFile(host);
      if (fromFile.isPresent()) {
        return fromFile.get();
      }
    }
    return defaultRule(target, cgoSupported, toolchain, host, ignoredNote);
  }

  private static Optional<CgoDecision> fromFile(HostEnvironment host) {
    String user = host.userEnvFileValues().get(NAME);
    if (user != null) {
      String file = host.userEnvFile().orElse("the go env file");
      if (user.equals("0") || user.equals("1")) {
        return Optional.of(
            CgoDecision.of(
                user.equals("1"),
                EnvLayer.USER_ENV_FILE,
                "set in " + file + " (go env -w CGO_ENABLED=" + user + ")"));
      }
      return Optional.empty();
    }
    String goroot = host.goRootEnvValues().get(NAME);
    if ("0".equals(goroot) || "1".equals(goroot)) {
      return Optional.of(
          CgoDecision.of(goroot.equals("1"), EnvLayer.GOROOT_ENV_FILE, "set in $GOROOT/go.env"));
    }
    return Optional.empty();
  }

  /**
   * Tells whether Go's native cgo default is on: CC set in the process, or the default C compiler
   * on PATH. The toolchain's own {@code go env} answers exactly when it was asked for the native
   * platform with nothing setting CGO_ENABLED; otherwise (a go env file with GOARCH=arm64, say) its
   * answer was about something else, and this machine's PATH is searched instead.
   */
  private static boolean cCompilerFound(Target target, Toolchain toolchain, HostEnvironment host) {
    if (!host.variables().getOrDefault("CC", "").isEmpty()) {
      return true;
    }
    Map<String, String> reported = toolchain.goEnv();
    boolean askedNative =
        target.goos().goName().equals(reported.get("GOOS"))
            && target.goarch().goName().equals(reported.get("GOARCH"));
    boolean setSomewhere =
        !host.variables().getOrDefault(NAME, "").isEmpty()
            || host.userEnvFileValues().containsKey(NAME)
            || host.goRootEnvValues().containsKey(NAME);
    if (askedNative && !setSomewhere) {
      return "1".equals(reported.get(NAME));
    }
    String cc =
        List.of("darwin", "ios", "freebsd", "openbsd").contains(target.goos().goName())
            ? "clang"
            : "gcc";
    return GoEnvResolver.onLocalPath(cc, host.variables());
  }

  private static CgoDecision defaultRule(
      Target target,
      boolean cgoSupported,
      Toolchain toolchain,
      HostEnvironment hostEnv,
      String note) {
    Optional<Target> host = toolchain.hostTarget();
    boolean cross =
        host.isEmpty()
            || host.get().goos() != target.goos()
            || host.get().goarch() != target.goarch();
    if (cross) {
      return CgoDecision.of(
          false,
          EnvLayer.GO_DEFAULT,
          "Go disables cgo by default when cross-compiling ("
              + host.map(t -> t.goos() + "/" + t.goarch()).orElse("unknown host")
              + " to "
              + target.goos()
              + "/"
              + target.goarch()
              + "); call cgo() to enable it (it finds a C cross compiler for the target),"
              + " or noCgo() to say so"
              + note);
    }
    if (!cgoSupported) {
      return CgoDecision.of(
          false, EnvLayer.GO_DEFAULT, "Go does not support cgo for " + target + note);
    }
    boolean on = cCompilerFound(target, toolchain, hostEnv);
    String cc =
        List.of("darwin", "ios", "freebsd", "openbsd").contains(target.goos().goName())
            ? "clang"
            : "gcc";
    return CgoDecision.of(
        on,
        EnvLayer.GO_DEFAULT,
        on
            ? "native build and a C compiler was found, so Go enables cgo" + note
            : "native build but no C compiler was found (CC unset and "
                + cc
                + " not on PATH), so Go"
                + " disables cgo"
                + note);
  }
}
