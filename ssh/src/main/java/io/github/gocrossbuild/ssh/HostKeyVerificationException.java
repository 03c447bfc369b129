package io.github.gocrossbuild.ssh;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Thrown when the host's key is not trusted: unknown under {@link HostKeyPolicy#strict()},
 * different from the recorded one (possible man-in-the-middle), or not among the pinned
 * fingerprints. Nothing was sent to the host.
 */
public class HostKeyVerificationException extends SshException {
  private static final long serialVersionUID = 1L;

  /** Why the key was refused. */
  public enum Reason {
    /** The host has no entry in known_hosts. */
    UNKNOWN_HOST,
    /** known_hosts has a different key for the host. */
    KEY_CHANGED,
    /** The key is not one of the pinned fingerprints. */
    NOT_PINNED
  }

  private final Reason reason;
  private final String keyType;
  private final String fingerprint;
  private final List<String> expectedFingerprints;
  private final String knownHosts;

  /**
   * Creates the exception.
   *
   * @param address the host as {@code host:port}
   * @param reason why the key was refused
   * @param keyType the key's type, e.g. {@code ssh-ed25519}
   * @param fingerprint the key's fingerprint, {@code SHA256:...}
   * @param expectedFingerprints the recorded or pinned fingerprints
   * @param knownHosts the known_hosts file consulted, or null when pinned
   */
  public HostKeyVerificationException(
      String address,
      Reason reason,
      String keyType,
      String fingerprint,
      List<String> expectedFingerprints,
      Path knownHosts) {
    super(
        message(address, reason, keyType, fingerprint, expectedFingerprints, knownHosts),
        address,
        "verify host key",
        null);
    this.reason = reason;
    this.keyType = keyType;
    this.fingerprint = fingerprint;
    this.expectedFingerprints = List.copyOf(expectedFingerprints);
    this.knownHosts = knownHosts == null ? null : knownHosts.toString();
  }

  private static String message(
      String address,
      Reason reason,
      String keyType,
      String fingerprint,
      List<String> expected,
      Path knownHosts) {
    switch (reason) {
      case UNKNOWN_HOST:
        return "Host key of "
            + address
            + " is unknown: "
            + keyType
            + " "
            + fingerprint
            + " is not in "
            + knownHosts
            + ". Compare the fingerprint with `ssh-keygen -lf"
            + " /etc/ssh/ssh_host_"
            + shortType(keyType)
            + "_key.pub` run on the host, then trust"
            + " it with `ssh -p <port> <host>` (answer yes), HostKeyPolicy.acceptNew() or"
            + " HostKeyPolicy.pinned(\""
            + fingerprint
            + "\").";
      case KEY_CHANGED:
        return "Host key of "
            + address
            + " has CHANGED: it presents "
            + keyType
            + " "
            + fingerprint
            + " but "
            + knownHosts
            + " records "
            + String.join(", ", expected)
            + ". Someone may be intercepting the connection (man-in-the-middle), or the host was"
            + " reinstalled. Refused. If the change is expected, remove the old entry with"
            + " `ssh-keygen -R <host>` (or `ssh-keygen -R '[host]:port'`) and connect again.";
      default:
        return "Host key of "
            + address
            + " is not pinned: it presents "
            + keyType
            + " "
            + fingerprint
            + ", pinned: "
            + String.join(", ", expected)
            + ". Refused.";
    }
  }

  private static String shortType(String keyType) {
    if (keyType.contains("ed25519")) {
      return "ed25519";
    }
    if (keyType.startsWith("ecdsa")) {
      return "ecdsa";
    }
    return "rsa";
  }

  /**
   * Returns why the key was refused.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * Returns the type of the key the host presented.
   *
   * @return e.g. {@code ssh-ed25519}
   */
  public String keyType() {
    return keyType;
  }

  /**
   * Returns the fingerprint of the key the host presented.
   *
   * @return {@code SHA256:...}
   */
  public String fingerprint() {
    return fingerprint;
  }

  /**
   * Returns the fingerprints that would have been accepted.
   *
   * @return recorded (key changed) or pinned fingerprints; empty for an unknown host
   */
  public List<String> expectedFingerprints() {
    return expectedFingerprints;
  }

  /**
   * Returns the known_hosts file that was consulted.
   *
   * @return the file, or empty under a pinned policy
   */
  public Optional<Path> knownHosts() {
    return Optional.ofNullable(knownHosts).map(Path::of);
  }
}
