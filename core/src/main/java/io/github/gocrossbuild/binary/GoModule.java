package io.github.gocrossbuild.binary;

import java.util.Optional;
import org.immutables.value.Value;

/** A module line of Go build info ({@code mod}, {@code dep}), with its {@code =>} replacement. */
@Value.Immutable
public abstract class GoModule {

  GoModule() {}

  /**
   * Returns the module path.
   *
   * @return e.g. {@code golang.org/x/sys}
   */
  public abstract String path();

  /**
   * Returns the module version.
   *
   * @return e.g. {@code v0.20.0}, or {@code (devel)} for the main module
   */
  public abstract String version();

  /**
   * Returns the go.sum checksum.
   *
   * @return e.g. {@code h1:...}; empty string when none was recorded
   */
  @Value.Default
  public String sum() {
    return "";
  }

  /**
   * Returns the module that replaced this one, if a {@code =>} line followed.
   *
   * @return the replacement
   */
  public abstract Optional<GoModule> replace();

  /**
   * Creates a module without replacement.
   *
   * @param path module path
   * @param version version
   * @param sum checksum, may be empty
   * @return the module
   */
  public static GoModule of(String path, String version, String sum) {
    return builder().path(path).version(version).sum(sum).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GoModule} values. */
  public static final class Builder extends ImmutableGoModule.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }

  @Override
  public String toString() {
    String s = path() + "@" + version();
    return replace().map(r -> s + " => " + r).orElse(s);
  }
}
