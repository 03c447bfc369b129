package io.github.gocrossbuild.cache;

import java.nio.file.Path;
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
 * match, and a hit on an SSH host runs nothing there. An entry whose bytes do not match their hash,
 * or whose binary fails the proof, is refused with a {@code cache.entry-refused} warning and
 * rebuilt.
 *
 * <p>Layout of a directory cache: {@code ac/<key>} holds the manifest (JSON, with the artifact's
 * SHA-256), {@code cas/<sha256>} the artifact's bytes. Every file is written to a temporary name
 * and renamed, so readers never see half an entry and two processes storing the same key leave one.
 */
public final class BuildCache {
  private final Path directory;
  private final boolean readOnly;

  private BuildCache(Path directory, boolean readOnly) {
    this.directory = directory;
    this.readOnly = readOnly;
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
    return new BuildCache(directory.toAbsolutePath().normalize(), false);
  }

  /**
   * Returns this cache for lookups only: a miss builds but stores nothing, and a refused entry
   * stays as it is. Usual for CI jobs that consume a cache other jobs fill.
   *
   * @return a read-only copy
   */
  public BuildCache readOnly() {
    return new BuildCache(directory, true);
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
    return source() + (readOnly ? " (read-only)" : "");
  }
}
