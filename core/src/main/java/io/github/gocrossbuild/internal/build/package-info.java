/**
 * Carrying out a {@link io.github.gocrossbuild.internal.plan.TargetPlan}: {@code go build} on the
 * plan's host into a temporary file, the proof, the atomic move into place, the smoke run, and the
 * matrix runner. Not API.
 */
package io.github.gocrossbuild.internal.build;
