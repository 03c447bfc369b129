/**
 * One {@code run()} from spec to proven artifact: checks on the spec, the resolved environment, the
 * local build host, atomic output files, naming, the proof step and the matrix runner. Not API.
 */
package io.github.gocrossbuild.internal.build;
