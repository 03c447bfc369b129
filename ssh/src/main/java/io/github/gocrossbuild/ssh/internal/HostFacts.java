package io.github.gocrossbuild.ssh.internal;

import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.ssh.SshException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one round trip learns about the host: platform, home, shell, the environment of a plain
 * (non-login) command and of a login shell, and the directories Go is often installed in.
 * Environments travel hex-encoded ({@code env -0 | od}) so no value can be mistaken for a marker.
 */
public final class HostFacts {
  /** Variables that describe the probing shell, not the host; a build must not inherit them. */
  private static final Set<String> SHELL_STATE = Set.of("PWD", "OLDPWD", "SHLVL", "_");

  static final String HEX_ENV =
      "{ env -0 2>/dev/null || env; } | od -An -v -tx1" + " | tr -d ' \\n'";

  static final String SCRIPT =
      String.join(
          "\n",
          "printf '@@GCB-UNAME %s\\n' \"$(uname -s -m 2>/dev/null)\"",
          "printf '@@GCB-LONGBIT %s\\n' \"$(getconf LONG_BIT 2>/dev/null)\"",
          "printf '@@GCB-CPUS %s\\n' \"$(getconf _NPROCESSORS_ONLN 2>/dev/null || nproc 2>/dev/null)\"",
          "printf '@@GCB-HOME %s\\n' \"$HOME\"",
          "printf '@@GCB-SHELL %s\\n' \"${SHELL:-}\"",
          "printf '@@GCB-XDGCACHE %s\\n' \"${XDG_CACHE_HOME:-}\"",
          "printf '@@GCB-USRLIB %s\\n' \"$(ls -1 /usr/lib 2>/dev/null | grep '^go' | tr '\\n' ' ')\"",
          "printf '@@GCB-SDK %s\\n' \"$(ls -1 \"$HOME/sdk\" 2>/dev/null | tr '\\n' ' ')\"",
          "printf '@@GCB-ENVHEX %s\\n' \"$(" + HEX_ENV + ")\"",
          // A login shell reads ~/.profile (and, for bash, ~/.bash_profile): where users put the
          // PATH for go when ~/.bashrc returns early for non-interactive shells.
          "printf '@@GCB-LOGINENVHEX %s\\n' \"$(\"${SHELL:-/bin/sh}\" -lc "
              + ShellQuote.quote("printf '\\n@@GCB-BEGIN\\n'; " + HEX_ENV + "; printf '\\n'")
              + " 2>/dev/null | sed -n '/^@@GCB-BEGIN$/{n;p;q;}')\"");

  private final String uname;
  private final int longBit;
  private final int cpus;
  private final String home;
  private final String shell;
  private final String cacheHome;
  private final List<String> usrLibGo;
  private final List<String> sdk;
  private final Map<String, String> plainEnv;
  private final Map<String, String> loginEnv;

  private HostFacts(RemoteShell.Result r) {
    this.uname = r.marker("UNAME").orElse("").strip();
    this.longBit = parseInt(r.marker("LONGBIT").orElse("").strip());
    this.cpus = parseInt(r.marker("CPUS").orElse("").strip());
    this.home = r.marker("HOME").orElse("").strip();
    this.shell = r.marker("SHELL").orElse("").strip();
    String xdg = r.marker("XDGCACHE").orElse("").strip();
    this.cacheHome = xdg.startsWith("/") ? xdg : home + "/.cache";
    this.usrLibGo = words(r.marker("USRLIB").orElse(""));
    this.sdk = words(r.marker("SDK").orElse(""));
    this.plainEnv = decodeEnv(r.marker("ENVHEX").orElse(""));
    this.loginEnv = decodeEnv(r.marker("LOGINENVHEX").orElse(""));
  }

  /**
   * Returns the number of online processors.
   *
   * @return the count, or 0 when the host did not say
   */
  public int cpus() {
    return cpus;
  }

  /**
   * Gathers the facts.
   *
   * @param shell the host's shell runner
   * @return the facts
   */
  public static HostFacts gather(RemoteShell shell) {
    RemoteShell.Result r = shell.run("probe host", SCRIPT);
    if (r.timedOut() || r.marker("HOME").isEmpty()) {
      throw new SshException(
          "Probing the host failed (exit code " + r.exitCode() + "): " + r.output(),
          shell.address(),
          "probe host",
          null);
    }
    return new HostFacts(r);
  }

  private static int parseInt(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static List<String> words(String s) {
    String t = s.strip();
    return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
  }

  /**
   * Decodes {@code od -An -tx1} output of {@code env -0} (or plain {@code env}) into variables.
   *
   * @param hex the hex digits
   * @return name to value, in output order, without the probing shell's own state
   */
  static Map<String, String> decodeEnv(String hex) {
    String h = hex.strip();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i + 1 < h.length(); i += 2) {
      bytes.write(Integer.parseInt(h.substring(i, i + 2), 16));
    }
    String all = bytes.toString(StandardCharsets.UTF_8);
    String sep = all.indexOf('\0') >= 0 ? "\0" : "\n";
    Map<String, String> env = new LinkedHashMap<>();
    for (String entry : all.split(sep)) {
      int eq = entry.indexOf('=');
      if (eq > 0 && !SHELL_STATE.contains(entry.substring(0, eq))) {
        env.put(entry.substring(0, eq), entry.substring(eq + 1));
      }
    }
    return env;
  }

  /**
   * Returns {@code uname -s -m}.
   *
   * @return e.g. {@code Linux aarch64}
   */
  public String uname() {
    return uname;
  }

  /**
   * Returns the host platform as a Go target.
   *
   * @return the target, or empty when uname names a pair Go does not know
   */
  public Optional<Target> platform() {
    return Uname.toTarget(uname, longBit);
  }

  /**
   * Returns the user's home directory on the host.
   *
   * @return e.g. {@code /home/builder}
   */
  public String home() {
    return home;
  }

  /**
   * Returns the user's login shell.
   *
   * @return e.g. {@code /bin/bash}; empty when SHELL is unset
   */
  public String shell() {
    return shell;
  }

  /**
   * Returns the user's cache directory, as Go's {@code os.UserCacheDir} finds it on Unix.
   *
   * @return {@code $XDG_CACHE_HOME} when absolute, else {@code $HOME/.cache}
   */
  public String cacheHome() {
    return cacheHome;
  }

  /**
   * Lists {@code /usr/lib} entries starting with {@code go}.
   *
   * @return e.g. {@code [go, go-1.23]}
   */
  public List<String> usrLibGo() {
    return usrLibGo;
  }

  /**
   * Lists {@code ~/sdk}.
   *
   * @return e.g. {@code [go1.22.4]}
   */
  public List<String> sdk() {
    return sdk;
  }

  /**
   * Returns the environment of a plain (non-login) command, what {@code ssh host cmd} sees.
   *
   * @return name to value
   */
  public Map<String, String> plainEnv() {
    return plainEnv;
  }

  /**
   * Returns the environment of a login shell ({@code $SHELL -lc}).
   *
   * @return name to value; empty when the login shell could not be run
   */
  public Map<String, String> loginEnv() {
    return loginEnv;
  }
}
