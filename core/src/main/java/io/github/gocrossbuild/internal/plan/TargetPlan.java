package io.github.gocrossbuild.internal.plan;

import io.github.gocrossbuild.BuildListener;
import io.github.gocrossbuild.BuildSpec;
import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.CgoDecision;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.internal.proof.Expectation;
import io.github.gocrossbuild.spi.BuildHost;
import io.github.gocrossbuild.spi.HostBuildRequest;
import io.github.gocrossbuild.spi.HostEnvironment;
import io.github.gocrossbuild.spi.Toolchain;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything decided about one target's build on one host before {@code go build} runs. Made once
 * by {@link Planner}; the build, the proof, debugging, the reproducibility check and config
 * generation all read it instead of working anything out again.
 *
 * @param spec what was asked
 * @param target the target
 * @param host the host that builds
 * @param toolchain the toolchain on that host
 * @param hostEnvironment the host's environment for that toolchain
 * @param cgo the cgo decision, with the C compiler when cgo is on
 * @param environment the resolved environment, with where each value came from
 * @param moduleDir the absolute module directory, where {@code go build} runs
 * @param artifact the final artifact path
 * @param flags the {@code go build} flags, e.g. {@code [-trimpath, -ldflags=-s -w]}
 * @param expectation what the proof checks the artifact against
 * @param warnings what the user should know before the build runs (a broken port)
 */
public record TargetPlan(
    BuildSpec spec,
    Target target,
    BuildHost host,
    Toolchain toolchain,
    HostEnvironment hostEnvironment,
    CgoDecision cgo,
    ResolvedEnv environment,
    Path moduleDir,
    Path artifact,
    List<String> flags,
    Expectation expectation,
    List<BuildWarning> warnings) {

  /**
   * Returns the host request that writes the artifact to {@code output}.
   *
   * @param output where {@code go build -o} writes (a temporary file beside the artifact)
   * @param events who hears the build's output
   * @return the request
   */
  public HostBuildRequest request(Path output, BuildListener events) {
    return HostBuildRequest.builder()
        .target(target)
        .toolchain(toolchain)
        .moduleDir(moduleDir)
        .flags(flags)
        .pkg(spec.pkg())
        .environment(environment.processEnvironment())
        .artifact(output)
        .timeout(spec.timeout())
        .listener(events)
        .build();
  }

  /**
   * Returns the {@code go build} argv with the final artifact path.
   *
   * @return {@code <go> build <flags> -o <artifact> <package>}
   */
  public List<String> argv() {
    return request(artifact, BuildListener.NONE).goBuildArgv(artifact.toString());
  }

  /**
   * Returns the variables the library itself sets: the target's, the variant's, {@code CGO_ENABLED}
   * and the C compiler's. A {@code null} value removes the variable.
   *
   * @return the variables, in a stable order
   */
  public Map<String, String> librarySet() {
    return BuildEnvironment.librarySet(target, cgo);
  }

  /**
   * Returns the variables a config file must set to build what {@code run()} builds; an empty value
   * stands for a variable the library removes (Go reads an empty variable as unset).
   *
   * @return the variables, in a stable order
   */
  public Map<String, String> configVariables() {
    return BuildEnvironment.set(environment, target, cgo);
  }
}
