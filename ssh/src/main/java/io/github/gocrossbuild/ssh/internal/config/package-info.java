/**
 * OpenSSH's {@code ssh_config(5)} as {@code ssh} reads it: words and quotes, {@code Include},
 * {@code Host} and {@code Match} blocks, first value wins, {@code %} tokens. Refuses what would
 * change security or routing behind the caller's back.
 */
package io.github.gocrossbuild.ssh.internal.config;
