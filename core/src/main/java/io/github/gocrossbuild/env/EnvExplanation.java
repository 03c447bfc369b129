package io.github.gocrossbuild.env;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Why a variable has its value: the winning binding and every binding it hides. */
@Value.Immutable
public abstract class EnvExplanation {

  EnvExplanation() {}

  /**
   * Returns the variable name.
   *
   * @return e.g. {@code GOARCH}
   */
  public abstract String name();

  /**
   * Returns the value that applies.
   *
   * @return the value, or empty when no layer sets the variable
   */
  public abstract Optional<String> value();

  /**
   * Returns the layer that supplied the value.
   *
   * @return the winning layer, or empty when the variable is unset
   */
  public abstract Optional<EnvLayer> layer();

  /**
   * Returns the winning binding.
   *
   * @return the binding, or empty when the variable is unset
   */
  public abstract Optional<EnvBinding> winner();

  /**
   * Returns the bindings the winner hides, highest precedence first.
   *
   * @return the shadowed bindings
   */
  public abstract List<EnvBinding> shadowed();

  /**
   * Returns a one-line reason a user can read.
   *
   * @return e.g. {@code GOARCH=arm64 from GoCrossBuilder target; hides GOARCH=amd64 from process
   *     environment}
   */
  public abstract String reason();

  @Override
  public String toString() {
    return reason();
  }
}
