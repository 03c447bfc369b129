package io.github.gocrossbuild.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests for {@link LocalArm64Build}, the README's main job: its printed proof names the machine as
 * {@code file(1)} does and holds no terminal escape ({@code .ci/main-job} checks the same of the
 * whole Maven command).
 */
class LocalArm64BuildTest {

  @Test
  void shouldPrintTheProofWithTheMachineNamedAndNoEscape(@TempDir Path tmp) throws Exception {
    Path module = ExampleModules.copy("hello-service", tmp);

    String printed = Printed.by(() -> LocalArm64Build.main(new String[] {module.toString()}));

    assertThat(printed.lines())
        .contains(
            "artifact   " + module.resolve("bin/hello-service-linux-arm64"),
            "target     linux/arm64",
            "cgo        CGO_ENABLED=0 (set by noCgo())",
            "proof:",
            "    format:    ELF 64-bit LSB, ARM aarch64",
            "    target:    linux/arm64/v8.0",
            "    linking:   static",
            "smoke run  exit 0 via qemu-aarch64-static: hello-service 1.0.0 linux/arm64");
    assertThat(printed).doesNotContain("\u001b").doesNotContain("ELF machine");
  }
}
