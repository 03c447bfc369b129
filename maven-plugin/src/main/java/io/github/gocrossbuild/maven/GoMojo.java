package io.github.gocrossbuild.maven;

import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuildException;
import io.github.gocrossbuild.GoCrossBuilder;
import io.github.gocrossbuild.GoDownloads;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.cache.BuildCache;
import io.github.gocrossbuild.maven.internal.DownloadLog;
import io.github.gocrossbuild.maven.internal.MavenBuildLog;
import io.github.gocrossbuild.ssh.SshBuildHost;
import io.github.gocrossbuild.ssh.SshHost;
import java.io.File;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The configuration every goal shares: what to build and where, mapped one to one onto {@link
 * GoCrossBuilder}. Each execution makes its own builder and holds no state between executions, so
 * the goals are safe under {@code mvn -T}.
 */
abstract class GoMojo extends AbstractMojo {

  /** The targets, e.g. {@code linux/arm64}, {@code linux/arm/v7}; see {@code Target.parse}. */
  @Parameter(property = "gocrossbuild.targets", required = true)
  List<String> targets;

  /** The Go module's folder (the one holding {@code go.mod}). */
  @Parameter(property = "gocrossbuild.moduleDir", defaultValue = "${project.basedir}/src/main/go")
  File moduleDir;

  /**
   * The package to build, relative to the module, e.g. {@code ./cmd/server}; the library's default
   * when unset.
   */
  @Parameter(property = "gocrossbuild.pkg")
  String pkg;

  /** The artifact's base name; the library names the file {@code <name>-<os>-<arch>[.exe]}. */
  @Parameter(property = "gocrossbuild.binaryName")
  String binaryName;

  /** Builds with cgo on ({@code CGO_ENABLED=1}); off by default. */
  @Parameter(property = "gocrossbuild.cgo", defaultValue = "false")
  boolean cgo;

  /** The C cross compiler for cgo builds, e.g. {@code /usr/bin/aarch64-linux-gnu-gcc}. */
  @Parameter(property = "gocrossbuild.cc")
  File cc;

  /** Links cgo builds statically. */
  @Parameter(property = "gocrossbuild.staticLink", defaultValue = "false")
  boolean staticLink;

  /** Linker flags, one per element, e.g. {@code -X main.version=${project.version}}. */
  @Parameter List<String> ldflags;

  /** Build tags. */
  @Parameter List<String> tags;

  /** Environment variables for {@code go build}, the top layer of the environment. */
  @Parameter Map<String, String> env;

  /** A Go version to install into the toolchain cache and build with, e.g. {@code 1.23.5}. */
  @Parameter(property = "gocrossbuild.goVersion")
  String goVersion;

  /**
   * Where {@code goVersion} is downloaded from (a mirror with the official layout); go.dev by
   * default.
   */
  @Parameter(property = "gocrossbuild.goDownloads")
  String goDownloads;

  /**
   * The toolchain cache shared by every build on this machine; the library's default when unset.
   */
  @Parameter(property = "gocrossbuild.goCacheDir")
  File goCacheDir;

  /**
   * A build cache directory: a target whose inputs are unchanged since a build stored them is taken
   * from it, proved, and not built again ({@code BuildCache.directory}); no cache when unset.
   */
  @Parameter(property = "gocrossbuild.buildCache")
  File buildCache;

  /** An {@code ~/.ssh/config} alias of the machine to build on; this machine when unset. */
  @Parameter(property = "gocrossbuild.host")
  String host;

  /**
   * The ssh config file {@code host} is read from, like {@code ssh -F}; {@code ~/.ssh/config} when
   * unset.
   */
  @Parameter(property = "gocrossbuild.sshConfig")
  File sshConfig;

  /** Skips the goal. */
  @Parameter(property = "gocrossbuild.skip", defaultValue = "false")
  boolean skip;

