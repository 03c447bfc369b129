package io.github.gocrossbuild.internal.env;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.env.EnvBinding;
import io.github.gocrossbuild.env.EnvConsumer;
import io.github.gocrossbuild.env.EnvFinding;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.env.ToolchainFacts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link EnvFindings}: one function, the consumer a value. */
class EnvFindingsTest {
  private static final ToolchainFacts FACTS =
      ToolchainFacts.builder().hostTarget(Target.parse("linux/amd64")).build();

  @TempDir Path dir;

  private static ResolvedEnv env(EnvConsumer kind, EnvBinding... top) {
    List<EnvBinding> all =
        new ArrayList<>(
            List.of(
                EnvBinding.of("GOOS", "linux", EnvLayer.GO_DEFAULT, "default"),
                EnvBinding.of("GOARCH", "amd64", EnvLayer.GO_DEFAULT, "default"),
                EnvBinding.of("CGO_ENABLED", "0", EnvLayer.GO_DEFAULT, "Go's cgo rule")));
    all.addAll(List.of(top));
    return ResolvedEnv.of(kind, all, List.of());
  }

  private ConsumerRun run(EnvConsumer kind, String name) {
    return ConsumerRun.inWorkspace(kind, name, FACTS, dir, List.of());
  }

  @Test
  void shouldTellACrossBuildFromTheEnvironmentForEveryConsumer() {
    EnvBinding arm64 = EnvBinding.of("GOARCH", "arm64", EnvLayer.BUILDER_TARGET, "target");
    for (EnvConsumer kind : EnvConsumer.values()) {
      assertThat(EnvFindings.of(env(kind), run(kind, "x")))
          .as(kind.name())
          .extracting(EnvFinding::id)
          .doesNotContain("env.cgo-off-cross");
      assertThat(EnvFindings.of(env(kind, arm64), run(kind, "x")))
          .as(kind.name())
          .extracting(EnvFinding::id)
          .contains("env.cgo-off-cross");
    }
  }

  @Test
  void shouldNotReportCgoOffWhenSomebodySetIt() {
    ResolvedEnv env =
        env(
            EnvConsumer.LIBRARY_BUILD,
            EnvBinding.of("GOARCH", "arm64", EnvLayer.BUILDER_TARGET, "target"),
            EnvBinding.of("CGO_ENABLED", "0", EnvLayer.BUILDER_CGO, "noCgo()"));
    assertThat(EnvFindings.of(env, run(EnvConsumer.LIBRARY_BUILD, "linux/arm64"))).isEmpty();
  }

  @Test
  void shouldWordTheAdviceFromTheConsumerKind() {
    ResolvedEnv env =
        env(
            EnvConsumer.LIBRARY_BUILD,
            EnvBinding.of("GOARCH", "arm64", EnvLayer.BUILDER_TARGET, "target"));
    EnvFinding library = EnvFindings.of(env, run(EnvConsumer.LIBRARY_BUILD, "linux/arm64")).get(0);
    assertThat(library.message())
        .startsWith("cgo is off for the library build of linux/arm64 (linux/arm64)")
        .endsWith(
            "To decide: call cgo() with a C cross compiler in env(\"CC\", ...), or noCgo() to"
                + " say that pure Go is meant.");
    EnvFinding task = EnvFindings.of(env, run(EnvConsumer.VSCODE_TASK, "build")).get(0);
    assertThat(task.message())
        .startsWith("cgo is off for task \"build\" (linux/arm64)")
        .endsWith(
            "set CGO_ENABLED=0 to say pure Go is meant, or CGO_ENABLED=1 with CC set to a C"
                + " cross compiler.");
  }

  @Test
  void shouldNameEveryConsumer() {
    assertThat(run(EnvConsumer.VSCODE_TASK, "b").who()).isEqualTo("task \"b\"");
    assertThat(run(EnvConsumer.DEBUG_SESSION, "L").who()).isEqualTo("debug configuration \"L\"");
    assertThat(run(EnvConsumer.GO_EXTENSION_TESTS, "").who()).isEqualTo("the Go extension's tests");
    assertThat(run(EnvConsumer.LIBRARY_BUILD, "linux/arm64").commandLine())
        .isEqualTo("the library build's command line");
    assertThat(run(EnvConsumer.VSCODE_TASK, "b").commandLine())
        .isEqualTo("task \"b\"'s command line");
    assertThat(run(EnvConsumer.LIBRARY_BUILD, "linux/arm64").targetFix()).isEmpty();
    assertThat(run(EnvConsumer.DEBUG_SESSION, "L").targetFix())
        .isEqualTo("A debug session must build for this machine (linux/amd64); remove it there.");
  }
}
