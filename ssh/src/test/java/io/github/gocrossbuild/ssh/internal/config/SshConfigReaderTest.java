package io.github.gocrossbuild.ssh.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.ssh.SshConfigException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link SshConfigReader}: includes, blocks, and hostile files as typed errors. */
class SshConfigReaderTest {
  @TempDir Path dir;

  private SshConfigValues read(Path file, String alias) {
    return SshConfigReader.read(file, alias, dir.resolve(".ssh"), "me");
  }

  private Path write(String name, String... lines) throws Exception {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, String.join("\n", lines) + "\n");
    return f;
  }

  @Test
  void shouldResolveRelativeIncludesUnderTheSshDirectoryAndNest() throws Exception {
    write(".ssh/config.d/work", "Host build", "  Include nested/*.conf", "  Port 2200");
    write(".ssh/nested/a.conf", "User from-nested");
    Path config = write(".ssh/config", "Include config.d/*", "Host *", "  User late");

    SshConfigValues v = read(config, "build");

    assertThat(v.value("user")).hasValue("from-nested");
    assertThat(v.port()).hasValue(2200);
    assertThat(read(config, "other").value("user")).hasValue("late");
  }

  @Test
  void shouldRefuseAnIncludeLoopNamingTheLine() throws Exception {
    write(".ssh/b", "# b", "Include a");
    Path a = write(".ssh/a", "Include b");

    assertThatThrownBy(() -> read(a, "x"))
        .isInstanceOfSatisfying(
            SshConfigException.class,
            e -> {
              assertThat(e.file()).hasValue(dir.resolve(".ssh/b"));
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.keyword()).isEqualTo("Include");
              assertThat(e.address()).isEqualTo("x");
            })
        .hasMessageContaining("Include loop");
  }

  @Test
  void shouldRefuseIncludesNestedTooDeep() throws Exception {
    for (int i = 0; i < 20; i++) {
      write(".ssh/f" + i, "Include f" + (i + 1));
    }
    write(".ssh/f20", "User deep");

    assertThatThrownBy(() -> read(dir.resolve(".ssh/f0"), "x"))
        .isInstanceOf(SshConfigException.class)
        .hasMessageContaining("Include nested more than 16 deep");
  }

  @Test
  void shouldRefuseBinaryGarbage() throws Exception {
    byte[] junk = new byte[4096];
    new Random(7).nextBytes(junk);
    junk[100] = 0;
    Path f = dir.resolve("junk");
    Files.write(f, junk);

    assertThatThrownBy(() -> read(f, "x"))
        .isInstanceOf(SshConfigException.class)
        .hasMessageContaining("a NUL byte: this is a binary file");
  }

  @Test
  void shouldRefuseTextGarbageAsABadOption() throws Exception {
    Path f = dir.resolve("garbage");
    Files.writeString(f, "\u00ff\u00fe\u00e9t\u00e9 \u2603\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> read(f, "x"))
        .isInstanceOfSatisfying(SshConfigException.class, e -> assertThat(e.line()).isEqualTo(1))
        .hasMessageContaining("Bad configuration option: \u00ff\u00fe\u00e9t\u00e9");
  }

  @Test
  void shouldRefuseAHugeFile() throws Exception {
    Path f = dir.resolve("huge");
    Files.writeString(f, "# padding\n".repeat(200_000));

    assertThatThrownBy(() -> read(f, "x"))
        .isInstanceOf(SshConfigException.class)
        .hasMessageContaining("larger than 1048576 bytes");
  }

  @Test
  void shouldRefuseUnclosedQuotesAndMissingArguments() throws Exception {
    Path quotes = write("quotes", "Host x", "  User \"unclosed");
    Path bare = write("bare", "Host x", "  Port");

    assertThatThrownBy(() -> read(quotes, "x"))
        .isInstanceOf(SshConfigException.class)
        .hasMessageContaining("quotes line 2: invalid quotes: a double quote is not closed");
    assertThatThrownBy(() -> read(bare, "x"))
        .isInstanceOf(SshConfigException.class)
        .hasMessageContaining("bare line 2: \"Port\" has no argument");
  }

  @Test
  void shouldRefuseMatchExecOnlyWhereItWouldDecide() throws Exception {
    Path f = write("exec", "Match host corp-* exec \"test -f /tmp/vpn\"", "  User vpn");

    assertThat(read(f, "home").value("user")).isEmpty();
    assertThatThrownBy(() -> read(f, "corp-1"))
        .isInstanceOfSatisfying(
            SshConfigException.class,
            e -> {
              assertThat(e.keyword()).isEqualTo("Match");
              assertThat(e.line()).isEqualTo(1);
            })
        .hasMessageContaining("Match is not supported: Match exec runs a local command");
  }

  @Test
  void shouldRefuseMatchCanonicalAndFinal() throws Exception {
    Path f = write("final", "Match final host x", "  User y");

    assertThatThrownBy(() -> read(f, "x"))
        .isInstanceOf(SshConfigException.class)
        .hasMessageContaining("Match final depends on a second pass");
  }

  @Test
  void shouldKeepTheFirstOfProxyJumpAndProxyCommand() throws Exception {
    Path f =
        write(
            "proxy",
            "Host a",
            "  ProxyJump bastion",
            "Host b",
            "  ProxyCommand none",
            "Host *",
            "  ProxyCommand nc %h %p",
            "  ProxyJump other");

    assertThat(read(f, "a").line("proxy").map(ConfigLine::keyword)).hasValue("ProxyJump");
    assertThat(read(f, "b").value("proxy")).hasValue("none");
    assertThat(read(f, "c").line("proxy").map(ConfigLine::keyword)).hasValue("ProxyCommand");
  }

  @Test
  void shouldRefuseAnIncludedFileOthersCanWrite() throws Exception {
    Path shared = write(".ssh/shared", "Host *", "  ProxyJump attacker");
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
    Path config = write(".ssh/config", "Include shared");

    assertThatThrownBy(() -> read(config, "x"))
        .isInstanceOfSatisfying(SshConfigException.class, e -> assertThat(e.line()).isEqualTo(1))
        .hasMessageContaining("bad owner or permissions on " + shared + " (owner ")
        .hasMessageContaining("rw-rw-r--");
  }

  @Test
  void shouldSkipIncludesThatNameNoFile() throws Exception {
    Path config = write(".ssh/config", "Include / nothing/* none \"\"", "User kept");

    assertThat(read(config, "x").value("user")).hasValue("kept");
  }
}
