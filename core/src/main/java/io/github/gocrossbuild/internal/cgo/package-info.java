/**
 * cgo toolchains: finding the C compiler for a target, checking it before {@code go build}, the
 * static-link flags and the library root qemu runs dynamic binaries with. Not API.
 */
package io.github.gocrossbuild.internal.cgo;
