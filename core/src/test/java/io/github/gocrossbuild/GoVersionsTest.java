package io.github.gocrossbuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.binary.BinaryFormat;
import io.github.gocrossbuild.binary.GoBuildInfo;
import io.github.gocrossbuild.binary.TestBinaries;
import io.github.gocrossbuild.env.EnvExplanation;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.spi.BuildHost;
import io.github.gocrossbuild.spi.TargetTable;
import io.github.gocrossbuild.spi.Toolchain;
import io.github.gocrossbuild.testing.GoInstalls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The focused suite run against every Go version CI installs (1.22, 1.23, 1.24): a build and its
 * proof, the environment explanation, the toolchain's target table and agreement with {@code go
 * version -m}, plus what differs between the versions (variants, broken ports). Each version builds
 * one target cold (about 15 s on two cores) into its own GOCACHE, shared by its tests.
 */
class GoVersionsTest {
  static final List<String> MINORS = GoInstalls.MINORS;

  /** One GOCACHE per Go version, shared by this class's tests of that version. */
  private static final Map<String, Path> CACHES = new ConcurrentHashMap<>();

  @TempDir Path tmp;

  private static Map<String, String> environment(Path go) {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.put("PATH", go.getParent() + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("GOTOOLCHAIN", "local");
    env.remove("GOFLAGS");
    env.remove("GOROOT");
    return env;
  }

  private static String run(Path go, String... args) {
    List<String> argv = new ArrayList<>();
    argv.add(go.toString());
    argv.addAll(List.of(args));
    return TestBinaries.run(go, argv, Map.of());
  }

  private static Path cache(Path go) {
    String version = run(go, "env", "GOVERSION").strip();
    return CACHES.computeIfAbsent(
        version, v -> Path.of(System.getProperty("java.io.tmpdir"), "gocrossbuild-gocache", v));
  }

  private GoCrossBuilder build(String platform, Path go) throws IOException {
    Path module = GoToolchainFixture.copyModule("app", Files.createTempDirectory(tmp, "module"));
    return GoCrossBuild.target(platform)
        .moduleDir(module)
        .goCommand(go)
        .env("GOCACHE", cache(go).toString())
        .noCgo()
        .on(BuildHosts.local(environment(go)));
  }

  @ParameterizedTest
  @FieldSource("MINORS")
  void shouldBuildProveAndExplainWithEachGo(String minor) throws IOException {
    Path go = GoInstalls.go(minor);
    String version = run(go, "env", "GOVERSION").strip();
    String goroot = run(go, "env", "GOROOT").strip();

    BuildResult r = build("linux/arm64", go).run();

    assertThat(version).startsWith("go" + minor + ".");
    assertThat(r.toolchain().goVersion()).isEqualTo(version);
    assertThat(r.toolchain().goRoot()).contains(goroot);
    assertThat(r.binary().format()).isEqualTo(BinaryFormat.ELF);
    assertThat(r.binary().goarch()).contains(GoArch.ARM64);
    assertThat(r.binary().isStaticallyLinked()).isTrue();
    assertThat(r.binary().buildInfo().map(GoBuildInfo::goVersion)).contains(version);
    assertThat(r.warnings()).isEmpty();
    EnvExplanation sumdb = r.environment().explain("GOSUMDB");
    assertThat(sumdb.layer()).contains(EnvLayer.GOROOT_ENV_FILE);
    assertThat(sumdb.winner().orElseThrow().origin()).isEqualTo(goroot + "/go.env");
    EnvExplanation toolchain = r.environment().explain("GOTOOLCHAIN");
    assertThat(toolchain.value()).contains("local");
    assertThat(toolchain.layer()).contains(EnvLayer.BUILDER_ENV);
    assertThat(toolchain.shadowed())
        .extracting(b -> b.layer(), b -> b.value())
        .contains(org.assertj.core.groups.Tuple.tuple(EnvLayer.GOROOT_ENV_FILE, "auto"));
    assertThat(r.environment().explain("GOCACHE").value()).contains(cache(go).toString());
  }

  @ParameterizedTest
  @FieldSource("MINORS")
  void shouldAgreeWithGoVersionMOfTheSameToolchain(String minor) throws IOException {
    Path go = GoInstalls.go(minor);
    BuildResult r = build("linux/arm64", go).run();
    GoBuildInfo info = r.binary().buildInfo().orElseThrow();

    String out = run(go, "version", "-m", r.artifact().toString());

    List<String> lines = out.lines().toList();
    assertThat(lines.get(0)).isEqualTo(r.artifact() + ": " + info.goVersion());
    Map<String, String> settings = new LinkedHashMap<>();
    String path = null;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.strip().split("\t", 2);
      if (f[0].equals("path")) {
        path = f[1];
      } else if (f[0].equals("build")) {
        int eq = f[1].indexOf('=', 1);
        settings.put(f[1].substring(0, eq), f[1].substring(eq + 1));
      }
    }
    assertThat(path).isEqualTo(info.path());
    assertThat(settings).isEqualTo(info.settings());
    assertThat(settings).containsEntry("GOARCH", "arm64").containsEntry("CGO_ENABLED", "0");
  }

