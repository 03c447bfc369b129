package io.github.gocrossbuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.binary.GoBinary;
import io.github.gocrossbuild.testing.GoArchives;
import io.github.gocrossbuild.testing.MirrorServer;
import io.github.gocrossbuild.testing.TarWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link GoDownloads}: real archives over real HTTP from a server on 127.0.0.1. */
class GoDownloadsTest {
  @TempDir Path tmp;

  private Path mirror() {
    return tmp.resolve("mirror");
  }

  private Path cache() {
    return tmp.resolve("cache");
  }

  private static String version() {
    return GoArchives.localVersion();
  }

  @Test
  void shouldInstallARealDistributionThatBuildsAModuleAndThenFindItInstalled() throws Exception {
    GoArchives.publish(GoArchives.real(), mirror());
    List<DownloadProgress> progress = new CopyOnWriteArrayList<>();
    try (MirrorServer server = MirrorServer.serve(mirror())) {
      GoDownloads downloads =
          GoDownloads.from(server.base()).cacheDir(cache()).listener(progress::add);
      assertThat(downloads.installed(version())).isEmpty();
      long start = System.nanoTime();
      Path go = downloads.install(version());
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf(
          "install of %s (%d bytes) from 127.0.0.1: %d ms%n",
          GoArchives.archiveName(), Files.size(GoArchives.real()), millis);

      assertThat(go).isEqualTo(cache().resolve(version()).resolve("bin/go"));
      assertThat(progress).isNotEmpty();
      DownloadProgress last = progress.get(progress.size() - 1);
      assertThat(last.bytes()).isEqualTo(Files.size(GoArchives.real()));
      assertThat(last.totalBytes()).isEqualTo(Files.size(GoArchives.real()));
      assertThat(cacheEntries()).containsExactlyInAnyOrder(".locks", version());

      Path module = GoToolchainFixture.copyModule("hello", tmp);
      Path out = tmp.resolve("hello-bin");
      Process p =
          new ProcessBuilder(go.toString(), "build", "-o", out.toString(), ".")
              .directory(module.toFile())
              .redirectErrorStream(true)
              .start();
      p.getOutputStream().close();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as(output).isZero();
      assertThat(GoBinary.read(out).buildInfo().orElseThrow().goVersion()).isEqualTo(version());

      assertThat(downloads.install(version())).isEqualTo(go);
      assertThat(downloads.installed(version())).contains(go);
      assertThat(server.requests(GoArchives.archiveName())).isEqualTo(1);
    }
  }

