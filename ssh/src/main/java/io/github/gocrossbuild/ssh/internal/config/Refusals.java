package io.github.gocrossbuild.ssh.internal.config;

import java.util.Locale;
import java.util.Optional;

/**
 * The settings that would change security or routing if they were quietly ignored: each one that
 * applies to the alias is an error naming its file, line and keyword, and what to do instead.
 */
public final class Refusals {
  private Refusals() {}

  /**
   * Throws for the first refused setting that applies.
   *
   * @param v the alias's settings
   * @throws io.github.gocrossbuild.ssh.SshConfigException naming the line
   */
  public static void check(SshConfigValues v) {
    String alias = v.alias();
    v.line("proxy")
        .filter(l -> l.key().equals("proxycommand") && !isNone(l))
        .ifPresent(
            l -> {
              throw ConfigErrors.unsupported(
                  alias,
                  l,
                  "it runs a local command to carry the connection, and this library runs no"
                      + " local commands; use ProxyJump (jump hosts are connected over SSH"
                      + " directly), or `ProxyCommand none` for this host");
            });
    v.line("remotecommand")
        .filter(l -> !isNone(l))
        .ifPresent(
            l -> {
              throw ConfigErrors.unsupported(
                  alias,
                  l,
                  "the library runs its own commands on the host; remove RemoteCommand for this"
                      + " host or set it only under a Host alias you use interactively");
            });
    if (v.yesNo("permitlocalcommand").orElse(false) && v.line("localcommand").isPresent()) {
      throw ConfigErrors.unsupported(
          alias,
          v.line("permitlocalcommand").orElseThrow(),
          "with LocalCommand it runs a local command after connecting, and this library runs no"
              + " local commands; set PermitLocalCommand no for this host");
    }
    v.line("canonicalizehostname")
        .filter(l -> !l.args().get(0).equalsIgnoreCase("no"))
        .ifPresent(
            l -> {
              throw ConfigErrors.unsupported(
                  alias,
                  l,
                  "canonicalised host names would change which host and which Host blocks"
                      + " apply; set CanonicalizeHostname no or write the full name in HostName");
            });
    for (String key : new String[] {"bindaddress", "bindinterface"}) {
      v.line(key)
          .ifPresent(
              l -> {
                throw ConfigErrors.unsupported(
                    alias, l, "the connection's local address is not chosen by this library");
              });
    }
    v.line("hostkeyalias")
        .ifPresent(
            l -> {
              throw ConfigErrors.unsupported(
                  alias,
                  l,
                  "the host key would be looked up under another name; add the host's own"
                      + " [host]:port line to known_hosts");
            });
    v.line("knownhostscommand")
        .filter(l -> !isNone(l))
        .ifPresent(
            l -> {
              throw ConfigErrors.unsupported(
                  alias,
                  l,
                  "host keys come only from known_hosts here; write the keys into the file");
            });
    for (String key : Keywords.ALGORITHM_LISTS) {
      algorithmList(v, key);
    }
  }

  private static void algorithmList(SshConfigValues v, String key) {
    Optional<ConfigLine> l = v.line(key);
    if (l.isPresent() && !l.get().args().get(0).startsWith("+")) {
      throw ConfigErrors.unsupported(
          v.alias(),
          l.get(),
          "it restricts or reorders the algorithms, and ignoring a restriction would weaken the"
              + " connection; only the \"+\" (append) form, which this library's defaults"
              + " already cover, is accepted");
    }
  }

  private static boolean isNone(ConfigLine l) {
    return l.args().get(0).toLowerCase(Locale.ROOT).equals("none");
  }
}
