package io.github.gocrossbuild.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.schema.ConfigValidator;
import io.github.gocrossbuild.ssh.SshHost;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library on the module path, as a modular application sees it: an outside module compiles
 * against the exported API and runs, and the compiler refuses every {@code internal} package of
 * core, ssh and schema. (Every other test in this project runs on the class path.)
 */
class ModulePathTest {
  @TempDir Path tmp;

  @Test
  void shouldCompileAndRunAnOutsideModuleAgainstTheExportedApi() throws Exception {
    Path out =
        compile(
            """
            package outside;

            import io.github.gocrossbuild.BuildHosts;
            import io.github.gocrossbuild.GoCrossBuild;
            import io.github.gocrossbuild.Target;
            import io.github.gocrossbuild.provenance.AttestationException;
            import io.github.gocrossbuild.provenance.Attestations;
            import io.github.gocrossbuild.schema.ConfigKind;
            import io.github.gocrossbuild.schema.ConfigValidator;
            import io.github.gocrossbuild.spi.BuildHost;
            import io.github.gocrossbuild.ssh.SshHost;

            public class Main {
              public static void main(String[] args) throws Exception {
                Target t = Target.parse("linux/arm/v7");
                BuildHost local = BuildHosts.local();
                System.out.println(t.platform() + " " + local.name());
                System.out.println(GoCrossBuild.target(t).noCgo().spec().cgo());
                System.out.println(ConfigValidator.standard()
                    .validate(ConfigKind.VSCODE_SETTINGS, "{\\"go.toolsEnvVars\\": {\\"GOOS\\": \\"linux\\"}}")
                    .issues().get(0).ruleId());
                System.out.println(SshHost.builder().host("pi").user("me").build().port());
                java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("EC");
                g.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
                java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("outside");
                java.nio.file.Path pub = java.nio.file.Files.writeString(dir.resolve("pub.pem"),
                    "-----BEGIN PUBLIC KEY-----\\n" + java.util.Base64.getEncoder().encodeToString(
                        g.generateKeyPair().getPublic().getEncoded()) + "\\n-----END PUBLIC KEY-----\\n");
                try {
                  Attestations.verify(pub, dir.resolve("none.intoto.jsonl"), pub);
                } catch (AttestationException e) {
                  System.out.println(e.check());   // the key was read: the envelope check failed
                }
                try {
                  Class.forName("io.github.gocrossbuild.internal.DottedVersions")
                      .getMethod("compare", String.class, String.class)
                      .invoke(null, "1.2", "1.3");
                  System.out.println("internal reachable");
                } catch (IllegalAccessException e) {
                  System.out.println("internal refused");
                } catch (ReflectiveOperationException e) {
                  System.out.println("unexpected " + e);
                }
              }
            }
            """);
    assertThat(out).isNotNull();

    List<String> java = new ArrayList<>();
    java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    java.add("--module-path");
    java.add(modulePath() + File.pathSeparator + out);
    java.add("-m");
    java.add("outside/outside.Main");
    Process p = new ProcessBuilder(java).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output.lines().filter(l -> !l.startsWith("SLF4J")).toList())
        .containsExactly(
            "linux/arm/v7 local",
            "Optional[false]",
            "go.tools-env-target",
            "22",
            "ENVELOPE",
            "internal refused");
  }

  @Test
  void shouldRefuseEveryInternalPackageToAnOutsideModule() throws IOException {
    List<String> internals =
        List.of(
            "io.github.gocrossbuild.internal.DottedVersions",
            "io.github.gocrossbuild.internal.build.BuildRunner",
            "io.github.gocrossbuild.internal.jsonc.JsonText",
            "io.github.gocrossbuild.internal.config.VsCodeConfigReader",
            "io.github.gocrossbuild.ssh.internal.ShellQuote",
            "io.github.gocrossbuild.schema.internal.ValidationEngine");
    for (String type : internals) {
      String pkg = type.substring(0, type.lastIndexOf('.'));
      List<String> errors =
          compileErrors("package outside;\n\npublic class Main {\n  " + type + " field;\n}\n");
      assertThat(errors)
          .as(type)
          .anySatisfy(
              e ->
                  assertThat(e)
                      .contains("package " + pkg + " is declared in module")
                      .contains("does not export it"));
    }
  }

  private Path compile(String mainSource) throws IOException {
    List<String> errors = compileErrors(mainSource);
    assertThat(errors).isEmpty();
    return tmp.resolve("classes");
  }

  private List<String> compileErrors(String mainSource) throws IOException {
    Path src = tmp.resolve("src");
    Files.createDirectories(src.resolve("outside"));
    Files.writeString(
        src.resolve("module-info.java"),
        "module outside {\n  requires io.github.gocrossbuild.core;\n"
            + "  requires io.github.gocrossbuild.ssh;\n  requires io.github.gocrossbuild.schema;\n}\n");
    Files.writeString(src.resolve("outside/Main.java"), mainSource);
    Path classes = Files.createDirectories(tmp.resolve("classes"));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      List<String> options =
          List.of(
              "--module-path",
              modulePath(),
              // Without this javac would take the test's own class path as the unnamed module.
              "--class-path",
              classes.toString(),
              "-d",
              classes.toString(),
              "-proc:none");
      javac
          .getTask(
              null,
              files,
              diagnostics,
              options,
              null,
              files.getJavaFileObjects(
                  src.resolve("module-info.java"), src.resolve("outside/Main.java")))
          .call();
    }
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(Locale.ROOT))
        .toList();
  }

  /**
   * The project's three modules and their run-time libraries, taken from this test's class path;
   * test tools (JUnit, AssertJ, Maven's own) stay off the module path.
   */
  private static String modulePath() {
    Stream<String> project =
        Stream.of(GoCrossBuild.class, SshHost.class, ConfigValidator.class)
            .map(ModulePathTest::location);
    Stream<String> libraries =
        Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(
                e ->
                    Stream.of(
                            "/com/hierynomus/",
                            "/org/bouncycastle/",
                            "/org/slf4j/",
                            "/tools/jackson/",
                            "/com/fasterxml/jackson/",
                            "/org/snakeyaml/",
                            "/com/networknt/",
                            "/net/i2p/")
                        .anyMatch(e.replace('\\', '/')::contains));
    return Stream.concat(project, libraries)
        .distinct()
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
