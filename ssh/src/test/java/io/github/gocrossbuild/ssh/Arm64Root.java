package io.github.gocrossbuild.ssh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The native ARM64 build host of the tests: the Debian arm64 userland that {@code
 * .ci/arm64-host.sh} prepares (debootstrap, gcc, libc6-dev, arm64 Go 1.23 in {@value #GO_BIN}), run
 * through qemu-user by binfmt_misc, served by a real sshd whose sessions are chrooted into it.
 * Every server shares one {@code GOCACHE} inside the root ({@value #GOCACHE}), kept between runs: a
 * cold build of the standard library takes about 100 s under emulation.
 */
public final class Arm64Root {
  /** Where {@code .ci/arm64-host.sh} puts the userland, unless GOCROSSBUILD_ARM64_ROOT says. */
  public static final Path ROOT =
      Path.of(
          System.getenv().getOrDefault("GOCROSSBUILD_ARM64_ROOT", "/opt/gocrossbuild/arm64-root"));

  /** The arm64 Go's bin directory inside the root: off the places a Go search looks. */
  public static final String GO_BIN = "/opt/go-arm64/usr/lib/go-1.23/bin";

  /**
   * The arm64 Go 1.24 (Debian 13's, which has {@code GOCACHEPROG}) inside the root, off PATH: a
   * test names it with {@code goCommand(...)}.
   */
  public static final String GO124_BIN = "/opt/go124-arm64/usr/lib/go-1.24/bin";

  /** The Go build cache every session uses, inside the root. */
  public static final String GOCACHE = "/var/cache/gocrossbuild-tests/go-build";

  /** A C header only the ARM64 host has (written by {@link #start}), for cgo placement tests. */
  public static final String HEADER = "/usr/local/include/gcb_arm64_host.h";

  private static final String HEADER_TEXT =
      String.join(
          "\n",
          "/* Only the gocrossbuild tests' ARM64 host has this header. */",
          "static inline int gcb_answer(int a, int b) { return a * b; }",
          "static inline const char *gcb_machine(void) {",
          "#if defined(__aarch64__)",
          "  return \"aarch64\";",
          "#else",
          "  return \"not aarch64\";",
          "#endif",
          "}",
          "");

  private Arm64Root() {}

  /** Like {@link #require()}, and the arm64 Go 1.24 must be there too. */
  public static void requireGo124() {
    require();
    Sshd.requireThat(
        Files.isExecutable(onHost(GO124_BIN + "/go")),
        "the ARM64 build host has no Go 1.24 ("
            + onHost(GO124_BIN + "/go")
            + " is missing): run .ci/arm64-host.sh as root");
  }

  /**
   * Maps a path inside the root to this machine's file system.
   *
   * @param inside an absolute path as the host's sessions see it
   * @return the same file here
   */
  public static Path onHost(String inside) {
    return Path.of(ROOT + inside);
  }

  /**
   * Skips the test when the ARM64 host is not prepared, or fails it under CI=true, naming what is
   * missing and the script that prepares it.
   */
  public static void require() {
    List<String> missing = new ArrayList<>();
    if (!"root".equals(System.getProperty("user.name"))) {
      missing.add("root (sshd's ChrootDirectory needs it)");
    }
    if (!Files.exists(Path.of("/proc/sys/fs/binfmt_misc/qemu-aarch64"))) {
      missing.add("the binfmt_misc entry qemu-aarch64");
    }
    for (String p : List.of("/usr/bin/gcc", "/usr/include/stdio.h", GO_BIN + "/go", "/proc/self")) {
      if (!Files.exists(onHost(p))) {
        missing.add(onHost(p).toString());
      }
    }
    Sshd.requireThat(
        missing.isEmpty(),
        "the ARM64 build host is not ready (missing: "
            + String.join(", ", missing)
            + "): run .ci/arm64-host.sh as root (about 5 minutes once; .ci/install.sh does)");
  }

  /**
   * Starts an sshd whose sessions run on the ARM64 host, with its Go on PATH and the shared cache.
   *
   * @param dir the fixture directory (keys, config, log) on this machine
   * @return the running server
   */
  public static Sshd start(Path dir) {
    return start(dir, GO_BIN + ":");
  }

  /**
   * Starts an sshd whose sessions run on the ARM64 host with no Go at all on their PATH (nor in any
   * place a Go search looks).
   *
   * @param dir the fixture directory
   * @return the running server
   */
  public static Sshd startWithoutGo(Path dir) {
    return start(dir, "");
  }

  /**
   * Starts an sshd on the ARM64 host with a directory first on PATH.
   *
   * @param dir the fixture directory
   * @param pathFirst directories inside the root, each followed by {@code :}, or empty
   * @return the running server
   */
  public static Sshd start(Path dir, String pathFirst) {
    require();
    try {
      Files.createDirectories(onHost(GOCACHE));
      Path header = onHost(HEADER);
      if (!Files.exists(header) || !Files.readString(header).equals(HEADER_TEXT)) {
        Files.writeString(header, HEADER_TEXT);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Sshd.startChrooted(
        dir, ROOT, "SetEnv PATH=" + pathFirst + "/usr/local/bin:/usr/bin:/bin GOCACHE=" + GOCACHE);
  }
}
