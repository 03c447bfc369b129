package io.github.gocrossbuild.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link CachedBuild}: a real build stored, then fetched from the directory cache. */
class CachedBuildTest {
  @TempDir Path tmp;

  @Test
  void shouldPrintAHitFromTheDirectory() throws Exception {
    Path module = ExampleModules.copy("hello-service", tmp);
    Path cacheDir = tmp.resolve("cache");
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      CachedBuild.main(new String[] {module.toString(), cacheDir.toString()});
    } finally {
      System.setOut(out);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .startsWith("hit from directory " + cacheDir + " in ")
        .contains("\"env CGO_ENABLED\": \"0\"");
    try (Stream<Path> entries = Files.list(cacheDir.resolve("ac"))) {
      assertThat(entries).hasSize(1);
    }
  }
}
