package io.github.gocrossbuild.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The example Go modules under {@code go/}, copied for a test so builds leave the tree alone. */
final class ExampleModules {
  private ExampleModules() {}

  /**
   * Copies one example module's files into a directory of the same name.
   *
   * @param name the module's folder under {@code go/}, e.g. {@code hello-service}
   * @param into where the copy goes
   * @return the copy
   * @throws IOException when copying fails
   */
  static Path copy(String name, Path into) throws IOException {
    Path module = Files.createDirectories(into.resolve(name));
    try (Stream<Path> files = Files.list(Path.of("go", name))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, module.resolve(f.getFileName()));
      }
    }
    return module;
  }
}
