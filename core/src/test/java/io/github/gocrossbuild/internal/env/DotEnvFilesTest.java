package io.github.gocrossbuild.internal.env;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link DotEnvFiles}. */
class DotEnvFilesTest {
  @TempDir Path tmp;

  @Test
  void shouldParseExportQuotesAndNewlinesLikeTheGoExtension() {
    Map<String, String> env =
        DotEnvFiles.parse(
            "\uFEFFexport GOOS=linux\n"
                + "GOARCH = 'arm64'\nMSG=\"a\\nb\"\n# comment\nnot a line\nEMPTY=\n",
            Map.of());
    assertThat(env)
        .containsExactly(
            Map.entry("GOOS", "linux"),
            Map.entry("GOARCH", "arm64"),
            Map.entry("MSG", "a\nb"),
            Map.entry("EMPTY", ""));
  }

  @Test
  void shouldSubstituteEarlierLinesThenGlobalsInOnePass() {
    Map<String, String> env =
        DotEnvFiles.parse(
            "A=x\nB=${A}-${HOME}-${LATER}\nLATER=z\n" + "C=\\${A}\nD=${1bad}\n",
            Map.of("HOME", "/h", "LATER", "g"));
    assertThat(env)
        .containsEntry("B", "x-/h-g")
        .containsEntry("C", "${A}")
        .containsEntry("D", "${1bad}");
  }

  @Test
  void shouldReadAFileAndRefuseMissingOnes() throws IOException {
    Path file = tmp.resolve("test.env");
    Files.writeString(file, "GOFLAGS=-mod=mod\n");
    assertThat(DotEnvFiles.read(file, Map.of())).contains(Map.of("GOFLAGS", "-mod=mod"));
    assertThat(DotEnvFiles.read(tmp.resolve("missing.env"), Map.of())).isEmpty();
    assertThat(DotEnvFiles.read(tmp, Map.of())).isEmpty();
  }
}
