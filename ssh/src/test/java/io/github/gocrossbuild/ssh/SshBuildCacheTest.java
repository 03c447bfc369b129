package io.github.gocrossbuild.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import io.github.gocrossbuild.WarningId;
import io.github.gocrossbuild.cache.BuildCache;
import io.github.gocrossbuild.spi.HostToolIdentity;
import io.github.gocrossbuild.testing.GoInstalls;
import io.github.gocrossbuild.testing.LibcParts;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests of {@link io.github.gocrossbuild.cache.BuildCache} with an {@link SshBuildHost} (the real
 * test sshd, whose sessions run on this machine): the host identifies its own toolchain, a hit runs
 * no {@code go} there and sends nothing, and the key names programs, not hosts. The host's {@code
 * go} is a wrapper that appends each invocation to a log, so the test sees every remote {@code go}.
 */
class SshBuildCacheTest {
  @RegisterExtension static final ConnectedSshd server = new ConnectedSshd();

  private static final Pattern MEMBER = Pattern.compile("(?m)^  \"([^\"]*)\": \"([^\"]*)\",?$");

  @Test
  void shouldStoreThenHitWithoutRunningGoOnTheHost(@TempDir Path tmp) throws IOException {
    Path module = TestModules.copyHello(tmp);
    Path log = tmp.resolve("go.log");
    Path go = goWrapper(tmp.resolve("bin"), Sshd.GO, log);
    BuildCache cache = BuildCache.directory(tmp.resolve("cache"));

    BuildResult first = onHost(module, tmp.resolve("out1"), go, cache).run();
    List<String> goRunsBefore = Files.readAllLines(log);
    SyncReport syncBefore = server.host().lastSync().orElseThrow();
    BuildResult second = onHost(module, tmp.resolve("out2"), go, cache).run();

    assertThat(first.fromCache()).isFalse();
    assertThat(goRunsBefore).anyMatch(line -> line.startsWith("build "));
    assertThat(entries(tmp.resolve("cache"))).hasSize(1);
    assertThat(second.fromCache()).isTrue();
    assertThat(second.cacheSource()).contains("directory " + tmp.resolve("cache"));
    assertThat(second.host()).isEqualTo(server.host().name());
    assertThat(Files.readAllLines(log)).isEqualTo(goRunsBefore);
    assertThat(server.host().lastSync()).containsSame(syncBefore);
    assertThat(Files.readAllBytes(second.artifact()))
        .isEqualTo(Files.readAllBytes(first.artifact()));
    assertThat(second.cacheManifest()).isEqualTo(first.cacheManifest());
    assertThat(second.cacheManifest().orElseThrow())
        .contains("\"go compile sha256\"", "\"go version\": \"go version go1.");
  }

  @Test
  void shouldMissNamingTheToolchainWhenTheHostsGoChanges(@TempDir Path tmp) throws IOException {
    Path module = TestModules.copyHello(tmp);
    BuildCache cache = BuildCache.directory(tmp.resolve("cache"));
    Path go122 = GoInstalls.go("1.22");
    Path wrapped = goWrapper(tmp.resolve("bin"), go122, tmp.resolve("go.log"));

    BuildResult first = onHost(module, tmp.resolve("out1"), Sshd.GO, cache).run();
    BuildResult other = onHost(module, tmp.resolve("out2"), go122, cache).run();
    BuildResult wrapper = onHost(module, tmp.resolve("out3"), wrapped, cache).run();

    assertThat(first.fromCache()).isFalse();
    assertThat(other.fromCache()).isFalse();
    Map<String, String> before = parts(first);
    Map<String, String> after = parts(other);
    assertThat(after.get("go version")).startsWith("go version go1.22.");
    assertThat(before.keySet()).isEqualTo(after.keySet());
    assertThat(before.keySet().stream().filter(k -> !before.get(k).equals(after.get(k))))
        .containsExactly("go version", "go compile sha256", "go link sha256", "artifact sha256");
    assertThat(entries(tmp.resolve("cache"))).hasSize(2);
    // Another go command in front of the same GOROOT is the same toolchain: the key says so.
    assertThat(wrapper.fromCache()).isTrue();
    assertThat(wrapper.cacheManifest()).isEqualTo(other.cacheManifest());
  }

