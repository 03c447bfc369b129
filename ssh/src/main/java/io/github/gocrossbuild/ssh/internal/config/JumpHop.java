package io.github.gocrossbuild.ssh.internal.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One hop of a {@code ProxyJump} value: {@code [user@]host[:port]}, {@code [user@][v6]:port} or
 * {@code ssh://[user@]host[:port]}.
 *
 * @param user the user, empty to take the hop's own config
 * @param host the host name or alias
 * @param port the port, empty to take the hop's own config
 */
public record JumpHop(Optional<String> user, String host, OptionalInt port) {

  /**
   * Splits a {@code ProxyJump} value into hops, first hop first.
   *
   * @param alias the alias being resolved, for errors
   * @param l the line
   * @param value the value with tokens expanded
   * @return the hops
   * @throws io.github.gocrossbuild.ssh.SshConfigException for a hop that is not {@code
   *     [user@]host[:port]}
   */
  public static List<JumpHop> parse(String alias, ConfigLine l, String value) {
    List<JumpHop> out = new ArrayList<>();
    for (String part : value.split(",", -1)) {
      out.add(one(alias, l, part.strip()));
    }
    return out;
  }

  private static JumpHop one(String alias, ConfigLine l, String s) {
    String rest = s.startsWith("ssh://") ? stripSlash(s.substring("ssh://".length())) : s;
    Optional<String> user = Optional.empty();
    int at = rest.lastIndexOf('@');
    if (at >= 0) {
      user = Optional.of(rest.substring(0, at));
      rest = rest.substring(at + 1);
    }
    String host = rest;
    String port = null;
    if (rest.startsWith("[")) {
      int close = rest.indexOf(']');
      if (close < 0) {
        throw bad(alias, l, s);
      }
      host = rest.substring(1, close);
      String after = rest.substring(close + 1);
      if (!after.isEmpty()) {
        if (!after.startsWith(":")) {
          throw bad(alias, l, s);
        }
        port = after.substring(1);
      }
    } else if (rest.indexOf(':') >= 0) {
      if (rest.indexOf(':') != rest.lastIndexOf(':')) {
        throw bad(alias, l, s);
      }
      host = rest.substring(0, rest.indexOf(':'));
      port = rest.substring(rest.indexOf(':') + 1);
    }
    if (host.isEmpty()
        || user.map(String::isEmpty).orElse(false)
        || host.chars().anyMatch(c -> Character.isWhitespace(c) || c == '@' || c == '/')) {
      throw bad(alias, l, s);
    }
    OptionalInt p = OptionalInt.empty();
    if (port != null) {
      if (!port.matches("\\d{1,5}")
          || Integer.parseInt(port) < 1
          || Integer.parseInt(port) > 65535) {
        throw bad(alias, l, s);
      }
      p = OptionalInt.of(Integer.parseInt(port));
    }
    return new JumpHop(user, host, p);
  }

  private static String stripSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  private static RuntimeException bad(String alias, ConfigLine l, String hop) {
    return ConfigErrors.at(
        alias,
        l,
        "ProxyJump hop \"%s\" is not [user@]host[:port]; separate several hops with commas",
        hop);
  }
}
