package io.github.gocrossbuild.env;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.internal.env.GoVariables;
import io.github.gocrossbuild.internal.process.ProcessRunner;
import io.github.gocrossbuild.testing.GoEnvJson;
import io.github.gocrossbuild.testing.RealTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests for {@link ResolvedEnv#explain(String)} against the real tool's documentation: every
 * variable {@code go help environment} lists, and every variable {@code go env -json} prints, is
 * explained in every consumer.
 */
class GoDocumentedVariablesTest {
  /** A documented entry: one tab, then one or more comma-separated upper-case names. */
  private static final Pattern ENTRY =
      Pattern.compile("^\\t([A-Z][A-Z0-9_]*(?:, [A-Z][A-Z0-9_]*)*)$");

  @TempDir Path tmp;
  Path go;
  Map<String, String> process;
  Map<String, ResolvedEnv> consumers;

  @BeforeEach
  void setUp() throws IOException {
    go = RealTools.go();
    Path home = Files.createDirectories(tmp.resolve("home"));
    Path ws = Files.createDirectories(tmp.resolve("ws"));
    Path vscode = Files.createDirectories(ws.resolve(".vscode"));
    Files.writeString(
        vscode.resolve("tasks.json"),
        "{\"version\": \"2.0.0\", \"tasks\":"
            + " [{\"label\": \"t\", \"command\": \"go build\"}]}");
    Files.writeString(
        vscode.resolve("launch.json"),
        "{\"configurations\": [{\"name\": \"d\","
            + " \"type\": \"go\", \"request\": \"launch\"}]}");
    process = Map.of("HOME", home.toString(), "PATH", go.getParent() + ":/usr/bin:/bin");
    consumers = EveryConsumer.of(VsCodeWorkspace.load(ws, process), "t", "d");
  }

  @Test
  void shouldParseTheVariablesGoDocumentsAndKnowEachOfThem() {
    Set<String> documented = documented();
    // Go 1.22 documents 63 variables, 1.23 64 and 1.24 69: the library knows their union.
    assertThat(documented)
        .hasSizeBetween(63, GoVariables.DOCUMENTED.size())
        .contains("GO111MODULE", "GOARCH", "CGO_CPPFLAGS_ALLOW", "GONOSUMDB", "GOVERSION");
    assertThat(GoVariables.DOCUMENTED).containsAll(documented);
  }

  @Test
  void shouldExplainEveryDocumentedVariableInEveryConsumer() {
    List<String> unexplained = new ArrayList<>();
    for (String name : documented()) {
      consumers.forEach(
          (who, env) -> {
            EnvExplanation e = env.explain(name);
            if (e == null
                || !e.name().equals(name)
                || e.reason().isBlank()
                || !e.reason().startsWith(name)) {
              unexplained.add(who + ":" + name);
            }
          });
    }
    assertThat(unexplained).isEmpty();
  }

  @Test
  void shouldExplainWithAValueAndLayerEveryVariableGoEnvPrints() {
    List<String> uncovered = new ArrayList<>();
    consumers.forEach(
        (who, env) -> {
          Map<String, String> printed = GoEnvJson.run(go, tmp, env);
          for (Map.Entry<String, String> e : printed.entrySet()) {
            EnvExplanation ex = env.explain(e.getKey());
            boolean known = GoVariables.DOCUMENTED.contains(e.getKey());
            boolean explained =
                e.getValue().isEmpty()
                    || (ex.value().isPresent()
                        && ex.layer().isPresent()
                        && ex.reason().startsWith(e.getKey() + "="));
            if (!known || !explained) {
              uncovered.add(who + ":" + e.getKey());
            }
          }
        });
    assertThat(uncovered).isEmpty();
  }

  private Set<String> documented() {
    ProcessRunner.Result r =
        ProcessRunner.run(
            List.of(go.toString(), "help", "environment"),
            tmp,
            process,
            Optional.of(Duration.ofSeconds(60)),
            l -> {});
    assertThat(r.exitCode()).isZero();
    Set<String> names = new LinkedHashSet<>();
    for (String line : r.output().split("\n")) {
      Matcher m = ENTRY.matcher(line);
      if (m.matches()) {
        names.addAll(List.of(m.group(1).split(", ")));
      }
    }
    return names;
  }
}