  @ParameterizedTest
  @FieldSource("MINORS")
  void shouldTakeTheTargetTableFromEachGo(String minor) {
    Path go = GoInstalls.go(minor);
    BuildHost host = BuildHosts.local(environment(go));
    Toolchain toolchain = host.toolchain(Optional.of(go.toString()), Map.of());
    Set<String> listed = new TreeSet<>(run(go, "tool", "dist", "list").lines().toList());
    Set<String> all = new TreeSet<>(run(go, "tool", "dist", "list", "-broken").lines().toList());

    TargetTable table = host.targetTable(toolchain).orElseThrow();

    assertThat(table.goVersion()).isEqualTo(toolchain.goVersion());
    assertThat(host.targetTable(toolchain)).containsSame(table);
    Set<String> known = new TreeSet<>();
    Set<String> broken = new TreeSet<>();
    for (TargetTable.Port p : table.ports()) {
      (p.broken() ? broken : known).add(p.pair());
    }
    assertThat(known).isEqualTo(listed);
    assertThat(table.listedCount()).isEqualTo(listed.size());
    Set<String> brokenListed = new TreeSet<>(all);
    brokenListed.removeAll(listed);
    brokenListed.removeAll(table.unknownPairs());
    assertThat(broken).isEqualTo(brokenListed);
    assertThat(table.port(GoOs.LINUX, GoArch.ARM64))
        .contains(new TargetTable.Port(GoOs.LINUX, GoArch.ARM64, true, true, false));
    // What changed between the three releases, as each toolchain tells it.
    assertThat(table.port(GoOs.WINDOWS, GoArch.ARM).map(TargetTable.Port::broken))
        .contains(minor.equals("1.24"));
    assertThat(table.port(GoOs.OPENBSD, GoArch.RISCV64).map(TargetTable.Port::broken))
        .contains(minor.equals("1.22"));
  }

  @Test
  void shouldRefuseAVariantTheToolchainPredatesNamingTheVersionThatIntroducedIt()
      throws IOException {
    Path go = GoInstalls.go("1.22");
    String version = run(go, "env", "GOVERSION").strip();

    assertThatThrownBy(() -> build("linux/arm64/v8.2", go).run())
        .isInstanceOfSatisfying(
            TargetNotSupportedException.class,
            e -> {
              assertThat(e.target()).isEqualTo(Target.parse("linux/arm64/v8.2"));
              assertThat(e.toolchainVersion()).isEqualTo(version);
              assertThat(e.introducedIn()).contains("go1.23");
            })
        .hasMessage(
            "Unsupported target \"linux/arm64/v8.2\": its variant v8.2 is set through GOARM64,"
                + " which go1.23 introduced; %s (%s on local) ignores GOARM64 and would build the"
                + " baseline. Build with go1.23 or newer (goCommand(...) or goVersion(...)), or"
                + " drop the variant.",
            version, go);
    assertThatThrownBy(() -> build("linux/riscv64/rva22u64", go).run())
        .isInstanceOf(TargetNotSupportedException.class)
        .hasMessageContaining("set through GORISCV64, which go1.23 introduced");
  }

  @Test
  void shouldBuildABrokenPortWithAWarningNamingTheVersion() throws IOException {
    Path go = GoInstalls.go("1.24");
    String version = run(go, "env", "GOVERSION").strip();

    BuildResult r = build("windows/arm", go).run();

    assertThat(r.binary().format()).isEqualTo(BinaryFormat.PE);
    assertThat(r.binary().goarch()).contains(GoArch.ARM);
    assertThat(r.warnings())
        .containsExactly(
            new BuildWarning(
                WarningId.TARGET_BROKEN_PORT,
                String.format(
                    "%s (%s on local) marks windows/arm as a broken port (`go tool dist list"
                        + " -broken`): go build still produces a binary, but the port is no"
                        + " longer tested upstream and may be dropped by a later release.",
                    version, go)));
  }

  @Test
  void shouldRefuseAPairTheToolchainDoesNotListNamingItsVersion() {
    Path go = GoInstalls.go("1.24");
    String version = run(go, "env", "GOVERSION").strip();
    // A host that asks the plain `go tool dist list -json`: Go 1.24 leaves windows/arm out of it.
    BuildHost local = BuildHosts.local(environment(go));
    BuildHost plain = new PlainListHost(local, version, run(go, "tool", "dist", "list", "-json"));

    assertThatThrownBy(
            () ->
                GoCrossBuild.target("windows/arm")
                    .moduleDir(GoToolchainFixture.copyModule("app", tmp))
                    .goCommand(go)
                    .noCgo()
                    .on(plain)
                    .run())
        .isInstanceOfSatisfying(
            TargetNotSupportedException.class,
            e -> {
              assertThat(e.toolchainVersion()).isEqualTo(version);
              assertThat(e.introducedIn()).isEmpty();
            })
        .hasMessage(
            "Unsupported target \"windows/arm\": %s (%s on local) cannot build it: its `go tool"
                + " dist list` has no windows/arm. Its GOARCH values for windows are 386, amd64,"
                + " arm64. Build with a Go release that lists the pair (goCommand(...) or"
                + " goVersion(...)), or choose another target.",
            version, go);
    assertThat(tmp.resolve("app/bin")).doesNotExist();
  }

  /** The local host, answering the target table of the plain {@code go tool dist list -json}. */
  private static final class PlainListHost implements BuildHost {
    private final BuildHost local;
    private final TargetTable table;

    PlainListHost(BuildHost local, String version, String json) {
      this.local = local;
      this.table = TargetTable.parse(version, json);
    }

    @Override
    public String name() {
      return local.name();
    }

    @Override
    public Optional<Target> platform() {
      return local.platform();
    }

    @Override
    public Toolchain toolchain(Optional<String> goCommand, Map<String, String> extraEnv) {
      return local.toolchain(goCommand, extraEnv);
    }

    @Override
    public Optional<TargetTable> targetTable(Toolchain toolchain) {
      return Optional.of(table);
    }

    @Override
    public io.github.gocrossbuild.spi.HostEnvironment environment(Toolchain toolchain) {
      return local.environment(toolchain);
    }

    @Override
    public io.github.gocrossbuild.spi.HostBuildOutcome build(
        io.github.gocrossbuild.spi.HostBuildRequest request) {
      return local.build(request);
    }
  }
}
