package io.github.gocrossbuild.ssh.internal.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The settings that would change security or routing if they were quietly ignored, described as
 * data: each one that applies to the alias is an error naming its file, line and keyword, and what
 * to do instead.
 */
public final class Refusals {
  /**
   * One refused setting.
   *
   * @param key the keyword in lower case ({@code proxy} for the ProxyJump/ProxyCommand slot)
   * @param applies whether the winning line is refused
   * @param why what it would change and what to do instead
   */
  private record Rule(String key, Predicate<ConfigLine> applies, String why) {}

  private static final String NO_LOCAL_COMMANDS = "this library runs no local commands; ";

  private static final List<Rule> RULES = rules();

  private Refusals() {}

  private static List<Rule> rules() {
    List<Rule> r = new ArrayList<>();
    r.add(
        new Rule(
            "proxy",
            l -> l.key().equals("proxycommand") && !isNone(l),
            "it runs a local command to carry the connection, and "
                + NO_LOCAL_COMMANDS
                + "use ProxyJump (jump hosts are connected over SSH directly), or"
                + " `ProxyCommand none` for this host"));
    r.add(
        new Rule(
            "remotecommand",
            l -> !isNone(l),
            "the library runs its own commands on the host; remove RemoteCommand for this host"
                + " or set it only under a Host alias you use interactively"));
    r.add(
        new Rule(
            "canonicalizehostname",
            l -> !first(l).equals("no"),
            "canonicalised host names would change which host and which Host blocks apply; set"
                + " CanonicalizeHostname no or write the full name in HostName"));
    for (String key : List.of("bindaddress", "bindinterface")) {
      r.add(new Rule(key, l -> true, "the connection's local address is not chosen here"));
    }
    r.add(
        new Rule(
            "hostkeyalias",
            l -> true,
            "the host key would be looked up under another name; add the host's own"
                + " [host]:port line to known_hosts"));
    r.add(
        new Rule(
            "knownhostscommand",
            l -> !isNone(l),
            "host keys come only from known_hosts here; write the keys into the file"));
    for (String key : Keywords.ALGORITHM_LISTS) {
      r.add(
          new Rule(
              key,
              l -> !first(l).startsWith("+"),
              "it restricts or reorders the algorithms, and ignoring a restriction would weaken"
                  + " the connection; only the \"+\" (append) form, which this library's defaults"
                  + " already cover, is accepted"));
    }
    return List.copyOf(r);
  }

  /**
   * Throws for the first refused setting that applies.
   *
   * @param v the alias's settings
   * @throws io.github.gocrossbuild.ssh.SshConfigException naming the line
   */
  public static void check(SshConfigValues v) {
    for (Rule rule : RULES) {
      v.line(rule.key())
          .filter(rule.applies())
          .ifPresent(
              l -> {
                throw ConfigErrors.unsupported(v.alias(), l, rule.why());
              });
    }
    if (v.yesNo("permitlocalcommand").orElse(false) && v.line("localcommand").isPresent()) {
      throw ConfigErrors.unsupported(
          v.alias(),
          v.line("permitlocalcommand").orElseThrow(),
          "with LocalCommand it runs a local command after connecting, and "
              + NO_LOCAL_COMMANDS
              + "set PermitLocalCommand no for this host");
    }
  }

  private static String first(ConfigLine l) {
    return l.args().get(0).toLowerCase(Locale.ROOT);
  }

  private static boolean isNone(ConfigLine l) {
    return first(l).equals("none");
  }
}
