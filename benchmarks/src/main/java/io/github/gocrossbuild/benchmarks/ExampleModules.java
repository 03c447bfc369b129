package io.github.gocrossbuild.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the repository's example Go modules whether the benchmarks run from the repository root
 * ({@code mvn -pl benchmarks exec:java}) or from the benchmarks directory.
 */
final class ExampleModules {
  private ExampleModules() {}

  /**
   * Returns an example module's directory.
   *
   * @param name the directory name under {@code examples/go}, e.g. {@code hello-service}
   * @return the absolute path
   * @throws IllegalStateException when neither place holds it
   */
  static Path path(String name) {
    for (String base : new String[] {"examples/go", "../examples/go"}) {
      Path dir = Path.of(base, name).toAbsolutePath().normalize();
      if (Files.isRegularFile(dir.resolve("go.mod"))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "examples/go/"
            + name
            + " not found from "
            + Path.of("").toAbsolutePath()
            + ": run the benchmarks from the repository root or its benchmarks directory");
  }
}
