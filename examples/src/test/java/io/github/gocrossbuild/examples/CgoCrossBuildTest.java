package io.github.gocrossbuild.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link CgoCrossBuild}: the example builds, proves and runs a cgo arm64 binary. */
class CgoCrossBuildTest {

  @Test
  void shouldCrossBuildTheCgoExampleAndRunItUnderQemu(@TempDir Path tmp) throws IOException {
    Path module = tmp.resolve("cgo-hello");
    Files.createDirectories(module);
    try (Stream<Path> files = Files.list(Path.of("go/cgo-hello"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, module.resolve(f.getFileName()));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream old = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      CgoCrossBuild.main(new String[] {module.toString()});
    } finally {
      System.setOut(old);
    }

    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .contains(
            "CC: /usr/bin/aarch64-linux-gnu-gcc (set by cgo(); aarch64-linux-gnu-gcc found on"
                + " PATH)")
        .contains("cgo-hello: strlen(\"hello from C\")=12, uid 0 is root");
    assertThat(module.resolve("bin/cgo-hello-linux-arm64")).isExecutable();
  }
}
