/**
 * Lenient JSONC reading of VS Code's settings, tasks and launch files for the environment model,
 * which must accept what VS Code accepts. (The schema module has its own location-aware parser that
 * reports every problem instead.) Not API.
 */
package io.github.gocrossbuild.internal.config;
