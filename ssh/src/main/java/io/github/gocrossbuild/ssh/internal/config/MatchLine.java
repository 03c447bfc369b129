package io.github.gocrossbuild.ssh.internal.config;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Evaluates a {@code Match} line as OpenSSH's {@code match_cfg_line} does, for the criteria that
 * need no command and no second pass: {@code host} (the {@code HostName} set so far, else the
 * alias), {@code originalhost}, {@code user} (the {@code User} set so far, else the local user),
 * {@code localuser}, {@code tagged} and {@code all}, each negatable with {@code !}. {@code exec},
 * {@code canonical}, {@code final}, {@code localnetwork}, {@code command}, {@code sessiontype} and
 * {@code version} are refused when they would decide the outcome.
 */
final class MatchLine {
  private static final Set<String> REFUSED =
      Set.of("exec", "localnetwork", "command", "sessiontype", "version");

  private MatchLine() {}

  static boolean matches(
      ConfigLine l, String alias, SshConfigValues values, String localUser, boolean neverMatch) {
    List<String> args = l.args();
    boolean result = true;
    int attributes = 0;
    for (int i = 0; i < args.size(); i++) {
      String oattrib = args.get(i);
      boolean negate = oattrib.startsWith("!");
      String attrib = (negate ? oattrib.substring(1) : oattrib).toLowerCase(Locale.ROOT);
      if (attrib.equals("all")) {
        if (attributes > 1 || i + 1 < args.size()) {
          throw ConfigErrors.at(
              alias, l, "'%s' cannot be combined with other Match attributes", oattrib);
        }
        return result && !negate;
      }
      attributes++;
      if (attrib.equals("canonical") || attrib.equals("final")) {
        if (result && !neverMatch) {
          throw ConfigErrors.unsupported(
              alias,
              l,
              "Match "
                  + attrib
                  + " depends on a second pass over the file after host name canonicalisation,"
                  + " which this reader does not make; use Match host/originalhost instead");
        }
        continue;
      }
      if (i + 1 >= args.size()) {
        throw ConfigErrors.at(alias, l, "missing Match criteria for %s", oattrib);
      }
      String arg = args.get(++i);
      Boolean r =
          switch (attrib) {
            case "host" -> Patterns.list(values.hostNameSoFar(), arg, true);
            case "originalhost" -> Patterns.list(alias, arg, true);
            case "user" -> Patterns.list(values.userSoFar(localUser), arg, false);
            case "localuser" -> Patterns.list(localUser, arg, false);
            case "tagged" -> Patterns.list(values.tag(), arg, false);
            default -> null;
          };
      if (r == null) {
        if (!REFUSED.contains(attrib)) {
          throw ConfigErrors.at(
              alias, l, "unsupported Match attribute %s; ssh refuses it too", oattrib);
        }
        if (result && !neverMatch) {
          throw refused(alias, l, attrib);
        }
        continue;
      }
      if (r == negate) {
        result = false;
      }
    }
    if (attributes == 0) {
      throw ConfigErrors.at(alias, l, "one or more attributes are required for Match");
    }
    return result;
  }

  private static RuntimeException refused(String alias, ConfigLine l, String attrib) {
    return switch (attrib) {
      case "exec" ->
          ConfigErrors.unsupported(
              alias,
              l,
              "Match exec runs a local command to decide which settings apply, and this library"
                  + " runs no local commands; match on host, originalhost or user instead");
      default ->
          ConfigErrors.unsupported(
              alias,
              l,
              "Match "
                  + attrib
                  + " depends on facts this library does not evaluate; match on host,"
                  + " originalhost or user instead");
    };
  }
}
