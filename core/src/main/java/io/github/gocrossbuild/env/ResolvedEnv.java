package io.github.gocrossbuild.env;

import io.github.gocrossbuild.internal.env.GoVariables;
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
import java.util.concurrent.ConcurrentHashMap;

/**
 * The environment one consumer runs {@code go} with, with the provenance of every value.
 *
 * <pre>{@code
 * ResolvedEnv env = result.environment();
 * env.get("GOARCH");                 // Optional[arm64]
 * env.explain("GOARCH").shadowed();  // [GOARCH=amd64 from process environment]
 * out.println(env.render());         // a table of every variable
 * }</pre>
 *
 * <p>Resolution follows the {@code go} command ({@code cfg.Getenv}): the layers that build the
 * process environment apply in order (later wins, removals delete); a non-empty process value then
 * wins over the layers Go reads itself. Otherwise the user's go env file (if it has the key, even
 * empty) hides {@code $GOROOT/go.env}; an empty result falls to Go's default. Go's own exceptions
 * apply: GOENV and GODEBUG come only from the process, GOEXE/GOHOSTOS/GOVERSION and friends are
 * computed, and CGO_ENABLED values other than 0 and 1 are ignored.
 */
public final class ResolvedEnv {
  private final EnvConsumer consumer;
  private final Map<String, List<EnvBinding>> bindings;
  private final List<EnvFinding> findings;

  /**
   * Explanations already worked out: the bindings never change, so neither do they. A warm rebuild
   * reuses the same environment ({@code ResolvedEnvMemo}) and asks it the same questions.
   */
  private final Map<String, EnvExplanation> explained = new ConcurrentHashMap<>();

  private volatile Map<String, String> process;

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
    return new ResolvedEnv(consumer, Collections.unmodifiableMap(byName), List.copyOf(findings));
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
    EnvExplanation known = explained.get(name);
    if (known != null) {
      return known;
    }
    EnvExplanation fresh = explainAnew(name);
    explained.putIfAbsent(name, fresh);
    return fresh;
  }

  private EnvExplanation explainAnew(String name) {
    List<EnvBinding> stack = bindings.getOrDefault(name, List.of());
    List<String> notes = new ArrayList<>();
    EnvBinding winner =
        GoVariables.isComputed(name)
            ? computedWinner(name, stack, notes)
            : lookupWinner(name, stack, notes);
    if (winner != null && !winner.removes()) {
      EnvBinding looked = winner;
      Optional<String> effective = GoVariables.effectiveValue(name, looked.value());
      if (effective.isPresent()) {
        winner =
            EnvBinding.of(
                name,
                effective.get(),
                EnvLayer.GO_DEFAULT,
                "go itself, because "
                    + name
                    + "="
                    + looked.value()
                    + " from "
                    + looked.origin()
                    + (name.equals("GOENV")
                        ? " turns the go env file off"
                        : " is not an absolute path"));
      }
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
        .reason(reason(name, winner, shadowed, notes))
        .build();
  }

  private static EnvBinding computedWinner(
      String name, List<EnvBinding> stack, List<String> notes) {
    EnvBinding winner = last(stack, EnvLayer.GO_DEFAULT);
    if (stack.size() > 1) {
      notes.add("go computes " + name + " itself and ignores any setting of it");
    }
    return winner;
  }

  /** cmd/go's cfg.Getenv: non-empty process value, else user file, else go.env, else default. */
  private static EnvBinding lookupWinner(String name, List<EnvBinding> stack, List<String> notes) {
    EnvBinding process = null;
    for (EnvBinding b : stack) {
      if (!b.layer().isReadByGo()) {
        process = b.removes() ? null : b;
      }
    }
    EnvBinding found = null;
    if (process != null && !process.value().isEmpty()) {
      found = process;
    } else {
      if (process != null) {
        notes.add("the empty " + name + " from " + process.origin() + " does not count");
      }
      EnvBinding file = null;
      if (!GoVariables.isProcessOnly(name)) {
        EnvBinding user = last(stack, EnvLayer.USER_ENV_FILE);
        file = user != null ? user : last(stack, EnvLayer.GOROOT_ENV_FILE);
      } else if (last(stack, EnvLayer.USER_ENV_FILE) != null) {
        notes.add(
            "go reads "
                + name
                + " only from the process environment, never from a go env"
                + " file");
      }
      if (file != null && !file.value().isEmpty()) {
        found = file;
      } else if (file != null) {
        notes.add("the empty " + name + " in " + file.origin() + " does not count");
      }
    }
    EnvBinding fallback = last(stack, EnvLayer.GO_DEFAULT);
    if (found != null) {
      Optional<String> ignored = GoVariables.ignoredBecause(name, found.value());
      if (ignored.isPresent()) {
        notes.add(ignored.get() + " (from " + found.origin() + ")");
        found = null;
      }
    }
    if (found != null) {
      return found;
    }
    if (fallback != null) {
      return fallback;
    }
    return process != null ? process : null;
  }

  private static EnvBinding last(List<EnvBinding> stack, EnvLayer layer) {
    EnvBinding out = null;
    for (EnvBinding b : stack) {
      if (b.layer() == layer) {
        out = b;
      }
    }
    return out;
  }

  private static String reason(
      String name, EnvBinding winner, List<EnvBinding> shadowed, List<String> notes) {
    StringBuilder sb = new StringBuilder();
    if (winner == null) {
      sb.append(name).append(" is not set");
    } else {
      sb.append(name).append('=').append(winner.value()).append(" from ").append(winner.origin());
    }
    for (String note : notes) {
      sb.append("; ").append(note);
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
   * Returns the process environment {@code go} is started with: only the layers that are not read
   * by Go itself.
   *
   * @return a map of name to value, removals applied
   */
  public Map<String, String> processEnvironment() {
    Map<String, String> known = process;
    if (known == null) {
      known = processEnvironmentAnew();
      process = known;
    }
    return known;
  }

  private Map<String, String> processEnvironmentAnew() {
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
   * Renders a table a user can print: every Go variable that some layer sets or whose value is not
   * empty, its value, the layer that set it and what it hides, then the findings.
   *
   * @return a multi-line table
   */
  public String render() {
    return EnvTable.render(this);
  }

  /**
   * Returns a copy with more findings.
   *
   * @param more the findings to add
   * @return the new environment
   */
  public ResolvedEnv withFindings(List<EnvFinding> more) {
    List<EnvFinding> all = new ArrayList<>(findings);
    all.addAll(more);
    return new ResolvedEnv(consumer, bindings, List.copyOf(all));
  }

  @Override
  public String toString() {
    return render();
  }
}
