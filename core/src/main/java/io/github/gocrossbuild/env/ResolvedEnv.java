package io.github.gocrossbuild.env;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The environment one consumer runs {@code go} with, with the provenance of every value.
 *
 * <pre>{@code
 * ResolvedEnv env = result.environment();
 * env.get("GOARCH");                 // Optional[arm64]
 * env.explain("GOARCH").shadowed();  // [GOARCH=amd64 from process environment]
 * System.out.println(env.render());  // a table of every variable
 * }</pre>
 *
 * <p>Resolution follows the {@code go} command: the layers that build the process environment
 * apply in order (later wins, removals delete); a non-empty process value then wins over the
 * layers Go reads itself (user go env file, then {@code $GOROOT/go.env}, then Go's default). An
 * empty process value does not count.
 */
public final class ResolvedEnv {
  private final EnvConsumer consumer;
  private final Map<String, List<EnvBinding>> bindings;
  private final List<EnvFinding> findings;

  private ResolvedEnv(
      EnvConsumer consumer, Map<String, List<EnvBinding>> bindings, List<EnvFinding> findings) {
    this.consumer = consumer;
    this.bindings = bindings;
    this.findings = findings;
  }

  /**
   * Creates a resolved environment from bindings given lowest precedence first.
   *
   * @param consumer who runs go with it
   * @param bindingsLowestFirst every binding of every layer, in precedence order
   * @param findings traps found while resolving
   * @return the resolved environment
   */
  public static ResolvedEnv of(
      EnvConsumer consumer, List<EnvBinding> bindingsLowestFirst, List<EnvFinding> findings) {
    Objects.requireNonNull(consumer, "consumer");
    Map<String, List<EnvBinding>> byName = new TreeMap<>();
    for (EnvBinding b : bindingsLowestFirst) {
      byName.computeIfAbsent(b.name(), k -> new ArrayList<>()).add(b);
    }
    byName.replaceAll((k, v) -> List.copyOf(v));
    return new ResolvedEnv(
        consumer, Collections.unmodifiableMap(byName), List.copyOf(findings));
  }

  /**
   * Returns who runs go with this environment.
   *
   * @return the consumer
   */
  public EnvConsumer consumer() {
    return consumer;
  }

  /**
   * Returns the value that applies to a variable.
   *
   * @param name the variable, e.g. {@code GOARCH}
   * @return the value, or empty when nothing sets it
   */
  public Optional<String> get(String name) {
    return explain(name).value();
  }

  /**
   * Explains a variable: its value, the layer that set it, and what it hides.
   *
   * @param name the variable, e.g. {@code GOARCH}
   * @return the explanation; for an unset variable value and layer are empty
   */
  public EnvExplanation explain(String name) {
    Objects.requireNonNull(name, "name");
    List<EnvBinding> stack = bindings.getOrDefault(name, List.of());
    EnvBinding processWinner = null;
    boolean emptyProcessValue = false;
    for (EnvBinding b : stack) {
      if (!b.layer().isReadByGo()) {
        processWinner = b.removes() ? null : b;
      }
    }
    EnvBinding winner = processWinner;
    if (winner != null && winner.value().isEmpty()) {
      emptyProcessValue = true;
      winner = null;
    }
    if (winner == null) {
      for (EnvBinding b : stack) {
        if (b.layer().isReadByGo()) {
          winner = b;
        }
      }
    }
    if (winner == null && emptyProcessValue) {
      winner = processWinner;
    }
    List<EnvBinding> shadowed = new ArrayList<>();
    for (int i = stack.size() - 1; i >= 0; i--) {
      if (stack.get(i) != winner) {
        shadowed.add(stack.get(i));
      }
    }
    return ImmutableEnvExplanation.builder()
        .name(name)
        .value(Optional.ofNullable(winner).map(EnvBinding::value))
        .layer(Optional.ofNullable(winner).map(EnvBinding::layer))
        .winner(Optional.ofNullable(winner))
        .shadowed(shadowed)
        .reason(reason(name, winner, shadowed, emptyProcessValue))
        .build();
  }

  private static String reason(
      String name, EnvBinding winner, List<EnvBinding> shadowed, boolean emptyProcessValue) {
    StringBuilder sb = new StringBuilder();
    if (winner == null) {
      sb.append(name).append(" is not set");
    } else {
      sb.append(name).append('=').append(winner.value()).append(" from ").append(winner.origin());
    }
    if (emptyProcessValue && (winner == null || winner.layer().isReadByGo())) {
      sb.append(" (an empty value in the process environment does not count)");
    }
    List<String> hidden = new ArrayList<>();
    for (EnvBinding b : shadowed) {
      hidden.add(b.toString());
    }
    if (!hidden.isEmpty()) {
      sb.append("; hides ").append(String.join(", ", hidden));
    }
    return sb.toString();
  }

  /**
   * Returns every variable's applying value.
   *
   * @return a sorted map of name to value
   */
  public Map<String, String> asMap() {
    Map<String, String> out = new TreeMap<>();
    for (String name : bindings.keySet()) {
      get(name).ifPresent(v -> out.put(name, v));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns the process environment {@code go} is started with: only the layers that are not
   * read by Go itself.
   *
   * @return a map of name to value, removals applied
   */
  public Map<String, String> processEnvironment() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<EnvBinding>> e : bindings.entrySet()) {
      String value = null;
      for (EnvBinding b : e.getValue()) {
        if (!b.layer().isReadByGo()) {
          value = b.removes() ? null : b.value();
        }
      }
      if (value != null) {
        out.put(e.getKey(), value);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns the names of every variable any layer mentions.
   *
   * @return sorted names
   */
  public Set<String> names() {
    return Collections.unmodifiableSet(new TreeSet<>(bindings.keySet()));
  }

  /**
   * Returns every binding of a variable, lowest precedence first.
   *
   * @param name the variable
   * @return the bindings, possibly empty
   */
  public List<EnvBinding> bindings(String name) {
    return bindings.getOrDefault(name, List.of());
  }

  /**
   * Returns the traps found in this environment.
   *
   * @return the findings, possibly empty
   */
  public List<EnvFinding> findings() {
    return findings;
  }

  /**
   * Renders the Go variables ({@code GO*}, {@code CGO_*}, {@code CC}, {@code CXX}) as a table:
   * name, value, layer, and what each hides.
   *
   * @return a multi-line table
   */
  public String render() {
    StringBuilder sb = new StringBuilder();
    sb.append("Environment for ").append(consumer).append('\n');
    int width = 4;
    List<String> shown = new ArrayList<>();
    for (String name : bindings.keySet()) {
      if (name.startsWith("GO") || name.startsWith("CGO_") || name.equals("CC")
          || name.equals("CXX")) {
        shown.add(name);
        width = Math.max(width, name.length());
      }
    }
    for (String name : shown) {
      EnvExplanation ex = explain(name);
      sb.append(String.format("  %-" + width + "s  %-20s  %s", name,
          ex.value().map(v -> v.isEmpty() ? "\"\"" : v).orElse("(unset)"),
          ex.winner().map(EnvBinding::origin).orElse("-")));
      if (!ex.shadowed().isEmpty()) {
        sb.append("  (hides ");
        List<String> hidden = new ArrayList<>();
        for (EnvBinding b : ex.shadowed()) {
          hidden.add(b.removes() ? "removal by " + b.origin() : b.value() + " from " + b.origin());
        }
        sb.append(String.join(", ", hidden)).append(')');
      }
      sb.append('\n');
    }
    for (EnvFinding f : findings) {
      sb.append("  ").append(f).append('\n');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return render();
  }
}
