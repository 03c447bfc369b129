package io.github.gocrossbuild.internal.toolchain.install;

import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.ToolchainDownloadException;
import io.github.gocrossbuild.internal.process.ProcessRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Installs a Go distribution into {@code <cache>/go<version>}: under a per-version lock, download
 * and verify into a work directory next to the target, unpack there, run {@code go version} once,
 * then rename into place. A failure deletes the work directory, so the cache has the version or
 * nothing.
 */
public final class ToolchainInstaller {
  private static final Duration VERSION_TIMEOUT = Duration.ofSeconds(60);

  /**
   * An installed distribution.
   *
   * @param go the go command
   * @param downloaded whether this call downloaded it (false: it was in the cache)
   * @param url where it came from (or would have)
   */
  public record Installed(Path go, boolean downloaded, String url) {}

  /**
   * Where an installed distribution came from, as recorded in its root when it was installed.
   *
   * @param url the archive's URL
   * @param sha256 the SHA-256 it was verified against
   */
  public record Download(String url, String sha256) {
    /**
     * Reads a record's lines: the URL, then the SHA-256.
     *
     * @param lines the record's lines
     * @return the download, or empty when the lines are not a record
     */
    public static Optional<Download> parse(List<String> lines) {
      return lines.size() >= 2 && !lines.get(0).isBlank() && lines.get(1).matches("[0-9a-f]{64}")
          ? Optional.of(new Download(lines.get(0), lines.get(1)))
          : Optional.empty();
    }
  }

  /**
   * The file in an installed root, local or on an SSH host, that records its {@link Download}; Go
   * ignores it.
   */
  public static final String RECORD = ".gocrossbuild-download";

  private ToolchainInstaller() {}

  /**
   * Installs a version for this machine, or finds it installed.
   *
   * @param s the settings
   * @param version e.g. {@code 1.23.5} or {@code go1.23.5}
   * @return the installed distribution
   * @throws ToolchainDownloadException when it cannot be installed
   */
  public static Installed install(DownloadSettings s, String version) {
    String v = GoDistributions.normalize(version);
    Target platform = thisMachine();
    String archive = GoDistributions.archiveName(v, platform);
    String url = s.urlOf(archive).toString();
    Path dir = s.cacheDir().resolve(v);
    Path go = dir.resolve(GoDistributions.goCommand(platform.goos()));
    if (Files.isExecutable(go)) {
      return new Installed(go, false, url);
    }
    try {
      Files.createDirectories(s.cacheDir());
      try (InstallLocks.Held lock = InstallLocks.acquire(lockFile(s, v))) {
        if (Files.isExecutable(go)) {
          return new Installed(go, false, url);
        }
        Path work = Files.createTempDirectory(s.cacheDir(), "." + v + "-");
        try {
          installInto(s, v, archive, work, dir);
        } finally {
          deleteTree(work);
        }
      }
    } catch (IOException e) {
      throw VerifiedDownload.failure(
          s, url, null, null, e, "installing %s from %s failed: %s", v, url, e.getMessage());
    }
    return new Installed(go, true, url);
  }

  /**
   * Finds a version already installed in the cache, downloading nothing.
   *
   * @param s the settings
   * @param version e.g. {@code 1.23.5} or {@code go1.23.5}
   * @return the {@code go} command, or empty when {@link #install} would download
   */
  public static Optional<Path> installed(DownloadSettings s, String version) {
    String v = GoDistributions.normalize(version);
    Path go = s.cacheDir().resolve(v).resolve(GoDistributions.goCommand(thisMachine().goos()));
    return Files.isExecutable(go) ? Optional.of(go) : Optional.empty();
  }

