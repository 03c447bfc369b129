package io.github.gocrossbuild;

import io.github.gocrossbuild.binary.GoBinary;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a built artifact is not what the build spec asked for; {@link #problems()} lists each
 * property with expected and actual value.
 */
public class VerificationException extends GoCrossBuildException {
  private static final long serialVersionUID = 1L;

  private final transient Path artifact;
  private final transient GoBinary binary;
  private final List<VerificationProblem> problems;

  /**
   * Creates the exception.
   *
   * @param artifact the file that was verified
   * @param binary what was read from it
   * @param problems the differences, at least one
   */
  public VerificationException(Path artifact, GoBinary binary, List<VerificationProblem> problems) {
    super(message(artifact, binary, problems));
    this.artifact = Objects.requireNonNull(artifact, "artifact");
    this.binary = Objects.requireNonNull(binary, "binary");
    this.problems = List.copyOf(problems);
    if (this.problems.isEmpty()) {
      throw new IllegalArgumentException("a VerificationException needs at least one problem");
    }
  }

  private static String message(Path artifact, GoBinary binary, List<VerificationProblem> ps) {
    String list = ps.stream().map(VerificationProblem::toString).collect(Collectors.joining("; "));
    return String.format(
        "%s is not the artifact that was asked for: %s. The file is %s.",
        artifact, list, summary(binary));
  }

  /**
   * The one-line summary without its leading file name: the report may have been read from the
   * temporary file the build wrote, and the message must name only the final artifact.
   */
  private static String summary(GoBinary binary) {
    String summary = binary.toString();
    Path read = binary.path().getFileName();
    String prefix = (read == null ? binary.path() : read) + ": ";
    return summary.startsWith(prefix) ? summary.substring(prefix.length()) : summary;
  }

  /**
   * Returns the file that failed verification.
   *
   * @return the artifact path
   */
  public Path artifact() {
    return artifact;
  }

  /**
   * Returns what was read from the artifact.
   *
   * @return the report
   */
  public GoBinary binary() {
    return binary;
  }

  /**
   * Returns the differences between spec and artifact.
   *
   * @return one entry per property, never empty
   */
  public List<VerificationProblem> problems() {
    return problems;
  }
}
