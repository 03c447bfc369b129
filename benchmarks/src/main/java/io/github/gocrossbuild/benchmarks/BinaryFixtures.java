package io.github.gocrossbuild.benchmarks;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the binaries the read benchmarks use, with the real {@code go}, into {@code
 * target/read-bench-fixtures} (system property {@code bench.fixtures}; kept between runs): {@code
 * examples/go/hello-service} for several targets (cgo off, with DWARF, 5-10 MB), a tiny stripped
 * program (about 1 MB), the linux/amd64 build padded with trailing zeros to 64 MB (same headers, 8x
 * the bytes: a reader that reads whole files would show it) and a set of 100 files made of those
 * builds.
 */
final class BinaryFixtures {
  /** Targets the 100-file set is made of: ELF, PE and Mach-O, both byte orders. */
  static final List<String> TARGETS =
      List.of(
          "linux/amd64",
          "linux/arm64",
          "linux/arm",
          "linux/386",
          "linux/s390x",
          "linux/riscv64",
          "windows/amd64",
          "windows/arm64",
          "darwin/arm64",
          "freebsd/amd64");

  final Path dir;
  final Path large;
  final Path small;
  final Path padded;
  final List<Path> hundred;
  final Path go;

  private BinaryFixtures(
      Path dir, Path large, Path small, Path padded, List<Path> hundred, Path go) {
    this.dir = dir;
    this.large = large;
    this.small = small;
    this.padded = padded;
    this.hundred = hundred;
    this.go = go;
  }

  /**
   * Builds everything.
   *
   * @param module the hello-service module directory
   * @return the fixtures
   */
  static BinaryFixtures build(Path module) {
    try {
      Path go = go();
      Path dir =
          Files.createDirectories(
              Path.of(System.getProperty("bench.fixtures", "target/read-bench-fixtures"))
                  .toAbsolutePath());
      List<Path> builds = new ArrayList<>();
      for (String t : TARGETS) {
        String[] p = t.split("/");
        Path out = dir.resolve("hello-service-" + p[0] + "-" + p[1]);
        if (!Files.isRegularFile(out)) { // kept between runs: JMH forks need not relink
          run(go, module, Map.of("GOOS", p[0], "GOARCH", p[1]), "build", "-o", out.toString(), ".");
        }
        builds.add(out);
      }
      Path tiny = Files.createDirectories(dir.resolve("tiny"));
      Files.writeString(tiny.resolve("go.mod"), "module example.com/tiny\n\ngo 1.21\n");
      Files.writeString(tiny.resolve("main.go"), "package main\n\nfunc main() {}\n");
      Path small = dir.resolve("tiny-linux-amd64");
      if (!Files.isRegularFile(small)) {
        run(
            go,
            tiny,
            Map.of("GOOS", "linux", "GOARCH", "amd64"),
            "build",
            "-trimpath",
            "-ldflags=-s -w",
            "-o",
            small.toString(),
            ".");
      }
      List<Path> hundred = new ArrayList<>();
      Path set = Files.createDirectories(dir.resolve("hundred"));
      for (int i = 0; i < 100; i++) {
        Path src = builds.get(i % builds.size());
        Path copy = set.resolve(String.format("%03d-%s", i, src.getFileName()));
        Files.copy(src, copy, StandardCopyOption.REPLACE_EXISTING);
        hundred.add(copy);
      }
      Path padded = dir.resolve("hello-service-linux-amd64-padded");
      Files.copy(builds.get(0), padded, StandardCopyOption.REPLACE_EXISTING);
      try (RandomAccessFile raf = new RandomAccessFile(padded.toFile(), "rw")) {
        raf.setLength(64L << 20); // sparse: costs no disk
      }
      return new BinaryFixtures(dir, builds.get(0), small, padded, hundred, go);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs {@code go version -m} on one file, as a user without this library would.
   *
   * @param file the binary
   * @return its output
   */
  String goVersionM(Path file) {
    return run(go, dir, Map.of(), "version", "-m", file.toString());
  }

  /** Finds go: {@code /usr/lib/go-1.23/bin/go}, else the first go on PATH. */
  static Path go() {
    Path fixed = Path.of("/usr/lib/go-1.23/bin/go");
    if (Files.isExecutable(fixed)) {
      return fixed;
    }
    for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path p = Path.of(d.isEmpty() ? "." : d, "go");
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    throw new IllegalStateException("no go toolchain found");
  }

  private static String run(Path go, Path dir, Map<String, String> env, String... args) {
    List<String> argv = new ArrayList<>(List.of(go.toString()));
    argv.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("CGO_ENABLED", "0");
    pb.environment().put("GOTOOLCHAIN", "local");
    pb.environment().put("GOPROXY", "off");
    pb.environment().remove("GOFLAGS");
    pb.environment().putAll(env);
    try {
      Process p = pb.start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IllegalStateException(argv + " " + env + " failed:\n" + out);
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
