package io.github.gocrossbuild.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real Go distribution archives for tests, in the official layout (a top-level {@code go/}
 * directory), made from the Go installed on this machine: {@code bin/go}, the tools {@code go
 * build} runs, {@code go.env}, {@code VERSION} and the standard library's sources (without {@code
 * cmd}, tests and testdata). Made once and kept in {@code target/go-dist}.
 */
public final class GoArchives {
  private static final List<String> TOOLS =
      List.of("compile", "link", "asm", "buildid", "cgo", "pack", "vet");

  private GoArchives() {}

  /**
   * Returns the version the local Go reports.
   *
   * @return e.g. {@code go1.23.5}
   */
  public static String localVersion() {
    return goEnv("GOVERSION");
  }

  /**
   * Returns the archive's file name in the official layout for this machine.
   *
   * @return e.g. {@code go1.23.5.linux-amd64.tar.gz}
   */
  public static String archiveName() {
    return String.format("%s.%s-%s.tar.gz", localVersion(), goEnv("GOHOSTOS"), goEnv("GOHOSTARCH"));
  }

  /**
   * Returns the real archive, making it on first use.
   *
   * @return {@code target/go-dist/<archiveName>}
   */
  public static synchronized Path real() {
    Path file = Path.of("target/go-dist").toAbsolutePath().resolve(archiveName());
    return make(Path.of(goEnv("GOROOT")), goEnv("GOHOSTOS") + "_" + goEnv("GOHOSTARCH"), file);
  }

  /**
   * Returns an archive of another platform's Go installed in a directory (a Debian package's files
   * unpacked for another architecture, say), making it on first use.
   *
   * @param goroot the Go installation, with {@code VERSION}, {@code bin/go} and {@code src}
   * @param goos its GOOS
   * @param goarch its GOARCH
   * @return {@code target/go-dist/<version>.<goos>-<goarch>.tar.gz}, the official name
   */
  public static synchronized Path fromGoroot(Path goroot, String goos, String goarch) {
    try {
      String version = Files.readAllLines(goroot.resolve("VERSION")).get(0).strip();
      String name = String.format("%s.%s-%s.tar.gz", version, goos, goarch);
      return make(
          goroot, goos + "_" + goarch, Path.of("target/go-dist").toAbsolutePath().resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path make(Path goroot, String platform, Path file) {
    if (Files.isRegularFile(file)) {
      return file;
    }
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), "archive", ".part");
      Path root = goroot.toRealPath();
      try (TarWriter tar = new TarWriter(tmp)) {
        tar.dir("go/");
        tar.file("go/VERSION", root.resolve("VERSION"));
        tar.file("go/go.env", root.resolve("go.env"));
        tar.file("go/bin/go", root.resolve("bin/go"));
        String tools = "pkg/tool/" + platform;
        for (String tool : TOOLS) {
          tar.file("go/" + tools + "/" + tool, root.resolve(tools).resolve(tool));
        }
        addTree(tar, root.resolve("pkg/include"), "go/pkg/include/");
        addTree(tar, root.resolve("src"), "go/src/");
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void addTree(TarWriter tar, Path dir, String prefix) throws IOException {
    Path real = dir.toRealPath();
    try (Stream<Path> files = Files.walk(real, FileVisitOption.FOLLOW_LINKS)) {
      for (Path p : (Iterable<Path>) files.sorted()::iterator) {
        String rel = real.relativize(p).toString();
        boolean skip =
            rel.equals("cmd")
                || rel.startsWith("cmd/")
                || rel.contains("testdata")
                || rel.endsWith("_test.go");
        if (skip || rel.isEmpty()) {
          continue;
        }
        if (Files.isDirectory(p)) {
          tar.dir(prefix + rel + "/");
        } else {
          tar.file(prefix + rel, p);
        }
      }
    }
  }

  /**
   * Writes a mirror directory: the archive and its {@code .sha256} file.
   *
   * @param archive the archive
   * @param mirror the directory
   * @return the archive's SHA-256
   */
  public static String publish(Path archive, Path mirror) {
    try {
      Files.createDirectories(mirror);
      Path copy = mirror.resolve(archive.getFileName().toString());
      Files.copy(archive, copy, StandardCopyOption.REPLACE_EXISTING);
      String sum = sha256(copy);
      Files.writeString(
          mirror.resolve(copy.getFileName() + ".sha256"), sum + "\n", StandardCharsets.UTF_8);
      return sum;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a file's SHA-256.
   *
   * @param file the file
   * @return lower-case hex
   */
  public static String sha256(Path file) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      try (var in = Files.newInputStream(file)) {
        byte[] buf = new byte[1 << 16];
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
          md.update(buf, 0, n);
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String goEnv(String name) {
    try {
      Process p =
          new ProcessBuilder(RealTools.go().toString(), "env", name)
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (p.waitFor() != 0) {
        throw new IllegalStateException("go env " + name + " failed: " + out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
