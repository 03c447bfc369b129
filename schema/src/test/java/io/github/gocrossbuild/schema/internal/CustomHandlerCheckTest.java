package io.github.gocrossbuild.schema.internal;

import static io.github.gocrossbuild.schema.Fixtures.summary;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.schema.ConfigValidator;
import io.github.gocrossbuild.schema.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link CustomHandlerCheck}. */
class CustomHandlerCheckTest {
  @TempDir Path dir;

  private ValidationReport check(
      String executable, String artifact, GoOs os, GoArch arch, boolean statik) throws IOException {
    Path host =
        Files.writeString(
            dir.resolve("host.json"),
            "{\n  \"version\": \"2.0\",\n"
                + "  \"customHandler\": {\"description\": {\"defaultExecutablePath\": \""
                + executable
                + "\"}}\n}");
    return ConfigValidator.standard().checkCustomHandler(host, artifact, os, arch, statik);
  }

  @Test
  void shouldAcceptMatchingStaticLinuxAmd64Handler() throws IOException {
    assertThat(check("bin/handler", "handler", GoOs.LINUX, GoArch.AMD64, true).issues()).isEmpty();
    assertThat(check("handler.exe", "handler.exe", GoOs.WINDOWS, GoArch.AMD64, false).issues())
        .isEmpty();
  }

  @Test
  void shouldReportWindowsExecutableNameForALinuxBuild() throws IOException {
    ValidationReport report =
        check("GoCustomHandlers.exe", "GoCustomHandlers", GoOs.LINUX, GoArch.AMD64, true);

    assertThat(report.issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.ruleId()).isEqualTo("host.custom-handler-name");
              assertThat(i.pointer()).isEqualTo("/customHandler/description/defaultExecutablePath");
              assertThat(i.line()).isEqualTo(3);
              assertThat(i.column()).isEqualTo(62);
              assertThat(i.message())
                  .isEqualTo(
                      "defaultExecutablePath names a Windows executable but the"
                          + " build for linux produced \"GoCustomHandlers\"; set it to \"GoCustomHandlers\".");
            });
  }

  @Test
  void shouldReportWrongArchitectureAndDynamicLinking() throws IOException {
    ValidationReport report = check("handler", "handler", GoOs.LINUX, GoArch.ARM64, false);

    assertThat(summary(report))
        .containsExactly(
            "host.custom-handler-platform@3:62", "host.custom-handler-not-static@3:62");
    assertThat(report.errors().get(0).message())
        .isEqualTo(
            "The handler was built for"
                + " linux/arm64 but Linux Function App plans run amd64; build for linux/amd64.");
  }

  @Test
  void shouldReportMissingExeForWindowsAndUnsupportedOs() throws IOException {
    assertThat(check("handler", "handler.exe", GoOs.WINDOWS, GoArch.AMD64, true).errors())
        .singleElement()
        .satisfies(
            i ->
                assertThat(i.message())
                    .isEqualTo(
                        "defaultExecutablePath"
                            + " has no .exe but the Windows build produced \"handler.exe\"; set it to"
                            + " \"handler.exe\"."));
    assertThat(summary(check("handler", "handler", GoOs.DARWIN, GoArch.ARM64, true)))
        .containsExactly("host.custom-handler-platform@3:62");
  }
}
