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
   * Returns how many keep-alive probes may go unanswered before the connection is declared dead,
   * like OpenSSH's {@code ServerAliveCountMax}.
   *
   * @return 3 unless set
   */
  @Value.Default
  public int keepAliveCountMax() {
    return 3;
  }

  /**
   * Tells whether only the {@link #identityFiles()} are offered, like OpenSSH's {@code
   * IdentitiesOnly yes}: the agent's other keys are not tried (a server counts every key offered
   * against its {@code MaxAuthTries}).
   *
   * @return false unless set
   */
  @Value.Default
  public boolean identitiesOnly() {
    return false;
  }

  /**
   * Tells whether keys held by an {@code ssh-agent} are offered; their private halves never enter
   * this process, the agent signs. {@code IdentityAgent none} in ssh config turns it off.
   *
   * @return true unless set
   */
  @Value.Default
  public boolean agent() {
    return true;
  }

  /**
   * Returns the agent's socket, like OpenSSH's {@code IdentityAgent}.
   *
   * @return the Unix-domain socket; empty for {@code $SSH_AUTH_SOCK} (no agent when unset)
   */
  public abstract Optional<Path> identityAgent();

  /**
   * Returns the jump hosts the connection goes through, like OpenSSH's {@code ProxyJump}: the first
   * is connected directly, each next one through a direct-tcpip channel of the one before, the
   * target through the last. Each hop's host key is checked under its own policy and known_hosts.
   *
   * @return the hops in order, empty for a direct connection; hops have no jump hosts themselves
   */
  public abstract List<SshHost> proxyJump();

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
    if (keepAliveCountMax() < 1) {
      throw new IllegalArgumentException(
          "keepAliveCountMax: " + keepAliveCountMax() + " is below 1");
    }
    for (SshHost hop : proxyJump()) {
      if (!hop.proxyJump().isEmpty()) {
        throw new IllegalArgumentException(
            "proxyJump: jump host "
                + hop.address()
                + " has jump hosts of its own; list every hop in order on the target instead");
      }
    }
  }

  /**
   * Reads a host alias from {@code ~/.ssh/config} as OpenSSH's {@code ssh} would: {@code Include},
   * {@code Host} and {@code Match host/originalhost/user/localuser/all} blocks with the first value
   * winning, {@code %h %p %r %u %n %d %%} tokens, {@code HostName}, {@code User}, {@code Port},
   * {@code IdentityFile}, {@code IdentitiesOnly}, {@code IdentityAgent}, {@code ProxyJump} (each
   * hop read from the same file), {@code ConnectTimeout}, {@code ServerAliveInterval}/{@code
   * ServerAliveCountMax}, {@code UserKnownHostsFile}, {@code HashKnownHosts} and {@code
   * StrictHostKeyChecking} ({@code accept-new}; {@code no} keeps the strict check: use {@link
   * HostKeyPolicy#acceptAnyForTestsOnly()} explicitly). What would change security or routing and
   * is not supported ({@code ProxyCommand}, {@code Match exec}, ...) is an {@link
   * SshConfigException}, never ignored.
   *
   * <pre>{@code
   * try (SshBuildHost remote = SshBuildHost.connect(SshHost.fromSshConfig("arm64-box").build())) {
   *   remote.probe();
   * }
   * }</pre>
   *
   * @param alias the name after {@code ssh}
   * @return a builder with those values, to adjust and build
   * @throws SshConfigException naming the file, line and keyword of a setting that cannot be used
   */
  public static Builder fromSshConfig(String alias) {
    return fromSshConfig(alias, SshConfigFile.userConfig());
  }

  /**
   * Reads a host alias from the given ssh config file, like {@code ssh -F configFile alias}
   * (relative {@code Include} names are still under {@code ~/.ssh}).
   *
   * @param alias the name after {@code ssh}
   * @param configFile the file, e.g. {@code ~/.ssh/config}; a missing file gives just the alias
   * @return a builder with those values, to adjust and build
   * @throws SshConfigException naming the file, line and keyword of a setting that cannot be used
   */
  public static Builder fromSshConfig(String alias, Path configFile) {
    return SshConfigFile.resolve(alias, configFile);
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
