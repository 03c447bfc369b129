package io.github.gocrossbuild.ssh.internal;

import io.github.gocrossbuild.CgoToolchainException;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.GoQuotedFields;
import io.github.gocrossbuild.internal.cgo.CcPrecheck;
import io.github.gocrossbuild.spi.CCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the C compiler of a cgo build on an SSH host whose platform is the target (as Go would:
 * {@code CC}, else {@code gcc}; then {@code cc}, {@code clang}), and runs the same check as a local
 * build there: compile, link and run a tiny C program. Every word reaches the remote shell quoted.
 */
public final class RemoteCc {
  private static final String FIND =
      "c=$(command -v \"${CC:-gcc}\" 2>/dev/null || command -v cc 2>/dev/null"
          + " || command -v clang 2>/dev/null); [ -n \"$c\" ] && set -- \"$c\"";

  private RemoteCc() {}

  /**
   * Finds and checks the compiler.
   *
   * @param shell the host's shell
   * @param hostName the host, for messages
   * @param platform the host's platform
   * @param target the build's target
   * @param given the caller's {@code CC}, if any
   * @param staticLink whether the check links with {@code -static}
   * @param check whether to compile the test program
   * @return the compiler
   * @throws CgoToolchainException when the platforms differ, or no compiler works on the host
   */
  public static CCompiler find(
      RemoteShell shell,
      String hostName,
      Optional<Target> platform,
      Target target,
      Optional<String> given,
      boolean staticLink,
      boolean check) {
    String where = "SSH host " + hostName;
    if (platform.isEmpty()
        || platform.get().goos() != target.goos()
        || platform.get().goarch() != target.goarch()) {
      throw new CgoToolchainException(
          target,
          String.format(
              "%s is %s: a cgo build on an SSH host uses the host's own C compiler",
              where, platform.map(Target::toString).orElse("of an unknown platform")),
          List.of(where + ": platform " + platform.map(Target::toString).orElse("unknown")),
          String.format(
              "build on a %s host, or build here with a C cross compiler for %s (cgo() finds"
                  + " one on PATH, or give it with cc(Path))",
              target, target));
    }
    List<String> script = new ArrayList<>();
    script.add(
        given.isPresent() ? "set -- " + ShellQuote.join(GoQuotedFields.split(given.get())) : FIND);
    script.add("printf '@@GCB-CC %s\\n' \"$*\"");
    if (check) {
      script.add("[ $# -gt 0 ] || exit 0");
      script.add("d=$(mktemp -d) || exit 0");
      script.add("printf '%s' " + ShellQuote.quote(CcPrecheck.PROGRAM) + " > \"$d/check.c\"");
      script.add(
          "\"$@\""
              + (staticLink ? " -static" : "")
              + " -o \"$d/check\" \"$d/check.c\" > \"$d/log\" 2>&1");
      script.add("printf '@@GCB-RC %s\\n' \"$?\"");
      script.add("[ -x \"$d/check\" ] && printf '@@GCB-RUN %s\\n' \"$(\"$d/check\" 2>&1)\"");
      script.add("printf '@@GCB-LOG %s\\n' \"$(tr '\\n' ' ' < \"$d/log\")\"");
      script.add("rm -rf \"$d\"");
    }
    RemoteShell.Result r = shell.run("cgo check", String.join("\n", script));
    String cc = r.marker("CC").orElse("").strip();
    String looked =
        given.isPresent()
            ? "CC=" + given.get() + " (given)"
            : "command -v ${CC:-gcc}, cc, clang on " + where;
    if (cc.isEmpty()) {
      throw new CgoToolchainException(
          target,
          "no C compiler on " + where,
          List.of(looked + ": none found"),
          "install the host's C compiler (Debian/Ubuntu: sudo apt-get install gcc libc6-dev),"
              + " or give one with cc(Path)");
    }
    String ran = r.marker("RUN").orElse("").strip();
    if (check && !ran.equals(CcPrecheck.PROGRAM_OUTPUT)) {
      throw new CgoToolchainException(
          target,
          String.format("the C compiler %s on %s cannot build a C program", cc, where),
          List.of(
              String.format(
                  "%s: %s, exit code %s: %s",
                  looked, cc, r.marker("RC").orElse("?"), r.marker("LOG").orElse("").strip())),
          "install the C library headers on the host (Debian/Ubuntu: sudo apt-get install"
              + " libc6-dev), or give a working compiler with cc(Path)");
    }
    String reason =
        given.isPresent()
            ? "set by the caller and checked on " + where
            : cc + " found on " + where + (check ? " and checked there" : "");
    return new CCompiler(given.orElse(cc), Optional.empty(), reason);
  }
}
