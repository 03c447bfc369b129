package io.github.gocrossbuild.ssh.internal;

import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.ToolchainNotFoundException;
import io.github.gocrossbuild.internal.env.ToolchainProbe;
import io.github.gocrossbuild.internal.jsonc.JsonText;
import io.github.gocrossbuild.internal.toolchain.ToolchainSearch;
import io.github.gocrossbuild.internal.toolchain.install.ToolchainInstaller;
import io.github.gocrossbuild.spi.TargetTable;
import io.github.gocrossbuild.spi.Toolchain;
import io.github.gocrossbuild.spi.ToolchainSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds {@code go} on the host in one round trip: an explicit path, else {@code GOROOT/bin}, the
 * plain PATH, the login shell's PATH (where go usually is when {@code ~/.bashrc} returns early for
 * non-interactive shells), then well-known install places. The first candidate that answers {@code
 * go version} is asked {@code go env -json} with {@code GOTOOLCHAIN=local}.
 */
public final class RemoteToolchain {
  private RemoteToolchain() {}

  /** A place to look and the rule that proposed it. */
  record Candidate(String path, ToolchainSource source, String foundBy) {
    boolean login() {
      return source == ToolchainSource.LOGIN_SHELL_PATH;
    }
  }

  /**
   * Finds the toolchain.
   *
   * @param shell the host's shell runner
   * @param facts the host facts
   * @param explicit a path the caller chose, or empty to search
   * @param extraEnv variables the build adds
   * @return the toolchain
   * @throws ToolchainNotFoundException listing every place looked on the host
   */
  public static Toolchain locate(
      RemoteShell shell, HostFacts facts, Optional<String> explicit, Map<String, String> extraEnv) {
    List<Candidate> candidates = candidates(facts, explicit, extraEnv);
    StringBuilder script = new StringBuilder();
    script
        .append("gcb_env0() { ")
        .append(ShellQuote.envPrefix(queryEnv(facts, false, extraEnv)))
        .append(" \"$@\"; }\n");
    script
        .append("gcb_env1() { ")
        .append(ShellQuote.envPrefix(queryEnv(facts, true, extraEnv)))
        .append(" \"$@\"; }\n");
    script.append(
        String.join(
            "\n",
            "gcb_try() {",
            "  [ -e \"$1\" ] || { printf '@@GCB-LOOK%s missing\\n' \"$3\"; return 1; }",
            "  [ -f \"$1\" ] && [ -x \"$1\" ] || {",
            "    printf '@@GCB-LOOK%s not an executable file\\n' \"$3\"; return 1; }",
            "  v=$($2 \"$1\" version 2>&1 | head -n 1)",
            "  case \"$v\" in 'go version go'*) ;; *)",
            "    printf '@@GCB-LOOK%s not a Go toolchain: %s\\n' \"$3\" \"$v\"; return 1;; esac",
            "  printf '@@GCB-FOUND %s\\n@@GCB-VERSION %s\\n' \"$3\" \"$v\"",
            // An install by the library records where its archive came from, in its root.
            "  r=\"${1%/bin/go}/" + ToolchainInstaller.RECORD + "\"",
            "  [ \"$r\" != \"$1/" + ToolchainInstaller.RECORD + "\" ] && [ -f \"$r\" ] &&",
            "    printf '@@GCB-DLURL %s\\n@@GCB-DLSHA %s\\n' \"$(sed -n 1p \"$r\")\" \"$(sed -n 2p \"$r\")\"",
            "  printf '@@GCB-GOENV\\n'",
            "  $2 \"$1\" env -json",
            "}\n"));
    List<String> tries = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      tries.add(
          "gcb_try " + ShellQuote.quote(c.path()) + " gcb_env" + (c.login() ? 1 : 0) + " " + i);
    }
    tries.add("{ printf '@@GCB-NONE\\n'; exit 3; }");
    script.append(String.join(" ||\n  ", tries)).append('\n');
    RemoteShell.Result r = shell.run("find go", script.toString());
    List<String> looked = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      int index = i;
      Candidate c = candidates.get(i);
      r.marker("LOOK" + i)
          .ifPresent(why -> looked.add(c.foundBy() + " " + c.path() + " (" + why + ")"));
      if (r.marker("FOUND").map(f -> f.equals(String.valueOf(index))).orElse(false)) {
        return toolchain(c, r, shell.address());
      }
    }
    String where =
        explicit.isPresent()
            ? "goCommand("
                + explicit.get()
                + ") is not a usable Go"
                + " toolchain on "
                + shell.address()
            : "No Go toolchain found on " + shell.address();
    throw new ToolchainNotFoundException(
        where
            + ". Looked at: "
            + String.join("; ", looked)
            + ". Install Go on the host (e.g. `apt-get install golang-go`, or unpack go.dev/dl into"
            + " /usr/local/go), or pass its path with goCommand(...). If `go` works in an interactive"
            + " ssh session only, its PATH is set in ~/.bashrc after the non-interactive guard"
            + " (`case $- in *i*) ;; *) return;; esac`): move the export to ~/.profile.",
        looked);
  }

  private static Toolchain toolchain(Candidate c, RemoteShell.Result r, String address) {
    String text = r.text();
    int at = text.indexOf(RemoteShell.MARKER + "GOENV\n");
    String json = at < 0 ? "" : text.substring(at + RemoteShell.MARKER.length() + 6);
    Map<String, String> goEnv;
    try {
      goEnv = JsonText.stringMembers("go env -json on " + address, JsonText.goEnvObject(json));
    } catch (RuntimeException e) {
      throw new ToolchainNotFoundException(
          c.path()
              + " on "
              + address
              + " answers `go version`"
              + " but `go env -json` printed no JSON ("
              + e.getMessage()
              + "): "
              + abbreviate(json),
          List.of(c.foundBy() + " " + c.path() + " (go env -json failed)"));
    }
    Optional<ToolchainInstaller.Download> from =
        r.marker("DLURL")
            .flatMap(
                url ->
                    ToolchainInstaller.Download.parse(List.of(url, r.marker("DLSHA").orElse(""))));
    return Toolchain.builder()
        .goCommand(c.path())
        .downloadUrl(from.map(ToolchainInstaller.Download::url))
        .archiveSha256(from.map(ToolchainInstaller.Download::sha256))
        .source(c.source())
        .foundBy(c.foundBy())
        .versionOutput(r.marker("VERSION").orElse("").strip())
        .goEnv(goEnv)
        .build();
  }

  private static String abbreviate(String s) {
    String t = s.strip();
    return t.length() > 200 ? t.substring(0, 200) + "..." : t;
  }

  /**
   * Returns the environment commands get: the login shell's when go was found through it (so GOPATH
   * and friends set in ~/.profile apply), else a plain command's.
   *
   * @param facts the host facts
   * @param login whether to use the login shell's environment
   * @return name to value
   */
  public static Map<String, String> hostEnv(HostFacts facts, boolean login) {
    return new LinkedHashMap<>(
        login && !facts.loginEnv().isEmpty() ? facts.loginEnv() : facts.plainEnv());
  }

  private static Map<String, String> queryEnv(
      HostFacts facts, boolean login, Map<String, String> extraEnv) {
    Map<String, String> env = hostEnv(facts, login);
    env.putAll(extraEnv);
    env.put("GOTOOLCHAIN", "local");
    return env;
  }

  /**
   * Asks a toolchain on the host which targets it builds ({@code go tool dist list -broken -json}),
   * with the environment it was found with.
   *
   * @param shell the host's shell runner
   * @param facts the host facts
   * @param toolchain the toolchain
   * @return its table; empty when the command fails or prints no JSON array (the library then falls
   *     back to the pairs Go 1.21 to 1.24 list)
   */
  public static Optional<TargetTable> targetTable(
      RemoteShell shell, HostFacts facts, Toolchain toolchain) {
    List<String> argv = new ArrayList<>();
    argv.add(toolchain.goCommand());
    argv.addAll(ToolchainProbe.TARGET_TABLE_ARGS);
    RemoteShell.Result r =
        shell.run(
            "go tool dist list",
            ShellQuote.envCommand(queryEnv(facts, viaLoginShell(toolchain), Map.of()), argv)
                + " 2>/dev/null");
    if (r.timedOut() || r.exitCode() != 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(TargetTable.parse(toolchain.goVersion(), r.output()));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Tells whether a toolchain was found through the login shell.
   *
   * @param toolchain the toolchain
   * @return true when its environment is the login shell's
   */
  public static boolean viaLoginShell(Toolchain toolchain) {
    return toolchain.source() == ToolchainSource.LOGIN_SHELL_PATH;
  }

  static List<Candidate> candidates(
      HostFacts facts, Optional<String> explicit, Map<String, String> extraEnv) {
    if (explicit.isPresent()) {
      return List.of(
          new Candidate(
              explicit.get(), ToolchainSource.GO_COMMAND, ToolchainSource.GO_COMMAND.label()));
    }
    Map<String, String> plain = new HashMap<>(facts.plainEnv());
    plain.putAll(extraEnv);
    GoOs os = facts.platform().map(Target::goos).orElse(GoOs.LINUX);
    List<ToolchainSearch.Candidate> base =
        ToolchainSearch.candidates(
            os,
            plain,
            facts.home(),
            dir ->
                dir.equals("/usr/lib")
                    ? facts.usrLibGo()
                    : dir.equals(facts.home() + "/sdk") ? facts.sdk() : List.of());
    Set<String> seen = new LinkedHashSet<>();
    List<Candidate> out = new ArrayList<>();
    boolean loginAdded = false;
    for (ToolchainSearch.Candidate c : base) {
      if (!loginAdded && c.source() == ToolchainSource.WELL_KNOWN_PLACE) {
        addLogin(facts, seen, out);
        loginAdded = true;
      }
      if (seen.add(c.path())) {
        out.add(new Candidate(c.path(), c.source(), c.foundBy()));
      }
    }
    if (!loginAdded) {
      addLogin(facts, seen, out);
    }
    return out;
  }

  private static void addLogin(HostFacts facts, Set<String> seen, List<Candidate> out) {
    String shell = facts.shell().isEmpty() ? "/bin/sh" : facts.shell();
    for (String dir : facts.loginEnv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && seen.add(dir + "/go")) {
        ToolchainSource login = ToolchainSource.LOGIN_SHELL_PATH;
        out.add(new Candidate(dir + "/go", login, login.describe("(" + shell + " -lc)")));
      }
    }
  }
}
