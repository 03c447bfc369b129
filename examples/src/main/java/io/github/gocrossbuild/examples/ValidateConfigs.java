package io.github.gocrossbuild.examples;

import io.github.gocrossbuild.schema.ConfigKind;
import io.github.gocrossbuild.schema.ConfigValidator;
import io.github.gocrossbuild.schema.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Validates every known config file under a folder and prints compiler-style lines; exits 1 when
 * any file has an error.
 *
 * <p>{@code mvn -q -pl examples exec:java
 * -Dexec.mainClass=io.github.gocrossbuild.examples.ValidateConfigs -Dexec.args=/path/to/project}.
 */
public final class ValidateConfigs {

  private ValidateConfigs() {}

  /**
   * Runs the example.
   *
   * @param args the folder to scan (default: the working directory)
   */
  public static void main(String[] args) {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    List<ValidationReport> reports = validateTree(root);
    int errors = 0;
    for (ValidationReport r : reports) {
      if (!r.issues().isEmpty()) {
        System.out.println(r);
      }
      errors += r.errors().size();
    }
    System.out.println(reports.size() + " files, " + errors + " errors");
    if (errors > 0) {
      System.exit(1);
    }
  }

  /**
   * Validates every file under a folder whose name and place make it a known config kind.
   *
   * @param root the folder
   * @return one report per file, in path order
   */
  public static List<ValidationReport> validateTree(Path root) {
    // spotless:off (README layout)
    // readme:validate
    ConfigValidator validator = ConfigValidator.standard();
    List<ValidationReport> reports = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(Files::isRegularFile)
          .filter(f -> !f.toString().contains("/node_modules/") && !f.toString().contains("/.git/"))
          .filter(f -> ConfigKind.detect(f).isPresent())
          .sorted()
          .forEach(f -> reports.add(validator.validate(f)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // end
    // spotless:on
    return reports;
  }
}
