package io.github.gocrossbuild.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * The programs on a {@link BuildHost} that make a build's bytes, as the build cache keys them: the
 * Go toolchain's {@code go version} line and the SHA-256 of its {@code compile} and {@code link},
 * and for a cgo build the C compiler's resolved path and the first line of its {@code --version}.
 *
 * @param goVersion the first line {@code go version} printed, e.g. {@code go version go1.23.5
 *     linux/amd64}
 * @param compileSha256 the SHA-256 of {@code $GOTOOLDIR/compile}, lower-case hex
 * @param linkSha256 the SHA-256 of {@code $GOTOOLDIR/link}, lower-case hex
 * @param ccPath the C compiler's resolved path, when one was asked for and found
 * @param ccVersion the first line of the C compiler's {@code --version}, when it said one
 */
public record HostToolIdentity(
    String goVersion,
    String compileSha256,
    String linkSha256,
    Optional<String> ccPath,
    Optional<String> ccVersion) {
  /**
   * Checks the parts.
   *
   * @param goVersion the version line
   * @param compileSha256 the compiler's digest
   * @param linkSha256 the linker's digest
   * @param ccPath the C compiler's path
   * @param ccVersion the C compiler's version line
   */
  public HostToolIdentity {
    Objects.requireNonNull(goVersion, "goVersion");
    Objects.requireNonNull(compileSha256, "compileSha256");
    Objects.requireNonNull(linkSha256, "linkSha256");
    Objects.requireNonNull(ccPath, "ccPath");
    Objects.requireNonNull(ccVersion, "ccVersion");
  }
}
