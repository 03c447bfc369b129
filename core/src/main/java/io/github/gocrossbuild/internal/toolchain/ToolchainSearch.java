package io.github.gocrossbuild.internal.toolchain;

import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.GoVersion;
import io.github.gocrossbuild.spi.ToolchainSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The places a {@code go} command is looked for, in order, with the rules of the host OS: {@code
 * GOROOT/bin}, {@code PATH}, then well-known install locations. Pure: the file system is reached
 * only through the given directory lister, so other OSes' rules can be tested here.
 */
public final class ToolchainSearch {
  private ToolchainSearch() {}

  /** A path where {@code go} may be, and the rule that proposed it. */
  public static final class Candidate {
    private final String path;
    private final ToolchainSource source;
    private final String foundBy;

    Candidate(String path, ToolchainSource source, String place) {
      this.path = path;
      this.source = source;
      this.foundBy = source.describe(place);
    }

    Candidate(String path, ToolchainSource source) {
      this(path, source, "");
    }

    /**
     * Returns the path of the {@code go} executable to try.
     *
     * @return the path
     */
    public String path() {
      return path;
    }

    /**
     * Returns the rule that proposed it, typed.
     *
     * @return e.g. {@link ToolchainSource#PATH}
     */
    public ToolchainSource source() {
      return source;
    }

    /**
     * Returns the rule that proposed it, with the place.
     *
     * @return e.g. {@code PATH} or {@code well-known place /usr/local/go/bin}
     */
    public String foundBy() {
      return foundBy;
    }

    @Override
    public String toString() {
      return foundBy + ": " + path;
    }
  }

  /**
   * Lists the candidates in the order they are tried: {@link #pathCandidates} then {@link
   * #wellKnownCandidates}.
   *
   * @param os the host OS
   * @param env the environment the build will run with
   * @param userHome the user's home directory
   * @param listDir lists the names in a directory (empty when it does not exist)
   * @return the candidates
   */
  public static List<Candidate> candidates(
      GoOs os, Map<String, String> env, String userHome, Function<String, List<String>> listDir) {
    List<Candidate> out = new ArrayList<>(pathCandidates(os, env));
    out.addAll(wellKnownCandidates(os, userHome, listDir));
    return out;
  }

  /**
   * Lists the candidates the environment names: {@code GOROOT/bin}, then each {@code PATH} entry.
   *
   * @param os the host OS
   * @param env the environment the build will run with
   * @return the candidates, in order
   */
  public static List<Candidate> pathCandidates(GoOs os, Map<String, String> env) {
    boolean windows = os == GoOs.WINDOWS;
    String sep = windows ? "\\" : "/";
    String exe = windows ? "go.exe" : "go";
    List<Candidate> out = new ArrayList<>();
    String goroot = env.getOrDefault("GOROOT", "");
    if (!goroot.isEmpty()) {
      out.add(new Candidate(goroot + sep + "bin" + sep + exe, ToolchainSource.GOROOT_BIN));
    }
    String path =
        windows
            ? env.getOrDefault("Path", env.getOrDefault("PATH", ""))
            : env.getOrDefault("PATH", "");
    for (String dir : path.split(windows ? ";" : ":")) {
      if (!dir.isEmpty()) {
        out.add(new Candidate(dir + sep + exe, ToolchainSource.PATH));
      }
    }
    return out;
  }

  /**
   * Lists the well-known install locations of the OS, tried when the environment names none that
   * works; the newest versioned directory ({@code /usr/lib/go-1.23}, {@code ~/sdk/go1.22.4}) is
   * found by listing its parent.
   *
   * @param os the host OS
   * @param userHome the user's home directory
   * @param listDir lists the names in a directory (empty when it does not exist)
   * @return the candidates, in order
   */
  public static List<Candidate> wellKnownCandidates(
      GoOs os, String userHome, Function<String, List<String>> listDir) {
    boolean windows = os == GoOs.WINDOWS;
    String sep = windows ? "\\" : "/";
    String exe = windows ? "go.exe" : "go";
    List<String> wellKnown = new ArrayList<>();
    if (windows) {
      wellKnown.add("C:\\Program Files\\Go\\bin");
      wellKnown.add(userHome + "\\go\\bin");
      newest(userHome + "\\sdk", "go", listDir).ifPresent(d -> wellKnown.add(d + "\\bin"));
    } else {
      wellKnown.add("/usr/local/go/bin");
      wellKnown.add("/usr/lib/go/bin");
      newest("/usr/lib", "go-", listDir).ifPresent(d -> wellKnown.add(d + "/bin"));
      wellKnown.add(userHome + "/go/bin");
      newest(userHome + "/sdk", "go", listDir).ifPresent(d -> wellKnown.add(d + "/bin"));
      if (os == GoOs.DARWIN) {
        wellKnown.add("/opt/homebrew/bin");
      }
      wellKnown.add("/snap/bin");
    }
    List<Candidate> out = new ArrayList<>();
    for (String dir : wellKnown) {
      out.add(new Candidate(dir + sep + exe, ToolchainSource.WELL_KNOWN_PLACE, dir));
    }
    return out;
  }

  /**
   * Picks the entry of a directory with the highest Go version after a prefix, e.g. {@code go-1.23}
   * over {@code go-1.19} in {@code /usr/lib}, or {@code go1.22.4} in {@code ~/sdk}.
   */
  static Optional<String> newest(
      String dir, String prefix, Function<String, List<String>> listDir) {
    return listDir.apply(dir).stream()
        .filter(n -> n.startsWith(prefix) && version(n.substring(prefix.length())).isPresent())
        .max(Comparator.comparing(n -> version(n.substring(prefix.length())).orElseThrow()))
        .map(n -> dir + (dir.contains("\\") ? "\\" : "/") + n);
  }

  /** A release directory's version: numbers only, so {@code go1.22.4.old} is not one. */
  private static Optional<GoVersion> version(String s) {
    return GoVersion.tryParse(s).filter(v -> !v.isPreRelease() && v.number().equals(s));
  }
}
