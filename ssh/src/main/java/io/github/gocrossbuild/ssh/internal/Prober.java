package io.github.gocrossbuild.ssh.internal;

import io.github.gocrossbuild.ToolchainNotFoundException;
import io.github.gocrossbuild.binary.GlibcVersion;
import io.github.gocrossbuild.internal.DottedVersions;
import io.github.gocrossbuild.spi.Toolchain;
import io.github.gocrossbuild.ssh.HostProbe;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gathers a {@link HostProbe}: the toolchain search plus libc, libstdc++ and C compiler facts,
 * judged against VS Code Server's prerequisites (glibc 2.28, GLIBCXX 3.4.25, musl 1.2.3).
 */
public final class Prober {
  private static final Pattern VERSION = Pattern.compile("(\\d+(?:\\.\\d+)+)");

  /** The oldest glibc VS Code Server runs with. */
  private static final GlibcVersion GLIBC_FLOOR = GlibcVersion.parse("2.28");

  private Prober() {}

  /**
   * Probes the host.
   *
   * @param shell the shell runner
   * @param facts the host facts
   * @param toolchain finds the toolchain (throws when there is none)
   * @return the probe
   */
  public static HostProbe probe(RemoteShell shell, HostFacts facts, Supplier<Toolchain> toolchain) {
    HostProbe.Builder b = HostProbe.builder().uname(facts.uname()).target(facts.platform());
    List<String> notes = new ArrayList<>();
    String cc = "${CC:-cc}";
    try {
      Toolchain tc = toolchain.get();
      boolean login = RemoteToolchain.viaLoginShell(tc);
      b.goVersion(tc.goVersion())
          .goCommand(tc.goCommand())
          .goFoundBy(tc.foundBy())
          .goOnlyInLoginShell(login)
          .goEnv(tc.goEnv())
          .findings(EmulatedGo.check(tc, facts, shell.address()).stream().toList());
      String goCc = tc.goEnv().getOrDefault("CC", "");
      if (!goCc.isEmpty()) {
        cc = ShellQuote.quote(goCc);
      }
      if (login) {
        notes.add(
            "go ("
                + tc.goCommand()
                + ") is on the PATH of a login shell only: a plain"
                + " `ssh host go ...` does not find it, because bash reads ~/.bashrc for commands from"
                + " sshd and Debian's ~/.bashrc returns early for non-interactive shells (`case $- in"
                + " *i*) ;; *) return;; esac`), while the PATH is set later or in ~/.profile. This"
                + " library runs go by its full path with the login shell's environment. For other"
                + " tools (VS Code Remote-SSH tasks, plain ssh), export PATH in ~/.profile or before"
                + " the guard in ~/.bashrc.");
      }
    } catch (ToolchainNotFoundException e) {
      b.goOnlyInLoginShell(false).placesLooked(e.placesLooked());
      notes.add(e.getMessage());
    }
    String script =
        String.join(
            "\n",
            "printf '@@GCB-GLIBC %s\\n' \"$(getconf GNU_LIBC_VERSION 2>/dev/null)\"",
            "printf '@@GCB-LDD %s\\n' \"$(ldd --version 2>&1 | head -n 2 | tr '\\n' ' ')\"",
            "printf '@@GCB-GLIBCXX %s\\n' \"$(for f in /usr/lib*/libstdc++.so.6"
                + " /usr/lib*/*/libstdc++.so.6 /lib*/libstdc++.so.6 /lib/*/libstdc++.so.6; do"
                + " [ -f \"$f\" ] && grep -ao 'GLIBCXX_3\\.4\\.[0-9]*' \"$f\"; done 2>/dev/null"
                + " | sort -u | tr '\\n' ' ')\"",
            "printf '@@GCB-CC %s\\n' \"$(command -v "
                + cc
                + " 2>/dev/null || command -v gcc"
                + " 2>/dev/null || command -v clang 2>/dev/null)\"");
    RemoteShell.Result r = shell.run("probe", script);
    Optional<String> libc = libc(r.marker("GLIBC").orElse(""), r.marker("LDD").orElse(""));
    Optional<String> glibcxx = highest(r.marker("GLIBCXX").orElse(""));
    b.libc(libc)
        .glibcxx(glibcxx)
        .cCompiler(Optional.of(r.marker("CC").orElse("").strip()).filter(s -> !s.isEmpty()))
        .vsCodeServerProblems(vsCodeProblems(libc, glibcxx))
        .notes(notes);
    return b.build();
  }

  /**
   * Names the C library from {@code getconf GNU_LIBC_VERSION} or {@code ldd --version}.
   *
   * @param getconf e.g. {@code glibc 2.36}
   * @param ldd the first lines of {@code ldd --version}
   * @return e.g. {@code glibc 2.36} or {@code musl 1.2.4}
   */
  static Optional<String> libc(String getconf, String ldd) {
    String g = getconf.strip();
    if (g.startsWith("glibc ")) {
      return Optional.of(g);
    }
    if (ldd.toLowerCase().contains("musl")) {
      Matcher m = VERSION.matcher(ldd);
      return Optional.of("musl" + (m.find() ? " " + m.group(1) : ""));
    }
    if (ldd.contains("GLIBC") || ldd.contains("GNU libc")) {
      Matcher m = VERSION.matcher(ldd);
      if (m.find()) {
        return Optional.of("glibc " + m.group(1));
      }
    }
    return Optional.empty();
  }

  static Optional<String> highest(String glibcxxWords) {
    return Arrays.stream(glibcxxWords.strip().split("\\s+"))
        .filter(w -> w.startsWith("GLIBCXX_"))
        .map(w -> w.substring("GLIBCXX_".length()))
        .max(DottedVersions::compare);
  }

  /**
   * Lists VS Code Server's unmet prerequisites.
   *
   * @param libc the C library
   * @param glibcxx the highest GLIBCXX version
   * @return the problems, empty when all are met
   */
  static List<String> vsCodeProblems(Optional<String> libc, Optional<String> glibcxx) {
    List<String> out = new ArrayList<>();
    if (libc.isEmpty()) {
      out.add("C library not recognised: VS Code Server needs glibc >= 2.28 or musl >= 1.2.3");
      return out;
    }
    String[] w = libc.get().split(" ");
    String version = w.length > 1 ? w[1] : "0";
    if (w[0].equals("musl")) {
      if (DottedVersions.compare(version, "1.2.3") < 0) {
        out.add("musl " + version + " is older than 1.2.3, which VS Code Server requires");
      }
      return out;
    }
    if (GlibcVersion.tryParse(version).map(v -> v.compareTo(GLIBC_FLOOR) < 0).orElse(true)) {
      out.add("glibc " + version + " is older than 2.28, which VS Code Server requires");
    }
    if (glibcxx.isEmpty()) {
      out.add("libstdc++ (GLIBCXX >= 3.4.25) not found; VS Code Server requires it");
    } else if (DottedVersions.compare(glibcxx.get(), "3.4.25") < 0) {
      out.add(
          "libstdc++ provides GLIBCXX "
              + glibcxx.get()
              + ", older than 3.4.25, which VS"
              + " Code Server requires");
    }
    return out;
  }
}
