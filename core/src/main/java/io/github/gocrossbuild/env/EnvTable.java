package io.github.gocrossbuild.env;

import io.github.gocrossbuild.internal.env.GoVariables;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Renders a {@link ResolvedEnv} as the table {@link ResolvedEnv#render()} returns. */
final class EnvTable {
  private static final int VALUE_WIDTH = 28;

  private EnvTable() {}

  static String render(ResolvedEnv env) {
    Set<String> names = new LinkedHashSet<>();
    for (String name : GoVariables.DOCUMENTED) {
      if (interesting(env, name)) {
        names.add(name);
      }
    }
    for (String name : env.names()) {
      if (isGoVariable(name) && interesting(env, name)) {
        names.add(name);
      }
    }
    int width = 8;
    for (String name : names) {
      width = Math.max(width, name.length());
    }
    StringBuilder sb = new StringBuilder();
    sb.append("Environment of ").append(env.consumer()).append('\n');
    sb.append(
        String.format(
            "  %-" + width + "s  %-" + VALUE_WIDTH + "s  %s%n", "VARIABLE", "VALUE", "FROM"));
    for (String name : names) {
      EnvExplanation ex = env.explain(name);
      String value = ex.value().map(v -> v.isEmpty() ? "\"\"" : v).orElse("(unset)");
      sb.append(
          String.format(
              "  %-" + width + "s  %-" + VALUE_WIDTH + "s  %s",
              name,
              value,
              ex.winner().map(EnvBinding::origin).orElse("-")));
      List<String> hidden = new ArrayList<>();
      for (EnvBinding b : ex.shadowed()) {
        if (!(b.layer() == EnvLayer.GO_DEFAULT && b.value().isEmpty())) {
          hidden.add(b.removes() ? "removed by " + b.origin() : b.value() + " from " + b.origin());
        }
      }
      if (!hidden.isEmpty()) {
        sb.append("  (hides ").append(String.join("; ", hidden)).append(')');
      }
      sb.append('\n');
    }
    if (!env.findings().isEmpty()) {
      sb.append("Findings:\n");
      for (EnvFinding f : env.findings()) {
        sb.append("  ").append(f).append('\n');
      }
    }
    return sb.toString();
  }

  /** A variable is worth a line when its value is not empty or a layer other than Go sets it. */
  private static boolean interesting(ResolvedEnv env, String name) {
    for (EnvBinding b : env.bindings(name)) {
      if (b.layer() != EnvLayer.GO_DEFAULT || !b.value().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isGoVariable(String name) {
    return name.startsWith("GO")
        || name.startsWith("CGO_")
        || name.equals("CC")
        || name.equals("CXX");
  }
}
