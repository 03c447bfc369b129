package io.github.gocrossbuild.internal;

import io.github.gocrossbuild.spi.BuildHost;
import io.github.gocrossbuild.spi.HostEnvironment;
import io.github.gocrossbuild.spi.Toolchain;

/**
 * Where one build runs: the host, the Go toolchain found on it, and the host's environment for that
 * toolchain. The three are found together and read together when a build is planned.
 *
 * @param host the build host
 * @param toolchain its Go toolchain (GOHOSTOS/GOHOSTARCH tell a native build)
 * @param environment the host's environment for that toolchain
 */
public record BuildSite(BuildHost host, Toolchain toolchain, HostEnvironment environment) {}
