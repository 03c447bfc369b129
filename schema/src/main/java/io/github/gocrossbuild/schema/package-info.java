/**
 * Validates the configuration files around a Go project: VS Code settings, tasks and launch files,
 * devcontainer.json, Azure Functions host.json and .goreleaser.yaml.
 *
 * <pre>{@code
 * ValidationReport report = ConfigValidator.standard().validate(Path.of(".vscode/tasks.json"));
 * report.issues().forEach(System.err::println);   // tasks.json:12:7: error [tasks.env-outside-options] ...
 * }</pre>
 */
@GoCrossStyle
package io.github.gocrossbuild.schema;

import io.github.gocrossbuild.internal.GoCrossStyle;