  @Test
  void shouldShareTheEntryOfALocalBuildWithTheSameToolchain(@TempDir Path tmp) {
    Path module = TestModules.copyHello(tmp);
    BuildCache cache = BuildCache.directory(tmp.resolve("cache"));

    BuildResult local =
        GoCrossBuild.target("linux/arm64")
            .noCgo()
            .moduleDir(module)
            .outputDir(tmp.resolve("local"))
            .goCommand(Sshd.GO)
            .cache(cache)
            .run();
    BuildResult remote = onHost(module, tmp.resolve("remote"), Sshd.GO, cache).run();

    assertThat(local.fromCache()).isFalse();
    assertThat(remote.fromCache()).isTrue();
    assertThat(remote.cacheManifest()).isEqualTo(local.cacheManifest());
  }

  @Test
  void shouldKeyACgoBuildByTheHostsCompiler(@TempDir Path tmp) throws IOException {
    Sshd.requireTool(Path.of("/usr/bin/gcc"), "gcc");
    Path module = TestModules.copyCgo(tmp);
    BuildCache cache = BuildCache.directory(tmp.resolve("cache"));
    String here = server.host().platform().orElseThrow().toString();
    String cc = server.host().probe().cCompiler().orElseThrow();
    String version = Sshd.run(List.of(cc, "--version")).strip().lines().findFirst().orElseThrow();

    BuildResult first = cgoOnHost(here, module, tmp.resolve("out1"), cache).run();
    BuildResult second = cgoOnHost(here, module, tmp.resolve("out2"), cache).run();

    assertThat(first.fromCache()).isFalse();
    assertThat(parts(first)).containsEntry("cc", cc).containsEntry("cc version", version);
    assertThat(second.fromCache()).isTrue();
    assertThat(Files.readAllBytes(second.artifact()))
        .isEqualTo(Files.readAllBytes(first.artifact()));
  }

  @Test
  void shouldHashTheHostsLibcFilesAsThisMachineDoes(@TempDir Path tmp) {
    String cc = hostCc();
    String here = server.host().platform().orElseThrow().toString();
    Path module = TestModules.copyCgo(tmp);

    BuildResult remote =
        cgoOnHost(here, module, tmp.resolve("out1"), BuildCache.directory(tmp.resolve("c1"))).run();
    BuildResult local =
        GoCrossBuild.target(here)
            .cgo()
            .cc(Path.of(cc))
            .moduleDir(module)
            .outputDir(tmp.resolve("out2"))
            .goCommand(Sshd.GO)
            .cache(BuildCache.directory(tmp.resolve("c2")))
            .run();

    Map<String, String> expected = LibcParts.expected(cc);
    assertThat(LibcParts.of(remote)).containsExactlyEntriesOf(expected);
    assertThat(LibcParts.of(local)).containsExactlyEntriesOf(expected);
  }

  @Test
  void shouldMissWhenALibcFileOnTheHostChanges(@TempDir Path tmp) throws IOException {
    String gcc = hostCc();
    String here = server.host().platform().orElseThrow().toString();
    Path module = TestModules.copyCgo(tmp);
    BuildCache cache = BuildCache.directory(tmp.resolve("cache"));
    // -B puts a directory before the compiler's own: it names these copies instead.
    Path lib = Files.createDirectories(tmp.resolve("libc"));
    for (String name : HostToolIdentity.LIBC_FILES) {
      Files.copy(Path.of(LibcParts.printFileName(gcc, name)), lib.resolve(name));
    }
    String cc = gcc + " -B" + lib + "/";

    BuildResult first = cgoOnHost(here, module, tmp.resolve("out1"), cache).env("CC", cc).run();
    // A warm identification hashes no file that kept its size, time and inode: this rewrite of
    // libc.a in place, its time put back, goes unseen (the memo's contract, as Go's file hashes).
    FileTime time = Files.getLastModifiedTime(lib.resolve("libc.a"));
    flipByte(lib.resolve("libc.a"), 100);
    Files.setLastModifiedTime(lib.resolve("libc.a"), time);
    BuildResult hit = cgoOnHost(here, module, tmp.resolve("out2"), cache).env("CC", cc).run();
    flipByte(lib.resolve("libc.so.6"), 15); // the ELF header's padding, which no reader looks at
    BuildResult changed = cgoOnHost(here, module, tmp.resolve("out3"), cache).env("CC", cc).run();

    assertThat(first.fromCache()).isFalse();
    assertThat(hit.fromCache()).isTrue();
    assertThat(hit.cacheManifest()).isEqualTo(first.cacheManifest());
    assertThat(changed.fromCache()).isFalse();
    Map<String, String> before = parts(first);
    Map<String, String> after = parts(changed);
    assertThat(after)
        .containsEntry(
            "libc.so.6 sha256", LibcParts.sha256sum(lib.resolve("libc.so.6").toString()));
    assertThat(before.keySet()).isEqualTo(after.keySet());
    assertThat(before.keySet().stream().filter(k -> !before.get(k).equals(after.get(k))))
        .containsExactly("libc.so.6 sha256");
  }

