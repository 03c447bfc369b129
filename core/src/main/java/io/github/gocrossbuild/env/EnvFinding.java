package io.github.gocrossbuild.env;

import java.util.Optional;
import org.immutables.value.Value;

/** A trap found in an environment, e.g. a GOARCH that a task sets but VS Code ignores. */
@Value.Immutable
public abstract class EnvFinding {

  EnvFinding() {}

  /** How serious a finding is. */
  public enum Severity {
    /** The environment is wrong: the build or tool will not do what was configured. */
    ERROR,
    /** Probably not what was meant. */
    WARNING,
    /** Worth knowing. */
    INFO
  }

  /**
   * Returns the typed id.
   *
   * @return e.g. {@link EnvFindingId#TASK_ENV_IGNORED}
   */
  @Value.Parameter
  public abstract EnvFindingId kind();

  /**
   * Returns the stable id users match on.
   *
   * @return e.g. {@code env.task-env-ignored}
   */
  public String id() {
    return kind().id();
  }

  /**
   * Returns the severity.
   *
   * @return the severity
   */
  @Value.Parameter
  public abstract Severity severity();

  /**
   * Returns the message: what is wrong, where, and the fix.
   *
   * @return one or two sentences
   */
  @Value.Parameter
  public abstract String message();

  /**
   * Returns the variable concerned, if one is.
   *
   * @return e.g. {@code CGO_ENABLED}
   */
  public abstract Optional<String> variable();

  /**
   * Creates a finding.
   *
   * @param kind the typed id
   * @param severity the severity
   * @param message the message
   * @return the finding
   */
  public static EnvFinding of(EnvFindingId kind, Severity severity, String message) {
    return ImmutableEnvFinding.of(kind, severity, message);
  }

  /**
   * Creates a finding about one variable.
   *
   * @param kind the typed id
   * @param severity the severity
   * @param message the message
   * @param variable the variable concerned
   * @return the finding
   */
  public static EnvFinding of(
      EnvFindingId kind, Severity severity, String message, String variable) {
    return ImmutableEnvFinding.builder()
        .kind(kind)
        .severity(severity)
        .message(message)
        .variable(variable)
        .build();
  }

  @Override
  public String toString() {
    return severity().name().toLowerCase(java.util.Locale.ROOT) + " [" + id() + "] " + message();
  }
}
