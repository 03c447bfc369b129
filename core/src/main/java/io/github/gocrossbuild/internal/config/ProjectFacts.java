package io.github.gocrossbuild.internal.config;

import io.github.gocrossbuild.BuildSpec;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.plan.TargetPlan;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the generated files are made from: the spec, each target's planned build, and the choices
 * the files need beyond the build.
 *
 * @param spec the builder's spec
 * @param plans each target's planned build, in the spec's order
 * @param baseName the artifact base name
 * @param hostPlatform the platform VS Code runs on, whose task is the default build
 * @param containerPlatform the platform of the machine the dev container runs on: this machine, or
 *     the SSH host the builder builds on (Remote-SSH with a dev container); empty when unknown
 * @param debugHost the SSH host's name when the builder builds there, for remote attach
 * @param modulePath the module path from go.mod, or the module directory
 * @param forwardPorts the dev container's forwarded ports
 * @param forwardHttp the custom handler's {@code enableForwardingHttpRequest}
 */
public record ProjectFacts(
    BuildSpec spec,
    List<TargetPlan> plans,
    String baseName,
    Optional<Target> hostPlatform,
    Optional<Target> containerPlatform,
    Optional<String> debugHost,
    String modulePath,
    List<Integer> forwardPorts,
    boolean forwardHttp) {

  /**
   * Returns the module directory.
   *
   * @return the absolute module directory
   */
  public Path moduleDir() {
    return plans.get(0).moduleDir();
  }

  /**
   * Returns a copy with other dev container ports and custom handler forwarding.
   *
   * @param ports the ports
   * @param http whether HTTP requests are forwarded
   * @return the copy
   */
  public ProjectFacts with(List<Integer> ports, boolean http) {
    return new ProjectFacts(
        spec,
        plans,
        baseName,
        hostPlatform,
        containerPlatform,
        debugHost,
        modulePath,
        List.copyOf(ports),
        http);
  }
}
