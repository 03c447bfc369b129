/**
 * Remote debugging over SSH: finding Delve on the host, starting it on the host's loopback so that
 * it dies with the SSH session, and the local port forward to it.
 */
package io.github.gocrossbuild.ssh.internal.debug;
