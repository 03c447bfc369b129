package io.github.gocrossbuild.provenance;

import java.util.Objects;

/**
 * An in-toto statement whose signature, subject digest and predicate type {@link
 * Attestations#verify} checked.
 */
public final class VerifiedStatement {
  private final String json;
  private final String subjectName;
  private final String subjectSha256;
  private final String predicateType;
  private final String builderId;

  VerifiedStatement(
      String json,
      String subjectName,
      String subjectSha256,
      String predicateType,
      String builderId) {
    this.json = Objects.requireNonNull(json);
    this.subjectName = Objects.requireNonNull(subjectName);
    this.subjectSha256 = Objects.requireNonNull(subjectSha256);
    this.predicateType = Objects.requireNonNull(predicateType);
    this.builderId = Objects.requireNonNull(builderId);
  }

  /**
   * Returns the statement as signed.
   *
   * @return the JSON text
   */
  public String json() {
    return json;
  }

  /**
   * Returns the subject's name.
   *
   * @return the artifact's file name when it was built
   */
  public String subjectName() {
    return subjectName;
  }

  /**
   * Returns the subject's SHA-256, the same as the artifact's.
   *
   * @return lower-case hex
   */
  public String subjectSha256() {
    return subjectSha256;
  }

  /**
   * Returns the predicate type.
   *
   * @return {@code https://slsa.dev/provenance/v1}
   */
  public String predicateType() {
    return predicateType;
  }

  /**
   * Returns the id of the builder that made the artifact.
   *
   * @return e.g. {@code ssh://ci@10.0.0.7:22}, or empty when the predicate names none
   */
  public String builderId() {
    return builderId;
  }

  @Override
  public String toString() {
    return String.format("%s sha256:%s (%s)", subjectName, subjectSha256, builderId);
  }
}
