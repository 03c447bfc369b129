package io.github.gocrossbuild.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link CgoCrossBuild}: the example builds, proves and runs a cgo arm64 binary. */
class CgoCrossBuildTest {

  @Test
  void shouldCrossBuildTheCgoExampleAndRunItUnderQemu(@TempDir Path tmp) throws Exception {
    Path module = ExampleModules.copy("cgo-hello", tmp);

    String printed = Printed.by(() -> CgoCrossBuild.main(new String[] {module.toString()}));

    assertThat(printed)
        .contains(
            "CC: /usr/bin/aarch64-linux-gnu-gcc (set by cgo(); aarch64-linux-gnu-gcc found on"
                + " PATH)")
        .contains("cgo-hello: strlen(\"hello from C\")=12, uid 0 is root");
    assertThat(module.resolve("bin/cgo-hello-linux-arm64")).isExecutable();
  }
}
