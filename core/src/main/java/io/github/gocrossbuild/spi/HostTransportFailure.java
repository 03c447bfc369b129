package io.github.gocrossbuild.spi;

/**
 * Marks an exception as the host or the link to it failing (connection lost, transfer broken), as
 * opposed to the build failing. A pool ({@code BuildHosts.pool(...)}) marks such a host down for
 * the rest of the run and moves the target to another host; any other failure, a compile error
 * first of all, is the target's outcome and is not retried.
 */
public interface HostTransportFailure {}
