/** Running child processes from an argv list, with timeouts that kill the whole tree. Not API. */
package io.github.gocrossbuild.internal.process;
