package io.github.gocrossbuild.internal.plan;

import static io.github.gocrossbuild.testing.GoEnvJson.assertAgreement;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.env.EnvFinding;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.internal.env.GoEnvFiles;
import io.github.gocrossbuild.internal.toolchain.ToolchainLocator;
import io.github.gocrossbuild.spi.BuildHost;
import io.github.gocrossbuild.spi.HostBuildOutcome;
import io.github.gocrossbuild.spi.HostBuildRequest;
import io.github.gocrossbuild.spi.HostEnvironment;
import io.github.gocrossbuild.spi.Toolchain;
import io.github.gocrossbuild.testing.GoEnvJson;
import io.github.gocrossbuild.testing.RealTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests for {@link BuildEnvironment}: what the LIBRARY_BUILD environment predicts must equal what
 * the real {@code go env -json} reports when started with that environment.
 */
class BuildEnvironmentTest {
  @TempDir Path tmp;

  @Test
  void shouldMatchGoEnvForTheHostTargetWithNothingSet() throws IOException {
    Scenario s = new Scenario(tmp);
    ResolvedEnv env = s.explain(GoCrossBuild.target(host()));
    Map<String, String> go = s.goEnv(env);
    assertAgreement(env, go);
    assertThat(go)
        .containsEntry("CGO_ENABLED", "1")
        .containsEntry("GOTOOLCHAIN", "local")
        .containsEntry("GOPATH", s.home + "/go")
        .containsEntry("GOFLAGS", "");
    // The library's GOTOOLCHAIN=local default hides go.env's auto: the chosen toolchain builds.
    assertThat(env.explain("GOTOOLCHAIN").layer()).contains(EnvLayer.BUILDER_ENV);
    assertThat(env.explain("GOTOOLCHAIN").shadowed())
        .extracting(b -> b.layer())
        .contains(EnvLayer.GOROOT_ENV_FILE);
    assertThat(env.explain("GOPATH").layer()).contains(EnvLayer.GO_DEFAULT);
  }

  @Test
  void shouldMatchGoEnvWhenTheEnvFileSetsEverythingAndTheTargetWins() throws IOException {
    Scenario s =
        new Scenario(tmp)
            .envFile(
                "GOARCH=arm64\nGOOS=windows\nGOFLAGS=-mod=mod\n"
                    + "GOPROXY=direct\nGOTOOLCHAIN=local\nGO111MODULE=on\nGOAMD64=v3\nCGO_ENABLED=0\n"
                    + "GOPATH=/opt/gopath\nGOCACHE=/opt/gocache\n");
    ResolvedEnv env = s.explain(GoCrossBuild.target(host()));
    Map<String, String> go = s.goEnv(env);
    assertAgreement(env, go);
    assertThat(go)
        .containsEntry("GOARCH", "amd64")
        .containsEntry("GOAMD64", "v3")
        .containsEntry("CGO_ENABLED", "0")
        .containsEntry("GOTOOLCHAIN", "local")
        .containsEntry("GOMODCACHE", "/opt/gopath/pkg/mod");
    assertThat(env.explain("GOAMD64").layer()).contains(EnvLayer.USER_ENV_FILE);
    assertThat(env.explain("GOARCH").shadowed())
        .extracting(b -> b.layer())
        .contains(EnvLayer.USER_ENV_FILE);
  }

  @Test
  void shouldMatchGoEnvWithEmptyProcessValuesFallingThroughToTheFile() throws IOException {
    Scenario s =
        new Scenario(tmp)
            .envFile("GOFLAGS=-trimpath\nGOPROXY=off\nGOTOOLCHAIN=\n")
            .process(
                Map.of(
                    "GOFLAGS",
                    "",
                    "GOPROXY",
                    "",
                    "GOPATH",
                    "",
                    "GO111MODULE",
                    "",
                    "GOCACHE",
                    "",
                    "GOTOOLCHAIN",
                    ""));
    ResolvedEnv env = s.explain(GoCrossBuild.target(host()));
    Map<String, String> go = s.goEnv(env);
    assertAgreement(env, go);
    assertThat(go)
        .containsEntry("GOFLAGS", "-trimpath")
        .containsEntry("GOPROXY", "off")
        .containsEntry("GOTOOLCHAIN", "local")
        .containsEntry("GOPATH", s.home + "/go");
  }

