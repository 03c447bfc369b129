/**
 * A small ssh-agent client (the agent protocol's identity listing and signing over a Unix-domain
 * socket) behind SSHJ's auth-method interface, so keys held by {@code ssh-agent} authenticate
 * without their private halves entering this process. SSHJ 0.40.0 has no agent client; when a later
 * SSHJ with one is used, this package gives way to it.
 */
package io.github.gocrossbuild.ssh.internal.agent;