  @Test
  void shouldDownloadOnceWhenTwoThreadsInstallAtOnce() throws Exception {
    GoArchives.publish(GoArchives.real(), mirror());
    try (MirrorServer server = MirrorServer.serve(mirror())) {
      GoDownloads downloads = GoDownloads.from(server.base()).cacheDir(cache());
      ExecutorService pool = Executors.newFixedThreadPool(2);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Path>> results = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return downloads.install(version());
                }));
      }
      start.countDown();
      Path expected = cache().resolve(version()).resolve("bin/go");
      for (Future<Path> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
      pool.shutdown();
      assertThat(server.requests(GoArchives.archiveName())).isEqualTo(1);
    }
  }

  @Test
  void shouldDownloadOnceWhenTwoJvmsInstallAtOnce() throws Exception {
    GoArchives.publish(GoArchives.real(), mirror());
    try (MirrorServer server = MirrorServer.serve(mirror())) {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process other =
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  "io.github.gocrossbuild.testing.InstallMain",
                  server.base().toString(),
                  cache().toString(),
                  version())
              .redirectErrorStream(true)
              .start();
      Path here = GoDownloads.from(server.base()).cacheDir(cache()).install(version());
      String printed = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(other.waitFor()).as(printed).isZero();
      assertThat(printed.strip()).isEqualTo(here.toString());
      assertThat(server.requests(GoArchives.archiveName())).isEqualTo(1);
    }
  }

  @Test
  void shouldRefuseATamperedArchiveNamingBothChecksums() throws Exception {
    String good = GoArchives.publish(GoArchives.real(), mirror());
    Path served = mirror().resolve(GoArchives.archiveName());
    try (RandomAccessFile f = new RandomAccessFile(served.toFile(), "rw")) {
      f.seek(f.length() / 2);
      int b = f.read();
      f.seek(f.length() / 2);
      f.write(b ^ 0x01);
    }
    String bad = GoArchives.sha256(served);
    try (MirrorServer server = MirrorServer.serve(mirror())) {
      GoDownloads downloads = GoDownloads.from(server.base()).cacheDir(cache());
      String url = server.base() + GoArchives.archiveName();
      assertThatThrownBy(() -> downloads.install(version()))
          .isInstanceOfSatisfying(
              ToolchainDownloadException.class,
              e -> {
                assertThat(e.expectedSha256()).contains(good);
                assertThat(e.actualSha256()).contains(bad);
                assertThat(e.url()).isEqualTo(url);
                assertThat(e.cacheDir()).isEqualTo(cache());
              })
          .hasMessage(
              "SHA-256 mismatch for %s (%d bytes): expected %s (from %s.sha256), got %s; the"
                  + " archive was deleted and nothing was unpacked (cache %s)",
              url, Files.size(served), good, url, bad, cache());
    }
    assertThat(cacheEntries()).containsExactly(".locks");
  }

  @Test
  void shouldRefuseADownloadCutShort() throws Exception {
    GoArchives.publish(GoArchives.real(), mirror());
    try (MirrorServer server = MirrorServer.serve(mirror())) {
      server.truncate(GoArchives.archiveName(), 1_000_000);
      GoDownloads downloads = GoDownloads.from(server.base()).cacheDir(cache());
      assertThatThrownBy(() -> downloads.install(version()))
          .isInstanceOf(ToolchainDownloadException.class)
          .hasMessageStartingWith(
              "downloading " + server.base() + GoArchives.archiveName() + " failed: ");
    }
    assertThat(cacheEntries()).containsExactly(".locks");
  }

  @Test
  void shouldRefuseAnEntryClimbingOutWithoutWritingOutside() throws Exception {
    Path archive =
        crafted(
            t -> {
              t.dir("go/");
              t.file("go/../escaped.txt", 0644, "x".getBytes(StandardCharsets.UTF_8));
            });
    assertRefused(archive, "entry go/../escaped.txt climbs out of the target directory (..)");
    assertThat(Files.exists(cache().resolve("escaped.txt"))).isFalse();
    assertThat(Files.exists(tmp.resolve("escaped.txt"))).isFalse();
  }

  @Test
  void shouldRefuseASymlinkPointingOutWithoutWritingOutside() throws Exception {
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    Path archive =
        crafted(
            t -> {
              t.dir("go/");
              t.special("go/link", '2', outside.toString());
              t.file("go/link/planted.txt", 0644, "x".getBytes(StandardCharsets.UTF_8));
            });
    assertRefused(
        archive, "entry go/link is a symbolic link pointing out of the archive (" + outside + ")");
    assertThat(Files.list(outside)).isEmpty();
  }

  @Test
  void shouldRefuseARelativeSymlinkClimbingOut() throws Exception {
    Path archive =
        crafted(
            t -> {
              t.dir("go/");
              t.special("go/bin", '2', "../..");
            });
    assertRefused(archive, "entry go/bin is a symbolic link pointing out of the archive (../..)");
  }

  @Test
  void shouldRefuseAnAbsolutePathAHardLinkOutAndADevice() throws Exception {
    assertRefused(
        crafted(t -> t.file("/tmp/abs.txt", 0644, new byte[1])),
        "entry /tmp/abs.txt has an absolute path");
    assertRefused(
        crafted(t -> t.special("go/passwd", '1', "/etc/passwd")),
        "entry go/passwd is a hard link pointing out of the archive (/etc/passwd)");
    assertRefused(
        crafted(t -> t.special("go/null", '3', "")), "entry go/null is a device file or fifo");
  }

  @Test
  void shouldRefuseAnArchiveOverTheSizeLimit() throws Exception {
    Path archive = crafted(t -> t.file("go/big", 0644, new byte[4096]));
    String sum = GoArchives.publish(archive, mirror());
    GoDownloads downloads =
        GoDownloads.from(mirror().toUri()).cacheDir(cache()).maxUnpackedBytes(8192).sha256(sum);
    // The archive itself is small; the limit is on what it unpacks to.
    Path big = crafted(t -> t.file("go/big", 0644, new byte[100_000]));
    String bigSum = GoArchives.publish(big, mirror());
    assertThatThrownBy(() -> downloads.sha256(bigSum).install(version()))
        .isInstanceOf(ToolchainDownloadException.class)
        .hasMessageContaining("the archive unpacks to more than the limit of 8192 bytes");
    assertThat(cacheEntries()).containsExactly(".locks");
  }

  @Test
  void shouldReadTheChecksumFromTheJsonListingWhenNoSha256FileIsThere() throws Exception {
    String sum = GoArchives.publish(GoArchives.real(), mirror());
    Files.delete(mirror().resolve(GoArchives.archiveName() + ".sha256"));
    Files.writeString(
        mirror().resolve("listing.json"),
        String.format(
            "[{\"version\": \"%s\", \"stable\": true, \"files\": [{\"filename\": \"%s\","
                + " \"os\": \"linux\", \"arch\": \"amd64\", \"sha256\": \"%s\", \"kind\":"
                + " \"archive\"}]}]",
            version(), GoArchives.archiveName(), sum));
    try (MirrorServer server = MirrorServer.serve(mirror())) {
      Path go = GoDownloads.from(server.base()).cacheDir(cache()).install(version());
      assertThat(go).isExecutable();
      assertThat(server.requests("listing.json")).isEqualTo(1);
    }
  }

  @Test
  void shouldPreferAPinnedChecksumOverThePublishedOne() throws Exception {
    GoArchives.publish(GoArchives.real(), mirror());
    String wrong = "0".repeat(64);
    GoDownloads downloads = GoDownloads.from(mirror().toUri()).cacheDir(cache()).sha256(wrong);
    assertThatThrownBy(() -> downloads.install(version()))
        .isInstanceOfSatisfying(
            ToolchainDownloadException.class, e -> assertThat(e.expectedSha256()).contains(wrong))
        .hasMessageContaining("(from sha256(...))");
  }

  @Test
  void shouldRefuseMalformedArguments() {
    assertThatThrownBy(() -> GoDownloads.official().sha256("abc"))
        .hasMessage("sha256: \"abc\" is not 64 hexadecimal digits");
    assertThatThrownBy(() -> GoDownloads.official().cacheDir(cache()).install("1.23/../x"))
        .hasMessage(
            "version: \"1.23/../x\" is not a Go release version such as 1.23.5 or go1.23.5");
    assertThatThrownBy(() -> GoDownloads.from(java.net.URI.create("ftp://x/")))
        .hasMessage("base: ftp://x/ is not an https:, http: or file: URI");
  }

  private void assertRefused(Path archive, String reason) throws IOException {
    GoArchives.publish(archive, mirror());
    GoDownloads downloads = GoDownloads.from(mirror().toUri()).cacheDir(cache());
    assertThatThrownBy(() -> downloads.install(version()))
        .isInstanceOf(ToolchainDownloadException.class)
        .hasMessageContaining(reason);
    assertThat(cacheEntries()).containsExactly(".locks");
  }

  /** Writes a hostile archive under the real archive's name, so the mirror serves it. */
  private Path crafted(Contents contents) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("crafted-" + System.nanoTime()));
    Path file = dir.resolve(GoArchives.archiveName());
    try (TarWriter t = new TarWriter(file)) {
      contents.write(t);
    }
    return file;
  }

  private List<String> cacheEntries() throws IOException {
    if (!Files.isDirectory(cache())) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(cache())) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }

  /** What a crafted archive holds. */
  @FunctionalInterface
  private interface Contents {
    void write(TarWriter t) throws IOException;
  }
}
