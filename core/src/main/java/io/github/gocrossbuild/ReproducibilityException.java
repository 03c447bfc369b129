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
   * Creates the exception.
   *
   * @param target the target built twice
   * @param host the builder's host
   * @param sha256 the SHA-256 of its artifact
   * @param otherHost the other host
   * @param otherSha256 the SHA-256 of the other host's artifact
   * @param differences one line per difference, e.g. {@code setting -ldflags: "-s -w" on local, "-s
   *     -w -X=main.x=1" on ci@10.0.0.7:22}
   */
  public ReproducibilityException(
      Target target,
      String host,
      String sha256,
      String otherHost,
      String otherSha256,
      List<String> differences) {
    this(
        String.format(
            "%s is not reproducible: %s and %s built different bytes (SHA-256 %s on %s, %s on"
                + " %s):%n  %s",
            target,
            host,
            otherHost,
            sha256,
            host,
            otherSha256,
            otherHost,
            String.join(System.lineSeparator() + "  ", differences)),
        target,
        host,
        sha256,
        otherHost,
        otherSha256,
        differences);
  }

  /**
   * Creates the exception for two hosts that built the same bytes but whose signed provenance
   * statements disagree on what was asked for ({@code attest(...)} with {@code reproducibleOn}).
   *
   * @param target the target built twice
   * @param host the builder's host
   * @param otherHost the other host
   * @param sha256 the SHA-256 both artifacts have
   * @param differences one line per statement field that differs, e.g. {@code
   *     externalParameters.cgo: true on local, false on ci@10.0.0.7:22}
   * @return the exception
   */
  public static ReproducibilityException statementsDisagree(
      Target target, String host, String otherHost, String sha256, List<String> differences) {
    return new ReproducibilityException(
        String.format(
            "%s: %s and %s built the same bytes (SHA-256 %s), but their provenance statements"
                + " disagree:%n  %s",
            target,
            host,
            otherHost,
            sha256,
            String.join(System.lineSeparator() + "  ", differences)),
        target,
        host,
        sha256,
        otherHost,
        sha256,
        differences);
  }

  private ReproducibilityException(
      String message,
      Target target,
      String host,
      String sha256,
      String otherHost,
      String otherSha256,
      List<String> differences) {
    super(message);
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
