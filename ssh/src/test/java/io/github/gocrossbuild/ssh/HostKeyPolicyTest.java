package io.github.gocrossbuild.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link HostKeyPolicy}, each policy checked against a real sshd. */
class HostKeyPolicyTest {
  @TempDir static Path shared;
  static Sshd sshd;

  @BeforeAll
  static void startSshd() {
    sshd = Sshd.start(shared.resolve("sshd"));
  }

  @AfterAll
  static void stopSshd() {
    if (sshd != null) {
      sshd.close();
    }
  }

  @Test
  void shouldBeStrictByDefault() {
    SshHost host = SshHost.builder().host("example.org").build();

    assertThat(host.hostKeyPolicy()).isEqualTo(HostKeyPolicy.strict());
    assertThat(host.hostKeyPolicy().mode()).isEqualTo(HostKeyPolicy.Mode.STRICT);
    assertThat(host.knownHosts())
        .isEqualTo(Path.of(System.getProperty("user.home"), ".ssh", "known_hosts"));
  }

  @Test
  void shouldConnectWhenKnownHostsListsThePortEntry() {
    try (SshBuildHost host = SshBuildHost.connect(sshd.hostBuilder().build())) {
      assertThat(host.hostKeyRecorded()).isFalse();
      assertThat(host.name()).endsWith("@127.0.0.1:" + sshd.port());
    }
  }

  @Test
  void shouldConnectWithAHashedKnownHostsEntry(@TempDir Path tmp) throws Exception {
    Path kh = tmp.resolve("known_hosts");
    Files.copy(sshd.knownHosts(), kh);
    Sshd.run(List.of(Sshd.SSH_KEYGEN.toString(), "-H", "-f", kh.toString()));
    assertThat(Files.readString(kh)).startsWith("|1|").doesNotContain("127.0.0.1");

    try (SshBuildHost host = SshBuildHost.connect(sshd.hostBuilder().knownHosts(kh).build())) {
      assertThat(host.hostKeyRecorded()).isFalse();
    }
  }

  @Test
  void shouldReportAnUnreadableKnownHostsFileAsATypedError(@TempDir Path tmp) throws Exception {
    Path kh = Files.createDirectories(tmp.resolve("known_hosts"));

    assertThatThrownBy(() -> SshBuildHost.connect(sshd.hostBuilder().knownHosts(kh).build()))
        .isExactlyInstanceOf(SshConnectionException.class)
        .hasMessageStartingWith("Cannot read known_hosts " + kh + " (")
        .hasMessageEndingWith(
            ") while connecting to 127.0.0.1:"
                + sshd.port()
                + "; make it a readable, writable file or choose another with knownHosts(...)")
        .extracting(e -> ((SshConnectionException) e).step())
        .isEqualTo("host key check");
  }

