package io.github.gocrossbuild.cache;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where proved artifacts are kept by the hash of their inputs, given to {@code
 * GoCrossBuilder.cache(...)}. Immutable; {@link #readOnly()} returns a copy.
 *
 * <pre>{@code
 * BuildResult r = GoCrossBuild.target("linux/arm64").noCgo().moduleDir(module)
 *     .cache(BuildCache.directory(Path.of("/var/cache/gocrossbuild")))
 *     .run();
 * r.fromCache();      // true when go build did not run
 * r.cacheSource();    // Optional[directory /var/cache/gocrossbuild]
 * }</pre>
 *
 * <p>The key is a SHA-256 over a manifest of named parts: the module's source tree, the {@code go
 * build} arguments, the Go variables the build runs with, the toolchain's {@code go version} and
 * the hashes of its compiler and linker, the target, and for cgo the C compiler's path and version
 * line, the sysroot and the {@code CGO_*} variables ({@link
 * io.github.gocrossbuild.BuildResult#cacheManifest()} shows it). A hit copies the bytes, proves
 * them like a fresh build, moves them into place (signed with {@code attest(key)}) and runs the
 * smoke test; a miss builds and then stores. A build whose inputs the key cannot cover with
 * certainty (a {@code go.work}, a {@code replace} to a local directory, {@code -toolexec}, {@code
 * -overlay}, version control stamping, a symbolic link or an embed of hidden files, cgo with a
 * compiler that cannot be identified, an SSH build without {@code -trimpath}) is always a miss,
 * with the reason as a {@code cache.not-keyed} warning. An SSH host identifies its own toolchain
 * and C compiler (one remote command, remembered per connection); the key names programs, not
 * hosts, so a local build and an SSH host share entries exactly when their programs and other parts
 * match, and a hit on an SSH host runs no {@code go} there and copies nothing to it. An entry whose
 * bytes do not match their hash, or whose binary fails the proof, is refused with a {@code
 * cache.entry-refused} warning and rebuilt.
 *
 * <p>Layout of a directory cache: {@code ac/<key>} holds the manifest (JSON, with the artifact's
 * SHA-256), {@code cas/<sha256>} the artifact's bytes. Every file is written to a temporary name
 * and renamed, so readers never see half an entry and two processes storing the same key leave one.
 * An attested build ({@code attest(key)}) also stores its DSSE envelope as {@code
 * att/<sha256>.intoto.jsonl}, which {@link #trustedKeys(Path...)} asks of every hit.
 */
public final class BuildCache {
  private final Path directory;
  private final boolean readOnly;
  private final List<Path> trustedKeys;

  private BuildCache(Path directory, boolean readOnly, List<Path> trustedKeys) {
    this.directory = directory;
    this.readOnly = readOnly;
    this.trustedKeys = trustedKeys;
  }

  /**
   * Keeps the cache in a directory on this machine (or a shared file system); it is created on
   * first store.
   *
   * @param directory the directory
   * @return the cache, read and written
   */
  public static BuildCache directory(Path directory) {
    Objects.requireNonNull(directory, "directory");
    return new BuildCache(directory.toAbsolutePath().normalize(), false, List.of());
  }

  /**
   * Returns this cache for lookups only: a miss builds but stores nothing, and a refused entry
   * stays as it is. Usual for CI jobs that consume a cache other jobs fill.
   *
   * @return a read-only copy
   */
  public BuildCache readOnly() {
    return new BuildCache(directory, true, trustedKeys);
  }

  /**
   * Returns this cache accepting only entries signed by one of these keys: a hit must carry the
   * DSSE envelope its storing build wrote ({@code attest(key)}), the envelope must verify with one
   * of the keys ({@code Attestations.verify}) and its statement's subject must be the entry's
   * bytes. Any other entry is refused with a {@code cache.entry-refused} warning naming why, and
   * rebuilt.
   *
   * <pre>{@code
   * BuildCache shared = BuildCache.directory(dir).readOnly().trustedKeys(Path.of("ci.pub.pem"));
   * }</pre>
   *
   * @param publicKeyPems the X.509 PEM files ({@code BEGIN PUBLIC KEY}) of ECDSA P-256 or Ed25519
   *     keys
   * @return a copy that checks hits
   */
  public BuildCache trustedKeys(Path... publicKeyPems) {
    List<Path> keys = List.of(publicKeyPems);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("trustedKeys(...) needs at least one public key file");
    }
    return new BuildCache(
        directory, readOnly, keys.stream().map(k -> k.toAbsolutePath().normalize()).toList());
  }

  /**
   * Returns the keys a hit must be signed by.
   *
   * @return the public key files, empty when hits are not checked for a signature
   */
  public List<Path> trustedKeyFiles() {
    return trustedKeys;
  }

  /**
   * Tells whether this cache only serves lookups.
   *
   * @return true after {@link #readOnly()}
   */
  public boolean isReadOnly() {
    return readOnly;
  }

  /**
   * Returns the directory of a directory cache.
   *
   * @return the absolute directory
   */
  public Optional<Path> directory() {
    return Optional.of(directory);
  }

  /**
   * Describes where hits come from, as {@link io.github.gocrossbuild.BuildResult#cacheSource()}
   * shows it.
   *
   * @return e.g. {@code directory /var/cache/gocrossbuild}
   */
  public String source() {
    return "directory " + directory;
  }

  @Override
  public String toString() {
    return source()
        + (readOnly ? " (read-only)" : "")
        + (trustedKeys.isEmpty() ? "" : " trusting " + trustedKeys);
  }
}
