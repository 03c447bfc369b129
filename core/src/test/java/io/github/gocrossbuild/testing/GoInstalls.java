package io.github.gocrossbuild.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The Go toolchains {@code .ci/install.sh} sets up for the Go-versions suite: Go 1.22 and 1.23 from
 * Debian bookworm-backports ({@code /usr/lib/go-1.NN}) and Go 1.24 from Debian 13, unpacked into
 * {@code /opt/gocrossbuild/trixie/root} (or {@code $GOCROSSBUILD_TRIXIE/root}). A missing one fails
 * the test under {@code CI=true} and skips it otherwise, naming what to install.
 */
public final class GoInstalls {
  /** The minor versions CI tests, oldest first. */
  public static final List<String> MINORS = List.of("1.22", "1.23", "1.24");

  private GoInstalls() {}

  /**
   * Returns the go command of one minor version.
   *
   * @param minor e.g. {@code 1.24}
   * @return the path of its go command
   */
  public static Path go(String minor) {
    Path go = expected(minor);
    if (Files.isExecutable(go)) {
      return go;
    }
    return RealTools.missing(
        String.format(
            "Go %s at %s (run .ci/install.sh as root: it installs %s)", minor, go, how(minor)));
  }

  /**
   * Returns where {@code .ci/install.sh} puts a minor version's go command.
   *
   * @param minor e.g. {@code 1.22}
   * @return the path, which may not exist
   */
  static Path expected(String minor) {
    if (minor.equals("1.24")) {
      Path trixie =
          Optional.ofNullable(System.getenv("GOCROSSBUILD_TRIXIE"))
              .map(Path::of)
              .orElse(Path.of("/opt/gocrossbuild/trixie"));
      return trixie.resolve("root/usr/lib/go-1.24/bin/go");
    }
    return Path.of("/usr/lib/go-" + minor + "/bin/go");
  }

  private static String how(String minor) {
    return minor.equals("1.24")
        ? "Debian 13's golang-1.24-go and golang-1.24-src, unpacked without changing the system"
        : "golang-" + minor + "-go from bookworm-backports";
  }
}