  private static Target thisMachine() {
    return Target.current()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "this machine's OS/architecture is not a Go platform this library knows"));
  }

  /**
   * Returns a verified archive for any platform, kept in {@code <cache>/archives}; a kept one is
   * checked again against the expected checksum before it is used.
   *
   * @param s the settings
   * @param version the version
   * @param platform the platform the toolchain is for
   * @return the archive file
   * @throws ToolchainDownloadException when it cannot be downloaded or verified
   */
  public static Path archive(DownloadSettings s, String version, Target platform) {
    String v = GoDistributions.normalize(version);
    String archive = GoDistributions.archiveName(v, platform);
    String url = s.urlOf(archive).toString();
    Path dir = s.cacheDir().resolve("archives");
    Path file = dir.resolve(archive);
    try {
      Files.createDirectories(dir);
      try (InstallLocks.Held lock = InstallLocks.acquire(lockFile(s, archive))) {
        Fetcher fetcher = new Fetcher(s.timeout(), s.maxArchiveBytes(), s.listener());
        Checksums.Expected expected = VerifiedDownload.expected(s, fetcher, archive);
        if (Files.isRegularFile(file) && VerifiedDownload.sha256(file).equals(expected.sha256())) {
          return file;
        }
        Path tmp = Files.createTempFile(dir, "." + archive, ".part");
        try {
          VerifiedDownload.fetch(s, fetcher, archive, expected, tmp);
          move(tmp, file);
        } finally {
          VerifiedDownload.deleteQuietly(tmp);
        }
        return file;
      }
    } catch (IOException e) {
      throw VerifiedDownload.failure(
          s, url, null, null, e, "fetching %s failed: %s", url, e.getMessage());
    }
  }

  /**
   * Reads where an installed distribution came from.
   *
   * @param root the installed root, {@code <cache>/go<version>}
   * @return the download, or empty when the root has no readable record (installed by an older
   *     version of the library, or not by it)
   */
  public static Optional<Download> recorded(Path root) {
    try {
      return Download.parse(Files.readAllLines(root.resolve(RECORD)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Path lockFile(DownloadSettings s, String name) {
    return s.cacheDir().resolve(".locks").resolve(name + ".lock");
  }

  private static void installInto(
      DownloadSettings s, String version, String archive, Path work, Path dir) throws IOException {
    Fetcher fetcher = new Fetcher(s.timeout(), s.maxArchiveBytes(), s.listener());
    Checksums.Expected expected = VerifiedDownload.expected(s, fetcher, archive);
    Path file = work.resolve(archive);
    VerifiedDownload.fetch(s, fetcher, archive, expected, file);
    String url = s.urlOf(archive).toString();
    Path unpacked = Files.createDirectory(work.resolve("unpack"));
    try {
      ArchiveUnpacker.unpack(file, unpacked, s.maxUnpackedBytes());
    } catch (IOException e) {
      throw VerifiedDownload.failure(
          s,
          url,
          expected.sha256(),
          expected.sha256(),
          e,
          "refused to unpack %s (its SHA-256 matched): %s",
          url,
          e.getMessage());
    }
    Files.delete(file);
    Path root = unpacked.resolve("go");
    confirm(s, url, root, version);
    // Moves with the tree, so an installed version always says where it came from.
    Files.writeString(root.resolve(RECORD), url + "\n" + expected.sha256() + "\n");
    move(root, dir);
  }

  /** Runs {@code go version} once in the unpacked tree and checks it names the version. */
  private static void confirm(DownloadSettings s, String url, Path root, String version) {
    Target platform = Target.current().orElseThrow();
    Path go = root.resolve(GoDistributions.goCommand(platform.goos()));
    Map<String, String> env = new HashMap<>(System.getenv());
    env.put("GOTOOLCHAIN", "local");
    env.remove("GOROOT");
    String first;
    try {
      ProcessRunner.Result r =
          ProcessRunner.run(
              List.of(go.toString(), "version"),
              root,
              env,
              Optional.of(VERSION_TIMEOUT),
              line -> {});
      first = r.output().lines().findFirst().orElse("").strip();
    } catch (UncheckedIOException e) {
      first = "cannot run it: " + e.getMessage();
    }
    if (!first.startsWith("go version " + version + " ")) {
      throw VerifiedDownload.failure(
          s,
          url,
          null,
          null,
          null,
          "the distribution from %s does not report %s: `go version` printed \"%s\"",
          url,
          version,
          first);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /**
   * Deletes a directory tree without following links.
   *
   * @param dir the tree
   */
  static void deleteTree(Path dir) {
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
              Files.delete(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException ignored) {
      // Best effort: the work directory's name starts with a dot and says what it was.
    }
  }
}
