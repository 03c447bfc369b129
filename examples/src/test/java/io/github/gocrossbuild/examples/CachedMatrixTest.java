package io.github.gocrossbuild.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link CachedMatrix}: three real builds stored, then all three fetched. */
class CachedMatrixTest {
  @TempDir Path tmp;

  @Test
  void shouldPrintThreeMissesThenThreeHitsFromTheDirectory() throws Exception {
    Path module = ExampleModules.copy("hello-service", tmp);
    Path cacheDir = tmp.resolve("cache");

    String printed =
        Printed.by(() -> CachedMatrix.main(new String[] {module.toString(), cacheDir.toString()}));

    String from = "directory " + cacheDir;
    assertThat(printed.lines())
        .containsExactly(
            "linux/amd64    miss go build on local",
            "linux/arm64    miss go build on local",
            "windows/amd64  miss go build on local",
            "linux/amd64    hit  " + from,
            "linux/arm64    hit  " + from,
            "windows/amd64  hit  " + from);
    try (Stream<Path> entries = Files.list(cacheDir.resolve("ac"))) {
      assertThat(entries).hasSize(3);
    }
  }
}
