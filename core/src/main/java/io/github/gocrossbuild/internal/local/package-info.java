/** The build host that runs {@code go} on this machine. Not API. */
package io.github.gocrossbuild.internal.local;
