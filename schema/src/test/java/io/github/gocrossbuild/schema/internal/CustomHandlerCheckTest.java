package io.github.gocrossbuild.schema.internal;

import static io.github.gocrossbuild.GoArch.AMD64;
import static io.github.gocrossbuild.GoArch.ARM64;
import static io.github.gocrossbuild.GoOs.DARWIN;
import static io.github.gocrossbuild.GoOs.LINUX;
import static io.github.gocrossbuild.GoOs.WINDOWS;
import static io.github.gocrossbuild.schema.Fixtures.summary;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.ToolchainNotFoundException;
import io.github.gocrossbuild.binary.GoBinary;
import io.github.gocrossbuild.schema.ConfigIssue;
import io.github.gocrossbuild.schema.ConfigValidator;
import io.github.gocrossbuild.schema.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests for {@link CustomHandlerCheck}, through {@code ConfigValidator.checkCustomHandler} with
 * handlers really built by the library from a small module that imports {@code net} (so a cgo build
 * is dynamically linked).
 */
class CustomHandlerCheckTest {
  private static final Map<Target, BuildResult> STATIC = new HashMap<>();
  private static BuildResult dynamic;

  @TempDir static Path work;
  @TempDir Path dir;

  @BeforeAll
  static void buildHandlers() throws IOException {
    Path module = Files.createDirectories(work.resolve("handler"));
    Files.writeString(module.resolve("go.mod"), "module example.com/handler\n\ngo 1.21\n");
    Files.writeString(
        module.resolve("main.go"),
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net\"\n)\n\n"
            + "func main() { fmt.Println(net.ParseIP(\"127.0.0.1\")) }\n");
    try {
      List<BuildResult> results =
          GoCrossBuild.targets(
                  Target.of(LINUX, AMD64),
                  Target.of(WINDOWS, AMD64),
                  Target.of(LINUX, ARM64),
                  Target.of(DARWIN, ARM64))
              .moduleDir(module)
              .outputDir(work.resolve("static"))
              .binaryName("handler")
              .noCgo()
              .runAll();
      results.forEach(r -> STATIC.put(r.target(), r));
      dynamic =
          GoCrossBuild.target(LINUX, AMD64)
              .moduleDir(module)
              .outputDir(work.resolve("dynamic"))
              .binaryName("handler")
              .cgo()
              .run();
    } catch (ToolchainNotFoundException e) {
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("Missing a Go toolchain (CI=true makes this a failure)", e);
      }
      Assumptions.abort("Skipped: missing a Go toolchain: " + e.getMessage());
    }
  }

  private Path host(String executable) throws IOException {
    return Files.writeString(
        dir.resolve("host.json"),
        "{\n  \"version\": \"2.0\",\n"
            + "  \"customHandler\": {\"description\": {\"defaultExecutablePath\": \""
            + executable
            + "\"}}\n}");
  }

  private static ValidationReport check(Path host, BuildResult build) {
    return ConfigValidator.standard().checkCustomHandler(host, build);
  }

  @Test
  void shouldAcceptMatchingStaticLinuxAmd64AndWindowsHandlers() throws IOException {
    assertThat(check(host("bin/handler-linux-amd64"), STATIC.get(Target.of(LINUX, AMD64))).issues())
        .isEmpty();
    assertThat(
            check(host("handler-windows-amd64.exe"), STATIC.get(Target.of(WINDOWS, AMD64)))
                .issues())
        .isEmpty();
  }

  @Test
  void shouldReportWindowsExecutableNameForALinuxBuild() throws IOException {
    ValidationReport report =
        check(host("handler-linux-amd64.exe"), STATIC.get(Target.of(LINUX, AMD64)));

    assertThat(report.issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.ruleId()).isEqualTo("host.custom-handler-name");
              assertThat(i.severity()).isEqualTo(ConfigIssue.Severity.ERROR);
              assertThat(i.pointer()).isEqualTo("/customHandler/description/defaultExecutablePath");
              assertThat(i.line()).isEqualTo(3);
              assertThat(i.column()).isEqualTo(62);
              assertThat(i.message())
                  .isEqualTo(
                      "defaultExecutablePath names a Windows executable but the build for linux"
                          + " produced \"handler-linux-amd64\"; set it to"
                          + " \"handler-linux-amd64\".");
            });
  }

  @Test
  void shouldReportWrongArchitectureAndWarnAboutDynamicLinking() throws IOException {
    ValidationReport arm = check(host("handler-linux-arm64"), STATIC.get(Target.of(LINUX, ARM64)));
    ValidationReport cgo = check(host("handler-linux-amd64"), dynamic);

    assertThat(arm.toString())
        .endsWith(
            "host.json:3:62: error [host.custom-handler-platform] The handler was built for"
                + " linux/arm64 but Linux Function App plans run amd64; build for linux/amd64.");
    assertThat(dynamic.binary().isStaticallyLinked()).isFalse();
    assertThat(summary(cgo)).containsExactly("host.custom-handler-not-static@3:62");
    assertThat(cgo.isValid()).isTrue();
  }

  @Test
  void shouldReportMissingExeForWindowsAndUnsupportedOs() throws IOException {
    assertThat(check(host("handler-windows-amd64"), STATIC.get(Target.of(WINDOWS, AMD64))).errors())
        .singleElement()
        .satisfies(
            i ->
                assertThat(i.message())
                    .isEqualTo(
                        "defaultExecutablePath has no .exe but the Windows build produced"
                            + " \"handler-windows-amd64.exe\"; set it to"
                            + " \"handler-windows-amd64.exe\"."));
    assertThat(summary(check(host("handler-darwin-arm64"), STATIC.get(Target.of(DARWIN, ARM64)))))
        .containsExactly("host.custom-handler-platform@3:62");
  }

  @Test
  void shouldTakeNameAndPlatformFromABinaryReadFromDisk() throws IOException {
    Path copy =
        Files.copy(
            STATIC.get(Target.of(LINUX, AMD64)).artifact(),
            Files.createDirectories(dir.resolve("out")).resolve("GoCustomHandlers"));
    GoBinary binary = GoBinary.read(copy);

    ValidationReport good =
        ConfigValidator.standard().checkCustomHandler(host("GoCustomHandlers"), binary);
    ValidationReport bad =
        ConfigValidator.standard().checkCustomHandler(host("GoCustomHandlers.exe"), binary);

    assertThat(good.issues()).isEmpty();
    assertThat(summary(bad)).containsExactly("host.custom-handler-name@3:62");
    assertThat(bad.errors().get(0).message())
        .isEqualTo(
            "defaultExecutablePath names a Windows executable but the build for linux produced"
                + " \"GoCustomHandlers\"; set it to \"GoCustomHandlers\".");
  }

  @Test
  void shouldReportAnExecutableThatTellsNoGoPlatform() throws Exception {
    Path source = Files.writeString(dir.resolve("raw.c"), "void _start(void) { for (;;); }\n");
    Path raw = dir.resolve("handler");
    Process gcc =
        new ProcessBuilder("gcc", "-static", "-nostdlib", "-o", raw.toString(), source.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(gcc.waitFor()).as(new String(gcc.getInputStream().readAllBytes())).isZero();
    GoBinary binary = GoBinary.read(raw);

    ValidationReport report =
        ConfigValidator.standard().checkCustomHandler(host("handler"), binary);

    assertThat(binary.target()).isEmpty();
    assertThat(report.toString())
        .endsWith(
            "host.json:3:62: error [host.custom-handler-platform] \"handler\" is not an executable"
                + " for a platform Go builds, so Azure Functions cannot run it; build the handler"
                + " for linux/amd64.");
  }

  @Test
  void shouldAskForTheExecutableWhenHostJsonHasNone() throws IOException {
    Path host = Files.writeString(dir.resolve("host.json"), "{\"version\": \"2.0\"}");

    ValidationReport report = check(host, STATIC.get(Target.of(LINUX, AMD64)));

    assertThat(report.toString())
        .endsWith(
            "host.json:1:1: error [host.custom-handler-missing-executable] host.json has no"
                + " customHandler.description.defaultExecutablePath; set it to"
                + " \"handler-linux-amd64\".");
  }
}
