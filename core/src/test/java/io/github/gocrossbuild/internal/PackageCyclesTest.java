package io.github.gocrossbuild.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tests that core's internal packages depend on each other one way only: a package that imports
 * another is never imported back, directly or round a longer loop. Read from the main sources'
 * import lines, so a new cycle fails the build where it is written.
 */
class PackageCyclesTest {
  private static final Path MAIN = Path.of("src/main/java");
  private static final String BASE = "io.github.gocrossbuild.internal";
  private static final Pattern IMPORT =
      Pattern.compile(
          "(?m)^import (?:static )?(io\\.github\\.gocrossbuild\\.internal[\\w.]*)\\.[A-Z]");

  @Test
  void shouldHaveNoCycleAmongInternalPackages() {
    Map<String, Set<String>> graph = internalImports();

    assertThat(graph).containsKeys(BASE + ".build", BASE + ".plan", BASE + ".placement");
    assertThat(cycles(graph)).isEmpty();
  }

  @Test
  void shouldKeepTheBuildStepFreeOfDebugAndTheLocalHost() {
    Map<String, Set<String>> graph = internalImports();

    assertThat(graph.get(BASE + ".build"))
        .doesNotContain(BASE + ".debug", BASE + ".local", BASE + ".placement");
    assertThat(graph.get(BASE + ".cgo")).doesNotContain(BASE + ".build", BASE + ".plan");
    assertThat(graph.get(BASE + ".plan")).doesNotContain(BASE + ".build", BASE + ".placement");
  }

  @Test
  void shouldFindACycleWhereOneIs() {
    Map<String, Set<String>> graph = new TreeMap<>();
    graph.put("a", new TreeSet<>(List.of("b")));
    graph.put("b", new TreeSet<>(List.of("c")));
    graph.put("c", new TreeSet<>(List.of("a")));
    graph.put("d", new TreeSet<>(List.of("a")));

    assertThat(cycles(graph)).containsExactly(List.of("a", "b", "c"));
  }

  /** Each internal package of core's main sources, mapped to the internal packages it imports. */
  private static Map<String, Set<String>> internalImports() {
    Map<String, Set<String>> graph = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = MAIN.relativize(f.getParent()).toString().replace('/', '.');
        if (!pkg.startsWith(BASE)) {
          continue;
        }
        Set<String> deps = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
        Matcher m = IMPORT.matcher(Files.readString(f));
        while (m.find()) {
          if (!m.group(1).equals(pkg)) {
            deps.add(m.group(1));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return graph;
  }

  /** The strongly connected groups of more than one package (Tarjan), each sorted. */
  static List<List<String>> cycles(Map<String, Set<String>> graph) {
    Tarjan t = new Tarjan(graph);
    graph.keySet().forEach(t::visit);
    return t.cycles;
  }

  private static final class Tarjan {
    private final Map<String, Set<String>> graph;
    private final Map<String, Integer> index = new TreeMap<>();
    private final Map<String, Integer> low = new TreeMap<>();
    private final List<String> stack = new ArrayList<>();
    private final List<List<String>> cycles = new ArrayList<>();

    Tarjan(Map<String, Set<String>> graph) {
      this.graph = graph;
    }

    void visit(String v) {
      if (index.containsKey(v)) {
        return;
      }
      index.put(v, index.size());
      low.put(v, index.get(v));
      stack.add(v);
      for (String w : graph.getOrDefault(v, Set.of())) {
        if (!index.containsKey(w)) {
          visit(w);
          low.put(v, Math.min(low.get(v), low.get(w)));
        } else if (stack.contains(w)) {
          low.put(v, Math.min(low.get(v), index.get(w)));
        }
      }
      if (low.get(v).equals(index.get(v))) {
        List<String> group = new ArrayList<>();
        String w;
        do {
          w = stack.remove(stack.size() - 1);
          group.add(w);
        } while (!w.equals(v));
        if (group.size() > 1) {
          group.sort(null);
          cycles.add(group);
        }
      }
    }
  }
}
