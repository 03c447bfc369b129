/** Finding the go command: explicit path, GOROOT, PATH and each OS's well-known places. Not API. */
package io.github.gocrossbuild.internal.toolchain;
