/**
 * VS Code's settings, tasks and launch files as the environment model reads them: leniently, as VS
 * Code does, through the project's one JSONC reader ({@code internal.jsonc}). Not API.
 */
package io.github.gocrossbuild.internal.config;