  @Test
  void shouldMatchGoEnvWhenProcessValuesShadowTheFile() throws IOException {
    Scenario s =
        new Scenario(tmp)
            .envFile("GOFLAGS=-trimpath\nGOPROXY=off\nCGO_ENABLED=1\n")
            .process(
                Map.of(
                    "GOFLAGS",
                    "-mod=vendor",
                    "GOPROXY",
                    "https://example.test",
                    "GO111MODULE",
                    "auto",
                    "GOPATH",
                    "/p1:/p2",
                    "CGO_ENABLED",
                    "2"));
    ResolvedEnv env = s.explain(GoCrossBuild.target(host()));
    Map<String, String> go = s.goEnv(env);
    assertAgreement(env, go);
    assertThat(go)
        .containsEntry("GOFLAGS", "-mod=vendor")
        .containsEntry("GOMODCACHE", "/p1/pkg/mod")
        .containsEntry("CGO_ENABLED", "1");
    assertThat(env.findings())
        .extracting(EnvFinding::id)
        .contains("env.go-env-shadowed", "env.invalid-value");
  }

  @Test
  void shouldMatchGoEnvWithGoenvOff() throws IOException {
    Scenario s =
        new Scenario(tmp)
            .envFile("GOARM=5\nGOPROXY=off\nGOFLAGS=-x\n")
            .process(Map.of("GOENV", "off"));
    ResolvedEnv env = s.explain(GoCrossBuild.target("linux/arm"));
    Map<String, String> go = s.goEnv(env);
    assertAgreement(env, go);
    assertThat(go)
        // The toolchain's default, not the file's 5: Go 1.23 says 7,hardfloat, 1.22 and 1.24 say 7.
        .containsEntry(
            "GOARM",
            RealTools.goEnv(
                RealTools.go(), "GOARM", Map.of("GOOS", "linux", "GOARCH", "arm", "GOENV", "off")))
        .containsEntry("GOPROXY", "https://proxy.golang.org,direct")
        .containsEntry("GOFLAGS", "");
  }

  @Test
  void shouldMatchGoEnvWithAnExplicitGoenvPath() throws IOException {
    Path custom = tmp.resolve("custom.env");
    Files.writeString(custom, "GOARM=5\nGOPRIVATE=example.test\n");
    Scenario s = new Scenario(tmp).process(Map.of("GOENV", custom.toString()));
    ResolvedEnv env = s.explain(GoCrossBuild.target("linux/arm"));
    Map<String, String> go = s.goEnv(env);
    assertAgreement(env, go);
    assertThat(go)
        .containsEntry("GOARM", "5")
        .containsEntry("GONOPROXY", "example.test")
        .containsEntry("GOENV", custom.toString());
  }

  @Test
  void shouldMatchGoEnvForCrossTargetsAndVariants() throws IOException {
    for (String platform :
        List.of(
            "linux/arm64",
            "linux/arm/v6",
            "windows/amd64/v2",
            "darwin/arm64",
            "linux/386",
            "linux/riscv64")) {
      Scenario s = new Scenario(tmp.resolve(platform.replace('/', '-')));
      ResolvedEnv env = s.explain(GoCrossBuild.target(platform));
      assertAgreement(env, s.goEnv(env));
      assertThat(env.get("CGO_ENABLED")).as(platform).contains("0");
    }
  }

  @Test
  void shouldMatchGoEnvWhenNoCCompilerIsOnPath() throws IOException {
    Scenario s = new Scenario(tmp).process(Map.of("PATH", "/nonexistent"));
    ResolvedEnv env = s.explain(GoCrossBuild.target(host()));
    Map<String, String> go = s.goEnv(env);
    assertAgreement(env, go);
    assertThat(go).containsEntry("CGO_ENABLED", "0");
  }

  @Test
  void shouldMatchGoEnvWithXdgCacheAndBuilderEnvAndCgo() throws IOException {
    Scenario s =
        new Scenario(tmp)
            .process(Map.of("XDG_CACHE_HOME", "/xdg/cache", "XDG_CONFIG_HOME", "/xdg/config"));
    ResolvedEnv env =
        s.explain(
            GoCrossBuild.target(host())
                .env("GOFLAGS", "-buildvcs=false")
                .env("GOSUMDB", "off")
                .noCgo());
    Map<String, String> go = s.goEnv(env);
    assertAgreement(env, go);
    assertThat(go)
        .containsEntry("GOCACHE", "/xdg/cache/go-build")
        .containsEntry("GOENV", "/xdg/config/go/env")
        .containsEntry("CGO_ENABLED", "0");
    assertThat(env.explain("CGO_ENABLED").layer()).contains(EnvLayer.BUILDER_CGO);
  }

