package io.github.gocrossbuild.binary;

import io.github.gocrossbuild.internal.binary.GoQuote;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The build information the Go linker embeds in every binary, decoded like Go's {@code
 * debug/buildinfo} and {@code runtime/debug.ParseBuildInfo}; what {@code go version -m} prints.
 */
@Value.Immutable
public abstract class GoBuildInfo {

  GoBuildInfo() {}

  /**
   * Returns the Go toolchain version that built the binary.
   *
   * @return e.g. {@code go1.23.5}
   */
  public abstract String goVersion();

  /**
   * Returns the main package path.
   *
   * @return e.g. {@code example.com/hello}; empty when the binary was built without modules
   */
  @Value.Default
  public String path() {
    return "";
  }

  /**
   * Returns the main module ({@code mod} line).
   *
   * @return the main module; empty when none was recorded
   */
  public abstract Optional<GoModule> main();

  /**
   * Returns the dependencies ({@code dep} lines) in recorded order.
   *
   * @return the dependency modules
   */
  public abstract List<GoModule> deps();

  /**
   * Returns the build settings ({@code build} lines) in recorded order; for a repeated key the last
   * value wins.
   *
   * @return e.g. {@code -trimpath=true}, {@code CGO_ENABLED=0}, {@code GOARCH=arm64}
   */
  public abstract Map<String, String> settings();

  /**
   * Returns one build setting.
   *
   * @param key e.g. {@code GOARCH}, {@code -ldflags}, {@code vcs.revision}
   * @return the value, or empty when the setting was not recorded
   */
  public Optional<String> setting(String key) {
    return Optional.ofNullable(settings().get(key));
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GoBuildInfo} values. */
  public static final class Builder extends ImmutableGoBuildInfo.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }

  /**
   * Formats the info the way {@code go version -m} does (without the file name line).
   *
   * @return tab-separated lines: {@code path}, {@code mod}, {@code dep}, {@code =>}, {@code build}
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(goVersion()).append('\n');
    if (!path().isEmpty()) {
      b.append("\tpath\t").append(path()).append('\n');
    }
    main().ifPresent(m -> module(b, "mod", m));
    deps().forEach(d -> module(b, "dep", d));
    settings()
        .forEach(
            (k, v) ->
                b.append("\tbuild\t")
                    .append(GoQuote.keyNeedsQuote(k) ? GoQuote.quote(k) : k)
                    .append("=")
                    .append(GoQuote.valueNeedsQuote(v) ? GoQuote.quote(v) : v)
                    .append('\n'));
    return b.toString();
  }

  private static void module(StringBuilder b, String kind, GoModule m) {
    b.append('\t')
        .append(kind)
        .append('\t')
        .append(m.path())
        .append('\t')
        .append(m.version())
        .append('\t')
        .append(m.sum())
        .append('\n');
    m.replace().ifPresent(r -> module(b, "=>", r));
  }
}
