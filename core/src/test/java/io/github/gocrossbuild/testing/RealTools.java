package io.github.gocrossbuild.testing;

import static org.assertj.core.api.Assertions.fail;

import io.github.gocrossbuild.binary.TestBinaries;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the real tools and data tests need. Policy: when something is missing, the test fails under
 * {@code CI=true} and is skipped (with what to install) otherwise.
 */
public final class RealTools {

  private RealTools() {}

  /**
   * Returns the real go command: {@code $GOCROSSBUILD_GO} when set (to run the tests with another
   * Go), else CI's default Go 1.23, else the one on PATH or in the usual places, so a contributor
   * with another Go runs the tests with it. Tests derive the version and paths they expect from
   * this toolchain ({@link #goVersion()}), never from a constant.
   *
   * @return the path to go
   */
  public static Path go() {
    List<Path> candidates = new ArrayList<>();
    Optional.ofNullable(System.getenv("GOCROSSBUILD_GO"))
        .filter(s -> !s.isEmpty())
        .map(Path::of)
        .ifPresent(candidates::add);
    candidates.add(Path.of("/usr/lib/go-1.23/bin/go"));
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty()) {
        candidates.add(Path.of(dir, "go"));
      }
    }
    candidates.add(Path.of("/usr/local/go/bin/go"));
    candidates.add(Path.of("/usr/bin/go"));
    for (Path p : candidates) {
      if (Files.isRegularFile(p) && Files.isExecutable(p)) {
        return p;
      }
    }
    return missing("a Go toolchain (Debian/Ubuntu package golang-1.23-go, or go.dev/dl)");
  }

  /**
   * Returns the version of {@link #go()}, as {@code go env GOVERSION} prints it.
   *
   * @return e.g. {@code go1.23.5}
   */
  public static String goVersion() {
    return goEnv(go(), "GOVERSION");
  }

  /**
   * Asks a go command one {@code go env} value, with {@code GOTOOLCHAIN=local} ({@link
   * TestBinaries#run}).
   *
   * @param go the go command
   * @param name e.g. {@code GOROOT}
   * @return the value, stripped
   */
  public static String goEnv(Path go, String name) {
    return goEnv(go, name, Map.of());
  }

  /**
   * Asks a go command one {@code go env} value with some variables set, e.g. the default GOARM of
   * the toolchain with {@code GOARCH=arm}.
   *
   * @param go the go command
   * @param name e.g. {@code GOARM}
   * @param env the variables to set
   * @return the value, stripped
   */
  public static String goEnv(Path go, String name, Map<String, String> env) {
    Path dir = Path.of(System.getProperty("java.io.tmpdir"));
    return TestBinaries.run(go, List.of(go.toString(), "env", name), env, dir).strip();
  }

  /**
   * Returns the real git command, which Go calls to stamp version-control settings.
   *
   * @return the path to git
   */
  public static Path git() {
    for (String candidate : List.of("/usr/bin/git", "/usr/local/bin/git")) {
      Path p = Path.of(candidate);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return missing("git (Debian/Ubuntu package git)");
  }

  /**
   * Returns the real Delve ({@code dlv}), which debug sessions start.
   *
   * @return the path to dlv
   */
  public static Path dlv() {
    for (String candidate : List.of("/usr/bin/dlv", "/usr/local/bin/dlv")) {
      Path p = Path.of(candidate);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return missing(
        "Delve (Debian/Ubuntu package delve, or go install github.com/go-delve/delve/cmd/dlv)");
  }

  /**
   * Returns the real cosign (Debian 13's 2.5.0, unpacked by {@code .ci/install.sh} into {@code
   * /opt/gocrossbuild/trixie}), the oracle of the provenance tests.
   *
   * @return the path to cosign
   */
  public static Path cosign() {
    return cosign(Optional.ofNullable(System.getenv("GOCROSSBUILD_TRIXIE")).map(Path::of), isCi());
  }

  /**
   * Returns cosign from the unpacked Debian 13 tree or the usual places.
   *
   * @param trixie where {@code .ci/install.sh} unpacked Debian 13's packages, if not the default
   * @param ci whether a missing cosign fails the test instead of skipping it
   * @return the path to cosign
   */
  static Path cosign(Optional<Path> trixie, boolean ci) {
    Path root = trixie.orElse(Path.of("/opt/gocrossbuild/trixie"));
    for (Path p :
        List.of(
            root.resolve("root/usr/bin/cosign"),
            Path.of("/usr/bin/cosign"),
            Path.of("/usr/local/bin/cosign"))) {
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return missing(
        "cosign (run .ci/install.sh: it unpacks Debian 13's cosign into "
            + root
            + "/root/usr/bin without changing the system)",
        ci);
  }

  /**
   * Returns the Dev Containers CLI ({@code devcontainer} of npm's {@code @devcontainers/cli}, which
   * {@code .ci/install.sh} installs into {@code /opt/gocrossbuild/devcontainers-cli}), the reader
   * of generated devcontainer.json files in tests.
   *
   * @return the path to the {@code devcontainer} command
   */
  public static Path devcontainerCli() {
    Path dir =
        Optional.ofNullable(System.getenv("GOCROSSBUILD_DEVCONTAINER_CLI"))
            .map(Path::of)
            .orElse(Path.of("/opt/gocrossbuild/devcontainers-cli"));
    Path cli = dir.resolve("node_modules/.bin/devcontainer");
    if (Files.isExecutable(cli)) {
      return cli;
    }
    return missing(
        "the Dev Containers CLI (run .ci/install.sh: it installs @devcontainers/cli with npm into "
            + dir
            + ")");
  }

  /**
   * Returns {@code shared/corpus/configs}, found by walking up from the working directory.
   *
   * @return the corpus directory
   */
  public static Path corpus() {
    return corpus(Path.of("").toAbsolutePath(), isCi());
  }

  /**
   * Returns {@code shared/corpus/configs} inside or beside {@code start} or one of its parents.
   *
   * @param start the folder to look upward from
   * @param ci whether a missing corpus fails the test instead of skipping it
   * @return the corpus directory
   */
  static Path corpus(Path start, boolean ci) {
    return findCorpus(start)
        .orElseGet(
            () ->
                missing(
                    "the shared config corpus (../shared/corpus/configs beside the repository;"
                        + " looked upward from "
                        + start
                        + ")",
                    ci));
  }

  /**
   * Looks for {@code shared/corpus/configs} inside or beside {@code start} or one of its parents,
   * up to the checkout's root (the folder holding {@code .git}): the one rule every module's tests
   * find the corpus by.
   *
   * @param start the folder to look upward from
   * @return the corpus directory, or empty
   */
  public static Optional<Path> findCorpus(Path start) {
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/corpus/configs");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
      Path sibling = dir.resolveSibling("shared").resolve("corpus/configs");
      if (Files.isDirectory(sibling)) {
        return Optional.of(sibling);
      }
      if (Files.exists(dir.resolve(".git"))) {
        break; // the repository's root: shared/ lies beside it or not at all
      }
    }
    return Optional.empty();
  }

  /**
   * Fails under CI, skips otherwise.
   *
   * @param what what is missing and how to get it
   * @param <T> any type, never returned
   * @return never
   */
  public static <T> T missing(String what) {
    return missing(what, isCi());
  }

  /**
   * Fails when {@code ci} is true, skips otherwise.
   *
   * @param what what is missing and how to get it
   * @param ci whether this run is CI
   * @param <T> any type, never returned
   * @return never
   */
  static <T> T missing(String what, boolean ci) {
    if (ci) {
      return fail("Missing " + what + " (CI=true makes this a failure)");
    }
    Assumptions.abort("Skipped: missing " + what);
    return null;
  }

  private static boolean isCi() {
    return "true".equals(Optional.ofNullable(System.getenv("CI")).orElse(""));
  }
}
