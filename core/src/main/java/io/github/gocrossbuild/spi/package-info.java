/**
 * For host implementers: the {@link io.github.gocrossbuild.spi.BuildHost} interface a build runs
 * on, and the values that cross it ({@link io.github.gocrossbuild.spi.HostBuildRequest}, {@link
 * io.github.gocrossbuild.spi.HostBuildOutcome}, {@link io.github.gocrossbuild.spi.HostEnvironment},
 * {@link io.github.gocrossbuild.spi.Toolchain}).
 *
 * <p>A user of {@code GoCrossBuild.target(...)} touches only {@code BuildHosts.local()} and the
 * hosts other modules return (the ssh module's {@code SshBuildHost}); everything else here matters
 * to code that adds a new kind of host.
 */
package io.github.gocrossbuild.spi;
