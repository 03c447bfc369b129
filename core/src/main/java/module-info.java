/**
 * GoCrossBuild core: targets, builds, binary proof, environment explanation and the VS Code files
 * as values.
 *
 * <p>The API packages are exported to everyone. Internal packages are exported only {@code to} the
 * sibling modules that need them, so the compiler holds the list and code outside this project
 * cannot reach them.
 */
module io.github.gocrossbuild.core {
  requires java.net.http;
  requires static org.immutables.value.annotations;
  requires static org.assertj.core;

  exports io.github.gocrossbuild;
  exports io.github.gocrossbuild.assertj;
  exports io.github.gocrossbuild.binary;
  exports io.github.gocrossbuild.cache;
  exports io.github.gocrossbuild.config;
  exports io.github.gocrossbuild.env;
  exports io.github.gocrossbuild.provenance;
  exports io.github.gocrossbuild.spi;
  exports io.github.gocrossbuild.internal to
      io.github.gocrossbuild.ssh,
      io.github.gocrossbuild.schema;
  exports io.github.gocrossbuild.internal.cgo to
      io.github.gocrossbuild.ssh;
  exports io.github.gocrossbuild.internal.debug to
      io.github.gocrossbuild.ssh;
  exports io.github.gocrossbuild.internal.env to
      io.github.gocrossbuild.ssh;
  exports io.github.gocrossbuild.internal.jsonc to
      io.github.gocrossbuild.ssh,
      io.github.gocrossbuild.schema;
  exports io.github.gocrossbuild.internal.toolchain to
      io.github.gocrossbuild.ssh;
  exports io.github.gocrossbuild.internal.toolchain.install to
      io.github.gocrossbuild.ssh;
}
