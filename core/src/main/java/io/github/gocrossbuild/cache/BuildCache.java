package io.github.gocrossbuild.cache;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
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
 * line, the sysroot, the {@code CGO_*} variables and the SHA-256 of the C library files the
 * compiler names ({@code libc.so.6}, {@code libc.a}, ...; {@link
 * io.github.gocrossbuild.spi.HostToolIdentity#LIBC_FILES}) ({@link
 * io.github.gocrossbuild.BuildResult#cacheManifest()} shows it). A hit copies the bytes, proves
 * them like a fresh build, moves them into place (signed with {@code attest(key)}) and runs the
 * smoke test; a miss builds and then stores. A build whose inputs the key cannot cover with
 * certainty (a {@code go.work}, a {@code replace} to a local directory, {@code -toolexec}, {@code
 * -overlay}, version control stamping, a symbolic link or an embed of hidden files, cgo with a
 * compiler that cannot be identified or names no C library, an SSH build without {@code -trimpath})
 * is always a miss, with the reason as a {@code cache.not-keyed} warning. An SSH host identifies
 * its own toolchain and C compiler (one remote command, remembered per connection); the key names
 * programs, not hosts, so a local build and an SSH host share entries exactly when their programs
 * and other parts match, and a hit on an SSH host runs no {@code go} there and copies nothing to
 * it. An entry whose bytes do not match their hash, or whose binary fails the proof, is refused
 * with a {@code cache.entry-refused} warning and rebuilt.
 *
 * <p>Layout of a directory cache: {@code ac/<key>} holds the manifest (JSON, with the artifact's
 * SHA-256), {@code cas/<sha256>} the artifact's bytes. Every file is written to a temporary name
 * and renamed, so readers never see half an entry and two processes storing the same key leave one.
 * An HTTP cache ({@link #http(URI)}) has the same layout under its URL. An attested build ({@code
 * attest(key)}) also stores its DSSE envelope, which {@link #trustedKeys(Path...)} asks of every
 * hit.
 */
public final class BuildCache {
  /** The environment variable an HTTP cache reads its bearer token from, unless told another. */
  public static final String TOKEN_VARIABLE = "GOCROSSBUILD_CACHE_TOKEN";

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final Path directory;
  private final URI url;
  private final String tokenVariable;
  private final Duration timeout;
  private final boolean readOnly;
  private final List<Path> trustedKeys;

  private BuildCache(
      Path directory,
      URI url,
      String tokenVariable,
      Duration timeout,
      boolean readOnly,
      List<Path> trustedKeys) {
    this.directory = directory;
    this.url = url;
    this.tokenVariable = tokenVariable;
    this.timeout = timeout;
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
    return new BuildCache(
        directory.toAbsolutePath().normalize(), null, null, TIMEOUT, false, List.of());
  }

  /**
   * Keeps the cache on an HTTP server speaking the HTTP protocol of Bazel's remote cache: {@code
   * GET}/{@code PUT <url>/ac/<key>} for the manifest and {@code <url>/cas/<sha256>} for the bytes
   * (nginx with WebDAV {@code PUT}, bazel-remote, ...). The bytes are written before the manifest
   * that names them. A bearer token is sent when the variable {@value #TOKEN_VARIABLE} (or the one
   * named by {@link #tokenVariable(String)}) is set; it is never shown. A server that fails,
   * refuses or cannot be reached never fails a build: it is a miss ({@code cache.unavailable}) or
   * an artifact not stored ({@code cache.not-stored}), with the URL, the problem and the fix.
   *
   * <pre>{@code
   * BuildCache.http(URI.create("https://cache.example.com/gocrossbuild")).readOnly()
   * }</pre>
   *
   * @param url the cache's base URL, {@code http} or {@code https}, without user information
   * @return the cache, read and written
   * @throws IllegalArgumentException when the URL is not such a URL
   */
  public static BuildCache http(URI url) {
    Objects.requireNonNull(url, "url");
    String scheme = String.valueOf(url.getScheme()).toLowerCase(Locale.ROOT);
    // Messages show the URL without user information or query: either may hold a secret.
    String shown = url.toString().replaceFirst("//[^/]*@", "//").replaceFirst("[?#].*", "");
    if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
      throw new IllegalArgumentException(
          String.format("BuildCache.http: %s is not an http or https URL with a host", shown));
    }
    if (url.getRawUserInfo() != null || url.getRawQuery() != null || url.getRawFragment() != null) {
      throw new IllegalArgumentException(
          String.format(
              "BuildCache.http: %s carries user information, a query or a fragment; give the bare"
                  + " base URL and put a token in %s",
              shown, TOKEN_VARIABLE));
    }
    String path = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
    URI base = URI.create(scheme + "://" + url.getRawAuthority() + path);
    return new BuildCache(null, base, TOKEN_VARIABLE, TIMEOUT, false, List.of());
  }

  /**
   * Returns this cache for lookups only: a miss builds but stores nothing, and a refused entry
   * stays as it is. Usual for CI jobs that consume a cache other jobs fill.
   *
   * @return a read-only copy
   */
  public BuildCache readOnly() {
    return new BuildCache(directory, url, tokenVariable, timeout, true, trustedKeys);
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
        directory,
        url,
        tokenVariable,
        timeout,
        readOnly,
        keys.stream().map(k -> k.toAbsolutePath().normalize()).toList());
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
   * Returns this HTTP cache reading its bearer token from another environment variable.
   *
   * @param variable the variable's name, e.g. {@code CI_CACHE_TOKEN}
   * @return a copy
   * @throws IllegalArgumentException when the name is not a variable name
   * @throws IllegalStateException when this is not an HTTP cache
   */
  public BuildCache tokenVariable(String variable) {
    if (!variable.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException(
          String.format("tokenVariable: \"%s\" is not an environment variable name", variable));
    }
    return new BuildCache(
        directory, httpOnly("tokenVariable"), variable, timeout, readOnly, trustedKeys);
  }

  /**
   * Returns this HTTP cache with another timeout for connecting and for each request's answer
   * (default 30 seconds). A request that takes longer counts as an unreachable server.
   *
   * @param timeout the timeout, positive
   * @return a copy
   * @throws IllegalArgumentException when the timeout is not positive
   * @throws IllegalStateException when this is not an HTTP cache
   */
  public BuildCache timeout(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout: " + timeout + " is not positive");
    }
    return new BuildCache(
        directory, httpOnly("timeout"), tokenVariable, timeout, readOnly, trustedKeys);
  }

  private URI httpOnly(String method) {
    if (url == null) {
      throw new IllegalStateException(
          String.format("%s: %s is not an HTTP cache; use BuildCache.http(url)", method, this));
    }
    return url;
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
   * @return the absolute directory, or empty for an HTTP cache
   */
  public Optional<Path> directory() {
    return Optional.ofNullable(directory);
  }

  /**
   * Returns the base URL of an HTTP cache.
   *
   * @return the URL without a trailing slash, or empty for a directory cache
   */
  public Optional<URI> url() {
    return Optional.ofNullable(url);
  }

  /**
   * Returns the environment variable an HTTP cache reads its bearer token from.
   *
   * @return the name, or empty for a directory cache
   */
  public Optional<String> tokenVariable() {
    return Optional.ofNullable(tokenVariable);
  }

  /**
   * Returns the timeout of an HTTP cache's connections and requests.
   *
   * @return the timeout
   */
  public Duration timeout() {
    return timeout;
  }

  /**
   * Describes where hits come from, as {@link io.github.gocrossbuild.BuildResult#cacheSource()}
   * shows it.
   *
   * @return e.g. {@code directory /var/cache/gocrossbuild} or {@code http https://cache/gcb}
   */
  public String source() {
    return directory != null ? "directory " + directory : "http " + url;
  }

  @Override
  public String toString() {
    return source()
        + (readOnly ? " (read-only)" : "")
        + (trustedKeys.isEmpty() ? "" : " trusting " + trustedKeys);
  }
}
