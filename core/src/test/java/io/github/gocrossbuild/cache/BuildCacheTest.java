package io.github.gocrossbuild.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildHosts;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import io.github.gocrossbuild.GoToolchainFixture;
import io.github.gocrossbuild.WarningId;
import io.github.gocrossbuild.internal.Sha256;
import io.github.gocrossbuild.internal.process.ProcessRunner;
import io.github.gocrossbuild.provenance.Attestations;
import io.github.gocrossbuild.spi.BuildHost;
import io.github.gocrossbuild.testing.RealTools;
import io.github.gocrossbuild.testing.TestKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests for {@link BuildCache}: real Go builds through a directory cache, hits counted with {@link
 * ProcessRunner#started()}.
 */
class BuildCacheTest {
  @TempDir Path tmp;
  private Path module;
  private Path cacheDir;
  private BuildHost host;
  private int outputs;

  @BeforeEach
  void setUp() {
    GoToolchainFixture.go();
    module = GoToolchainFixture.copyModule("hello", tmp);
    cacheDir = tmp.resolve("cache");
    host = BuildHosts.local(GoToolchainFixture.environment());
  }

  /** Each build writes to a fresh output directory outside the module. */
  private GoCrossBuilder build(String platform) {
    return GoCrossBuild.target(platform)
        .noCgo()
        .moduleDir(module)
        .outputDir(tmp.resolve("out" + ++outputs))
        .on(host)
        .cache(BuildCache.directory(cacheDir));
  }

  private List<String> entries(String kind) throws IOException {
    Path dir = cacheDir.resolve(kind);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static List<String> ids(BuildResult r) {
    return warnings(r).stream().map(BuildWarning::id).toList();
  }

  /**
   * The warnings about the artifact cache: without the one a Go older than 1.24 adds (Go's action
   * cache is not shared), which depends on the Go the suite runs with ({@code SharedActionsTest}).
   */
  private static List<BuildWarning> warnings(BuildResult r) {
    return r.warnings().stream().filter(w -> w.kind() != WarningId.CACHE_NO_GOCACHEPROG).toList();
  }

  @Test
  void shouldFetchASecondBuildWithoutStartingGo() throws IOException {
    BuildResult first = build("linux/arm64").run();
    assertThat(first.fromCache()).isFalse();
    assertThat(first.cacheSource()).isEmpty();
    String sha = Sha256.of(first.artifact());
    assertThat(entries("cas")).containsExactly(sha);
    assertThat(entries("ac")).hasSize(1);
    assertThat(first.cacheManifest().orElseThrow())
        .contains("\"artifact sha256\": \"" + sha + "\"")
        .contains("\"target\": \"linux/arm64\"")
        .contains("\"env GOARCH\": \"arm64\"")
        .doesNotContain("\"env GOCACHE\"")
        .doesNotContain("\"env GOCACHEPROG\"")
        .doesNotContain("\"env GOMODCACHE\"");

    List<BuildEvent> events = new ArrayList<>();
    long before = ProcessRunner.started();
    BuildResult second = build("linux/arm64").listener(e -> events.add(e)).run();

    assertThat(ProcessRunner.started() - before).isZero();
    assertThat(second.fromCache()).isTrue();
    assertThat(second.cacheSource()).contains("directory " + cacheDir);
    assertThat(second.artifact()).isEqualTo(tmp.resolve("out2/hello-linux-arm64"));
    assertThat(Files.readAllBytes(second.artifact()))
        .isEqualTo(Files.readAllBytes(first.artifact()));
    assertThat(Files.isExecutable(second.artifact())).isTrue();
    assertThat(second.binary().goarch()).contains(GoArch.ARM64);
    assertThat(second.output()).isEmpty();
    assertThat(second.command()).contains(second.artifact().toString());
    assertThat(second.cacheManifest()).isEqualTo(first.cacheManifest());
    assertThat(events)
        .noneMatch(e -> e instanceof BuildEvent.Started || e instanceof BuildEvent.Compiled)
        .contains(
            new BuildEvent.CacheHit(
                second.target(), "directory " + cacheDir, entries("ac").get(0)));
    assertThat(entries("ac")).hasSize(1);
  }

  @Test
  void shouldMissWhenASourceFileAnLdflagTheVariantOrTheTargetChanges() throws IOException {
    assertThat(build("linux/amd64").run().fromCache()).isFalse();
    assertThat(build("linux/amd64").ldflags("-s", "-w", "-X main.v=2").run().fromCache()).isFalse();
    assertThat(build("linux/amd64/v3").run().fromCache()).isFalse();
    assertThat(build("linux/386").run().fromCache()).isFalse();
    Files.writeString(module.resolve("extra.go"), "package main\n\nvar extra = 1\n");
    assertThat(build("linux/amd64").run().fromCache()).isFalse();
    assertThat(entries("ac")).hasSize(5);
    assertThat(build("linux/amd64").run().fromCache()).isTrue();
    Files.delete(module.resolve("extra.go"));
    assertThat(build("linux/amd64/v3").run().fromCache()).isTrue();
  }

  @Test
  void shouldRefuseBytesThatAreNotTheirHashAndRebuild() throws IOException {
    BuildResult first = build("linux/arm64").run();
    Path cas = cacheDir.resolve("cas").resolve(Sha256.of(first.artifact()));
    byte[] bytes = Files.readAllBytes(cas);
    bytes[bytes.length / 2] ^= 1;
    Files.write(cas, bytes);

    BuildResult second = build("linux/arm64").run();

    assertThat(second.fromCache()).isFalse();
    assertThat(ids(second)).containsExactly(BuildWarning.CACHE_ENTRY_REFUSED);
    assertThat(warnings(second).get(0).message())
        .startsWith("refused the cache entry and built instead: " + cas)
        .contains("not its name");
    assertThat(Sha256.of(cas)).isEqualTo(cas.getFileName().toString());
    assertThat(build("linux/arm64").run().fromCache()).isTrue();
  }

  @Test
  void shouldRefuseABinaryThatFailsTheProof() throws IOException {
    BuildResult amd64 = build("linux/amd64").run();
    BuildResult arm64 = build("linux/arm64").run();
    String arm64Key = BuildCacheTest.keyOf(cacheDir, Sha256.of(arm64.artifact()));
    Path ac = cacheDir.resolve("ac").resolve(arm64Key);
    Files.writeString(
        ac, Files.readString(ac).replace(Sha256.of(arm64.artifact()), Sha256.of(amd64.artifact())));

    BuildResult again = build("linux/arm64").run();

    assertThat(again.fromCache()).isFalse();
    assertThat(again.binary().goarch()).contains(GoArch.ARM64);
    assertThat(ids(again)).containsExactly(BuildWarning.CACHE_ENTRY_REFUSED);
    assertThat(warnings(again).get(0).message())
        .startsWith("refused the cache entry and built instead: entry " + arm64Key)
        .contains("fails the proof");
    assertThat(Files.readString(ac)).contains(Sha256.of(arm64.artifact()));
  }

  private static String keyOf(Path cacheDir, String sha) throws IOException {
    try (Stream<Path> files = Files.list(cacheDir.resolve("ac"))) {
      for (Path p : files.toList()) {
        if (Files.readString(p).contains(sha)) {
          return p.getFileName().toString();
        }
      }
    }
    throw new AssertionError("no entry names " + sha);
  }

  @Test
  void shouldNeverWriteAReadOnlyCache() throws IOException {
    BuildCache readOnly = BuildCache.directory(cacheDir).readOnly();
    BuildResult r = build("linux/arm64").cache(readOnly).run();
    assertThat(r.fromCache()).isFalse();
    assertThat(cacheDir).doesNotExist();
    assertThat(r.cacheManifest().orElseThrow()).doesNotContain("artifact sha256");

    BuildResult stored = build("linux/arm64").run();
    Path cas = cacheDir.resolve("cas").resolve(Sha256.of(stored.artifact()));
    Files.write(cas, new byte[] {1, 2, 3});
    BuildResult refused = build("linux/arm64").cache(readOnly).run();
    assertThat(ids(refused)).containsExactly(BuildWarning.CACHE_ENTRY_REFUSED);
    assertThat(Files.readAllBytes(cas)).containsExactly(1, 2, 3);
    assertThat(readOnly.isReadOnly()).isTrue();
    assertThat(readOnly).hasToString("directory " + cacheDir + " (read-only)");
  }

  @Test
  void shouldWarnAndSucceedWhenTheCacheCannotBeWritten() throws IOException {
    Files.writeString(cacheDir, "not a directory\n");
    BuildResult r = build("linux/arm64").run();
    assertThat(r.fromCache()).isFalse();
    assertThat(Files.isExecutable(r.artifact())).isTrue();
    assertThat(ids(r)).containsExactly(BuildWarning.CACHE_NOT_STORED);
    assertThat(warnings(r).get(0).message())
        .startsWith(String.format("cannot store %s in the cache %s: ", r.artifact(), cacheDir));
    assertThat(r.cacheManifest().orElseThrow()).doesNotContain("artifact sha256");
  }

  @Test
  void shouldMissWithTheReasonWhenGoModReplacesWithALocalDirectory() throws IOException {
    Path lib = tmp.resolve("lib");
    Files.createDirectories(lib);
    Files.writeString(lib.resolve("go.mod"), "module example.com/lib\n\ngo 1.21\n");
    Files.writeString(lib.resolve("lib.go"), "package lib\n\nconst Name = \"lib\"\n");
    Files.writeString(
        module.resolve("go.mod"),
        "module example.com/hello\n\ngo 1.21\n\nrequire example.com/lib v0.0.0\n\n"
            + "replace example.com/lib => ../lib\n");

    BuildResult r = build("linux/arm64").run();
    BuildResult again = build("linux/arm64").run();

    assertThat(again.fromCache()).isFalse();
    assertThat(again.cacheManifest()).isEmpty();
    assertThat(warnings(r))
        .containsExactly(
            new BuildWarning(
                WarningId.CACHE_NOT_KEYED,
                "not cached: go.mod replaces a module with the local directory ../lib, which the"
                    + " key does not cover"));
    assertThat(cacheDir).doesNotExist();
  }

  @Test
  void shouldMissWithTheReasonWhenAGoWorkApplies() throws IOException {
    Files.writeString(tmp.resolve("go.work"), "go 1.21\n\nuse ./hello\n");
    BuildResult r = build("linux/arm64").run();
    assertThat(warnings(r))
        .containsExactly(
            new BuildWarning(
                WarningId.CACHE_NOT_KEYED,
                String.format(
                    "not cached: %s applies: go.work and the directories it uses are not covered"
                        + " by the key; set GOWORK=off to build the module alone",
                    tmp.resolve("go.work"))));
    BuildResult off = build("linux/arm64").env("GOWORK", "off").run();
    assertThat(warnings(off)).isEmpty();
    assertThat(entries("ac")).hasSize(1);
  }

  @Test
  void shouldMissWithTheReasonWhenFlagsHandTheCompileToAnotherProgram() {
    BuildResult r = build("linux/arm64").env("GOFLAGS", "-toolexec=/usr/bin/env").run();
    assertThat(warnings(r))
        .containsExactly(
            new BuildWarning(
                WarningId.CACHE_NOT_KEYED,
                "not cached: the build passes -toolexec, whose programs or files the key cannot"
                    + " cover"));
  }

  @Test
  void shouldKeyACgoBuildByItsCompilerAndSmokeTestAHit() {
    for (String tool : List.of("/usr/bin/aarch64-linux-gnu-gcc", "/usr/bin/qemu-aarch64-static")) {
      if (!Files.isExecutable(Path.of(tool))) {
        RealTools.missing(tool + " (gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user-static)");
      }
    }
    module = GoToolchainFixture.copyModule("cgoapp", tmp);
    BuildResult first = build("linux/arm64").cgo().run();
    BuildResult hit = build("linux/arm64").cgo().smokeTest().run();

    assertThat(first.fromCache()).isFalse();
    assertThat(hit.fromCache()).isTrue();
    assertThat(hit.smokeTest().orElseThrow().exitCode()).contains(0);
    assertThat(hit.cacheManifest().orElseThrow())
        .contains("\"env CGO_ENABLED\": \"1\"")
        .contains("\"cc\": \"/usr/bin/aarch64-linux-gnu-gcc\"")
        .contains("\"cc version\": \"aarch64-linux-gnu-gcc ");
  }

  @Test
  void shouldAttestAHit() throws IOException {
    TestKeys keys = TestKeys.ecdsa(tmp, "key");
    build("linux/arm64").run();
    BuildResult hit = build("linux/arm64").attest(keys.privateKey()).run();
    assertThat(hit.fromCache()).isTrue();
    assertThat(
            Attestations.verify(hit.artifact(), hit.attestation().orElseThrow(), keys.publicKey())
                .subjectSha256())
        .isEqualTo(Sha256.of(hit.artifact()));
  }

  @Test
  void shouldLeaveOneEntryWhenTwoJvmsStoreTheSameKey() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> jvms = new ArrayList<>();
    for (int i = 1; i <= 2; i++) {
      jvms.add(
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  "io.github.gocrossbuild.testing.CacheBuildMain",
                  module.toString(),
                  tmp.resolve("jvm" + i).toString(),
                  cacheDir.toString())
              .redirectErrorStream(true)
              .start());
    }
    for (Process p : jvms) {
      String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as(printed).isZero();
    }
    String one = Sha256.of(tmp.resolve("jvm1/hello-linux-arm64"));
    assertThat(Sha256.of(tmp.resolve("jvm2/hello-linux-arm64"))).isEqualTo(one);
    assertThat(entries("ac")).hasSize(1);
    assertThat(entries("cas")).containsExactly(one);
    assertThat(Files.readString(cacheDir.resolve("ac").resolve(entries("ac").get(0))))
        .contains("\"artifact sha256\": \"" + one + "\"");
    assertThat(build("linux/arm64").run().fromCache()).isTrue();
  }
}
