package io.github.gocrossbuild.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README honest: every Java block in README.md is a {@code // readme:NAME} region of a
 * compiled file in this module, marked {@code <!-- snippet:NAME -->} in the README.
 */
class ReadmeSnippetsTest {
  private static final Pattern README_BLOCK =
      Pattern.compile("(?:<!-- snippet:([\\w-]+) -->\\n)?```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern REGION =
      Pattern.compile("// readme:([\\w-]+)\\n(.*?)\\n[ \\t]*// end", Pattern.DOTALL);

  @Test
  void shouldCompileEveryJavaSnippetOfTheReadme() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    Map<String, String> regions = regions();
    Matcher m = README_BLOCK.matcher(readme);
    List<String> checked = new ArrayList<>();
    while (m.find()) {
      assertThat(m.group(1))
          .as("a ```java block in README.md without <!-- snippet:NAME -->:%n%s", m.group(2))
          .isNotNull();
      assertThat(regions)
          .as("README snippet %s has no // readme:%s region in examples", m.group(1), m.group(1))
          .containsKey(m.group(1));
      assertThat(m.group(2).strip())
          .as("README snippet %s", m.group(1))
          .isEqualTo(regions.get(m.group(1)).strip());
      checked.add(m.group(1));
    }
    assertThat(checked).contains("tour", "matrix", "ssh", "pool", "validate", "configs");
  }

  private static Map<String, String> regions() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(Path.of("src"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = REGION.matcher(Files.readString(f));
        while (m.find()) {
          out.put(m.group(1), dedent(m.group(2)));
        }
      }
    }
    return out;
  }

  private static String dedent(String block) {
    List<String> lines = block.lines().toList();
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return lines.stream()
        .map(l -> l.length() >= indent ? l.substring(indent) : l.strip())
        .collect(Collectors.joining("\n"));
  }
}
