package io.github.gocrossbuild.internal.toolchain;

import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.ToolchainNotFoundException;
import io.github.gocrossbuild.internal.BoundedCache;
import io.github.gocrossbuild.internal.jsonc.JsonText;
import io.github.gocrossbuild.internal.process.ProcessRunner;
import io.github.gocrossbuild.spi.Toolchain;
import io.github.gocrossbuild.spi.ToolchainSource;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the local Go toolchain and asks it {@code go version} and {@code go env -json}, once per
 * binary and environment (the answers are cached: a warm build must not pay for them again).
 */
public final class ToolchainLocator {
  private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(60);

  /**
   * A toolchain's answers, keyed on {@link CacheKey}: the binary's real path and modification time,
   * the whole environment it runs with and how it was found. A few toolchains times a few
   * environments.
   */
  private static final BoundedCache<CacheKey, Toolchain> TOOLCHAINS =
      BoundedCache.create("ToolchainLocator.toolchains", 64);

  /**
   * The entries of a well-known directory, keyed on its path and modification time (which changes
   * whenever an entry is added or removed).
   */
  private static final BoundedCache<Listing, List<String>> LISTINGS =
      BoundedCache.create("ToolchainLocator.listings", 16);

  /** What a toolchain's answers depend on: the binary (and its mtime) and the environment. */
  private record CacheKey(
      Path go, long modified, Map<String, String> env, String foundBy, int hash) {
    CacheKey(Path go, long modified, Map<String, String> env, String foundBy) {
      // The environment's hash is worked out once per key, not at every lookup: it has dozens
      // of entries, and a warm build looks its toolchain up every time.
      this(go, modified, env, foundBy, Objects.hash(go, modified, env, foundBy));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof CacheKey k
          && hash == k.hash
          && modified == k.modified
          && go.equals(k.go)
          && foundBy.equals(k.foundBy)
          && env.equals(k.env);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private ToolchainLocator() {}

  /**
   * Finds a toolchain on this machine.
   *
   * @param explicit a {@code go} path the caller chose, or empty to search
   * @param env the environment the build will run with
   * @return the toolchain
   * @throws ToolchainNotFoundException when none is found or the explicit one is not Go
   */
  public static Toolchain locate(Optional<String> explicit, Map<String, String> env) {
    List<String> looked = new ArrayList<>();
    if (explicit.isPresent()) {
      Optional<Toolchain> tc =
          tryCandidate(
              explicit.get(),
              ToolchainSource.GO_COMMAND,
              ToolchainSource.GO_COMMAND.label(),
              env,
              looked);
      return tc.orElseThrow(
          () ->
              new ToolchainNotFoundException(
                  "goCommand("
                      + explicit.get()
                      + ") is not a usable Go toolchain: "
                      + String.join("; ", looked)
                      + ". "
                      + installHint(),
                  looked));
    }
    GoOs os = GoOs.current().orElse(GoOs.LINUX);
    // The well-known places are listed only when the environment names no working go: listing
    // them costs directory reads that a warm build should not pay.
    Optional<Toolchain> named = firstWorking(ToolchainSearch.pathCandidates(os, env), env, looked);
    if (named.isPresent()) {
      return named.get();
    }
    String home = System.getProperty("user.home", "");
    return firstWorking(
            ToolchainSearch.wellKnownCandidates(os, home, ToolchainLocator::list), env, looked)
        .orElseThrow(() -> notFound(looked));
  }

  /**
   * Tries candidates in order and returns the first working toolchain.
   *
   * @param candidates the places to try
   * @param env the environment the build will run with
   * @return the toolchain
   * @throws ToolchainNotFoundException listing every place looked
   */
  static Toolchain locateAmong(
      List<ToolchainSearch.Candidate> candidates, Map<String, String> env) {
    List<String> looked = new ArrayList<>();
    return firstWorking(candidates, env, looked).orElseThrow(() -> notFound(looked));
  }

  private static Optional<Toolchain> firstWorking(
      List<ToolchainSearch.Candidate> candidates, Map<String, String> env, List<String> looked) {
    for (ToolchainSearch.Candidate c : candidates) {
      Optional<Toolchain> tc = tryCandidate(c.path(), c.source(), c.foundBy(), env, looked);
      if (tc.isPresent()) {
        return tc;
      }
    }
    return Optional.empty();
  }

  private static ToolchainNotFoundException notFound(List<String> looked) {
    return new ToolchainNotFoundException(
        "No Go toolchain found. Looked at: " + String.join("; ", looked) + ". " + installHint(),
        looked);
  }

  static String installHint() {
    return "Install Go 1.21 or newer (https://go.dev/dl/ or your OS package manager, e.g. apt-get"
        + " install golang-go), put its bin directory on PATH or set GOROOT, or pass the path"
        + " with goCommand(Path).";
  }

  /**
   * Lists a directory's entries, reusing the listing while the directory's modification time is
   * unchanged: {@code /usr/lib} holds hundreds of entries and is looked at whenever PATH names no
   * working go.
   */
  private static List<String> list(String dir) {
    try {
      Path path = Path.of(dir);
      return LISTINGS.get(
          new Listing(path, Files.getLastModifiedTime(path)), ToolchainLocator::read);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  private static List<String> read(Listing listing) {
    try (Stream<Path> s = Files.list(listing.dir())) {
      return s.map(p -> p.getFileName().toString()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A directory as it was at one modification time. */
  private record Listing(Path dir, FileTime modified) {}

  private static Optional<Toolchain> tryCandidate(
      String go,
      ToolchainSource source,
      String foundBy,
      Map<String, String> env,
      List<String> looked) {
    Path path;
    try {
      path = Path.of(go);
    } catch (RuntimeException e) {
      looked.add(foundBy + " " + go + " (not a valid path)");
      return Optional.empty();
    }
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      looked.add(foundBy + " " + go + " (missing)");
      return Optional.empty();
    }
    if (!attributes.isRegularFile() || !Files.isExecutable(path)) {
      looked.add(foundBy + " " + go + " (not an executable file)");
      return Optional.empty();
    }
    CacheKey key;
    try {
      key =
          new CacheKey(
              path.toRealPath(),
              attributes.lastModifiedTime().toMillis(),
              Map.copyOf(env),
              foundBy);
    } catch (IOException e) {
      looked.add(foundBy + " " + go + " (unreadable: " + e.getMessage() + ")");
      return Optional.empty();
    }
    try {
      return Optional.of(TOOLCHAINS.get(key, k -> query(go, source, foundBy, env)));
    } catch (NotGoException e) {
      looked.add(foundBy + " " + go + " (" + e.getMessage() + ")");
      return Optional.empty();
    }
  }

  private static Toolchain query(
      String go, ToolchainSource source, String foundBy, Map<String, String> env) {
    Map<String, String> queryEnv = new HashMap<>(env);
    queryEnv.put("GOTOOLCHAIN", "local");
    Path dir = Path.of(System.getProperty("java.io.tmpdir"));
    ProcessRunner.Result version;
    try {
      version =
          ProcessRunner.run(
              List.of(go, "version"), dir, queryEnv, Optional.of(QUERY_TIMEOUT), line -> {});
    } catch (UncheckedIOException e) {
      throw new NotGoException("cannot run it: " + e.getMessage());
    }
    // The version line, not just the first line: GOFLAGS=-x makes go print WORK=... first.
    String first =
        version
            .output()
            .lines()
            .map(String::strip)
            .filter(l -> l.startsWith("go version "))
            .findFirst()
            .orElse(version.output().lines().findFirst().orElse("").strip());
    if (version.timedOut() || version.exitCode() != 0 || !first.startsWith("go version go")) {
      throw new NotGoException(
          "`go version` printed \""
              + abbreviate(first)
              + "\", exit code "
              + version.exitCode()
              + "; not a Go toolchain");
    }
    ProcessRunner.Result envOut =
        ProcessRunner.run(
            List.of(go, "env", "-json"), dir, queryEnv, Optional.of(QUERY_TIMEOUT), line -> {});
    if (envOut.timedOut() || envOut.exitCode() != 0) {
      throw new NotGoException(
          "`go env -json` failed (exit code "
              + envOut.exitCode()
              + "): "
              + abbreviate(envOut.output().strip()));
    }
    Map<String, String> goEnv;
    try {
      goEnv = JsonText.stringMembers("go env -json", JsonText.goEnvObject(envOut.output()));
    } catch (RuntimeException e) {
      throw new NotGoException("`go env -json` printed no JSON: " + abbreviate(envOut.output()));
    }
    return Toolchain.builder()
        .goCommand(go)
        .source(source)
        .foundBy(
            source == ToolchainSource.PATH
                ? source.describe("(" + new File(go).getParent() + ")")
                : foundBy)
        .versionOutput(first)
        .goEnv(goEnv)
        .build();
  }

  private static String abbreviate(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }

  /** A candidate that exists but is not a working Go toolchain. */
  private static final class NotGoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotGoException(String message) {
      super(message, null, false, false);
    }
  }
}
