/**
 * Configuration files around a Go project as immutable values: VS Code {@code settings.json},
 * {@code tasks.json} and {@code launch.json}, the parts the environment model reads.
 */
@GoCrossStyle
package io.github.gocrossbuild.config;

import io.github.gocrossbuild.internal.GoCrossStyle;
