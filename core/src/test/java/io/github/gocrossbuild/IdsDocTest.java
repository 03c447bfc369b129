package io.github.gocrossbuild;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.env.EnvFindingId;
import io.github.gocrossbuild.spi.ToolchainSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tests that {@code docs/ids.md} lists exactly the ids of {@link WarningId}, {@link EnvFindingId},
 * {@link VerifiedProperty}, {@link ToolchainSource} and {@link SmokeTestRunner.Kind}, in their
 * order, and that the README names every warning id.
 */
class IdsDocTest {
  private static final Path DOC = Path.of("../docs/ids.md");
  private static final Path README = Path.of("../README.md");
  private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| .*\\S.* \\|$");

  /** The first column of each table row in the section under a {@code ## heading}. */
  private static List<String> documented(String heading) throws IOException {
    List<String> ids = new ArrayList<>();
    boolean in = false;
    for (String line : Files.readAllLines(DOC)) {
      if (line.startsWith("## ")) {
        in = line.equals("## " + heading);
      } else if (in) {
        Matcher m = ROW.matcher(line);
        if (m.matches()) {
          ids.add(m.group(1));
        }
      }
    }
    return ids;
  }

  private static <E extends Enum<E>> List<String> inCode(E[] values, Function<E, String> id) {
    return Stream.of(values).map(id).toList();
  }

  @Test
  void shouldDocumentEveryWarningId() throws IOException {
    assertThat(documented("Build warnings"))
        .isEqualTo(inCode(WarningId.values(), WarningId::id))
        .doesNotHaveDuplicates();
  }

  @Test
  void shouldDocumentEveryEnvFindingId() throws IOException {
    assertThat(documented("Environment findings"))
        .isEqualTo(inCode(EnvFindingId.values(), EnvFindingId::id))
        .doesNotHaveDuplicates();
  }

  @Test
  void shouldDocumentEveryVerifiedProperty() throws IOException {
    assertThat(documented("Verification properties"))
        .isEqualTo(inCode(VerifiedProperty.values(), VerifiedProperty::property))
        .doesNotHaveDuplicates();
  }

  @Test
  void shouldDocumentEveryToolchainSource() throws IOException {
    assertThat(documented("Toolchain sources"))
        .isEqualTo(inCode(ToolchainSource.values(), ToolchainSource::label))
        .doesNotHaveDuplicates();
  }

  @Test
  void shouldDocumentEverySmokeTestRunnerKind() throws IOException {
    assertThat(documented("Smoke-test runners"))
        .isEqualTo(inCode(SmokeTestRunner.Kind.values(), SmokeTestRunner.Kind::documented))
        .doesNotHaveDuplicates();
  }

  @Test
  void shouldNameEveryWarningIdInTheReadme() throws IOException {
    String readme = Files.readString(README);
    int at = readme.indexOf("- **Warnings**");
    String bullet = readme.substring(at, readme.indexOf("\n\n", at));
    List<String> named = new ArrayList<>();
    Matcher m = Pattern.compile("`([a-z]+\\.[a-z-]+)`").matcher(bullet);
    while (m.find()) {
      named.add(m.group(1));
    }

    assertThat(at).isNotNegative();
    assertThat(named).isEqualTo(inCode(WarningId.values(), WarningId::id));
  }

  @Test
  void shouldSpellWarningAndFindingIdsOnlyInTheirEnums() throws IOException {
    List<String> ids = new ArrayList<>(inCode(WarningId.values(), WarningId::id));
    ids.addAll(inCode(EnvFindingId.values(), EnvFindingId::id));
    List<String> allowed = List.of("WarningId.java", "EnvFindingId.java", "BuildWarning.java");
    List<String> offenders = new ArrayList<>();
    for (Path main : List.of(Path.of("src/main/java"), Path.of("../ssh/src/main/java"))) {
      try (Stream<Path> files = Files.walk(main)) {
        for (Path file :
            (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
          String text = Files.readString(file);
          for (String id : ids) {
            if (text.contains("\"" + id + "\"")
                && !allowed.contains(file.getFileName().toString())) {
              offenders.add(file.getFileName() + " spells " + id);
            }
          }
        }
      }
    }

    assertThat(offenders).isEmpty();
  }
}
