package io.github.gocrossbuild.ssh.internal.debug;

import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.debug.DelveSearch;
import io.github.gocrossbuild.spi.DebugRequest;
import io.github.gocrossbuild.ssh.internal.HostFacts;
import io.github.gocrossbuild.ssh.internal.RemoteShell;
import io.github.gocrossbuild.ssh.internal.ShellQuote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds {@code dlv} on an SSH host with the rules of {@code go}: the plain command's {@code PATH},
 * {@code ~/go/bin} and {@code $GOPATH/bin}, then the same from the login shell's environment (where
 * {@code ~/.profile} puts them); the first that answers {@code dlv version} wins.
 */
public final class RemoteDelveSearch {
  private RemoteDelveSearch() {}

  /** A usable Delve: its path on the host and what {@code dlv version} printed. */
  record Found(String path, String versionOutput) {}

  /**
   * Lists the candidates in order.
   *
   * @param facts the host facts
   * @param request the debug request (its explicit {@code dlv} path, if any)
   * @return path to the rule that proposed it
   */
  static Map<String, String> candidates(HostFacts facts, DebugRequest request) {
    GoOs os = facts.platform().map(Target::goos).orElse(GoOs.LINUX);
    Map<String, String> out =
        new LinkedHashMap<>(
            DelveSearch.candidates(os, request.dlv(), facts.plainEnv(), facts.home()));
    if (request.dlv().isEmpty() && !facts.loginEnv().isEmpty()) {
      String shell = facts.shell().isEmpty() ? "/bin/sh" : facts.shell();
      DelveSearch.candidates(os, request.dlv(), facts.loginEnv(), facts.home())
          .forEach(
              (path, rule) ->
                  out.putIfAbsent(path, rule + " of the login shell (" + shell + " -lc)"));
    }
    return out;
  }

  /**
   * Finds Delve on the host.
   *
   * @param shell the host's shell runner
   * @param facts the host facts
   * @param host the host's name for messages
   * @param request the debug request
   * @return the Delve found
   * @throws io.github.gocrossbuild.DebugException listing every place looked, when there is none
   */
  static Found find(RemoteShell shell, HostFacts facts, String host, DebugRequest request) {
    List<Map.Entry<String, String>> candidates =
        new ArrayList<>(candidates(facts, request).entrySet());
    StringBuilder script =
        new StringBuilder(
            String.join(
                "\n",
                "gcb_try() {",
                "  [ -e \"$1\" ] || { printf '@@GCB-LOOK%s missing\\n' \"$2\"; return 1; }",
                "  [ -f \"$1\" ] && [ -x \"$1\" ] || {",
                "    printf '@@GCB-LOOK%s not an executable file\\n' \"$2\"; return 1; }",
                "  v=$(\"$1\" version 2>&1)",
                "  case \"$v\" in *'Version: '*) ;; *)",
                "    printf '@@GCB-LOOK%s `dlv version` failed\\n' \"$2\"; return 1;; esac",
                "  printf '@@GCB-FOUND %s\\n%s\\n' \"$2\" \"$v\"",
                "}\n"));
    List<String> tries = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      tries.add("gcb_try " + ShellQuote.quote(candidates.get(i).getKey()) + " " + i);
    }
    tries.add("{ printf '@@GCB-NONE\\n'; exit 3; }");
    script.append(String.join(" ||\n  ", tries)).append('\n');
    RemoteShell.Result r = shell.run("find dlv", script.toString());
    List<String> looked = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Map.Entry<String, String> c = candidates.get(i);
      String index = String.valueOf(i);
      if (r.marker("FOUND").map(index::equals).orElse(false)) {
        return new Found(c.getKey(), r.text());
      }
      r.marker("LOOK" + i)
          .ifPresent(why -> looked.add(String.format("%s %s (%s)", c.getValue(), c.getKey(), why)));
    }
    throw request.delveNotFound(host, looked);
  }
}
