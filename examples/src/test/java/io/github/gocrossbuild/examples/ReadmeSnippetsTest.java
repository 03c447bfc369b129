package io.github.gocrossbuild.examples;

import static io.github.gocrossbuild.GoArch.AMD64;
import static io.github.gocrossbuild.GoArch.ARM;
import static io.github.gocrossbuild.GoArch.ARM64;
import static io.github.gocrossbuild.GoOs.LINUX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.binary.GoBinary;
import io.github.gocrossbuild.config.ConfigFileStatus;
import io.github.gocrossbuild.config.ConfigWriteReport;
import io.github.gocrossbuild.env.EnvExplanation;
import io.github.gocrossbuild.env.EnvFinding;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.provenance.VerifiedStatement;
import io.github.gocrossbuild.schema.ConfigIssue;
import io.github.gocrossbuild.schema.ConfigKind;
import io.github.gocrossbuild.schema.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the README honest: every Java block in README.md is a {@code // readme:NAME} region of a
 * compiled file in this module, marked {@code <!-- snippet:NAME -->} in the README; every block
 * compiles as pasted ({@link ReadmeSnippets}); and each local block runs on the example module here
 * (the SSH ones in {@link ReadmeSshSnippetsTest}).
 */
class ReadmeSnippetsTest {
  private static final Pattern REGION =
      Pattern.compile("// readme:([\\w-]+)\\n(.*?)\\n[ \\t]*// end", Pattern.DOTALL);

  @TempDir Path tmp;

  @Test
  void shouldCompileEveryJavaSnippetOfTheReadme() throws IOException {
    Map<String, String> regions = regions();
    List<String> checked = new ArrayList<>();
    for (Map.Entry<String, String> block : ReadmeSnippets.readmeBlocks().entrySet()) {
      assertThat(block.getKey())
          .as("a ```java block in README.md without <!-- snippet:NAME -->:%n%s", block.getValue())
          .isNotNull();
      assertThat(regions)
          .as(
              "README snippet %s has no // readme:%s region in examples",
              block.getKey(), block.getKey())
          .containsKey(block.getKey());
      assertThat(block.getValue().strip())
          .as("README snippet %s", block.getKey())
          .isEqualTo(regions.get(block.getKey()).strip());
      checked.add(block.getKey());
    }
    assertThat(checked).contains("tour", "matrix", "ssh", "pool", "validate", "configs");
  }

  @Test
  void shouldCompileEveryJavaSnippetAsPastedAgainstTheLibraryAlone() {
    assertThat(ReadmeSnippets.compiled()).isNotNull();
  }

  @Test
  void shouldRunTheTour() throws Exception {
    Path module = ExampleModules.copy("hello-service", tmp);

    ReadmeSnippets.Ran ran = ReadmeSnippets.compiled().run("tour", Map.of("module", module));

    assertThat(ran.get("artifact")).isEqualTo(module.resolve("bin/hello-service-linux-arm-v7"));
    assertThat(((GoBinary) ran.get("binary")).goarch()).contains(ARM);
    assertThat(ran.get("isStatic")).isEqualTo(true);
    assertThat(ran.get("why")).isEqualTo("set by noCgo()");
    assertThat(((EnvExplanation) ran.get("goarch")).value()).contains("arm");
  }

  @Test
  void shouldRunTheProvenanceBlockAndVerifyWhatItSigned() throws Exception {
    Path module = ExampleModules.copy("hello-service", tmp);
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair pair = generator.generateKeyPair();
    Path key = pem(tmp.resolve("key.pem"), "PRIVATE KEY", pair.getPrivate().getEncoded());
    Path pub = pem(tmp.resolve("pub.pem"), "PUBLIC KEY", pair.getPublic().getEncoded());

    ReadmeSnippets.Ran ran =
        ReadmeSnippets.compiled()
            .run("provenance", Map.of("module", module, "key", key, "pub", pub));

    Path artifact = module.resolve("bin/hello-service-linux-arm64");
    assertThat(ran.get("envelope"))
        .isEqualTo(module.resolve("bin/hello-service-linux-arm64.intoto.jsonl"));
    VerifiedStatement verified = (VerifiedStatement) ran.get("verified");
    assertThat(verified.subjectSha256())
        .isEqualTo(
            HexFormat.of()
                .formatHex(
                    MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(artifact))));
    assertThat((String) ran.get("statement"))
        .contains("\"predicateType\": \"https://slsa.dev/provenance/v1\"");
  }

  @Test
  void shouldRunTheCacheBlockAndHitOnTheSecondBuild() throws Exception {
    Path module = ExampleModules.copy("hello-service", tmp);
    Path cacheDir = tmp.resolve("cache");

    ReadmeSnippets.Ran ran =
        ReadmeSnippets.compiled().run("cache", Map.of("module", module, "cacheDir", cacheDir));

    assertThat(ran.get("hit")).isEqualTo(true);
    assertThat(ran.get("from")).isEqualTo("directory " + cacheDir);
    assertThat((String) ran.get("manifest"))
        .contains("\"target\": \"linux/arm64\"")
        .contains("\"artifact sha256\": \"");
  }

  @Test
  void shouldRunTheCachedMatrixBlockAndHitEveryTargetOnTheSecondRound() throws Exception {
    Path module = ExampleModules.copy("hello-service", tmp);
    Path cacheDir = tmp.resolve("cache");

    ReadmeSnippets.Ran ran =
        ReadmeSnippets.compiled()
            .run("cached-matrix", Map.of("module", module, "cacheDir", cacheDir));

    assertThat((List<?>) ran.get("first"))
        .allSatisfy(r -> assertThat(((BuildResult) r).fromCache()).isFalse());
    assertThat((List<?>) ran.get("second"))
        .hasSize(3)
        .allSatisfy(r -> assertThat(((BuildResult) r).fromCache()).isTrue());
    assertThat(ran.stdout().lines())
        .filteredOn(line -> line.contains(" hit  directory " + cacheDir))
        .hasSize(3);
  }

  private static Path pem(Path file, String type, byte[] der) throws IOException {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return Files.writeString(
        file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
  }

  @Test
  void shouldRunTheMatrix() throws Exception {
    Path module = ExampleModules.copy("hello-service", tmp);

    ReadmeSnippets.Ran ran = ReadmeSnippets.compiled().run("matrix", Map.of("module", module));

    @SuppressWarnings("unchecked")
    List<BuildResult> results = (List<BuildResult>) ran.get("results");
    assertThat(results)
        .extracting(r -> r.artifact().getFileName().toString())
        .containsExactly(
            "hello-service-linux-amd64",
            "hello-service-linux-arm64",
            "hello-service-linux-arm-v7",
            "hello-service-darwin-arm64",
            "hello-service-windows-amd64.exe");
  }

  @Test
  void shouldRunTheCgoBuild() throws Exception {
    Path module = ExampleModules.copy("cgo-hello", tmp);

    ReadmeSnippets.Ran ran = ReadmeSnippets.compiled().run("cgo", Map.of("module", module));

    assertThat(ran.get("cc")).isEqualTo("/usr/bin/aarch64-linux-gnu-gcc");
    BuildResult result = (BuildResult) ran.get("result");
    assertThat(result.binary().interpreter()).contains("/lib/ld-linux-aarch64.so.1");
    assertThat(result.smokeTest().orElseThrow().exitCode()).contains(0);
  }

  @Test
  void shouldRunTheBuildAssertionPassingOnlyForALinuxArm64StaticBinary() throws Exception {
    Path module = ExampleModules.copy("hello-service", tmp);
    BuildResult arm64 = GoCrossBuild.target(LINUX, ARM64).noCgo().moduleDir(module).run();
    BuildResult amd64 = GoCrossBuild.target(LINUX, AMD64).noCgo().moduleDir(module).run();

    ReadmeSnippets.Ran ran = ReadmeSnippets.compiled().run("assert-build", Map.of("result", arm64));

    assertThat(ran.locals()).isEmpty();
    assertThatThrownBy(() -> ReadmeSnippets.compiled().run("assert-build", Map.of("result", amd64)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("arm64");
  }

  @Test
  void shouldRunTheEnvironmentExplanationOnTheSampleWorkspace() throws Exception {
    Map<String, String> process = Map.of("HOME", tmp.toString(), "PATH", "/usr/bin:/bin");
    String host = Target.current().orElseThrow().goarch().goName();

    ReadmeSnippets.Ran ran =
        ReadmeSnippets.compiled()
            .run(
                "env",
                Map.of(
                    "dir",
                    Path.of(ExplainWorkspace.SAMPLE),
                    "processEnv",
                    process,
                    "label",
                    ExplainWorkspace.TASK));

    ResolvedEnv env = (ResolvedEnv) ran.get("env");
    assertThat(env.get("GOARCH")).contains(host);
    assertThat(env.findings()).extracting(EnvFinding::id).contains("env.task-env-ignored");
  }

  @Test
  void shouldRunTheValidationOverTheSampleWorkspace() throws Exception {
    ReadmeSnippets.Ran ran =
        ReadmeSnippets.compiled().run("validate", Map.of("root", Path.of(ExplainWorkspace.SAMPLE)));

    @SuppressWarnings("unchecked")
    List<ValidationReport> reports = (List<ValidationReport>) ran.get("reports");
    assertThat(reports).extracting(ValidationReport::kind).containsExactly(ConfigKind.VSCODE_TASKS);
    assertThat(reports.get(0).issues())
        .extracting(ConfigIssue::ruleId)
        .contains("tasks.env-outside-options");
  }

  @Test
  void shouldRunTheConfigAssertion() throws Exception {
    ReadmeSnippets.Ran ran = ReadmeSnippets.compiled().run("assert-config", Map.of());

    assertThat(ran.locals()).isEmpty();
    assertThat(ran.stdout()).isEmpty();
  }

  @Test
  void shouldRunTheConfigGenerationIntoAWorkspace() throws Exception {
    Path module = ExampleModules.copy("hello-service", tmp);
    Path workspace = Files.createDirectories(tmp.resolve("workspace"));

    ReadmeSnippets.Ran ran =
        ReadmeSnippets.compiled().run("configs", Map.of("module", module, "workspace", workspace));

    ConfigWriteReport report = (ConfigWriteReport) ran.get("report");
    assertThat(report.files()).hasSize(7).allMatch(f -> f.status() == ConfigFileStatus.CREATED);
    assertThat(workspace.resolve(".vscode/tasks.json")).isRegularFile();
    // windows/amd64 is the Functions handler; it is built outside the workspace, so absolute.
    assertThat(Files.readString(workspace.resolve("host.json")))
        .contains(
            "\"defaultExecutablePath\": \""
                + module.toAbsolutePath().normalize().resolve("bin/hello-service-windows-amd64.exe")
                + "\"");
  }

  private static Map<String, String> regions() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(Path.of("src"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = REGION.matcher(Files.readString(f));
        while (m.find()) {
          out.put(m.group(1), dedent(m.group(2)));
        }
      }
    }
    return out;
  }

  private static String dedent(String block) {
    List<String> lines = block.lines().toList();
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return lines.stream()
        .map(l -> l.length() >= indent ? l.substring(indent) : l.strip())
        .collect(Collectors.joining("\n"));
  }
}
