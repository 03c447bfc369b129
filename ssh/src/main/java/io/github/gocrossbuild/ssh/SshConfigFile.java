package io.github.gocrossbuild.ssh;

import io.github.gocrossbuild.ssh.internal.config.ConfigErrors;
import io.github.gocrossbuild.ssh.internal.config.ConfigLine;
import io.github.gocrossbuild.ssh.internal.config.JumpHop;
import io.github.gocrossbuild.ssh.internal.config.Refusals;
import io.github.gocrossbuild.ssh.internal.config.SshConfigReader;
import io.github.gocrossbuild.ssh.internal.config.SshConfigValues;
import io.github.gocrossbuild.ssh.internal.config.Tokens;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what {@link SshConfigReader} found for an alias into an {@link SshHost.Builder}: tokens
 * expanded where OpenSSH expands them, jump hosts resolved through the same file, the host key
 * policy never weaker than strict unless the file says {@code accept-new}.
 */
final class SshConfigFile {
  /** The longest chain of jump hosts followed through the config, to stop a ProxyJump loop. */
  static final int MAX_HOPS = 8;

  private SshConfigFile() {}

  /**
   * Returns the user's ssh config file.
   *
   * @return {@code ~/.ssh/config}
   */
  static Path userConfig() {
    return sshDir().resolve("config");
  }

  private static Path sshDir() {
    return Path.of(System.getProperty("user.home", "."), ".ssh");
  }

  private static String localUser() {
    return System.getProperty("user.name", "root");
  }

  /**
   * Resolves an alias.
   *
   * @param alias the name after {@code ssh}
   * @param file the config file
   * @return a builder with the alias's settings
   */
  static SshHost.Builder resolve(String alias, Path file) {
    return resolve(alias, file, Optional.empty(), null, new ArrayList<>());
  }

  /**
   * Resolves an alias or a jump host.
   *
   * @param via the aliases whose ProxyJump led here; null for a later hop of a chain, whose own
   *     ProxyJump OpenSSH overrides with the hops before it
   */
  private static SshHost.Builder resolve(
      String alias, Path file, Optional<String> user, Integer port, List<String> via) {
    SshConfigValues v = SshConfigReader.read(file, alias, sshDir(), localUser(), user);
    Refusals.check(v);
    SshHost.Builder b = SshHost.builder();
    String hostName =
        v.line("hostname")
            .map(l -> Tokens.percent(alias, l, l.args().get(0), Map.of('h', alias)))
            .orElse(alias)
            .toLowerCase(Locale.ROOT);
    b.host(hostName);
    int p = port != null ? port : v.port().orElse(22);
    b.port(p);
    Map<Character, String> forUser =
        Map.of('h', hostName, 'n', alias, 'p', String.valueOf(p), 'u', localUser(), 'd', home());
    String remoteUser =
        user.orElseGet(
            () ->
                v.line("user")
                    .map(l -> Tokens.percent(alias, l, l.args().get(0), forUser))
                    .orElse(localUser()));
    b.user(remoteUser);
    Map<Character, String> tokens =
        Map.of(
            'h',
            hostName,
            'n',
            alias,
            'p',
            String.valueOf(p),
            'u',
            localUser(),
            'd',
            home(),
            'r',
            remoteUser);
    for (ConfigLine l : v.identityFiles()) {
      b.identityFile(Path.of(path(alias, l, tokens)));
    }
    v.yesNo("identitiesonly").ifPresent(b::identitiesOnly);
    v.duration("connecttimeout").filter(d -> !d.isZero()).ifPresent(b::connectTimeout);
    v.duration("serveraliveinterval").ifPresent(b::keepAlive);
    v.count("serveralivecountmax").ifPresent(n -> b.keepAliveCountMax(Math.max(1, n)));
    v.yesNo("hashknownhosts").ifPresent(b::hashKnownHosts);
    v.line("userknownhostsfile").ifPresent(l -> b.knownHosts(knownHosts(alias, l, tokens)));
    v.line("stricthostkeychecking").ifPresent(l -> b.hostKeyPolicy(policy(alias, l)));
    v.line("identityagent").ifPresent(l -> agent(alias, l, tokens, b));
    v.line("proxy")
        .filter(l -> via != null && !l.args().get(0).equalsIgnoreCase("none"))
        .ifPresent(l -> jumps(alias, file, l, tokens, via, b));
    return b;
  }

