package io.github.gocrossbuild.internal.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.gocrossbuild.env.EnvBinding;
import io.github.gocrossbuild.env.EnvConsumer;
import io.github.gocrossbuild.env.EnvFinding;
import io.github.gocrossbuild.env.EnvFinding.Severity;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.env.ResolvedEnv;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests for {@link EnvChecks}. */
class EnvChecksTest {

  private static EnvBinding def(String name, String value) {
    return EnvBinding.of(name, value, EnvLayer.GO_DEFAULT, "default");
  }

  private static EnvBinding proc(String name, String value) {
    return EnvBinding.of(name, value, EnvLayer.PROCESS, "process");
  }

  private static EnvBinding file(String name, String value) {
    return EnvBinding.of(name, value, EnvLayer.USER_ENV_FILE, "/h/go/env");
  }

  private static ResolvedEnv env(EnvBinding... bindings) {
    List<EnvBinding> all =
        new ArrayList<>(
            List.of(
                def("GOOS", "linux"),
                def("GOARCH", "amd64"),
                def("GOARM", "7,hardfloat"),
                def("CGO_ENABLED", "1")));
    all.addAll(List.of(bindings));
    return ResolvedEnv.of(EnvConsumer.LIBRARY_BUILD, all, List.of());
  }

  @Test
  void shouldRejectAnArchitectureAliasWithGosSpelling() {
    List<EnvFinding> f = EnvChecks.invalidValues(env(proc("GOARCH", "aarch64")), "the task");
    assertThat(f)
        .extracting(EnvFinding::id, EnvFinding::severity)
        .containsExactly(tuple("env.invalid-value", Severity.ERROR));
    assertThat(f.get(0).message())
        .startsWith(
            "GOOS=linux GOARCH=aarch64 (GOOS from default,"
                + " GOARCH from process) is not a target Go can build for, so every go command of the"
                + " task fails. Go spells it linux/arm64");
  }

  @Test
  void shouldWarnAboutVariantsCgoModuleCacheAndToolchainValues() {
    List<EnvFinding> f =
        EnvChecks.invalidValues(
            env(
                proc("GOARCH", "arm"),
                file("GOARM", "8"),
                proc("CGO_ENABLED", "2"),
                proc("GO111MODULE", "yes"),
                proc("GOCACHE", "cache"),
                proc("GOTOOLCHAIN", "go1.23.x")),
            "b");
    assertThat(f)
        .extracting(f1 -> f1.variable().orElse(""), EnvFinding::severity)
        .containsExactly(
            tuple("GOARM", Severity.WARNING),
            tuple("CGO_ENABLED", Severity.WARNING),
            tuple("GO111MODULE", Severity.ERROR),
            tuple("GOCACHE", Severity.WARNING),
            tuple("GOTOOLCHAIN", Severity.ERROR));
    assertThat(f.get(3).message())
        .isEqualTo(
            "GOCACHE=cache from process is not an absolute"
                + " path, so Go turns the build cache off and every build of b starts cold. Use an"
                + " absolute path.");
    assertThat(f.get(1).message())
        .isEqualTo(
            "CGO_ENABLED=2 from process is ignored: Go only"
                + " honours 0 and 1, so b gets CGO_ENABLED=1 from default. Write 0 or 1.");
  }

  @Test
  void shouldFindAGoEnvFileValueShadowedByTheProcess() {
    List<EnvFinding> f =
        EnvChecks.goEnvShadowed(
            env(
                file("GOARCH", "arm64"),
                proc("GOARCH", "amd64"),
                file("GOFLAGS", "-x"),
                proc("GOFLAGS", "-x")));
    assertThat(f).hasSize(1);
    assertThat(f.get(0).message())
        .isEqualTo(
            "GOARCH=arm64 in /h/go/env (go env -w) is hidden"
                + " by GOARCH=amd64 in the process environment: a non-empty environment value always"
                + " wins (golang/go#68270). Unset GOARCH where the environment is set up (shell profile,"
                + " CI, IDE), or drop the file value with `go env -u GOARCH`.");
  }

  @Test
  void shouldFindATargetInheritedFromTheProcessOrFile() {
    List<EnvFinding> f =
        EnvChecks.targetInherited(
            env(file("GOARCH", "arm"), file("GOARM", "6"), proc("GOOS", "linux")),
            "the task",
            "Fix it.");
    assertThat(f)
        .extracting(EnvFinding::message)
        .containsExactly(
            "GOARCH=arm reaches the task from /h/go/env, not from its own configuration (Go's"
                + " default is amd64). Fix it.",
            "GOARM=6 reaches the task from /h/go/env, not from its own configuration (Go's default"
                + " is 7,hardfloat). Fix it.");
  }
}
