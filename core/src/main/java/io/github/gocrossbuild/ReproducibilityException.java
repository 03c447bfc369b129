package io.github.gocrossbuild;

import java.util.List;

/**
 * Thrown by {@link GoCrossBuilder#reproducibleOn} when two hosts build different bytes for the same
 * target; {@link #differences()} explains why, from the two binaries' build info and headers.
 */
public class ReproducibilityException extends GoCrossBuildException {
  private static final long serialVersionUID = 1L;

  private final Target target;
  private final String host;
  private final String otherHost;
  private final String sha256;
  private final String otherSha256;
  private final List<String> differences;

  /**
   * Creates the exception. When both SHA-256 are equal the bytes agree and the differences are
   * those of the two hosts' signed provenance statements ({@code attest(...)} with {@code
   * reproducibleOn}), and the message says so.
   *
   * @param target the target built twice
   * @param host the builder's host
   * @param sha256 the SHA-256 of its artifact
   * @param otherHost the other host
   * @param otherSha256 the SHA-256 of the other host's artifact
   * @param differences one line per difference, e.g. {@code setting -ldflags: "-s -w" on local, "-s
   *     -w -X=main.x=1" on ci@10.0.0.7:22}, or for statements {@code externalParameters.cgo: true
   *     on local, false on ci@10.0.0.7:22}
   */
  public ReproducibilityException(
      Target target,
      String host,
      String sha256,
      String otherHost,
      String otherSha256,
      List<String> differences) {
    super(
        sha256.equals(otherSha256)
            ? String.format(
                "%s: %s and %s built the same bytes (SHA-256 %s), but their provenance statements"
                    + " disagree:%n  %s",
                target,
                host,
                otherHost,
                sha256,
                String.join(System.lineSeparator() + "  ", differences))
            : String.format(
                "%s is not reproducible: %s and %s built different bytes (SHA-256 %s on %s, %s on"
                    + " %s):%n  %s",
                target,
                host,
                otherHost,
                sha256,
                host,
                otherSha256,
                otherHost,
                String.join(System.lineSeparator() + "  ", differences)));
    this.target = target;
    this.host = host;
    this.otherHost = otherHost;
    this.sha256 = sha256;
    this.otherSha256 = otherSha256;
    this.differences = List.copyOf(differences);
  }

  /**
   * Returns the target.
   *
   * @return the target built twice
   */
  public Target target() {
    return target;
  }

  /**
   * Returns the builder's host.
   *
   * @return its name
   */
  public String host() {
    return host;
  }

  /**
   * Returns the other host.
   *
   * @return its name
   */
  public String otherHost() {
    return otherHost;
  }

  /**
   * Returns the SHA-256 of the artifact built on the builder's host.
   *
   * @return lower-case hex
   */
  public String sha256() {
    return sha256;
  }

  /**
   * Returns the SHA-256 of the artifact built on the other host.
   *
   * @return lower-case hex
   */
  public String otherSha256() {
    return otherSha256;
  }

  /**
   * Returns what differs between the two binaries, or between the two signed statements.
   *
   * @return one line each: build settings, Go version, build ID, header facts, differing sections;
   *     or statement fields ({@code subject}, {@code externalParameters.<name>})
   */
  public List<String> differences() {
    return differences;
  }
}
