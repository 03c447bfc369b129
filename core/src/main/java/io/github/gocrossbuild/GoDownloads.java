package io.github.gocrossbuild;

import io.github.gocrossbuild.internal.toolchain.install.CacheDirs;
import io.github.gocrossbuild.internal.toolchain.install.DownloadSettings;
import io.github.gocrossbuild.internal.toolchain.install.GoDistributions;
import io.github.gocrossbuild.internal.toolchain.install.ToolchainInstaller;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where Go distributions come from and where they are kept: the official download site or a mirror
 * with the same layout ({@code <base>/go1.23.5.linux-amd64.tar.gz}, {@code .zip} for Windows, and
 * its SHA-256 in {@code <base>/go1.23.5.linux-amd64.tar.gz.sha256}, or in the JSON release listing
 * {@code <base>?mode=json&include=all}). Immutable: every setter returns a copy.
 *
 * <pre>{@code
 * Path go = GoDownloads.from(URI.create("https://mirror.example.com/golang/"))
 *     .cacheDir(Path.of("/var/cache/go"))
 *     .install("1.23.5");            // /var/cache/go/go1.23.5/bin/go
 * }</pre>
 *
 * <p>An install downloads the archive, checks its SHA-256 before unpacking anything, unpacks it
 * next to its final place, runs {@code go version} once and renames the directory into place. A
 * second install of the same version downloads nothing; two threads or two JVMs installing the same
 * version at once download it once. Archives with entries that leave the target directory, device
 * files or too much content are refused.
 */
public final class GoDownloads {
  private static final URI OFFICIAL = URI.create("https://go.dev/dl/");

  private final URI base;
  private final Path cacheDir;
  private final String sha256;
  private final Duration timeout;
  private final long maxUnpackedBytes;
  private final Consumer<DownloadProgress> listener;

  private GoDownloads(
      URI base,
      Path cacheDir,
      String sha256,
      Duration timeout,
      long maxUnpackedBytes,
      Consumer<DownloadProgress> listener) {
    this.base = base;
    this.cacheDir = cacheDir;
    this.sha256 = sha256;
    this.timeout = timeout;
    this.maxUnpackedBytes = maxUnpackedBytes;
    this.listener = listener;
  }

  /**
   * Returns the official download site, {@code https://go.dev/dl/}.
   *
   * @return downloads from the official site into the default cache directory
   */
  public static GoDownloads official() {
    return from(OFFICIAL);
  }

  /**
   * Returns a mirror, or a local directory ({@code file:} URI), with the official layout.
   *
   * @param base the directory holding the archives; a missing final {@code /} is added
   * @return downloads from there into the default cache directory
   */
  public static GoDownloads from(URI base) {
    Objects.requireNonNull(base, "base");
    String s = base.toString();
    URI b = URI.create(s.endsWith("/") ? s : s + "/");
    String scheme = Optional.ofNullable(b.getScheme()).orElse("");
    if (!scheme.equals("https") && !scheme.equals("http") && !scheme.equals("file")) {
      throw new IllegalArgumentException(
          String.format("base: %s is not an https:, http: or file: URI", base));
    }
    return new GoDownloads(b, null, null, Duration.ofMinutes(10), 2L * 1024 * 1024 * 1024, p -> {});
  }

  /**
   * Keeps distributions in this directory instead of the default: {@code $XDG_CACHE_HOME} or {@code
   * ~/.cache} on Linux, {@code ~/Library/Caches} on macOS, {@code %LOCALAPPDATA%} on Windows, each
   * with a {@code gocrossbuild} subdirectory.
   *
   * @param dir the directory (created when needed)
   * @return a copy
   */
  public GoDownloads cacheDir(Path dir) {
    Path d = Objects.requireNonNull(dir, "cacheDir").toAbsolutePath().normalize();
    return new GoDownloads(base, d, sha256, timeout, maxUnpackedBytes, listener);
  }

  /**
   * Pins the SHA-256 the archive must have; it wins over the one the site publishes. It applies to
   * every archive this value downloads, so use it for one version on one platform.
   *
   * @param hex 64 hexadecimal digits
   * @return a copy
   */
  public GoDownloads sha256(String hex) {
    Objects.requireNonNull(hex, "sha256");
    String h = hex.strip().toLowerCase(java.util.Locale.ROOT);
    if (!h.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException(
          String.format("sha256: \"%s\" is not 64 hexadecimal digits", hex));
    }
    return new GoDownloads(base, cacheDir, h, timeout, maxUnpackedBytes, listener);
  }

