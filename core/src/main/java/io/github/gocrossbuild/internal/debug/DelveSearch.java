package io.github.gocrossbuild.internal.debug;

import io.github.gocrossbuild.GoOs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The places {@code dlv} is looked for on a host, in order: an explicit path, {@code PATH}, {@code
 * ~/go/bin} (where {@code go install} puts it), then each {@code $GOPATH/bin}. Pure, so other OSes'
 * rules are tested here.
 */
public final class DelveSearch {
  private DelveSearch() {}

  /**
   * Lists the candidates.
   *
   * @param os the host OS
   * @param explicit the path given with {@code dlv(...)}, or empty
   * @param env the host environment (PATH, GOPATH)
   * @param home the user's home directory
   * @return candidate path to the rule that proposed it, in order, without repeats
   */
  public static Map<String, String> candidates(
      GoOs os, Optional<String> explicit, Map<String, String> env, String home) {
    Map<String, String> out = new LinkedHashMap<>();
    if (explicit.isPresent()) {
      out.put(explicit.get(), "dlv(...)");
      return out;
    }
    boolean windows = os == GoOs.WINDOWS;
    String sep = windows ? "\\" : "/";
    String exe = windows ? "dlv.exe" : "dlv";
    String listSep = windows ? ";" : ":";
    String path =
        windows
            ? env.getOrDefault("Path", env.getOrDefault("PATH", ""))
            : env.getOrDefault("PATH", "");
    for (String dir : path.split(listSep)) {
      if (!dir.isEmpty()) {
        out.putIfAbsent(dir + sep + exe, "PATH");
      }
    }
    List<String> bins = new ArrayList<>();
    bins.add(home + sep + "go" + sep + "bin");
    for (String dir : env.getOrDefault("GOPATH", "").split(listSep)) {
      if (!dir.isEmpty()) {
        bins.add(dir + sep + "bin");
      }
    }
    for (String dir : bins) {
      out.putIfAbsent(
          dir + sep + exe, dir.startsWith(home + sep + "go") ? "~/go/bin" : "GOPATH/bin");
    }
    return out;
  }
}
