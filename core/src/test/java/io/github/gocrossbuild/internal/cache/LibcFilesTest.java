package io.github.gocrossbuild.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.BuildHosts;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import io.github.gocrossbuild.GoToolchainFixture;
import io.github.gocrossbuild.WarningId;
import io.github.gocrossbuild.cache.BuildCache;
import io.github.gocrossbuild.internal.jsonc.JsonText;
import io.github.gocrossbuild.internal.process.ProcessRunner;
import io.github.gocrossbuild.spi.BuildHost;
import io.github.gocrossbuild.spi.HostToolIdentity;
import io.github.gocrossbuild.testing.LibcParts;
import io.github.gocrossbuild.testing.RealTools;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests for {@link LibcFiles}: real cgo builds for linux/arm64 with Debian's cross gcc through a
 * directory cache. The expected digests come from {@code sha256sum} of the files the compiler names
 * for {@code -print-file-name}.
 */
class LibcFilesTest {
  private static final String GCC = "/usr/bin/aarch64-linux-gnu-gcc";

  @TempDir Path tmp;
  private Path module;
  private BuildHost host;
  private int outputs;

  @BeforeEach
  void setUp() {
    if (!Files.isExecutable(Path.of(GCC))) {
      RealTools.missing(GCC + " (gcc-aarch64-linux-gnu libc6-dev-arm64-cross)");
    }
    GoToolchainFixture.go();
    module = GoToolchainFixture.copyModule("cgoapp", tmp);
    host = BuildHosts.local(GoToolchainFixture.environment());
  }

  private GoCrossBuilder build(String cc) {
    return GoCrossBuild.target("linux/arm64")
        .cgo()
        .env("CC", cc)
        .moduleDir(module)
        .outputDir(tmp.resolve("out" + ++outputs))
        .on(host)
        .cache(BuildCache.directory(tmp.resolve("cache")));
  }

  @Test
  void shouldListEveryLibcFileTheCompilerNamesWithItsSha256() {
    BuildResult r = build(GCC).run();
    long before = ProcessRunner.started();
    BuildResult hit = build(GCC).run();
    long started = ProcessRunner.started() - before;

    Map<String, String> expected = LibcParts.expected(GCC);
    assertThat(LibcParts.of(r)).containsExactlyEntriesOf(expected);
    // The compiler is asked once: a warm key starts no process (and hashes no file).
    assertThat(hit.fromCache()).isTrue();
    assertThat(started).isZero();
    assertThat(hit.cacheManifest()).isEqualTo(r.cacheManifest());
    assertThat(expected.keySet())
        .containsExactly(
            "libc.so.6 sha256",
            "libc.so sha256",
            "libc_nonshared.a sha256",
            "libc.a sha256",
            "crt1.o sha256");
  }

  @Test
  void shouldMissWhenALibcFileTheCompilerNamesChanges() throws IOException {
    // -B puts a directory before the compiler's own: it names these copies instead.
    Path lib = Files.createDirectories(tmp.resolve("libc"));
    for (String name : HostToolIdentity.LIBC_FILES) {
      Files.copy(Path.of(LibcParts.printFileName(GCC, name)), lib.resolve(name));
    }
    String cc = GCC + " -B" + lib + "/";
    String systemLibc = LibcParts.sha256sum(LibcParts.printFileName(GCC, "libc.so.6"));

    BuildResult first = build(cc).run();
    BuildResult hit = build(cc).run();
    // One byte of the ELF header's padding (offset 15), which no reader looks at; same size.
    try (RandomAccessFile f = new RandomAccessFile(lib.resolve("libc.so.6").toFile(), "rw")) {
      f.seek(15);
      int b = f.read();
      f.seek(15);
      f.write(b ^ 0x01);
    }
    BuildResult changed = build(cc).run();
    BuildResult hitAgain = build(cc).run();

    assertThat(LibcParts.printFileName(cc, "libc.so.6"))
        .isEqualTo(lib.resolve("libc.so.6").toString());
    assertThat(first.fromCache()).isFalse();
    assertThat(hit.fromCache()).isTrue();
    assertThat(changed.fromCache()).isFalse();
    assertThat(hitAgain.fromCache()).isTrue();
    Map<String, String> before = parts(first);
    Map<String, String> after = parts(changed);
    assertThat(before).containsEntry("libc.so.6 sha256", systemLibc);
    assertThat(after)
        .containsEntry(
            "libc.so.6 sha256", LibcParts.sha256sum(lib.resolve("libc.so.6").toString()));
    assertThat(after.get("libc.so.6 sha256")).isNotEqualTo(systemLibc);
    assertThat(before.keySet()).isEqualTo(after.keySet());
    // The linker reads the libc.so.6 that libc.so names, not the copy: the binary is the same.
    assertThat(before.keySet().stream().filter(k -> !before.get(k).equals(after.get(k))))
        .containsExactly("libc.so.6 sha256");
  }

  @Test
  void shouldHashTheFilesTheCompilerNamesWhenASysrootDoesNotComeFirst() throws IOException {
    // Debian's cross gcc searches its own directory before the sysroot for the C library, so a
    // sysroot's copy of libc.so.6 does not reach the link, and the key names the one that does.
    Path sysroot = Files.createDirectories(tmp.resolve("sysroot/lib"));
    Files.copy(Path.of(LibcParts.printFileName(GCC, "libc.so.6")), sysroot.resolve("libc.so.6"));
    Files.writeString(sysroot.resolve("libc.so.6"), "changed", StandardOpenOption.APPEND);

    BuildResult r = build(GCC).sysroot(sysroot.getParent()).run();

    assertThat(parts(r))
        .containsEntry("sysroot", sysroot.getParent().toString())
        .containsEntry(
            "libc.so.6 sha256", LibcParts.sha256sum(LibcParts.printFileName(GCC, "libc.so.6")));
  }

  @Test
  void shouldMissWithTheReasonWhenTheCompilerNamesNoLibc() throws IOException {
    Path cc = tmp.resolve("bin/cc");
    Files.createDirectories(cc.getParent());
    Files.writeString(
        cc,
        String.format(
            "#!/bin/sh\ncase \"$*\" in *-print-file-name=*) echo \"${1#-print-file-name=}\";;"
                + " *) exec %s \"$@\";; esac\n",
            GCC));
    Files.setPosixFilePermissions(cc, PosixFilePermissions.fromString("rwxr-xr-x"));

    BuildResult r = build(cc.toString()).run();

    assertThat(r.cacheManifest()).isEmpty();
    assertThat(r.warnings())
        .filteredOn(w -> w.kind() == WarningId.CACHE_NOT_KEYED)
        .containsExactly(
            new BuildWarning(
                WarningId.CACHE_NOT_KEYED,
                String.format(
                    "not cached: cgo: %s names none of the C library files libc.so.6, libc.so,"
                        + " libc_nonshared.a, libc.a, crt1.o for -print-file-name, so the key"
                        + " cannot cover the C library",
                    cc)));
  }

  private static Map<String, String> parts(BuildResult r) {
    return JsonText.stringMembers("manifest", r.cacheManifest().orElseThrow());
  }
}
