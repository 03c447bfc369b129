/**
 * Validates the configuration files around a Go project: VS Code settings, tasks and launch files,
 * devcontainer.json, Azure Functions host.json and .goreleaser.yaml.
 *
 * <pre>{@code
 * ValidationReport report = ConfigValidator.standard().validate(Path.of(".vscode/tasks.json"));
 * report.issues().forEach(System.err::println);   // tasks.json:12:7: error [tasks.env-outside-options] ...
 * }</pre>
 *
 * <p>Each file is parsed with positions (line, column, JSON pointer for every value), checked
 * against one of the module's embedded JSON Schemas (draft-07) by networknt's
 * json-schema-validator, then by Go-aware lint rules. Schema findings are worded from the schema
 * itself: the {@code description} or {@code enum} of the subschema that failed, with a fix. The
 * schemas are compiled once per {@link io.github.gocrossbuild.schema.ConfigValidator} and every
 * reference between them is resolved from this module's class path; nothing is ever fetched, and a
 * schema that refers to anything else fails to compile.
 *
 * <p>networknt logs through SLF4J. With no SLF4J binding on the class path, the first validation in
 * a JVM prints SLF4J's notice {@code SLF4J(W): No SLF4J providers were found.} (three lines) to
 * stderr once; it is harmless. Add a binding to see networknt's logs, or {@code slf4j-nop} to
 * silence the notice; this module ships none.
 *
 * <p><b>Severity follows consequence.</b> An issue is an {@link
 * io.github.gocrossbuild.schema.ConfigIssue.Severity#ERROR error} when the real tool rejects the
 * file, or when the file silently makes VS Code, Go, GoReleaser, the Dev Container tools or the
 * Azure Functions host build, run or debug something other than what it says: a task-level {@code
 * env} instead of {@code options.env}, GOOS or GOARCH in {@code go.toolsEnvVars}, a {@code process}
 * task whose command holds spaces, a {@code defaultExecutablePath} that is not the artifact, a
 * {@code -o} name for another platform than the task builds. Whatever the tool merely ignores or
 * tolerates is a {@link io.github.gocrossbuild.schema.ConfigIssue.Severity#WARNING warning}, as VS
 * Code itself shows it: removed or deprecated settings, a cosmetic key in the wrong place, unknown
 * properties VS Code only greys out, risks that do not change what is built. Each rule id has
 * exactly one severity; {@code schema/RULES.md} lists every id with its severity and consequence.
 */
@GoCrossStyle
package io.github.gocrossbuild.schema;

import io.github.gocrossbuild.internal.GoCrossStyle;
