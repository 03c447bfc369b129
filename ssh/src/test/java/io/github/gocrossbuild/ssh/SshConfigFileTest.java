package io.github.gocrossbuild.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.ssh.internal.config.ConfigLine;
import io.github.gocrossbuild.ssh.internal.config.SshConfigReader;
import io.github.gocrossbuild.ssh.internal.config.SshConfigValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests for {@link SshConfigFile}: OpenSSH's own {@code ssh -G -F file alias} is the oracle for
 * what each alias of a corpus of tricky configs resolves to, and so for each of its jump hosts.
 */
class SshConfigFileTest {
  static final Path SSH = Path.of("/usr/bin/ssh");

  /** The keys of {@code ssh -G} compared. */
  private static final List<String> KEYS =
      List.of(
          "hostname",
          "user",
          "port",
          "identityfile",
          "proxyjump",
          "identitiesonly",
          "connecttimeout",
          "serveraliveinterval",
          "serveralivecountmax");

  static Stream<Arguments> corpus() {
    return Stream.of(
        Arguments.of(
            "first value wins across Host blocks, negation",
            String.join(
                "\n",
                "Host pi *.arm",
                "  HostName 192.0.2.7",
                "  User builder",
                "  Port 2222",
                "  IdentityFile ~/.ssh/id_pi",
                "Host pi",
                "  User ignored",
                "  IdentitiesOnly yes",
                "Host !pi *",
                "  User other",
                "  ConnectTimeout 7",
                "Host *",
                "  IdentityFile ~/.ssh/id_ed25519",
                "  ServerAliveInterval 1m30s",
                "  ServerAliveCountMax 5"),
            List.of("pi", "box", "x.arm", "Pi"),
            Map.of()),
        Arguments.of(
            "Match after Host, negated Match, Match all",
            String.join(
                "\n",
                "Host web",
                "  HostName web.internal.example",
                "Match host *.internal.example",
                "  User deploy",
                "  Port 2200",
                "Match originalhost web user deploy",
                "  IdentityFile ~/.ssh/id_web",
                "Match !host *.internal.example",
                "  User outsider",
                "Match originalhost WEB,!nothing localuser " + System.getProperty("user.name"),
                "  IdentitiesOnly yes",
                "Match all",
                "  ConnectTimeout 10"),
            List.of("web", "other", "web.internal.example", "WEB"),
            Map.of()),
        Arguments.of(
            "Include inside Host, globbed and sorted",
            String.join(
                "\n",
                "Host inc-*",
                "  Include @DIR@/conf.d/*.conf @DIR@/missing.conf",
                "Host *",
                "  User fallback"),
            List.of("inc-a", "inc-z", "other"),
            Map.of()),
        Arguments.of(
            "tokens",
            String.join(
                "\n",
                "Host tok-*",
                "  HostName %h.Example.ORG",
                "  IdentityFile ~/.ssh/%h-%r-%p",
                "  User tokuser",
                "  ProxyJump jump-%h",
                "Host jump-*",
                "  User jumper",
                "  Port 2022",
                "Host Pi",
                "  HostName FOO.Example",
                "Match host foo.example",
                "  User matched"),
            List.of("tok-a", "Pi", "pi"),
            Map.of("tok-a", List.of("jump-tok-a.example.org"))),
        Arguments.of(
            "ProxyJump chains, forms and none",
            String.join(
                "\n",
                "Match originalhost bastion1 user alice",
                "  HostName alice-b1.example",
                "Host target",
                "  HostName 10.0.0.5",
                "  ProxyJump alice@bastion1:2201,bastion2",
                "Host bastion1",
                "  HostName b1.example",
                "  User overridden",
                "  Port 9",
                "Host bastion2",
                "  HostName b2.example",
                "  ProxyJump bastion0",
                "  Port 2302",
                "Host bastion0",
                "  HostName b0.example",
                "  ProxyJump carol@[::1]:2200",
                "Host direct",
                "  ProxyJump none",
                "Host cmdnone",
                "  ProxyCommand none",
                "Host direct cmdnone",
                "  ProxyJump bastion0"),
            List.of("target", "bastion2", "bastion0", "direct", "cmdnone"),
            Map.of(
                "target", List.of("alice@bastion1:2201", "bastion2"),
                "bastion2", List.of("carol@[::1]:2200", "bastion0"),
                "bastion0", List.of("carol@[::1]:2200"))),
        Arguments.of(
            "quotes, equals signs and comments",
            String.join(
                "\n",
                "Host *",
                "\tIgnoreUnknown Frobnicate*",
                "Host \"quoted host\" q2",
                "  HostName=q.example",
                "  User \"some user\"",
                "  IdentityFile \"~/.ssh/my key\" # a comment",
                "  Port 2200 # comment",
                "Host = eq",
                "  Port=2201",
                "  ServerAliveInterval=0",
                "  CONNECTTIMEOUT 1h",
                "  FrobnicateHard yes"),
            List.of("q2", "eq"),
            Map.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void shouldResolveEachAliasAsOpenSshDoes(
      String name,
      String config,
      List<String> aliases,
      Map<String, List<String>> hops,
      @TempDir Path dir)
      throws IOException {
    Sshd.requireTool(SSH, "openssh-client");
    Path file = dir.resolve("config");
    Files.writeString(file, config.replace("@DIR@", dir.toString()) + "\n");
    Files.createDirectories(dir.resolve("conf.d"));
    Files.writeString(
        dir.resolve("conf.d/10-a.conf"), "Host inc-a\n  HostName a.example\n  Port 2001\n");
    Files.writeString(
        dir.resolve("conf.d/20-b.conf"), "Host *\n  User from-b\n  IdentityFile ~/.ssh/id_b\n");
    Files.writeString(dir.resolve("conf.d/.hidden.conf"), "Host *\n  Port 1\n");

    for (String alias : aliases) {
      SshHost host = SshHost.fromSshConfig(alias, file).build();
      assertThat(ours(alias, file, host))
          .as("%s: %s", name, alias)
          .isEqualTo(openSsh(file, List.of(alias)));
      List<String> specs = hops.getOrDefault(alias, List.of());
      assertThat(host.proxyJump()).as("%s: jump hosts of %s", name, alias).hasSize(specs.size());
      for (int i = 0; i < specs.size(); i++) {
        SshHost hop = host.proxyJump().get(i);
        assertThat(List.of(hop.host(), hop.user(), String.valueOf(hop.port())))
            .as("%s: jump host %s of %s", name, specs.get(i), alias)
            .isEqualTo(jumpAsOpenSsh(file, specs.get(i)));
      }
    }
  }

  @Test
  void shouldExpandTokensWhereOpenSshDoes(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("config");
    Files.writeString(
        file,
        String.join(
            "\n",
            "Host tok",
            "  HostName %h.example",
            "  User u-%n",
            "  Port 2222",
            "  IdentityFile ~/.ssh/%h_%r_%p_%u_%%",
            "  UserKnownHostsFile %d/kh-%n",
            "  IdentityAgent ~/agent-%r.sock",
            "  StrictHostKeyChecking no",
            "  ServerAliveInterval 45",
            "  ServerAliveCountMax 7",
            "  ConnectTimeout 1m",
            "  IdentitiesOnly yes",
            ""));

    SshHost h = SshHost.fromSshConfig("tok", file).build();

    String home = System.getProperty("user.home");
    String me = System.getProperty("user.name");
    assertThat(h.host()).isEqualTo("tok.example");
    assertThat(h.user()).isEqualTo("u-tok");
    assertThat(h.identityFiles())
        .containsExactly(Path.of(home, ".ssh", "tok.example_u-tok_2222_" + me + "_%"));
    assertThat(h.knownHosts()).isEqualTo(Path.of(home, "kh-tok"));
    assertThat(h.identityAgent()).hasValue(Path.of(home, "agent-u-tok.sock"));
    assertThat(h.hostKeyPolicy()).isEqualTo(HostKeyPolicy.strict());
    assertThat(h.keepAlive()).isEqualTo(Duration.ofSeconds(45));
    assertThat(h.keepAliveCountMax()).isEqualTo(7);
    assertThat(h.connectTimeout()).isEqualTo(Duration.ofMinutes(1));
    assertThat(h.identitiesOnly()).isTrue();
  }

  @Test
  void shouldRefuseAnUnknownTokenAndAProxyJumpLoop(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("config");
    Files.writeString(
        file,
        String.join(
            "\n",
            "Host bad",
            "  IdentityFile ~/.ssh/%Q",
            "Host a",
            "  ProxyJump b",
            "Host b",
            "  ProxyJump a",
            ""));

    assertThatThrownBy(() -> SshHost.fromSshConfig("bad", file))
        .isInstanceOfSatisfying(
            SshConfigException.class, e -> assertThat(e.keyword()).isEqualTo("IdentityFile"))
        .hasMessageContaining("config line 2: unknown token %Q in \"~/.ssh/%Q\" for IdentityFile");
    assertThatThrownBy(() -> SshHost.fromSshConfig("a", file))
        .isInstanceOf(SshConfigException.class)
        .hasMessageContaining("ProxyJump leads round a loop")
        .hasMessageContaining("(a -> b -> a)");
  }

  /** What {@code ssh -G} says, for the compared keys; identity files as written. */
  static Map<String, String> openSsh(Path file, List<String> args) {
    List<String> argv = new ArrayList<>(List.of(SSH.toString(), "-G", "-F", file.toString()));
    argv.addAll(args);
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : Sshd.run(argv).split("\n")) {
      String[] kv = line.split(" ", 2);
      String key = kv[0].toLowerCase(java.util.Locale.ROOT);
      if (KEYS.contains(key) && kv.length == 2) {
        out.merge(key, kv[1], (a, b) -> a + "\n" + b);
      }
    }
    out.putIfAbsent("proxyjump", "(none)");
    return sorted(out);
  }

  private static Map<String, String> ours(String alias, Path file, SshHost host) {
    SshConfigValues v =
        SshConfigReader.read(
            file,
            alias,
            Path.of(System.getProperty("user.home"), ".ssh"),
            System.getProperty("user.name"));
    Map<String, String> out = new LinkedHashMap<>();
    out.put("hostname", host.host());
    out.put("user", host.user());
    out.put("port", String.valueOf(host.port()));
    List<String> ids = v.identityFiles().stream().map(l -> l.args().get(0)).toList();
    out.put("identityfile", String.join("\n", ids.isEmpty() ? DEFAULT_IDS : ids));
    out.put(
        "proxyjump",
        v.line("proxy")
            .filter(l -> l.key().equals("proxyjump") && !l.args().get(0).equals("none"))
            .map(ConfigLine::args)
            .map(a -> String.join(" ", a))
            .orElse("(none)"));
    out.put("identitiesonly", host.identitiesOnly() ? "yes" : "no");
    out.put(
        "connecttimeout",
        v.duration("connecttimeout").map(d -> String.valueOf(d.toSeconds())).orElse("none"));
    out.put(
        "serveraliveinterval",
        String.valueOf(v.duration("serveraliveinterval").orElse(Duration.ZERO).toSeconds()));
    out.put("serveralivecountmax", String.valueOf(host.keepAliveCountMax()));
    return sorted(out);
  }

  private static final List<String> DEFAULT_IDS =
      List.of(
          "~/.ssh/id_rsa",
          "~/.ssh/id_ecdsa",
          "~/.ssh/id_ecdsa_sk",
          "~/.ssh/id_ed25519",
          "~/.ssh/id_ed25519_sk",
          "~/.ssh/id_xmss");

  /**
   * What {@code ssh -G} says of a jump host, given the user and port its ProxyJump hop names (as
   * OpenSSH passes them to the jump's {@code ssh}).
   *
   * @param spec {@code [user@]host[:port]} or {@code [user@][v6]:port}
   */
  private static List<String> jumpAsOpenSsh(Path file, String spec) {
    List<String> args = new ArrayList<>();
    String hostPart = spec;
    if (spec.contains("@")) {
      args.addAll(List.of("-l", spec.substring(0, spec.lastIndexOf('@'))));
      hostPart = spec.substring(spec.lastIndexOf('@') + 1);
    }
    if (hostPart.startsWith("[")) {
      args.addAll(List.of("-p", hostPart.substring(hostPart.indexOf("]:") + 2)));
      hostPart = hostPart.substring(1, hostPart.indexOf(']'));
    } else if (hostPart.contains(":")) {
      args.addAll(List.of("-p", hostPart.substring(hostPart.indexOf(':') + 1)));
      hostPart = hostPart.substring(0, hostPart.indexOf(':'));
    }
    args.add(hostPart);
    Map<String, String> g = openSsh(file, args);
    return List.of(g.get("hostname"), g.get("user"), g.get("port"));
  }

  private static Map<String, String> sorted(Map<String, String> m) {
    return new java.util.TreeMap<>(m);
  }
}
