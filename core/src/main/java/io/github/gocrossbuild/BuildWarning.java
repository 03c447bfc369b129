package io.github.gocrossbuild;

import java.util.Objects;

/**
 * Something the user should know although the build succeeded: a typed id ({@link WarningId}) with
 * a stable string to match on, and a sentence to show. Carried by {@link BuildResult#warnings()}
 * and {@link BuildEvent.Warning}.
 *
 * <p>The ids are a contract: they do not change between versions. The constants below are the
 * strings of {@link WarningId}, kept for matching on {@link #id()}:
 *
 * <ul>
 *   <li>{@value #PROOF_CGO_UNUSED}: cgo was on but no linked package uses it, so the binary is
 *       statically linked anyway;
 *   <li>{@value #PROOF_DYNAMIC_GLIBC}: a linux binary is dynamically linked, so the target needs
 *       its interpreter and libraries (the message names the newest {@code GLIBC_x.y} needed);
 *   <li>{@value #CGO_STATIC_GLIBC_NSS}: a static cgo binary was linked against glibc, so the {@code
 *       netgo} and {@code osusergo} tags were added and glibc's NSS (LDAP, mDNS, sssd users and
 *       hosts) is not used;
 *   <li>{@value #TARGET_BROKEN_PORT}: the toolchain that built marks the target's port broken (Go
 *       1.24's {@code windows/arm}): {@code go build} still succeeds, but upstream no longer tests
 *       the port;
 *   <li>{@value #SSH_HOST_KEY_NOT_VERIFIED}: an SSH host's key was accepted without checking (tests
 *       only);
 *   <li>{@value #SSH_GO_LOGIN_SHELL_ONLY}: {@code go} was found on an SSH host only through the
 *       login shell;
 *   <li>{@value #SSH_GO_EMULATED}: an SSH host's {@code go} is built for another architecture than
 *       the machine (GOHOSTARCH is not {@code uname -m}), so it runs under emulation: slow, and a
 *       build without GOARCH does not target the host;
 *   <li>{@value #DEBUG_DELVE_TOO_OLD}: Delve is older than the Go that built the binary, so it runs
 *       with {@code --check-go-version=false};
 *   <li>{@value #CACHE_NOT_KEYED}: the build cache cannot key the build with certainty (a {@code
 *       go.work}, a local {@code replace}, {@code -toolexec}, ...), so it was built and not stored;
 *       the message says why;
 *   <li>{@value #CACHE_ENTRY_REFUSED}: a build cache entry's bytes did not match their hash or
 *       their binary failed the proof, so it was not used and the target was built;
 *   <li>{@value #CACHE_NOT_STORED}: the proved artifact could not be written to the build cache;
 *   <li>{@value #CACHE_UNAVAILABLE}: an HTTP build cache could not be read (a server error, a
 *       refused token, a timeout, an unreachable server), so the target was built and not stored.
 *   <li>{@value #CACHE_NO_GOCACHEPROG}: Go's action cache was not shared through {@code
 *       GOCACHEPROG} (a Go older than 1.24, a cache with trusted keys, a cache program that could
 *       not be built) or stopped being shared (an HTTP cache that failed), so the build used the
 *       host's own {@code GOCACHE}.
 * </ul>
 *
 * @param kind the typed id, e.g. {@link WarningId#PROOF_DYNAMIC_GLIBC}
 * @param message what happened and why it matters, one or two sentences
 */
public record BuildWarning(WarningId kind, String message) {
  /** cgo was enabled but the binary is statically linked: no linked package uses cgo. */
  public static final String PROOF_CGO_UNUSED = "proof.cgo-unused";

  /** A linux ELF binary is dynamically linked (against glibc, usually). */
  public static final String PROOF_DYNAMIC_GLIBC = "proof.dynamic-glibc";

  /** A static cgo build against glibc: pure-Go resolver and user lookup instead of NSS. */
  public static final String CGO_STATIC_GLIBC_NSS = "cgo.static-glibc-nss";

  /** The toolchain that builds marks the target's port broken. */
  public static final String TARGET_BROKEN_PORT = "target.broken-port";

  /** An SSH host key was not verified ({@code HostKeyPolicy.acceptAnyForTestsOnly()}). */
  public static final String SSH_HOST_KEY_NOT_VERIFIED = "ssh.host-key-not-verified";

  /** {@code go} was found on an SSH host only through its login shell. */
  public static final String SSH_GO_LOGIN_SHELL_ONLY = "ssh.go-login-shell-only";

  /** An SSH host's {@code go} is built for another architecture than the machine. */
  public static final String SSH_GO_EMULATED = "ssh.go-emulated";

  /**
   * Delve is older than the Go that built the binary; it runs with {@code
   * --check-go-version=false}.
   */
  public static final String DEBUG_DELVE_TOO_OLD = "debug.delve-too-old";

  /** The build cache cannot key the build with certainty; it was built and not stored. */
  public static final String CACHE_NOT_KEYED = "cache.not-keyed";

  /** A build cache entry was refused: wrong bytes or a binary that fails the proof. */
  public static final String CACHE_ENTRY_REFUSED = "cache.entry-refused";

  /** The proved artifact could not be written to the build cache. */
  public static final String CACHE_NOT_STORED = "cache.not-stored";

  /** An HTTP build cache could not be read; the target was built and not stored. */
  public static final String CACHE_UNAVAILABLE = "cache.unavailable";

  /** Go's action cache was not shared: a Go older than 1.24, trusted keys, or a failing cache. */
  public static final String CACHE_NO_GOCACHEPROG = "cache.no-gocacheprog";

  /**
   * Checks the parts.
   *
   * @param kind the typed id
   * @param message the sentence
   */
  public BuildWarning {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Creates a warning from its documented id.
   *
   * @param id the stable id, e.g. {@code proof.dynamic-glibc}
   * @param message the sentence
   * @throws IllegalArgumentException naming the id when no {@link WarningId} has it
   */
  public BuildWarning(String id, String message) {
    this(
        WarningId.fromId(Objects.requireNonNull(id, "id"))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        String.format("\"%s\" is not a warning id; see WarningId", id))),
        message);
  }

  /**
   * Returns the stable id users match on.
   *
   * @return e.g. {@code proof.dynamic-glibc}
   */
  public String id() {
    return kind.id();
  }

  /**
   * Formats the warning as {@code [id] message}.
   *
   * @return the one-line form
   */
  @Override
  public String toString() {
    return "[" + kind.id() + "] " + message;
  }
}
