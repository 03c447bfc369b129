package io.github.gocrossbuild.ssh.internal.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings that apply to one alias, each with the line it came from: the first value of each
 * keyword, every {@code IdentityFile}, and one slot shared by {@code ProxyJump} and {@code
 * ProxyCommand} (OpenSSH keeps whichever comes first). Typed getters check the values.
 */
public final class SshConfigValues {
  private static final Pattern TIME = Pattern.compile("(\\d+)([smhdw]?)", Pattern.CASE_INSENSITIVE);

  private final String alias;
  private final Optional<String> givenUser;
  private final Map<String, ConfigLine> first = new HashMap<>();
  private final List<ConfigLine> identityFiles = new ArrayList<>();

  SshConfigValues(String alias, Optional<String> givenUser) {
    this.alias = alias;
    this.givenUser = givenUser;
  }

  void offer(ConfigLine l) {
    String key = l.key();
    if (key.equals("identityfile")) {
      identityFiles.add(l);
    } else if (key.equals("proxyjump") || key.equals("proxycommand")) {
      first.putIfAbsent("proxy", l);
    } else {
      first.putIfAbsent(key, l);
    }
  }

  /**
   * Returns the alias the values are for.
   *
   * @return the name after {@code ssh}
   */
  public String alias() {
    return alias;
  }

  /**
   * Returns the line that set a keyword.
   *
   * @param key the keyword in lower case; {@code proxy} for ProxyJump/ProxyCommand
   * @return the winning line
   */
  public Optional<ConfigLine> line(String key) {
    return Optional.ofNullable(first.get(key));
  }

  /**
   * Returns the first word of a keyword's winning value.
   *
   * @param key the keyword in lower case
   * @return the value as written
   */
  public Optional<String> value(String key) {
    return line(key).map(l -> l.args().get(0));
  }

  /**
   * Returns the {@code IdentityFile} lines in order.
   *
   * @return every line that applied
   */
  public List<ConfigLine> identityFiles() {
    return List.copyOf(identityFiles);
  }

  String hostNameSoFar() {
    return value("hostname").map(h -> h.replace("%h", alias)).orElse(alias);
  }

  String userSoFar(String localUser) {
    return givenUser.or(() -> value("user")).orElse(localUser);
  }

  String tag() {
    return value("tag").orElse("");
  }

  boolean ignoresUnknown(String key) {
    return value("ignoreunknown").map(p -> Patterns.list(key, p, true)).orElse(false);
  }

  /**
   * Returns {@code Port}.
   *
   * @return 1..65535, empty when not set
   */
  public OptionalInt port() {
    Optional<ConfigLine> l = line("port");
    if (l.isEmpty()) {
      return OptionalInt.empty();
    }
    String v = l.get().args().get(0);
    try {
      int p = Integer.parseInt(v);
      if (p >= 1 && p <= 65535) {
        return OptionalInt.of(p);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ConfigErrors.at(alias, l.get(), "Port \"%s\" is not a port number (1..65535)", v);
  }

  /**
   * Returns a yes/no keyword.
   *
   * @param key the keyword in lower case
   * @return the value, empty when not set
   */
  public Optional<Boolean> yesNo(String key) {
    Optional<ConfigLine> l = line(key);
    if (l.isEmpty()) {
      return Optional.empty();
    }
    return switch (l.get().args().get(0).toLowerCase(Locale.ROOT)) {
      case "yes", "true" -> Optional.of(true);
      case "no", "false" -> Optional.of(false);
      default ->
          throw ConfigErrors.at(
              alias,
              l.get(),
              "%s \"%s\" is neither yes nor no",
              l.get().keyword(),
              l.get().args().get(0));
    };
  }

  /**
   * Returns a time keyword in OpenSSH's format ({@code 30}, {@code 1m30s}, {@code 2h}).
   *
   * @param key the keyword in lower case
   * @return the duration, empty when not set or {@code none}
   */
  public Optional<Duration> duration(String key) {
    Optional<ConfigLine> l = line(key);
    if (l.isEmpty() || l.get().args().get(0).equalsIgnoreCase("none")) {
      return Optional.empty();
    }
    String v = l.get().args().get(0);
    Matcher m = TIME.matcher(v);
    long seconds = 0;
    int at = 0;
    while (at < v.length() && m.find(at) && m.start() == at) {
      long n = Long.parseLong(m.group(1).length() > 9 ? "999999999" : m.group(1));
      seconds += n * unit(m.group(2));
      at = m.end();
    }
    if (v.isEmpty() || at != v.length()) {
      throw ConfigErrors.at(
          alias,
          l.get(),
          "%s \"%s\" is not a time; write seconds (30) or a span like 1m30s",
          l.get().keyword(),
          v);
    }
    return Optional.of(Duration.ofSeconds(seconds));
  }

  private static long unit(String u) {
    return switch (u.toLowerCase(Locale.ROOT)) {
      case "m" -> 60;
      case "h" -> 3600;
      case "d" -> 86400;
      case "w" -> 604800;
      default -> 1;
    };
  }

  /**
   * Returns a non-negative integer keyword.
   *
   * @param key the keyword in lower case
   * @return the number, empty when not set
   */
  public OptionalInt count(String key) {
    Optional<ConfigLine> l = line(key);
    if (l.isEmpty()) {
      return OptionalInt.empty();
    }
    String v = l.get().args().get(0);
    if (!v.matches("\\d{1,9}")) {
      throw ConfigErrors.at(
          alias, l.get(), "%s \"%s\" is not a whole number", l.get().keyword(), v);
    }
    return OptionalInt.of(Integer.parseInt(v));
  }
}
