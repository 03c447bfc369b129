package io.github.gocrossbuild.env;

import org.immutables.value.Value;

/** One layer's say about one variable: a value, or (for {@link #removes()}) its removal. */
@Value.Immutable
public abstract class EnvBinding {

  EnvBinding() {}

  /**
   * Returns the variable name.
   *
   * @return e.g. {@code GOARCH}
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the value this layer gives; empty string for removals and empty assignments.
   *
   * @return the value
   */
  @Value.Parameter
  public abstract String value();

  /**
   * Returns the layer.
   *
   * @return where the value comes from
   */
  @Value.Parameter
  public abstract EnvLayer layer();

  /**
   * Returns the precise origin within the layer: a file path, a task label, a builder call.
   *
   * @return the origin, never null; may equal the layer description
   */
  @Value.Default
  public String origin() {
    return layer().description();
  }

  /**
   * Tells whether this layer removes the variable rather than setting it.
   *
   * @return true for a removal
   */
  @Value.Default
  public boolean removes() {
    return false;
  }

  /**
   * Creates a binding that sets a value.
   *
   * @param name the variable
   * @param value the value
   * @param layer the layer
   * @param origin where exactly in the layer
   * @return the binding
   */
  public static EnvBinding of(String name, String value, EnvLayer layer, String origin) {
    return ImmutableEnvBinding.builder()
        .name(name)
        .value(value)
        .layer(layer)
        .origin(origin)
        .build();
  }

  /**
   * Creates a binding that removes the variable from the process environment.
   *
   * @param name the variable
   * @param layer the layer
   * @param origin why or where it is removed
   * @return the binding
   */
  public static EnvBinding removal(String name, EnvLayer layer, String origin) {
    return ImmutableEnvBinding.builder()
        .name(name)
        .value("")
        .layer(layer)
        .origin(origin)
        .removes(true)
        .build();
  }

  @Override
  public String toString() {
    return removes()
        ? name() + " removed by " + origin()
        : name() + "=" + value() + " from " + origin();
  }
}