  private static void jumps(
      String alias,
      Path file,
      ConfigLine l,
      Map<Character, String> tokens,
      List<String> via,
      SshHost.Builder b) {
    Map<Character, String> jumpTokens =
        Map.of('h', tokens.get('h'), 'n', alias, 'p', tokens.get('p'), 'r', tokens.get('r'));
    String value = Tokens.percent(alias, l, String.join(" ", l.args()), jumpTokens);
    List<JumpHop> hops = JumpHop.parse(alias, l, value);
    List<String> chain = new ArrayList<>(via);
    chain.add(alias);
    if (chain.size() > MAX_HOPS || chain.contains(hops.get(0).host())) {
      throw ConfigErrors.at(
          alias,
          l,
          "ProxyJump leads round a loop or more than %d hops deep (%s -> %s); give each jump host"
              + " a ProxyJump that does not lead back",
          MAX_HOPS,
          String.join(" -> ", chain),
          hops.get(0).host());
    }
    for (int i = 0; i < hops.size(); i++) {
      JumpHop h = hops.get(i);
      Integer hopPort = h.port().isPresent() ? h.port().getAsInt() : null;
      SshHost built = resolve(h.host(), file, h.user(), hopPort, i == 0 ? chain : null).build();
      if (i == 0) {
        b.addAllProxyJump(built.proxyJump());
      }
      b.addProxyJump(SshHost.builder().from(built).proxyJump(List.of()).build());
    }
  }

  private static String path(String alias, ConfigLine l, Map<Character, String> tokens) {
    String expanded = Tokens.percent(alias, l, l.args().get(0), tokens);
    return Tokens.tilde(Tokens.env(alias, l, expanded, System::getenv));
  }

  private static Path knownHosts(String alias, ConfigLine l, Map<Character, String> tokens) {
    if (l.args().get(0).equalsIgnoreCase("none")) {
      throw ConfigErrors.unsupported(
          alias,
          l,
          "without a known_hosts file no host key can be verified; name a file, or choose"
              + " HostKeyPolicy.pinned(...) on the builder");
    }
    return Path.of(path(alias, l, tokens));
  }

  private static HostKeyPolicy policy(String alias, ConfigLine l) {
    return switch (l.args().get(0).toLowerCase(Locale.ROOT)) {
      case "accept-new" -> HostKeyPolicy.acceptNew();
      // "no" and "off" are not honoured: the library never weakens the check on a file's say-so.
      case "yes", "true", "ask", "no", "false", "off" -> HostKeyPolicy.strict();
      default ->
          throw ConfigErrors.at(
              alias,
              l,
              "StrictHostKeyChecking \"%s\" is not yes, ask, accept-new, no or off",
              l.args().get(0));
    };
  }

  private static void agent(
      String alias, ConfigLine l, Map<Character, String> tokens, SshHost.Builder b) {
    String v = l.args().get(0);
    if (v.equalsIgnoreCase("none")) {
      b.agent(false);
    } else if (v.equals("SSH_AUTH_SOCK")) {
      b.agent(true);
    } else if (v.startsWith("$") && !v.startsWith("${")) {
      String sock = System.getenv(v.substring(1));
      if (sock == null || sock.isEmpty()) {
        b.agent(false);
      } else {
        b.identityAgent(Path.of(sock));
      }
    } else {
      b.identityAgent(Path.of(path(alias, l, tokens)));
    }
  }

  private static String home() {
    return System.getProperty("user.home", ".");
  }

  /**
   * Reads {@code HashKnownHosts} for a host name, as {@code ssh} would for that name.
   *
   * @param hostName the name as given to ssh
   * @param file the config file; missing or unreadable means no answer
   * @return the setting, or empty when the file does not set it
   */
  static Optional<Boolean> hashKnownHosts(String hostName, Path file) {
    try {
      return SshConfigReader.read(file, hostName, sshDir(), localUser()).yesNo("hashknownhosts");
    } catch (SshConfigException e) {
      return Optional.empty();
    }
  }
}
