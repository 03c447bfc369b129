/**
 * What a built artifact is checked against (target, cgo, trimpath, stripping, vcs stamp) and the
 * smoke run, natively or under qemu-user. Not API.
 */
package io.github.gocrossbuild.internal.proof;
