/**
 * The environment model: Go's defaults and go.env files, VS Code's layers and variables, cgo rules
 * and the checks that turn surprises into findings. Not API.
 *
 * <p>Every consumer's findings come from one function, {@link
 * io.github.gocrossbuild.internal.env.EnvFindings#of}, given the environment and the consumer as a
 * value ({@link io.github.gocrossbuild.internal.env.ConsumerRun}); the sentences about a consumer
 * are derived from its kind, never passed in as text. Variant variables and their defaults come
 * from {@link io.github.gocrossbuild.GoArch}.
 */
package io.github.gocrossbuild.internal.env;
