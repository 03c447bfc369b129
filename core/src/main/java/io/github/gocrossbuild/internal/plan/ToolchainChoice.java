package io.github.gocrossbuild.internal.plan;

import io.github.gocrossbuild.BuildSpec;
import io.github.gocrossbuild.env.EnvBinding;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.spi.HostEnvironment;
import io.github.gocrossbuild.spi.Toolchain;
import java.util.ArrayList;
import java.util.List;

/**
 * The variables that keep {@code go} on the toolchain the library chose: {@code GOTOOLCHAIN=local}
 * (so a go.mod {@code toolchain} line or {@code GOTOOLCHAIN=auto} cannot switch to another Go), and
 * for a {@code goVersion(...)} toolchain its own GOROOT when the process has another one. Both sit
 * in the {@code env(...)} layer, so the caller's own {@code env(...)} values win.
 */
final class ToolchainChoice {
  private ToolchainChoice() {}

  static List<EnvBinding> bindings(BuildSpec spec, Toolchain toolchain, HostEnvironment host) {
    List<EnvBinding> out = new ArrayList<>();
    if (!spec.env().containsKey("GOTOOLCHAIN")) {
      out.add(
          EnvBinding.of(
              "GOTOOLCHAIN",
              "local",
              EnvLayer.BUILDER_ENV,
              "GoCrossBuilder default: the chosen toolchain builds; env(\"GOTOOLCHAIN\", ...)"
                  + " changes it"));
    }
    String go = toolchain.goCommand().replace('\\', '/');
    int bin = go.lastIndexOf("/bin/");
    boolean otherRoot = host.variables().containsKey("GOROOT");
    if (spec.goVersion().isPresent() && bin > 0 && otherRoot && !spec.env().containsKey("GOROOT")) {
      out.add(
          EnvBinding.of(
              "GOROOT",
              toolchain.goCommand().substring(0, bin),
              EnvLayer.BUILDER_ENV,
              String.format(
                  "goVersion(%s): the chosen toolchain's own root", spec.goVersion().get())));
    }
    return out;
  }
}
