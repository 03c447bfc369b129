/**
 * The pure-Java executable reader behind {@code GoBinary.read}: ELF, PE, Mach-O, XCOFF, wasm and
 * Plan 9 headers, Go's build-info blob and its modinfo text, and glibc symbol versions. Not API.
 */
package io.github.gocrossbuild.internal.binary;
