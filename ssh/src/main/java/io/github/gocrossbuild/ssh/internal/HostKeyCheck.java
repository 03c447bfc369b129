package io.github.gocrossbuild.ssh.internal;

import io.github.gocrossbuild.ssh.HostKeyPolicy;
import io.github.gocrossbuild.ssh.HostKeyVerificationException;
import io.github.gocrossbuild.ssh.SshConnectionException;
import io.github.gocrossbuild.ssh.SshException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.schmizz.sshj.common.KeyType;
import net.schmizz.sshj.transport.verification.HostKeyVerifier;
import net.schmizz.sshj.transport.verification.OpenSSHKnownHosts;

/**
 * Applies a {@link HostKeyPolicy} during key exchange. SSHJ only learns "refused"; the reason is
 * kept here so the caller can throw a {@link HostKeyVerificationException} that says why, or an
 * {@link SshConnectionException} naming known_hosts when that file cannot be read or written.
 */
public final class HostKeyCheck implements HostKeyVerifier {
  /** Serialises known_hosts appends from concurrent connections in this JVM. */
  private static final Object WRITE_LOCK = new Object();

  private static final SecureRandom RANDOM = new SecureRandom();

  private final HostKeyPolicy policy;
  private final Path knownHosts;
  private final String address;
  private final Optional<Boolean> hashSetting;
  private final Function<String, Optional<Boolean>> configuredHashing;
  private volatile SshException refusal;
  private volatile boolean recorded;

  /**
   * Creates the check.
   *
   * @param policy the policy
   * @param knownHosts the known_hosts file
   * @param address {@code host:port} for messages
   * @param hashSetting whether recorded keys are hashed; empty to decide from {@code
   *     configuredHashing} and then from the entries already in known_hosts
   * @param configuredHashing the user's ssh config's {@code HashKnownHosts} for a host name, empty
   *     when it does not say
   */
  public HostKeyCheck(
      HostKeyPolicy policy,
      Path knownHosts,
      String address,
      Optional<Boolean> hashSetting,
      Function<String, Optional<Boolean>> configuredHashing) {
    this.policy = policy;
    this.knownHosts = knownHosts;
    this.address = address;
    this.hashSetting = hashSetting;
    this.configuredHashing = configuredHashing;
  }

  /**
   * Returns why the key was refused, if it was.
   *
   * @return a {@link HostKeyVerificationException}, an {@link SshConnectionException} when
   *     known_hosts could not be read or written, or null
   */
  public SshException refusal() {
    return refusal;
  }

  /**
   * Tells whether an accept-new connection recorded the key.
   *
   * @return true when a line was appended to known_hosts
   */
  public boolean recorded() {
    return recorded;
  }

  @Override
  public boolean verify(String host, int port, PublicKey key) {
    String fp = HostKeys.fingerprint(key);
    String type = HostKeys.type(key);
    switch (policy.mode()) {
      case ACCEPT_ANY:
        return true;
      case PINNED:
        if (policy.fingerprints().contains(fp)) {
          return true;
        }
        refusal =
            new HostKeyVerificationException(
                address,
                HostKeyVerificationException.Reason.NOT_PINNED,
                type,
                fp,
                policy.fingerprints(),
                null);
        return false;
      default:
        return verifyKnownHosts(host, port, key, fp, type);
    }
  }

