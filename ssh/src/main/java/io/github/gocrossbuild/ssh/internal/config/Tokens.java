package io.github.gocrossbuild.ssh.internal.config;

import java.util.Map;
import java.util.function.Function;

/**
 * OpenSSH's {@code %} tokens ({@code %h}, {@code %p}, {@code %r}, {@code %u}, {@code %n}, {@code
 * %d}, {@code %%}), {@code ${VAR}} environment references and a leading {@code ~}. An unknown token
 * or an unset variable is an error, as in {@code ssh}.
 */
public final class Tokens {
  private Tokens() {}

  /**
   * Replaces a leading {@code ~} or {@code ~/} with the home directory.
   *
   * @param path the path as written
   * @return the path with the home directory
   */
  public static String tilde(String path) {
    String home = System.getProperty("user.home", ".");
    if (path.equals("~")) {
      return home;
    }
    return path.startsWith("~/") ? home + path.substring(1) : path;
  }

  /**
   * Expands {@code %} tokens.
   *
   * @param alias the alias, for errors
   * @param l the line the value comes from
   * @param value the value
   * @param tokens the tokens this keyword accepts, without {@code %%}
   * @return the expanded value
   * @throws io.github.gocrossbuild.ssh.SshConfigException for a token the keyword does not accept
   */
  public static String percent(
      String alias, ConfigLine l, String value, Map<Character, String> tokens) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '%') {
        out.append(c);
        continue;
      }
      if (i + 1 >= value.length()) {
        throw ConfigErrors.at(alias, l, "\"%s\" ends with a lone %%; write %%%% for a %%", value);
      }
      char t = value.charAt(++i);
      if (t == '%') {
        out.append('%');
      } else if (tokens.containsKey(t)) {
        out.append(tokens.get(t));
      } else {
        throw ConfigErrors.at(
            alias,
            l,
            "unknown token %%%s in \"%s\" for %s; it accepts %s",
            t,
            value,
            l.keyword(),
            String.join(" ", tokens.keySet().stream().sorted().map(k -> "%" + k).toList()) + " %%");
      }
    }
    return out.toString();
  }

  /**
   * Expands {@code ${VAR}} references from the environment.
   *
   * @param alias the alias, for errors
   * @param l the line the value comes from
   * @param value the value
   * @param env the environment
   * @return the expanded value
   * @throws io.github.gocrossbuild.ssh.SshConfigException for an unset variable or an unclosed
   *     reference
   */
  public static String env(String alias, ConfigLine l, String value, Function<String, String> env) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < value.length()) {
      int start = value.indexOf("${", i);
      if (start < 0) {
        out.append(value, i, value.length());
        break;
      }
      int end = value.indexOf('}', start);
      if (end < 0) {
        throw ConfigErrors.at(alias, l, "\"%s\" has an unclosed ${", value);
      }
      String name = value.substring(start + 2, end);
      String v = env.apply(name);
      if (v == null) {
        throw ConfigErrors.at(
            alias, l, "environment variable ${%s} in \"%s\" is not set", name, value);
      }
      out.append(value, i, start).append(v);
      i = end + 1;
    }
    return out.toString();
  }
}
