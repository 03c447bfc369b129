package io.github.gocrossbuild.internal.env;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.GoOs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link GoEnvFiles}. */
class GoEnvFilesTest {
  @TempDir Path dir;

  @Test
  void shouldLocateTheUserFilePerOs() {
    assertThat(GoEnvFiles.userEnvFile(GoOs.LINUX, Map.of("HOME", "/home/u")))
        .contains("/home/u/.config/go/env");
    assertThat(
            GoEnvFiles.userEnvFile(
                GoOs.LINUX, Map.of("HOME", "/home/u", "XDG_CONFIG_HOME", "/x/xdg")))
        .contains("/x/xdg/go/env");
    assertThat(
            GoEnvFiles.userEnvFile(
                GoOs.LINUX, Map.of("HOME", "/home/u", "XDG_CONFIG_HOME", "relative")))
        .isEmpty();
    assertThat(GoEnvFiles.userEnvFile(GoOs.DARWIN, Map.of("HOME", "/Users/u")))
        .contains("/Users/u/Library/Application Support/go/env");
    assertThat(
            GoEnvFiles.userEnvFile(
                GoOs.WINDOWS, Map.of("AppData", "C:\\Users\\u\\AppData\\Roaming")))
        .contains("C:\\Users\\u\\AppData\\Roaming\\go\\env");
    assertThat(GoEnvFiles.userEnvFile(GoOs.LINUX, Map.of("GOENV", "/etc/goenv")))
        .contains("/etc/goenv");
    assertThat(GoEnvFiles.userEnvFile(GoOs.LINUX, Map.of("GOENV", "off", "HOME", "/h"))).isEmpty();
  }

  @Test
  void shouldParseLikeCmdGo() {
    Map<String, String> m =
        GoEnvFiles.parse(
            "GOARCH=arm64\n# comment\nlower=x\nNOEQUALS\n=x\nGOFLAGS=-a=b\nGOARCH=riscv64\nGOOS=\n");
    assertThat(m)
        .containsExactly(
            Map.entry("GOARCH", "riscv64"), Map.entry("GOFLAGS", "-a=b"), Map.entry("GOOS", ""));
  }

  @Test
  void shouldDropGorootFromGoEnvAndTreatMissingFilesAsEmpty() throws IOException {
    Files.writeString(
        dir.resolve("go.env"), "GOROOT=/x\nGOPROXY=https://proxy.golang.org,direct\n");
    assertThat(GoEnvFiles.readGoRootEnv(dir))
        .containsExactly(Map.entry("GOPROXY", "https://proxy.golang.org,direct"));
    assertThat(GoEnvFiles.read(dir.resolve("missing"))).isEmpty();
    assertThat(GoEnvFiles.read(dir)).isEmpty();
  }
}
