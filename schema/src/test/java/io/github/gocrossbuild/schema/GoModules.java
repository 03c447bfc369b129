package io.github.gocrossbuild.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies the core module's Go fixture, so that tests may write next to it. */
final class GoModules {
  private GoModules() {}

  static Path hello(Path into) throws IOException {
    Path dir = Files.createDirectories(into.resolve("hello"));
    Path from = Path.of("../core/src/test/go/hello");
    for (String f : new String[] {"go.mod", "main.go"}) {
      Files.copy(from.resolve(f), dir.resolve(f));
    }
    return dir;
  }
}
