package io.github.gocrossbuild.internal.build;

import io.github.gocrossbuild.CgoDecision;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.spi.Toolchain;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@link BuildRunner#run(Target)} would do for one target, without doing it: the exact {@code
 * go build} argv with the final artifact path, the directory it runs in, and the variables the
 * library sets on top of the process environment.
 *
 * @param target the target
 * @param toolchain the toolchain that builds
 * @param cgo the cgo decision (with the C compiler, if any)
 * @param moduleDir where {@code go build} runs
 * @param artifact the final artifact path
 * @param argv {@code <go> build <flags> -o <artifact> <package>}
 * @param env the variables the library sets, in a stable order; an empty value stands for a
 *     variable the library removes (Go reads an empty variable as unset)
 */
public record BuildPlan(
    Target target,
    Toolchain toolchain,
    CgoDecision cgo,
    Path moduleDir,
    Path artifact,
    List<String> argv,
    Map<String, String> env) {}