  @Test
  void shouldNotCacheAnSshBuildWithoutTrimpathAndSayWhy(@TempDir Path tmp) {
    Path module = TestModules.copyHello(tmp);
    Path cacheDir = tmp.resolve("cache");

    BuildResult r =
        onHost(module, tmp.resolve("out"), Sshd.GO, BuildCache.directory(cacheDir))
            .trimpath(false)
            .run();

    assertThat(r.fromCache()).isFalse();
    assertThat(r.cacheManifest()).isEmpty();
    assertThat(r.warnings())
        .filteredOn(w -> w.kind() == WarningId.CACHE_NOT_KEYED)
        .extracting(BuildWarning::message)
        .containsExactly(
            String.format(
                "not cached: without -trimpath the binary holds the module's directory on %s",
                server.host().name()));
    // No artifact entry; with Go 1.24 the host's go shares the action cache (SshActionCacheTest).
    assertThat(cacheDir.resolve("ac")).doesNotExist();
    assertThat(cacheDir.resolve("cas")).doesNotExist();
  }

  private static GoCrossBuilder onHost(Path module, Path out, Path go, BuildCache cache) {
    return GoCrossBuild.target("linux/arm64")
        .noCgo()
        .moduleDir(module)
        .outputDir(out)
        .goCommand(go)
        .on(server.host())
        .cache(cache);
  }

  private static GoCrossBuilder cgoOnHost(String target, Path module, Path out, BuildCache cache) {
    return GoCrossBuild.target(target)
        .cgo()
        .moduleDir(module)
        .outputDir(out)
        .goCommand(Sshd.GO)
        .on(server.host())
        .cache(cache);
  }

  /** A go command that appends its arguments to a log, then runs the real one. */
  static Path goWrapper(Path dir, Path realGo, Path log) throws IOException {
    Files.createDirectories(dir);
    Path go = dir.resolve("go");
    Files.writeString(
        go, String.format("#!/bin/sh\necho \"$*\" >> '%s'\nexec '%s' \"$@\"\n", log, realGo));
    Files.setPosixFilePermissions(go, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(log, "");
    return go;
  }

  /** The manifest's members; its values here hold no escaped characters. */
  private static Map<String, String> parts(BuildResult r) {
    Map<String, String> parts = new LinkedHashMap<>();
    Matcher m = MEMBER.matcher(r.cacheManifest().orElseThrow());
    while (m.find()) {
      parts.put(m.group(1), m.group(2));
    }
    return parts;
  }

  /** The host's C compiler, where it builds for its own platform. */
  private static String hostCc() {
    Sshd.requireTool(Path.of("/usr/bin/gcc"), "gcc");
    return server.host().probe().cCompiler().orElseThrow();
  }

  /** Changes one byte in place: same size and inode. */
  private static void flipByte(Path file, long offset) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.seek(offset);
      int b = f.read();
      f.seek(offset);
      f.write(b ^ 0x01);
    }
  }

  private static List<Path> entries(Path cache) throws IOException {
    try (Stream<Path> s = Files.list(cache.resolve("ac"))) {
      return s.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
    }
  }
}
