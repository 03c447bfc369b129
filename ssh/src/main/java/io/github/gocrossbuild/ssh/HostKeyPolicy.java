package io.github.gocrossbuild.ssh;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How an {@link SshHost}'s host key is checked before anything is sent to it.
 *
 * <p>The default, {@link #strict()}, is OpenSSH's {@code StrictHostKeyChecking=yes}: the key must
 * already be in known_hosts (plain, hashed {@code |1|...} and {@code [host]:port} entries). A
 * changed key is refused under every policy except {@link #acceptAnyForTestsOnly()}.
 *
 * <pre>{@code
 * SshHost.builder().host("arm64.example").hostKeyPolicy(HostKeyPolicy.pinned(
 *     "SHA256:3k8ZK0yR6cFq6B0hYqg9c2S3dX0yJwW2m1bqQfT7d0E")).build();
 * }</pre>
 */
public final class HostKeyPolicy {
  private static final Pattern FINGERPRINT = Pattern.compile("SHA256:[A-Za-z0-9+/]{43}");

  /** The kinds of policy. */
  public enum Mode {
    /** The key must be in known_hosts. */
    STRICT,
    /**
     * Trust on first use: an unknown host's key is recorded in known_hosts; a changed key fails.
     */
    ACCEPT_NEW,
    /** The key's SHA-256 fingerprint must be one of the pinned ones; known_hosts is not read. */
    PINNED,
    /** Any key is accepted. For tests against throwaway servers only. */
    ACCEPT_ANY
  }

  private static final HostKeyPolicy STRICT = new HostKeyPolicy(Mode.STRICT, Set.of());
  private static final HostKeyPolicy ACCEPT_NEW = new HostKeyPolicy(Mode.ACCEPT_NEW, Set.of());
  private static final HostKeyPolicy ACCEPT_ANY = new HostKeyPolicy(Mode.ACCEPT_ANY, Set.of());

  private final Mode mode;
  private final Set<String> fingerprints;

  private HostKeyPolicy(Mode mode, Set<String> fingerprints) {
    this.mode = mode;
    this.fingerprints = fingerprints;
  }

  /**
   * Returns the default policy: the host key must be listed in known_hosts.
   *
   * @return the strict policy
   */
  public static HostKeyPolicy strict() {
    return STRICT;
  }

  /**
   * Returns trust on first use ({@code StrictHostKeyChecking=accept-new}): an unknown host's key is
   * accepted and appended to known_hosts; a key that differs from a recorded one is refused.
   *
   * @return the accept-new policy
   */
  public static HostKeyPolicy acceptNew() {
    return ACCEPT_NEW;
  }

  /**
   * Returns a policy that accepts exactly the given host key fingerprints, as {@code ssh-keygen
   * -lf} prints them.
   *
   * @param fingerprints one or more {@code SHA256:<43 base64 characters>} values
   * @return the pinned policy
   * @throws IllegalArgumentException when none is given or one is not a SHA-256 fingerprint
   */
  public static HostKeyPolicy pinned(String... fingerprints) {
    Objects.requireNonNull(fingerprints, "fingerprints");
    if (fingerprints.length == 0) {
      throw new IllegalArgumentException("pinned: give at least one SHA256:... fingerprint");
    }
    Set<String> set = new LinkedHashSet<>();
    for (String f : fingerprints) {
      String t = Objects.requireNonNull(f, "fingerprint").strip();
      if (t.endsWith("=")) {
        t = t.substring(0, t.length() - 1);
      }
      if (!FINGERPRINT.matcher(t).matches()) {
        throw new IllegalArgumentException(
            "pinned: \""
                + f
                + "\" is not a SHA-256 host key"
                + " fingerprint; expected SHA256: and 43 base64 characters, as printed by"
                + " `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` on the host");
      }
      set.add(t);
    }
    return new HostKeyPolicy(Mode.PINNED, Set.copyOf(set));
  }

  /**
   * Returns a policy that accepts every host key, which makes the connection open to
   * man-in-the-middle attacks. Only for tests against throwaway servers; every build on such a host
   * emits a {@code ssh.host-key-not-verified} warning event.
   *
   * @return the accept-any policy
   */
  public static HostKeyPolicy acceptAnyForTestsOnly() {
    return ACCEPT_ANY;
  }

  /**
   * Returns the kind of policy.
   *
   * @return the mode
   */
  public Mode mode() {
    return mode;
  }

  /**
   * Returns the pinned fingerprints.
   *
   * @return sorted {@code SHA256:...} values; empty unless {@link Mode#PINNED}
   */
  public List<String> fingerprints() {
    return fingerprints.stream().sorted().toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HostKeyPolicy p && p.mode == mode && p.fingerprints.equals(fingerprints);
  }

  @Override
  public int hashCode() {
    return mode.hashCode() * 31 + fingerprints.hashCode();
  }

  @Override
  public String toString() {
    return mode == Mode.PINNED ? "PINNED" + fingerprints() : mode.name();
  }
}