  /** Where the artifacts are written. */
  @Parameter(defaultValue = "${project.build.directory}/gocrossbuild", required = true)
  File outputDir;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  /** Work done with a builder (and its host, when {@code host} is set). */
  @FunctionalInterface
  interface WithBuilder {
    /**
     * Does the goal's work.
     *
     * @param builder the configured builder
     * @throws MojoExecutionException when the goal cannot run
     * @throws MojoFailureException when what it checks is wrong
     */
    void run(GoCrossBuilder builder) throws MojoExecutionException, MojoFailureException;
  }

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("gocrossbuild.skip is set: skipped");
      return;
    }
    run();
  }

  /**
   * Runs the goal once {@code skip} is checked.
   *
   * @throws MojoExecutionException when the goal cannot run
   * @throws MojoFailureException when what it checks is wrong
   */
  abstract void run() throws MojoExecutionException, MojoFailureException;

  /**
   * Makes the builder from the configuration, connects to {@code host} when set, and runs the work.
   *
   * @param work what to do with the builder
   * @throws MojoExecutionException when the configuration is wrong or the host cannot be reached
   * @throws MojoFailureException when the work finds something wrong
   */
  final void withBuilder(WithBuilder work) throws MojoExecutionException, MojoFailureException {
    GoCrossBuilder b;
    try {
      b = configure(session.isOffline());
    } catch (GoCrossBuildException | IllegalArgumentException e) {
      throw new MojoExecutionException("gocrossbuild configuration: " + e.getMessage(), e);
    }
    if (host == null || host.isBlank()) {
      work.run(b);
      return;
    }
    SshHost.Builder alias =
        sshConfig == null
            ? SshHost.fromSshConfig(host)
            : SshHost.fromSshConfig(host, sshConfig.toPath());
    try (SshBuildHost remote = SshBuildHost.connect(alias.build())) {
      work.run(b.on(remote));
    } catch (GoCrossBuildException | IllegalArgumentException e) {
      throw new MojoExecutionException(
          String.format("gocrossbuild host %s: %s", host, e.getMessage()), e);
    }
  }

  /**
   * Makes the builder from the configuration.
   *
   * @param offline whether Maven runs offline ({@code -o}): nothing may be downloaded
   * @return the builder
   * @throws MojoExecutionException when a toolchain would have to be downloaded offline
   */
  final GoCrossBuilder configure(boolean offline) throws MojoExecutionException {
    if (targets == null || targets.isEmpty()) {
      throw new MojoExecutionException(
          "gocrossbuild: no <targets>; add e.g. <targets><target>linux/arm64</target></targets>");
    }
    GoCrossBuilder b =
        GoCrossBuild.targets(
                targets.stream().map(String::strip).map(Target::parse).toArray(Target[]::new))
            .moduleDir(moduleDir.toPath())
            .outputDir(outputDir.toPath())
            .listener(new MavenBuildLog(getLog()));
    if (cgo) {
      b.cgo();
    } else {
      b.noCgo();
    }
    Optional.ofNullable(cc).ifPresent(c -> b.cc(c.toPath()));
    if (staticLink) {
      b.staticLink();
    }
    Optional.ofNullable(pkg).ifPresent(b::pkg);
    Optional.ofNullable(binaryName).ifPresent(b::binaryName);
    Optional.ofNullable(ldflags).ifPresent(l -> b.ldflags(l.toArray(String[]::new)));
    Optional.ofNullable(tags).ifPresent(t -> b.tags(t.toArray(String[]::new)));
    if (offline && (env == null || !env.containsKey("GOPROXY"))) {
      // Maven -o: Go must not fetch modules or switch toolchains (both go through GOPROXY) either.
      b.env("GOPROXY", "off");
      getLog().info("Maven is offline: go build runs with GOPROXY=off");
    }
    Optional.ofNullable(env).ifPresent(m -> m.forEach(b::env));
    Optional.ofNullable(buildCache).ifPresent(c -> b.cache(BuildCache.directory(c.toPath())));
    if (goVersion != null && !goVersion.isBlank()) {
      GoDownloads d =
          (goDownloads == null ? GoDownloads.official() : GoDownloads.from(URI.create(goDownloads)))
              .listener(new DownloadLog(getLog()));
      if (goCacheDir != null) {
        d = d.cacheDir(goCacheDir.toPath());
      }
      if (offline && d.installed(goVersion).isEmpty()) {
        throw new MojoExecutionException(
            String.format(
                "gocrossbuild: goVersion %s is not in the toolchain cache %s and Maven is offline"
                    + " (-o); run once without -o to download it, or remove <goVersion> to build"
                    + " with the Go on this machine",
                goVersion, d.cacheDir()));
      }
      b.goDownloads(d).goVersion(goVersion);
    }
    return b;
  }
}
