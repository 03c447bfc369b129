/**
 * Where each plan runs: one host, or a pool of hosts (placement by expected finish, per-run host
 * state, failover). The only place that asks what kind of host it has. Not API.
 */
package io.github.gocrossbuild.internal.placement;
