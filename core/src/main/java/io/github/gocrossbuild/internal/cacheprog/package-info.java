/**
 * Go's action cache shared through {@code GOCACHEPROG} (Go 1.24): a server of the go command's
 * cache-program protocol backed by the build cache, the TCP listener a small bridge program
 * connects to, and the bridge itself, built from source with the toolchain that runs it. Not API.
 */
package io.github.gocrossbuild.internal.cacheprog;
