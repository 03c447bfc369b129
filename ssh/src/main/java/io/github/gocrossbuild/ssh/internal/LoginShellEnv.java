package io.github.gocrossbuild.ssh.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment the VS Code Server resolves on a host and where each variable was set. VS Code
 * runs the user's shell as {@code $SHELL -i -l -c} with {@code VSCODE_RESOLVING_ENVIRONMENT=1} and
 * takes the environment it prints; under Remote-SSH that shell inherits sshd's session, so {@code
 * $SSH_CONNECTION} is set. The same shell runs here with {@code -x} and {@code PS4} naming {@code
 * ${BASH_SOURCE}:${LINENO}}, so bash's trace tells which file and line assigned each variable.
 *
 * <p>Only bash traces that way; other shells give the values without files. Bash run as root does
 * not take PS4 from the environment, so a root login gives values without files too.
 */
public final class LoginShellEnv {
  static final String PS4 = "+${BASH_SOURCE}:${LINENO}: ";

  /** A bash trace line: nesting pluses, the source file, the line, the command. */
  private static final Pattern TRACE = Pattern.compile("^\\++([^:]*):(\\d+): (.*)$");

  private static final Pattern NAME =
      Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)=.*", Pattern.DOTALL);

  private static final List<String> DECLARE =
      List.of("export", "declare", "typeset", "readonly", "local");

  private final Map<String, String> env;
  private final Map<String, String> origins;

  private LoginShellEnv(Map<String, String> env, Map<String, String> origins) {
    this.env = env;
    this.origins = origins;
  }

  /**
   * Runs the login shell on the host as the VS Code Server would, traced.
   *
   * @param shell the host's shell runner
   * @param facts the host facts (the shell, home and the session's plain environment)
   * @return the environment and its origins
   */
  public static LoginShellEnv resolve(RemoteShell shell, HostFacts facts) {
    String login = facts.shell().isEmpty() ? "/bin/sh" : facts.shell();
    Map<String, String> session = new LinkedHashMap<>(facts.plainEnv());
    session.put("VSCODE_RESOLVING_ENVIRONMENT", "1");
    session.put("PS4", PS4);
    String inner = "set +x; printf '\\n@@GCB-LOGINENV %s\\n' \"$(" + HostFacts.HEX_ENV + ")\"";
    String script =
        "cd \"$HOME\" 2>/dev/null\n"
            + ShellQuote.envCommand(session, List.of(login, "-ilxc", inner))
            + " </dev/null";
    RemoteShell.Result r = shell.run("resolve login shell environment", script);
    LoginShellEnv traced = parse(r.text(), facts.home(), login);
    if (!traced.env.isEmpty()) {
      return traced;
    }
    // A shell that cannot run "-ilxc" (fish) printed nothing: fall back to its "-lc" environment
    // from the probe, or the session's, without files.
    Map<String, String> env = facts.loginEnv().isEmpty() ? facts.plainEnv() : facts.loginEnv();
    Map<String, String> origins = new LinkedHashMap<>();
    env.keySet().forEach(k -> origins.put(k, "process environment (the VS Code Server's)"));
    return new LoginShellEnv(env, origins);
  }

  /**
   * Reads the traced run: the environment after its marker, each variable's last assignment.
   *
   * @param text the output, trace and marker lines
   * @param home the user's home, written {@code ~} in origins
   * @param login the shell, for origins of variables no file set
   * @return the environment
   */
  static LoginShellEnv parse(String text, String home, String login) {
    Map<String, String> where = new LinkedHashMap<>();
    String hex = "";
    for (String line : text.split("\n")) {
      if (line.startsWith(RemoteShell.MARKER + "LOGINENV ")) {
        hex = line.substring(RemoteShell.MARKER.length() + 9);
        continue;
      }
      Matcher t = TRACE.matcher(line);
      if (!t.matches() || t.group(1).isEmpty()) {
        continue;
      }
      List<String> words = words(t.group(3));
      if (words.size() == 2 && words.get(0).equals("unset")) {
        where.remove(words.get(1));
      }
      for (String name : assigned(words)) {
        where.put(name, file(t.group(1), home) + " line " + t.group(2));
      }
    }
    Map<String, String> env = HostFacts.decodeEnv(hex);
    env.remove("PS4");
    env.remove("VSCODE_RESOLVING_ENVIRONMENT");
    Map<String, String> origins = new LinkedHashMap<>();
    String shellName = login.substring(login.lastIndexOf('/') + 1);
    env.keySet()
        .forEach(
            k ->
                origins.put(
                    k,
                    where.containsKey(k)
                        ? where.get(k) + " (login shell " + shellName + " -il)"
                        : "process environment (the VS Code Server's, from sshd and "
                            + shellName
                            + " -il)"));
    return new LoginShellEnv(env, origins);
  }

  /**
   * Names the variables a traced command assigns: {@code export A=1 B=2}, {@code A=1}; not {@code
   * A=1 cmd}, which sets A for cmd only.
   */
  static List<String> assigned(List<String> words) {
    List<String> out = new ArrayList<>();
    if (words.isEmpty()) {
      return out;
    }
    boolean declare = DECLARE.contains(words.get(0));
    for (String w : declare ? words.subList(1, words.size()) : words) {
      Matcher m = NAME.matcher(w);
      if (m.matches()) {
        out.add(m.group(1));
      } else if (!declare) {
        return List.of();
      }
    }
    return out;
  }

  /** Splits a command as bash's trace quotes it: single quotes, {@code '\''} inside them. */
  static List<String> words(String command) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < command.length(); i++) {
      char c = command.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
        any = true;
      } else if (c == '\\' && !quoted && i + 1 < command.length()) {
        word.append(command.charAt(++i));
      } else if (c == ' ' && !quoted) {
        if (any || word.length() > 0) {
          out.add(word.toString());
        }
        word.setLength(0);
        any = false;
      } else {
        word.append(c);
      }
    }
    if (any || word.length() > 0) {
      out.add(word.toString());
    }
    return out;
  }

  private static String file(String source, String home) {
    return !home.isEmpty() && source.startsWith(home + "/")
        ? "~" + source.substring(home.length())
        : source;
  }

  /**
   * Returns the environment.
   *
   * @return name to value
   */
  public Map<String, String> env() {
    return env;
  }

  /**
   * Returns where each variable was set.
   *
   * @return name to e.g. {@code ~/.bashrc line 12 (login shell bash -il)}
   */
  public Map<String, String> origins() {
    return origins;
  }
}
