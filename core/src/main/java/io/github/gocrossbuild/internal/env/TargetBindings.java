package io.github.gocrossbuild.internal.env;

import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.env.EnvBinding;
import io.github.gocrossbuild.env.EnvLayer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The variables the library's build sets for a target (the {@code BUILDER_TARGET} layer): GOOS,
 * GOARCH and the architecture's variant variable, removed when the target has no variant so the go
 * env file or Go's default applies, exactly as for {@code go build}.
 */
public final class TargetBindings {
  private TargetBindings() {}

  /**
   * Returns the variables the builder sets for a target.
   *
   * @param target the target
   * @return GOOS, GOARCH and the variant variable, in that order; an empty value is a removal
   */
  public static Map<String, Optional<String>> variables(Target target) {
    Map<String, Optional<String>> vars = new LinkedHashMap<>();
    vars.put("GOOS", Optional.of(target.goos().goName()));
    vars.put("GOARCH", Optional.of(target.goarch().goName()));
    target.variantVariable().ifPresent(name -> vars.put(name, target.variant()));
    return vars;
  }

  /**
   * Returns the bindings of {@link #variables(Target)}, each with its provenance.
   *
   * @param target the target
   * @return the {@code BUILDER_TARGET} bindings
   */
  public static List<EnvBinding> of(Target target) {
    List<EnvBinding> out = new ArrayList<>();
    String from = "target " + target;
    variables(target)
        .forEach(
            (name, value) ->
                out.add(
                    value.isPresent()
                        ? EnvBinding.of(name, value.get(), EnvLayer.BUILDER_TARGET, from)
                        : EnvBinding.removal(
                            name,
                            EnvLayer.BUILDER_TARGET,
                            from + " (no variant: the go env file or Go's default applies)")));
    return out;
  }
}
