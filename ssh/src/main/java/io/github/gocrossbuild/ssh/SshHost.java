package io.github.gocrossbuild.ssh;

import io.github.gocrossbuild.internal.GoCrossStyle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * Where and how to reach an SSH build host: address, user, credentials, host key policy and
 * timeouts. Immutable; host keys are checked strictly against {@code ~/.ssh/known_hosts} unless
 * another {@link HostKeyPolicy} is chosen.
 *
 * <pre>{@code
 * SshHost host = SshHost.builder()
 *     .host("arm64.example")
 *     .user("builder")
 *     .identityFile(Path.of(System.getProperty("user.home"), ".ssh", "id_ed25519"))
 *     .build();
 * try (SshBuildHost remote = SshBuildHost.connect(host)) {
 *   GoCrossBuild.target(GoOs.LINUX, GoArch.ARM64).noCgo().on(remote).run();
 * }
 * }</pre>
 */
@Value.Immutable
@GoCrossStyle
public abstract class SshHost {

  SshHost() {}

  /**
   * Supplies the passphrase of an encrypted private key when it is loaded.
   *
   * <p>The array is wiped after use; supply a fresh one on every call.
   */
  @FunctionalInterface
  public interface Passphrase {
    /**
     * Returns the passphrase of a key file.
     *
     * @param keyFile the encrypted key
     * @return its passphrase
     */
    char[] forKey(Path keyFile);
  }

  /**
   * Returns the host name or address.
   *
   * @return e.g. {@code arm64.example} or {@code 192.0.2.7}
   */
  public abstract String host();

  /**
   * Returns the SSH port.
   *
   * @return 22 unless set
   */
  @Value.Default
  public int port() {
    return 22;
  }

  /**
   * Returns the remote user name.
   *
   * @return the local user name unless set, as {@code ssh} does
   */
  @Value.Default
  public String user() {
    return System.getProperty("user.name", "root");
  }

  /**
   * Returns the private key files to offer, in order (OpenSSH format: ed25519, ECDSA, RSA).
   *
   * @return the files; when empty, {@code ~/.ssh/id_ed25519}, {@code id_ecdsa} and {@code id_rsa}
   *     are offered if they exist
   */
  public abstract List<Path> identityFiles();

  /**
   * Returns the passphrase source for encrypted keys.
   *
   * @return the supplier, or empty when keys are not encrypted
   */
  @Value.Redacted
  @Value.Auxiliary
  public abstract Optional<Passphrase> passphrase();

  /**
   * Returns the password, tried last when no key is accepted.
   *
   * @return the supplier, or empty to use keys only
   */
  @Value.Redacted
  @Value.Auxiliary
  public abstract Optional<Supplier<char[]>> password();

  /**
   * Returns the known_hosts file checked (and written under {@link HostKeyPolicy#acceptNew()}).
   *
   * @return {@code ~/.ssh/known_hosts} unless set
   */
  @Value.Default
  public Path knownHosts() {
    return Path.of(System.getProperty("user.home", "."), ".ssh", "known_hosts");
  }

  /**
   * Returns how the host key is verified.
   *
   * @return {@link HostKeyPolicy#strict()} unless set
   */
  @Value.Default
  public HostKeyPolicy hostKeyPolicy() {
    return HostKeyPolicy.strict();
  }

  /**
   * Returns how long opening the connection (TCP, key exchange, authentication) may take.
   *
   * @return 15 seconds unless set
   */
  @Value.Default
  public Duration connectTimeout() {
    return Duration.ofSeconds(15);
  }

  /**
   * Returns how long one helper command (probe, workspace setup, clean-up) may take; builds use the
   * build's own {@code timeout(...)}, transfers {@link #transferTimeout()}.
   *
   * @return 2 minutes unless set
   */
  @Value.Default
  public Duration commandTimeout() {
    return Duration.ofMinutes(2);
  }

  /**
   * Returns how long one whole transfer step may take: the source sync of a build, the artifact
   * download, the upload of a program to run. SFTP requests have their own short per-request limit;
   * this one bounds the step, however many requests it makes. When it passes the step stops with an
   * {@link SshTransferException} naming it, and no artifact is left behind.
   *
   * @return 10 minutes unless set
   */
  @Value.Default
  public Duration transferTimeout() {
    return Duration.ofMinutes(10);
  }

