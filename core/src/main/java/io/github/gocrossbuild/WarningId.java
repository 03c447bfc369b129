package io.github.gocrossbuild;

import java.util.Optional;

/**
 * Every id a {@link BuildWarning} can carry, each with the stable string users match on. {@code
 * docs/ids.md} lists them, and a test keeps that list equal to this one.
 */
public enum WarningId {
  /** cgo was enabled but the binary is statically linked: no linked package uses cgo. */
  PROOF_CGO_UNUSED("proof.cgo-unused"),
  /** A linux ELF binary is dynamically linked (against glibc, usually). */
  PROOF_DYNAMIC_GLIBC("proof.dynamic-glibc"),
  /** A static cgo build against glibc: pure-Go resolver and user lookup instead of NSS. */
  CGO_STATIC_GLIBC_NSS("cgo.static-glibc-nss"),
  /**
   * The toolchain that builds marks the target's port broken ({@code go tool dist list -broken}).
   */
  TARGET_BROKEN_PORT("target.broken-port"),
  /** An SSH host key was not verified ({@code HostKeyPolicy.acceptAnyForTestsOnly()}). */
  SSH_HOST_KEY_NOT_VERIFIED("ssh.host-key-not-verified"),
  /** {@code go} was found on an SSH host only through its login shell. */
  SSH_GO_LOGIN_SHELL_ONLY("ssh.go-login-shell-only"),
  /**
   * An SSH host's {@code go} is built for another architecture than the machine: it is emulated.
   */
  SSH_GO_EMULATED("ssh.go-emulated"),
  /** Delve is older than the Go that built the binary; it runs with a relaxed version check. */
  DEBUG_DELVE_TOO_OLD("debug.delve-too-old"),
  /** The build cache cannot key this build with certainty, so it is built and not stored. */
  CACHE_NOT_KEYED("cache.not-keyed"),
  /** A build cache entry's bytes, binary or signature were wrong; it was not used. */
  CACHE_ENTRY_REFUSED("cache.entry-refused"),
  /** A proved artifact could not be written to the build cache. */
  CACHE_NOT_STORED("cache.not-stored"),
  /** An HTTP build cache could not be read (server error, refused token, unreachable). */
  CACHE_UNAVAILABLE("cache.unavailable"),

  /**
   * The build could not share Go's action cache through {@code GOCACHEPROG} (its Go is older than
   * 1.24, the cache has trusted keys, the cache program could not be built there, or an HTTP cache
   * failed during the build): it used the host's own {@code GOCACHE}.
   */
  CACHE_NO_GOCACHEPROG("cache.no-gocacheprog");

  private final String id;

  WarningId(String id) {
    this.id = id;
  }

  /**
   * Returns the id users see and match on.
   *
   * @return e.g. {@code proof.dynamic-glibc}
   */
  public String id() {
    return id;
  }

  /**
   * Finds the constant of a documented id.
   *
   * @param id e.g. {@code proof.dynamic-glibc}
   * @return the constant, or empty when no warning has that id
   */
  public static Optional<WarningId> fromId(String id) {
    for (WarningId w : values()) {
      if (w.id.equals(id)) {
        return Optional.of(w);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the id.
   *
   * @return the same as {@link #id()}
   */
  @Override
  public String toString() {
    return id;
  }
}
