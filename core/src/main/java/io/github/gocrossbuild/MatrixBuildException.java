package io.github.gocrossbuild;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Thrown by {@code runAll()} when some targets failed; carries every target's outcome. */
public class MatrixBuildException extends GoCrossBuildException {
  private static final long serialVersionUID = 1L;

  private final transient List<Outcome> outcomes;

  /** One target's outcome: a result or a failure. */
  public static final class Outcome {
    private final Target target;
    private final BuildResult result;
    private final RuntimeException failure;

    /**
     * Creates an outcome.
     *
     * @param target the target
     * @param result the result, or null on failure
     * @param failure the failure, or null on success
     */
    public Outcome(Target target, BuildResult result, RuntimeException failure) {
      this.target = target;
      this.result = result;
      this.failure = failure;
    }

    /**
     * Returns the target.
     *
     * @return the target
     */
    public Target target() {
      return target;
    }

    /**
     * Returns the result of a successful build.
     *
     * @return the result, or empty on failure
     */
    public Optional<BuildResult> result() {
      return Optional.ofNullable(result);
    }

    /**
     * Returns the failure.
     *
     * @return the exception, or empty on success
     */
    public Optional<RuntimeException> failure() {
      return Optional.ofNullable(failure);
    }
  }

  /**
   * Creates the exception.
   *
   * @param outcomes every target's outcome, in request order
   */
  public MatrixBuildException(List<Outcome> outcomes) {
    super(message(outcomes));
    this.outcomes = List.copyOf(outcomes);
    outcomes.forEach(o -> o.failure().ifPresent(this::addSuppressed));
  }

  private static String message(List<Outcome> outcomes) {
    List<String> failed = new ArrayList<>();
    for (Outcome o : outcomes) {
      o.failure().ifPresent(f -> failed.add(o.target() + ": " + f.getMessage()));
    }
    return failed.size()
        + " of "
        + outcomes.size()
        + " targets failed: "
        + String.join("; ", failed);
  }

  /**
   * Returns every target's outcome, in request order.
   *
   * @return the outcomes
   */
  public List<Outcome> outcomes() {
    return outcomes;
  }

  /**
   * Returns the results of the targets that succeeded, in request order.
   *
   * @return the results
   */
  public List<BuildResult> results() {
    List<BuildResult> out = new ArrayList<>();
    outcomes.forEach(o -> o.result().ifPresent(out::add));
    return out;
  }
}