  @Test
  void shouldReportAnUnwritableKnownHostsFileUnderAcceptNewAsATypedError(@TempDir Path tmp)
      throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("ro"));
    Path kh = dir.resolve("missing-parent").resolve("known_hosts");
    Files.writeString(dir.resolve("missing-parent"), "a file where a directory should be");

    assertThatThrownBy(
            () ->
                SshBuildHost.connect(
                    sshd.hostBuilder()
                        .knownHosts(kh)
                        .hostKeyPolicy(HostKeyPolicy.acceptNew())
                        .build()))
        .isExactlyInstanceOf(SshConnectionException.class)
        .hasMessageStartingWith("Cannot record the host key in known_hosts " + kh + " (")
        .hasMessageContaining("FileAlreadyExistsException");
    assertThat(dir.resolve("missing-parent")).hasContent("a file where a directory should be");
  }

  @Test
  void shouldRefuseAnUnknownHostUnderStrict(@TempDir Path tmp) {
    Path kh = tmp.resolve("known_hosts");
    String fp = sshd.hostFingerprint();

    assertThatThrownBy(() -> SshBuildHost.connect(sshd.hostBuilder().knownHosts(kh).build()))
        .isInstanceOfSatisfying(
            HostKeyVerificationException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(HostKeyVerificationException.Reason.UNKNOWN_HOST);
              assertThat(e.fingerprint()).isEqualTo(fp);
              assertThat(e.keyType()).isEqualTo("ssh-ed25519");
              assertThat(e.expectedFingerprints()).isEmpty();
              assertThat(e.knownHosts()).hasValue(kh);
              assertThat(e.address()).isEqualTo("127.0.0.1:" + sshd.port());
              assertThat(e.getMessage())
                  .startsWith(
                      "Host key of 127.0.0.1:"
                          + sshd.port()
                          + " is unknown: ssh-ed25519 "
                          + fp
                          + " is not in "
                          + kh);
            });
    assertThat(kh).doesNotExist();
  }

  @Test
  void shouldRecordAnUnknownHostUnderAcceptNew(@TempDir Path tmp) throws Exception {
    Path kh = tmp.resolve("sub/known_hosts");
    try (SshBuildHost host =
        SshBuildHost.connect(
            sshd.hostBuilder().knownHosts(kh).hostKeyPolicy(HostKeyPolicy.acceptNew()).build())) {
      assertThat(host.hostKeyRecorded()).isTrue();
    }
    String pub = Files.readString(sshd.dir().resolve("host_ed25519.pub")).strip();
    String keyOnly = pub.substring(0, pub.lastIndexOf(' '));
    assertThat(Files.readString(kh)).isEqualTo("[127.0.0.1]:" + sshd.port() + " " + keyOnly + "\n");

    try (SshBuildHost again = SshBuildHost.connect(sshd.hostBuilder().knownHosts(kh).build())) {
      assertThat(again.hostKeyRecorded()).isFalse();
    }
  }

  @Test
  void shouldRecordAHashedEntryWhenKnownHostsIsHashedAlready(@TempDir Path tmp) throws Exception {
    Path kh = tmp.resolve("known_hosts");
    String pub = Files.readString(sshd.dir().resolve("host_ed25519.pub")).strip();
    String keyOnly = pub.substring(0, pub.lastIndexOf(' '));
    Files.writeString(kh, "other.example " + keyOnly + "\n");
    Sshd.run(List.of(Sshd.SSH_KEYGEN.toString(), "-H", "-f", kh.toString()));
    String hashedBefore = Files.readString(kh);

    try (SshBuildHost host =
        SshBuildHost.connect(
            sshd.hostBuilder().knownHosts(kh).hostKeyPolicy(HostKeyPolicy.acceptNew()).build())) {
      assertThat(host.hostKeyRecorded()).isTrue();
    }

    assertRecordedHashed(kh, hashedBefore, keyOnly);
  }

  @Test
  void shouldRecordAHashedEntryWhenSshConfigSaysHashKnownHosts(@TempDir Path tmp) throws Exception {
    Path kh = tmp.resolve("known_hosts");
    Path config = tmp.resolve("config");
    Files.writeString(
        config,
        String.join(
            "\n",
            "Host build-box",
            "  HostName 127.0.0.1",
            "  Port " + sshd.port(),
            "  IdentityFile " + sshd.userKey(),
            "  UserKnownHostsFile " + kh,
            "  StrictHostKeyChecking accept-new",
            "Host *",
            "  HashKnownHosts yes",
            ""));
    SshHost fromConfig = SshHost.fromSshConfig("build-box", config).build();
    assertThat(fromConfig.hashKnownHosts()).hasValue(true);

    try (SshBuildHost host = SshBuildHost.connect(fromConfig)) {
      assertThat(host.hostKeyRecorded()).isTrue();
    }

    String pub = Files.readString(sshd.dir().resolve("host_ed25519.pub")).strip();
    assertRecordedHashed(kh, "", pub.substring(0, pub.lastIndexOf(' ')));
  }

  /** Checks the one new line is hashed, found by OpenSSH itself, and trusted on reconnect. */
  private static void assertRecordedHashed(Path kh, String before, String keyOnly)
      throws Exception {
    String added = Files.readString(kh).substring(before.length());
    assertThat(added)
        .matches(
            "\\|1\\|[A-Za-z0-9+/]{27}=\\|[A-Za-z0-9+/]{27}= "
                + java.util.regex.Pattern.quote(keyOnly)
                + "\n");
    assertThat(
            Sshd.run(
                List.of(
                    Sshd.SSH_KEYGEN.toString(),
                    "-F",
                    "[127.0.0.1]:" + sshd.port(),
                    "-f",
                    kh.toString())))
        .contains(added.strip());
    try (SshBuildHost again = SshBuildHost.connect(sshd.hostBuilder().knownHosts(kh).build())) {
      assertThat(again.hostKeyRecorded()).isFalse();
    }
  }

  @Test
  void shouldRefuseAChangedKeyEvenUnderAcceptNew(@TempDir Path tmp) throws Exception {
    Path kh = tmp.resolve("known_hosts");
    try (Sshd other = Sshd.start(tmp.resolve("other"))) {
      String otherKey = Files.readString(other.dir().resolve("host_ed25519.pub")).strip();
      Files.writeString(kh, "[127.0.0.1]:" + sshd.port() + " " + otherKey + "\n");
      String before = Files.readString(kh);

      for (HostKeyPolicy policy : List.of(HostKeyPolicy.strict(), HostKeyPolicy.acceptNew())) {
        assertThatThrownBy(
                () ->
                    SshBuildHost.connect(
                        sshd.hostBuilder().knownHosts(kh).hostKeyPolicy(policy).build()))
            .isInstanceOfSatisfying(
                HostKeyVerificationException.class,
                e -> {
                  assertThat(e.reason()).isEqualTo(HostKeyVerificationException.Reason.KEY_CHANGED);
                  assertThat(e.fingerprint()).isEqualTo(sshd.hostFingerprint());
                  assertThat(e.expectedFingerprints()).containsExactly(other.hostFingerprint());
                  assertThat(e.getMessage())
                      .contains("has CHANGED", "man-in-the-middle", "ssh-keygen -R");
                });
      }
      assertThat(Files.readString(kh)).isEqualTo(before);
    }
  }

  @Test
  void shouldAcceptOnlyThePinnedFingerprint(@TempDir Path tmp) {
    Path none = tmp.resolve("known_hosts");
    String wrong = "SHA256:" + "A".repeat(43);
    try (SshBuildHost host =
        SshBuildHost.connect(
            sshd.hostBuilder()
                .knownHosts(none)
                .hostKeyPolicy(HostKeyPolicy.pinned(wrong, sshd.hostFingerprint()))
                .build())) {
      assertThat(host.hostKeyRecorded()).isFalse();
    }

    assertThatThrownBy(
            () ->
                SshBuildHost.connect(
                    sshd.hostBuilder()
                        .knownHosts(none)
                        .hostKeyPolicy(HostKeyPolicy.pinned(wrong))
                        .build()))
        .isInstanceOfSatisfying(
            HostKeyVerificationException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(HostKeyVerificationException.Reason.NOT_PINNED);
              assertThat(e.expectedFingerprints()).containsExactly(wrong);
              assertThat(e.knownHosts()).isEmpty();
            });
    assertThat(none).doesNotExist();
  }

  @Test
  void shouldRejectMalformedPins() {
    assertThatThrownBy(() -> HostKeyPolicy.pinned("MD5:aa:bb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("pinned: \"MD5:aa:bb\" is not a SHA-256 host key fingerprint");
    assertThatThrownBy(HostKeyPolicy::pinned).isInstanceOf(IllegalArgumentException.class);
    assertThat(HostKeyPolicy.pinned("SHA256:" + "b".repeat(43) + "=").fingerprints())
        .containsExactly("SHA256:" + "b".repeat(43));
  }
}
