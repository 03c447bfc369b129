/**
 * Where each Go environment variable's value comes from: layers, bindings, explanations and
 * findings, per consumer (VS Code task, Go extension tools, debug session, this library's build).
 */
@GoCrossStyle
package io.github.gocrossbuild.env;

import io.github.gocrossbuild.internal.GoCrossStyle;
