/**
 * GoCrossBuild over SSH: a {@link io.github.gocrossbuild.spi.BuildHost} that builds on a remote
 * machine. SSHJ types stay inside; every failure surfaces as a {@code GoCrossBuildException}.
 */
module io.github.gocrossbuild.ssh {
  requires transitive io.github.gocrossbuild.core;
  requires com.hierynomus.sshj;
  requires static org.immutables.value.annotations;

  exports io.github.gocrossbuild.ssh;
}
