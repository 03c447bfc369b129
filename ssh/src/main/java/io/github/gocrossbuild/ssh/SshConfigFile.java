package io.github.gocrossbuild.ssh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the subset of OpenSSH's {@code ssh_config(5)} an SSH build host needs. As in OpenSSH, the
 * first value found for a keyword wins, and a {@code Host} line's patterns (with {@code *}, {@code
 * ?} and {@code !negation}) decide whether the following lines apply. It serves {@link
 * SshHost#fromSshConfig} and, through {@link SshBuildHost#connect}, the host key check's {@code
 * HashKnownHosts}.
 */
final class SshConfigFile {

  private SshConfigFile() {}

  /**
   * Returns the user's ssh config file.
   *
   * @return {@code ~/.ssh/config}
   */
  static Path userConfig() {
    return Path.of(System.getProperty("user.home", "."), ".ssh", "config");
  }

  /**
   * Sets the builder's values from the file for one alias.
   *
   * @param alias the alias after {@code ssh}
   * @param file the config file; a missing file sets just the host
   * @param builder the builder to fill
   */
  static void apply(String alias, Path file, SshHost.Builder builder) {
    Map<String, String> first = new HashMap<>();
    List<String> identities = new ArrayList<>();
    if (Files.isRegularFile(file)) {
      try {
        read(alias, Files.readAllLines(file, StandardCharsets.UTF_8), first, identities);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
      }
    }
    String home = System.getProperty("user.home", ".");
    builder.host(first.getOrDefault("hostname", alias).replace("%h", alias));
    if (first.containsKey("user")) {
      builder.user(first.get("user"));
    }
    if (first.containsKey("port")) {
      try {
        builder.port(Integer.parseInt(first.get("port")));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            file + ": Port \"" + first.get("port") + "\" for " + alias + " is not a number", e);
      }
    }
    for (String id : identities) {
      builder.identityFile(Path.of(tilde(id, home)));
    }
    if (first.containsKey("userknownhostsfile")) {
      builder.knownHosts(Path.of(tilde(first.get("userknownhostsfile").split("\\s+")[0], home)));
    }
    if (first.containsKey("hashknownhosts")) {
      builder.hashKnownHosts("yes".equalsIgnoreCase(first.get("hashknownhosts")));
    }
    if ("accept-new".equalsIgnoreCase(first.getOrDefault("stricthostkeychecking", ""))) {
      builder.hostKeyPolicy(HostKeyPolicy.acceptNew());
    }
  }

  /**
   * Reads {@code HashKnownHosts} for a host name, as {@code ssh} would for that name.
   *
   * @param hostName the name as given to ssh
   * @param file the config file; missing or unreadable means no answer
   * @return the setting, or empty when the file does not set it
   */
  static Optional<Boolean> hashKnownHosts(String hostName, Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Map<String, String> first = new HashMap<>();
    try {
      read(hostName, Files.readAllLines(file, StandardCharsets.UTF_8), first, new ArrayList<>());
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
    return Optional.ofNullable(first.get("hashknownhosts")).map("yes"::equalsIgnoreCase);
  }

  static void read(
      String alias, List<String> lines, Map<String, String> first, List<String> identities) {
    boolean applies = true;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] kv = line.split("(\\s*=\\s*|\\s+)", 2);
      String key = kv[0].toLowerCase(Locale.ROOT);
      String value = kv.length > 1 ? unquote(kv[1].strip()) : "";
      if (key.equals("host")) {
        applies = matches(alias, value.split("\\s+"));
      } else if (key.equals("match")) {
        // Match blocks need runtime facts (exec, user, ...); skip them rather than guess.
        applies = false;
      } else if (applies) {
        if (key.equals("identityfile")) {
          identities.add(value);
        } else {
          first.putIfAbsent(key, value);
        }
      }
    }
  }

  static boolean matches(String alias, String[] patterns) {
    boolean matched = false;
    for (String p : patterns) {
      boolean negated = p.startsWith("!");
      String glob = negated ? p.substring(1) : p;
      if (glob(glob).matcher(alias).matches()) {
        if (negated) {
          return false;
        }
        matched = true;
      }
    }
    return matched;
  }

  private static Pattern glob(String glob) {
    StringBuilder sb = new StringBuilder();
    for (char c : glob.toCharArray()) {
      if (c == '*') {
        sb.append(".*");
      } else if (c == '?') {
        sb.append('.');
      } else {
        sb.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE);
  }

  private static String unquote(String v) {
    return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")
        ? v.substring(1, v.length() - 1)
        : v;
  }

  private static String tilde(String path, String home) {
    if (path.equals("~")) {
      return home;
    }
    return path.startsWith("~/") ? home + path.substring(1) : path;
  }
}
