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
   * Returns the stable id.
   *
   * @return e.g. {@code env.task-env-ignored}
   */
  @Value.Parameter
  public abstract String id();

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
   * @param id the stable id
   * @param severity the severity
   * @param message the message
   * @return the finding
   */
  public static EnvFinding of(String id, Severity severity, String message) {
    return ImmutableEnvFinding.of(id, severity, message);
  }

  /**
   * Creates a finding about one variable.
   *
   * @param id the stable id
   * @param severity the severity
   * @param message the message
   * @param variable the variable concerned
   * @return the finding
   */
  public static EnvFinding of(String id, Severity severity, String message, String variable) {
    return ImmutableEnvFinding.builder()
        .id(id)
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
