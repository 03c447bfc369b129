package io.github.gocrossbuild.ssh.internal.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Reads an ssh config file for one alias the way {@code ssh} does: {@code Include} (globs, relative
 * names under {@code ~/.ssh}, nested, at most {@value #MAX_DEPTH} deep), {@code Host} and {@code
 * Match} blocks, the first value of each keyword winning ({@code IdentityFile} accumulating).
 */
public final class SshConfigReader {
  /** The deepest {@code Include} nesting, OpenSSH's {@code READCONF_MAX_DEPTH}. */
  public static final int MAX_DEPTH = 16;

  /** The largest config file read; ssh configs are a few kilobytes. */
  public static final long MAX_FILE_BYTES = 1 << 20;

  private final Path sshDir;
  private final String localUser;
  private final String alias;
  private final SshConfigValues values;
  private final Deque<Path> stack = new ArrayDeque<>();
  private boolean active;

  private SshConfigReader(Path sshDir, String localUser, String alias, Optional<String> user) {
    this.sshDir = sshDir;
    this.localUser = localUser;
    this.alias = alias;
    this.values = new SshConfigValues(alias, user);
  }

  /**
   * Reads the settings that apply to an alias.
   *
   * @param file the config file; a missing one gives no settings
   * @param alias the name after {@code ssh}
   * @param sshDir the directory relative {@code Include} names are under ({@code ~/.ssh})
   * @param localUser the local user name ({@code Match localuser}, the default remote user)
   * @return the settings, first value of each keyword
   * @throws io.github.gocrossbuild.ssh.SshConfigException naming file, line and keyword
   */
  public static SshConfigValues read(Path file, String alias, Path sshDir, String localUser) {
    return read(file, alias, sshDir, localUser, Optional.empty());
  }

  /**
   * Reads the settings that apply to an alias reached with a given user, like {@code ssh -l user
   * alias}: {@code Match user} sees that user from the start.
   *
   * @param file the config file; a missing one gives no settings
   * @param alias the name after {@code ssh}
   * @param sshDir the directory relative {@code Include} names are under ({@code ~/.ssh})
   * @param localUser the local user name ({@code Match localuser}, the default remote user)
   * @param user the user given outside the file (a ProxyJump hop's {@code user@}), if any
   * @return the settings, first value of each keyword
   * @throws io.github.gocrossbuild.ssh.SshConfigException naming file, line and keyword
   */
  public static SshConfigValues read(
      Path file, String alias, Path sshDir, String localUser, Optional<String> user) {
    SshConfigReader r = new SshConfigReader(sshDir, localUser, alias, user);
    if (Files.exists(file)) {
      r.active = true;
      r.readFile(file, false, null);
    }
    return r.values;
  }

  private void readFile(Path file, boolean neverMatch, ConfigLine includedBy) {
    Path real = realPath(file, includedBy);
    if (stack.contains(real)) {
      throw ConfigErrors.at(
          alias,
          includedBy.file(),
          includedBy.line(),
          includedBy.keyword(),
          "Include loop: %s is already being read (%s); remove the Include that leads back to it",
          file,
          String.join(" -> ", stack.stream().map(Path::toString).toList()));
    }
    if (stack.size() >= MAX_DEPTH) {
      throw ConfigErrors.at(
          alias,
          includedBy.file(),
          includedBy.line(),
          includedBy.keyword(),
          "Include nested more than %d deep (as in OpenSSH); flatten the includes",
          MAX_DEPTH);
    }
    if (includedBy != null || file.equals(sshDir.resolve("config"))) {
      checkPermissions(file, includedBy);
    }
    stack.push(real);
    try {
      List<String> lines = lines(file, includedBy);
      for (int i = 0; i < lines.size(); i++) {
        int n = i + 1;
        ConfigLine.parse(lines.get(i), file, n, alias).ifPresent(l -> apply(l, neverMatch));
      }
    } finally {
      stack.pop();
    }
  }

  private void apply(ConfigLine l, boolean neverMatch) {
    switch (l.key()) {
      case "host" -> active = !neverMatch && Patterns.host(alias, l.args());
      case "match" -> {
        boolean matched = MatchLine.matches(l, alias, values, localUser, neverMatch);
        active = !neverMatch && matched;
      }
      case "include" -> include(l, neverMatch);
      default -> {
        if (!Keywords.KNOWN.contains(l.key())) {
          if (values.ignoresUnknown(l.key())) {
            return;
          }
          throw ConfigErrors.at(
              alias,
              l,
              "Bad configuration option: %s (ssh refuses it too); fix the spelling, or list it"
                  + " in IgnoreUnknown",
              l.keyword());
        }
        if (l.key().equals("proxyjump") && !l.args().get(0).equalsIgnoreCase("none")) {
          // Checked on every line, as ssh does, so a typo fails for every alias.
          JumpHop.parse(alias, l, String.join(" ", l.args()));
        }
        if (active) {
          values.offer(l);
        }
      }
    }
  }

  private void include(ConfigLine l, boolean neverMatch) {
    boolean outer = active;
    for (String arg : l.args()) {
      for (Path f : glob(Tokens.tilde(arg), l)) {
        if (Files.isDirectory(f)) {
          continue;
        }
        readFile(f, neverMatch || !outer, l);
        active = outer;
      }
    }
  }

  /** Expands one Include word: relative to ~/.ssh, {@code *}/{@code ?} in the last name only. */
  private List<Path> glob(String word, ConfigLine l) {
    Path p;
    try {
      p = sshDir.resolve(word);
    } catch (InvalidPathException e) {
      throw ConfigErrors.at(alias, l, "Include \"%s\" is not a path", word);
    }
    Path dir = p.getParent();
    if (dir == null || p.getFileName() == null) {
      return List.of();
    }
    String name = p.getFileName().toString();
    if (dir.toString().contains("*") || dir.toString().contains("?")) {
      throw ConfigErrors.at(
          alias,
          l,
          "Include \"%s\" has a wildcard in a directory name, which this reader does not expand;"
              + " use wildcards in the file name only",
          word);
    }
    if (!name.contains("*") && !name.contains("?")) {
      return Files.exists(p) ? List.of(p) : List.of();
    }
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        String fn = f.getFileName().toString();
        if (Patterns.glob(fn, name) && (!fn.startsWith(".") || name.startsWith("."))) {
          out.add(f);
        }
      }
    } catch (IOException e) {
      throw ConfigErrors.at(alias, l, "cannot list %s for Include: %s", dir, e);
    }
    out.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    return out;
  }

  /** As ssh checks ~/.ssh/config and every included file: whoever can write it can reroute you. */
  private void checkPermissions(Path file, ConfigLine includedBy) {
    PosixFileAttributes a;
    try {
      a = Files.readAttributes(file, PosixFileAttributes.class);
    } catch (UnsupportedOperationException e) {
      return; // Windows: the profile directory is private there.
    } catch (IOException e) {
      throw unreadable(file, includedBy, e);
    }
    String owner = a.owner().getName();
    boolean writable =
        a.permissions().contains(PosixFilePermission.GROUP_WRITE)
            || a.permissions().contains(PosixFilePermission.OTHERS_WRITE);
    if (writable || !(owner.equals("root") || owner.equals(localUser))) {
      throw ConfigErrors.at(
          alias,
          includedBy == null ? file : includedBy.file(),
          includedBy == null ? 0 : includedBy.line(),
          includedBy == null ? "" : includedBy.keyword(),
          "bad owner or permissions on %s (owner %s, %s): whoever can write it can send your"
              + " connections elsewhere, so ssh refuses it too; `chown %s` it and `chmod go-w` it",
          file,
          owner,
          PosixFilePermissions.toString(a.permissions()),
          localUser);
    }
  }

  private Path realPath(Path file, ConfigLine includedBy) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      throw unreadable(file, includedBy, e);
    }
  }

  private List<String> lines(Path file, ConfigLine includedBy) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      throw unreadable(file, includedBy, e);
    }
    if (bytes.length > MAX_FILE_BYTES) {
      throw ConfigErrors.at(
          alias,
          file,
          0,
          "",
          "the file is larger than %d bytes, far more than any ssh config; is it the right file?",
          MAX_FILE_BYTES);
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw ConfigErrors.at(
            alias,
            file,
            1 + countNewlines(bytes, i),
            "",
            "a NUL byte: this is a binary file, not an ssh config; point at the config file");
      }
    }
    return List.of(new String(bytes, StandardCharsets.UTF_8).split("\n", -1));
  }

  private static int countNewlines(byte[] bytes, int end) {
    int n = 0;
    for (int i = 0; i < end; i++) {
      n += bytes[i] == '\n' ? 1 : 0;
    }
    return n;
  }

  private RuntimeException unreadable(Path file, ConfigLine includedBy, IOException e) {
    String why = e instanceof NoSuchFileException ? "it does not exist" : e.toString();
    if (includedBy == null) {
      return ConfigErrors.at(alias, file, 0, "", "cannot read the file (%s)", why);
    }
    return ConfigErrors.at(alias, includedBy, "cannot read included file %s (%s)", file, why);
  }
}