  /**
   * Limits each transfer (connection and whole body); 10 minutes by default.
   *
   * @param limit the limit
   * @return a copy
   */
  public GoDownloads timeout(Duration limit) {
    Objects.requireNonNull(limit, "timeout");
    if (limit.isNegative() || limit.isZero()) {
      throw new IllegalArgumentException("timeout: must be positive, was " + limit);
    }
    return new GoDownloads(base, cacheDir, sha256, limit, maxUnpackedBytes, listener);
  }

  /**
   * Refuses archives that unpack to more than this; 2 GiB by default (Go 1.23 unpacks to about 250
   * MB). Downloads larger than this are refused too.
   *
   * @param bytes the limit
   * @return a copy
   */
  public GoDownloads maxUnpackedBytes(long bytes) {
    if (bytes <= 0) {
      throw new IllegalArgumentException("maxUnpackedBytes: must be positive, was " + bytes);
    }
    return new GoDownloads(base, cacheDir, sha256, timeout, bytes, listener);
  }

  /**
   * Returns the unpacked-size limit.
   *
   * @return bytes
   */
  public long maxUnpackedBytes() {
    return maxUnpackedBytes;
  }

  /**
   * Sends download progress to a listener, which must be thread-safe and fast.
   *
   * @param listener the listener; an exception it throws is ignored
   * @return a copy
   */
  public GoDownloads listener(Consumer<DownloadProgress> listener) {
    Objects.requireNonNull(listener, "listener");
    return new GoDownloads(base, cacheDir, sha256, timeout, maxUnpackedBytes, listener);
  }

  /**
   * Returns the download site.
   *
   * @return the base URI, ending in {@code /}
   */
  public URI base() {
    return base;
  }

  /**
   * Returns the cache directory: the one set, or this OS's default.
   *
   * @return an absolute path
   */
  public Path cacheDir() {
    if (cacheDir != null) {
      return cacheDir;
    }
    GoOs os = GoOs.current().orElse(GoOs.LINUX);
    return Path.of(CacheDirs.defaultFor(os, System.getenv(), System.getProperty("user.home")));
  }

  /**
   * Returns the URL of a version's archive for a platform.
   *
   * @param version e.g. {@code 1.23.5}
   * @param platform the platform the toolchain runs on
   * @return e.g. {@code https://go.dev/dl/go1.23.5.linux-arm64.tar.gz}
   */
  public URI archiveUrl(String version, Target platform) {
    return settings()
        .urlOf(GoDistributions.archiveName(GoDistributions.normalize(version), platform));
  }

  /**
   * Installs a version for this machine, or finds it installed in the cache directory.
   *
   * @param version e.g. {@code 1.23.5} or {@code go1.23.5}
   * @return the {@code go} command, e.g. {@code <cache>/go1.23.5/bin/go}
   * @throws ToolchainDownloadException when it cannot be downloaded, verified or unpacked
   */
  public Path install(String version) {
    return ToolchainInstaller.install(settings(), version).go();
  }

  /**
   * Finds a version installed in the cache directory, without downloading anything: for callers
   * that must not touch the network (a build tool's offline mode).
   *
   * @param version e.g. {@code 1.23.5} or {@code go1.23.5}
   * @return the {@code go} command, or empty when {@link #install(String)} would download
   */
  public Optional<Path> installed(String version) {
    return ToolchainInstaller.installed(settings(), version);
  }

  /**
   * Downloads a version's archive for any platform (for a build host that has no internet) and
   * verifies it; kept in {@code <cache>/archives} and checked again on reuse.
   *
   * @param version e.g. {@code 1.23.5}
   * @param platform the platform the toolchain will run on
   * @return the verified archive
   * @throws ToolchainDownloadException when it cannot be downloaded or verified
   */
  public Path archive(String version, Target platform) {
    return ToolchainInstaller.archive(settings(), version, Objects.requireNonNull(platform));
  }

  /**
   * Returns the settings of one download, for the library's own use.
   *
   * @return the settings
   */
  DownloadSettings settings() {
    Consumer<DownloadProgress> safe =
        p -> {
          try {
            listener.accept(p);
          } catch (RuntimeException ignored) {
            // Documented: a listener's exception does not reach the download.
          }
        };
    return new DownloadSettings(
        base,
        cacheDir(),
        Optional.ofNullable(sha256),
        timeout,
        maxUnpackedBytes,
        maxUnpackedBytes,
        safe);
  }

  @Override
  public String toString() {
    return String.format("GoDownloads[%s -> %s]", base, cacheDir());
  }
}