  @Test
  void shouldReportCgoFilesDroppedForACrossBuild() throws IOException {
    Path module = tmp.resolve("mod");
    Files.createDirectories(module);
    Files.writeString(module.resolve("go.mod"), "module example.test/hello\n\ngo 1.21\n");
    Files.writeString(
        module.resolve("main.go"),
        "package main\n\nimport (\n\t\"net\"\n"
            + "\t\"os/user\"\n)\n\nfunc main() { _, _ = net.LookupHost(\"x\"); _, _ = user.Current()"
            + " }\n");
    Scenario s = new Scenario(tmp.resolve("cgo"));
    ResolvedEnv env = s.explain(GoCrossBuild.target("linux/arm64").moduleDir(module));
    EnvFinding f =
        env.findings().stream()
            .filter(x -> x.id().equals("env.cgo-off-cross"))
            .findFirst()
            .orElseThrow();
    assertThat(f.severity()).isEqualTo(EnvFinding.Severity.WARNING);
    assertThat(f.message())
        .contains("net: ")
        .contains("cgo_linux.go")
        .contains("os/user: cgo_lookup_cgo.go")
        .contains("call cgo()");
  }

  @Test
  void shouldReportGoFlagsThatThePlannedCommandLineOverridesIncludingGcflags() throws IOException {
    Scenario s = new Scenario(tmp);
    ResolvedEnv env =
        s.explain(
            GoCrossBuild.target("linux/arm64")
                .noCgo()
                .gcflags("all=-N", "-l")
                .env("GOFLAGS", "-gcflags=-m -mod=mod"));
    EnvFinding f =
        env.findings().stream()
            .filter(x -> x.id().equals("env.goflags-conflict"))
            .findFirst()
            .orElseThrow();
    assertThat(f.message())
        .startsWith("GOFLAGS=-gcflags=-m -mod=mod from env(\"GOFLAGS\", ...) sets -gcflags, which");
  }

  private static Target host() {
    return Target.current().orElseThrow();
  }

  /** One controlled machine: a temp HOME, a process environment, maybe a go env file. */
  private static final class Scenario {
    final Path home;
    final Map<String, String> process = new LinkedHashMap<>();
    final Path go = RealTools.go();

    Scenario(Path dir) throws IOException {
      this.home = Files.createDirectories(dir.resolve("home"));
      process.put("HOME", home.toString());
      process.put("PATH", "/usr/local/bin:/usr/bin:/bin");
    }

    Scenario envFile(String content) throws IOException {
      Path file = home.resolve(".config/go/env");
      Files.createDirectories(file.getParent());
      Files.writeString(file, content);
      return this;
    }

    Scenario process(Map<String, String> vars) {
      process.putAll(vars);
      return this;
    }

    ResolvedEnv explain(GoCrossBuilder builder) {
      return builder.on(new ControlledHost(go, process)).explainEnv();
    }

    Map<String, String> goEnv(ResolvedEnv env) {
      return GoEnvJson.run(go, home, env);
    }
  }

  /** A build host whose process environment is the scenario's, not the JVM's. */
  private static final class ControlledHost implements BuildHost {
    private final Path go;
    private final Map<String, String> process;

    ControlledHost(Path go, Map<String, String> process) {
      this.go = go;
      this.process = Map.copyOf(process);
    }

    @Override
    public String name() {
      return "controlled";
    }

    @Override
    public Optional<Target> platform() {
      return Target.current();
    }

    @Override
    public Toolchain toolchain(Optional<String> goCommand, Map<String, String> extraEnv) {
      Map<String, String> env = new HashMap<>(process);
      env.putAll(extraEnv);
      return ToolchainLocator.locate(Optional.of(go.toString()), env);
    }

    @Override
    public HostEnvironment environment(Toolchain toolchain) {
      Optional<String> file = GoEnvFiles.userEnvFile(GoOs.LINUX, process);
      return HostEnvironment.builder()
          .variables(process)
          .userEnvFile(file)
          .userEnvFileValues(file.map(f -> GoEnvFiles.read(Path.of(f))).orElse(Map.of()))
          .goRootEnvValues(
              toolchain.goRoot().map(r -> GoEnvFiles.readGoRootEnv(Path.of(r))).orElse(Map.of()))
          .build();
    }

    @Override
    public HostBuildOutcome build(HostBuildRequest request) {
      throw new UnsupportedOperationException("explain only");
    }
  }
}
