package io.github.gocrossbuild.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The programs on a {@link BuildHost} that make a build's bytes, as the build cache keys them: the
 * Go toolchain's {@code go version} line and the SHA-256 of its {@code compile} and {@code link},
 * and for a cgo build the C compiler's resolved path, the first line of its {@code --version} and
 * the SHA-256 of the C library files it links with ({@link #LIBC_FILES}).
 *
 * @param goVersion the first line {@code go version} printed, e.g. {@code go version go1.23.5
 *     linux/amd64}
 * @param compileSha256 the SHA-256 of {@code $GOTOOLDIR/compile}, lower-case hex
 * @param linkSha256 the SHA-256 of {@code $GOTOOLDIR/link}, lower-case hex
 * @param ccPath the C compiler's resolved path, when one was asked for and found
 * @param ccVersion the first line of the C compiler's {@code --version}, when it said one
 * @param libcSha256 each of {@link #LIBC_FILES} the C compiler names with {@code -print-file-name}
 *     mapped to its SHA-256 (lower-case hex), in that order; empty without cgo or when the compiler
 *     names none
 */
public record HostToolIdentity(
    String goVersion,
    String compileSha256,
    String linkSha256,
    Optional<String> ccPath,
    Optional<String> ccVersion,
    Map<String, String> libcSha256) {
  /**
   * The C library files a cgo build's key covers, asked of the C compiler (with the flags the build
   * gives it) as {@code -print-file-name=<name>}: {@code libc.so.6}, whose symbols and versions a
   * dynamic link binds to; {@code libc.so}, the linker script {@code -lc} reads (musl's library
   * itself); {@code libc_nonshared.a} and {@code crt1.o}, linked into every dynamic binary; and
   * {@code libc.a}, a static link's C library. Those the compiler does not find are left out.
   */
  public static final List<String> LIBC_FILES =
      List.of("libc.so.6", "libc.so", "libc_nonshared.a", "libc.a", "crt1.o");

  /**
   * Checks the parts.
   *
   * @param goVersion the version line
   * @param compileSha256 the compiler's digest
   * @param linkSha256 the linker's digest
   * @param ccPath the C compiler's path
   * @param ccVersion the C compiler's version line
   * @param libcSha256 the C library files' digests
   */
  public HostToolIdentity {
    Objects.requireNonNull(goVersion, "goVersion");
    Objects.requireNonNull(compileSha256, "compileSha256");
    Objects.requireNonNull(linkSha256, "linkSha256");
    Objects.requireNonNull(ccPath, "ccPath");
    Objects.requireNonNull(ccVersion, "ccVersion");
    Objects.requireNonNull(libcSha256, "libcSha256");
    libcSha256 = Collections.unmodifiableMap(new LinkedHashMap<>(libcSha256));
  }

  /**
   * An identity without C library files: a build without cgo, or a host that cannot hash them (a
   * cgo build on it is then not cached).
   *
   * @param goVersion the version line
   * @param compileSha256 the compiler's digest
   * @param linkSha256 the linker's digest
   * @param ccPath the C compiler's path
   * @param ccVersion the C compiler's version line
   */
  public HostToolIdentity(
      String goVersion,
      String compileSha256,
      String linkSha256,
      Optional<String> ccPath,
      Optional<String> ccVersion) {
    this(goVersion, compileSha256, linkSha256, ccPath, ccVersion, Map.of());
  }
}
