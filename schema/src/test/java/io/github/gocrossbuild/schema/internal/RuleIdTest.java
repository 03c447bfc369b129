package io.github.gocrossbuild.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tests for {@link RuleId}: {@code schema/RULES.md} lists exactly the ids the code can report, each
 * with the severity the code uses, and no code reports an issue without a {@link RuleId}.
 */
class RuleIdTest {
  private static final Path TABLE = Path.of("RULES.md");
  private static final Path MAIN = Path.of("src/main/java/io/github/gocrossbuild/schema");
  private static final Pattern ROW =
      Pattern.compile("^\\| `([^`]+)` \\| (error|warning) \\| (.*\\S.*) \\|$");

  @Test
  void shouldListEveryRuleIdWithItsSeverityInTheRulesTable() throws IOException {
    Map<String, String> documented = new LinkedHashMap<>();
    List<String> duplicates = new ArrayList<>();
    for (String line : Files.readAllLines(TABLE)) {
      Matcher m = ROW.matcher(line);
      if (m.matches() && documented.put(m.group(1), m.group(2)) != null) {
        duplicates.add(m.group(1));
      }
    }
    Map<String, String> inCode = new LinkedHashMap<>();
    for (RuleId rule : RuleId.values()) {
      inCode.put(rule.id(), rule.severity().name().toLowerCase(Locale.ROOT));
    }

    assertThat(duplicates).as("ids listed twice in %s", TABLE).isEmpty();
    assertThat(documented).as("%s against RuleId", TABLE).isEqualTo(inCode);
  }

  @Test
  void shouldGiveEachRuleIdOneConstant() {
    assertThat(Stream.of(RuleId.values()).map(RuleId::id)).doesNotHaveDuplicates();
  }

  @Test
  void shouldReportIssuesOnlyThroughRuleIds() throws IOException {
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file :
          (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        String text = Files.readString(file);
        String name = file.getFileName().toString();
        if (text.matches("(?s).*Severity\\.(ERROR|WARNING)\\s*,.*")
            && !name.equals("RuleId.java")) {
          offenders.add(name + " picks a severity itself");
        }
        if (text.matches("(?s).*(?<![A-Za-z])ConfigIssue\\.of\\(.*")
            && !name.equals("IssueSink.java")) {
          offenders.add(name + " creates issues outside IssueSink");
        }
      }
    }

    assertThat(offenders).isEmpty();
  }
}