  /**
   * Tells whether a host key recorded under {@link HostKeyPolicy#acceptNew()} is written hashed
   * ({@code |1|salt|hash}, like OpenSSH's {@code HashKnownHosts yes}), so known_hosts does not list
   * the hosts you visit. {@link #fromSshConfig(String)} sets it from {@code HashKnownHosts}.
   *
   * @return true or false when decided; empty to hash when known_hosts already holds hashed entries
   *     or {@code ~/.ssh/config} says {@code HashKnownHosts yes} for this host
   */
  public abstract Optional<Boolean> hashKnownHosts();

  /**
   * Returns the keep-alive interval, like OpenSSH's {@code ServerAliveInterval}: a dead connection
   * is noticed after a few unanswered probes instead of hanging a build.
   *
   * @return 30 seconds unless set; zero turns keep-alive off
   */
  @Value.Default
  public Duration keepAlive() {
    return Duration.ofSeconds(30);
  }

  /**
   * Returns how many channels the connection opens at once. OpenSSH's {@code MaxSessions} defaults
   * to 10; concurrent builds beyond this wait for a free channel.
   *
   * @return 8 unless set
   */
  @Value.Default
  public int maxChannels() {
    return 8;
  }

  /**
   * Returns the remote directory under which per-project workspaces are created.
   *
   * @return the directory as the host spells it; empty for {@code
   *     ${XDG_CACHE_HOME:-$HOME/.cache}/gocrossbuild}
   */
  public abstract Optional<String> remoteCacheDir();

  /**
   * Returns the address for messages.
   *
   * @return {@code host:port}
   */
  public String address() {
    return (host().contains(":") ? "[" + host() + "]" : host()) + ":" + port();
  }

  @Value.Check
  void check() {
    if (host().isBlank() || host().chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("host: \"" + host() + "\" is not a host name");
    }
    if (port() < 1 || port() > 65535) {
      throw new IllegalArgumentException("port: " + port() + " is not in 1..65535");
    }
    if (user().isEmpty()) {
      throw new IllegalArgumentException("user: must not be empty");
    }
    if (maxChannels() < 1) {
      throw new IllegalArgumentException("maxChannels: " + maxChannels() + " is below 1");
    }
    if (connectTimeout().isNegative() || connectTimeout().isZero()) {
      throw new IllegalArgumentException("connectTimeout: must be positive");
    }
    if (transferTimeout().isNegative() || transferTimeout().isZero()) {
      throw new IllegalArgumentException("transferTimeout: must be positive");
    }
    if (keepAlive().isNegative()) {
      throw new IllegalArgumentException("keepAlive: must not be negative");
    }
  }

  /**
   * Reads a host alias from {@code ~/.ssh/config}, the file Remote-SSH users already have: {@code
   * Host} patterns (first value wins, as in OpenSSH), {@code HostName}, {@code User}, {@code Port},
   * {@code IdentityFile} (with {@code ~}), {@code UserKnownHostsFile} and {@code
   * StrictHostKeyChecking} ({@code accept-new}; {@code no} is not honoured: use {@link
   * HostKeyPolicy#acceptAnyForTestsOnly()} explicitly).
   *
   * @param alias the name after {@code ssh}
   * @return a builder with those values, to adjust and build
   */
  public static Builder fromSshConfig(String alias) {
    return fromSshConfig(alias, SshConfigFile.userConfig());
  }

  /**
   * Reads a host alias from the given ssh config file.
   *
   * @param alias the name after {@code ssh}
   * @param configFile the file, e.g. {@code ~/.ssh/config}; a missing file gives just the alias
   * @return a builder with those values, to adjust and build
   */
  public static Builder fromSshConfig(String alias, Path configFile) {
    Builder b = builder();
    SshConfigFile.apply(alias, configFile, b);
    return b;
  }

  /**
   * Creates a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SshHost} values. */
  public static final class Builder extends ImmutableSshHost.Builder {
    Builder() {}

    /**
     * Adds a private key file to offer.
     *
     * @param file an OpenSSH private key (ed25519, ECDSA or RSA)
     * @return this
     */
    public Builder identityFile(Path file) {
      addIdentityFiles(file);
      return this;
    }
  }
}
