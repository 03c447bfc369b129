/**
 * The environment model: Go's defaults and go.env files, VS Code's layers and variables, cgo rules
 * and the checks that turn surprises into findings. Not API.
 */
package io.github.gocrossbuild.internal.env;