  private boolean verifyKnownHosts(String host, int port, PublicKey key, String fp, String type) {
    List<String> expected = new ArrayList<>();
    boolean[] unknown = {false};
    OpenSSHKnownHosts kh;
    try {
      kh =
          new OpenSSHKnownHosts(knownHosts.toFile()) {
            @Override
            protected boolean hostKeyUnverifiableAction(String h, PublicKey k) {
              unknown[0] = true;
              return false;
            }

            @Override
            protected boolean hostKeyChangedAction(String h, PublicKey k) {
              KeyType kt = KeyType.fromKey(k);
              for (KnownHostEntry e : entries()) {
                try {
                  if (e.appliesTo(kt, h)) {
                    expected.add(HostKeys.fingerprintOfLine(e.getLine()));
                  }
                } catch (IOException ignored) {
                  // An entry that cannot be matched says nothing about this host.
                }
              }
              return false;
            }
          };
    } catch (IOException e) {
      refusal = fileProblem("read", e);
      return false;
    }
    if (kh.verify(host, port, key)) {
      return true;
    }
    if (unknown[0] && policy.mode() == HostKeyPolicy.Mode.ACCEPT_NEW) {
      try {
        append(
            hashed(host)
                ? HostKeys.hashedKnownHostsLine(host, port, key, salt())
                : HostKeys.knownHostsLine(host, port, key));
      } catch (IOException e) {
        refusal = fileProblem("record the host key in", e);
        return false;
      }
      recorded = true;
      return true;
    }
    refusal =
        new HostKeyVerificationException(
            address,
            unknown[0]
                ? HostKeyVerificationException.Reason.UNKNOWN_HOST
                : HostKeyVerificationException.Reason.KEY_CHANGED,
            type,
            fp,
            expected,
            knownHosts);
    return false;
  }

  private SshConnectionException fileProblem(String action, IOException e) {
    return new SshConnectionException(
        "Cannot "
            + action
            + " known_hosts "
            + knownHosts
            + " ("
            + e
            + ") while connecting to "
            + address
            + "; make it a readable, writable file or choose another with knownHosts(...)",
        address,
        "host key check",
        e);
  }

  /** Decides like OpenSSH users expect: the explicit setting, ssh config, then the file's habit. */
  private boolean hashed(String host) {
    return hashSetting
        .or(() -> configuredHashing.apply(host))
        .orElseGet(this::fileHasHashedEntries);
  }

  private boolean fileHasHashedEntries() {
    if (!Files.isRegularFile(knownHosts)) {
      return false;
    }
    try (java.util.stream.Stream<String> lines = Files.lines(knownHosts, StandardCharsets.UTF_8)) {
      return lines
          .map(String::strip)
          .anyMatch(l -> l.startsWith("|1|") || l.startsWith("@") && l.contains(" |1|"));
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  private static byte[] salt() {
    byte[] salt = new byte[20];
    RANDOM.nextBytes(salt);
    return salt;
  }

  private void append(String line) throws IOException {
    synchronized (WRITE_LOCK) {
      Path dir = knownHosts.toAbsolutePath().getParent();
      if (dir != null && !Files.isDirectory(dir)) {
        Files.createDirectories(dir);
        trySetPermissions(dir, "rwx------");
      }
      boolean fresh = !Files.exists(knownHosts);
      String prefix = "";
      if (!fresh && Files.size(knownHosts) > 0) {
        byte[] all = Files.readAllBytes(knownHosts);
        prefix = all[all.length - 1] == '\n' ? "" : "\n";
      }
      Files.writeString(
          knownHosts,
          prefix + line + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      if (fresh) {
        trySetPermissions(knownHosts, "rw-------");
      }
    }
  }

  private static void trySetPermissions(Path p, String perms) {
    try {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
    } catch (UnsupportedOperationException | IOException e) {
      // Windows has no POSIX permissions; the user profile directory is private there.
    }
  }

  @Override
  public List<String> findExistingAlgorithms(String host, int port) {
    if (policy.mode() == HostKeyPolicy.Mode.PINNED
        || policy.mode() == HostKeyPolicy.Mode.ACCEPT_ANY) {
      return List.of();
    }
    File f = knownHosts.toFile();
    if (!f.isFile()) {
      return List.of();
    }
    try {
      // Prefer the key types already recorded, so a host with several keys is checked against
      // the one known_hosts has (as OpenSSH does) instead of failing as "changed".
      return new OpenSSHKnownHosts(f).findExistingAlgorithms(host, port);
    } catch (IOException e) {
      return List.of();
    }
  }
}
