/**
 * Everything decided about one target before {@code go build}, made once as a {@link
 * io.github.gocrossbuild.internal.plan.TargetPlan}: toolchain, cgo decision and C compiler, the
 * resolved environment, flags, argv, output path and what the proof will check. Every consumer
 * (run, matrix, pool, debug, reproducibility check, config generation) reads the plan. Not API.
 */
package io.github.gocrossbuild.internal.plan;
