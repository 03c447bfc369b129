package io.github.gocrossbuild.internal.cgo;

import io.github.gocrossbuild.BuildSpec;
import io.github.gocrossbuild.CgoDecision;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.internal.BuildSite;
import io.github.gocrossbuild.internal.env.CgoRule;
import io.github.gocrossbuild.spi.CCompiler;
import io.github.gocrossbuild.spi.HostEnvironment;
import io.github.gocrossbuild.spi.Toolchain;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Completes the cgo decision of a build that called {@code cgo()}: the C compiler for the target,
 * found by the host (an SSH host's own {@code cc}) or on this machine, and checked before {@code go
 * build}.
 */
public final class CgoSetup {

  private CgoSetup() {}

  /**
   * Decides cgo for a target's build on a site: Go's rule or the builder's choice, and with {@code
   * cgo()} the C compiler for the target.
   *
   * @param spec the spec
   * @param target the target
   * @param site the host, its toolchain and environment
   * @param check whether to compile the test program (false when only explaining)
   * @return the decision, with {@link CgoDecision#compiler()} when {@code cgo()} is on
   * @throws io.github.gocrossbuild.CgoToolchainException when there is no working compiler
   * @throws IllegalArgumentException when {@code staticLink()} is set without cgo
   */
  public static CgoDecision decide(BuildSpec spec, Target target, BuildSite site, boolean check) {
    Toolchain toolchain = site.toolchain();
    HostEnvironment hostEnv = site.environment();
    CgoDecision cgo =
        CgoRule.decide(spec.cgo(), target, site.cgoSupported(target), toolchain, hostEnv);
    if (spec.staticLink() && !cgo.enabled()) {
      throw new IllegalArgumentException(
          "staticLink: needs cgo() (without cgo a linux Go binary is static already)");
    }
    if (!cgo.enabled() || cgo.layer() != EnvLayer.BUILDER_CGO) {
      return cgo;
    }
    Optional<String> given =
        spec.cc().map(p -> p.toString()).or(() -> Optional.ofNullable(spec.env().get("CC")));
    Optional<CCompiler> remote = site.host().cCompiler(target, given, spec.staticLink(), check);
    if (remote.isPresent()) {
      return cgo.choosing(remote.get().cc(), remote.get().cxx(), remote.get().reason());
    }
    Map<String, String> env = environment(spec, hostEnv);
    boolean nativeBuild =
        toolchain
            .hostTarget()
            .map(h -> h.goos() == target.goos() && h.goarch() == target.goarch())
            .orElse(false);
    CcChoice choice = new CcLocator(env, Files::isDirectory).locate(spec, target, nativeBuild);
    if (check) {
      CcPrecheck.check(choice, target, spec.staticLink(), env);
    }
    return cgo.choosing(choice.cc(), choice.cxx(), choice.reason());
  }

  /**
   * Returns the environment the compiler runs with: the host's, with {@code env(...)} on top.
   *
   * @param spec the spec
   * @param hostEnv the host's environment
   * @return the variables
   */
  static Map<String, String> environment(BuildSpec spec, HostEnvironment hostEnv) {
    Map<String, String> env = new HashMap<>(hostEnv.variables());
    env.putAll(spec.env());
    return env;
  }

  /**
   * Tells whether the build's C library is musl.
   *
   * @param cgo the decision
   * @return true when the compiler is a musl one
   */
  public static boolean musl(CgoDecision cgo) {
    return cgo.compiler().map(CcLocator::isMusl).orElse(false);
  }
}
