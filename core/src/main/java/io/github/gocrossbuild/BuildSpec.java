package io.github.gocrossbuild;

import io.github.gocrossbuild.internal.GoCrossStyle;
import io.github.gocrossbuild.internal.plan.SpecChecks;
import io.github.gocrossbuild.spi.BuildHost;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What to build: targets, package, flags and environment. Immutable; made by {@link
 * GoCrossBuilder}, which adds where to build ({@link BuildHost}) and who listens.
 */
@Value.Immutable
@GoCrossStyle
public abstract class BuildSpec {

  BuildSpec() {}

  /**
   * Returns the targets, in request order.
   *
   * @return one or more targets
   */
  public abstract List<Target> targets();

  /**
   * Returns the cgo choice: true for {@code cgo()}, false for {@code noCgo()}, empty to leave Go's
   * own rule in force.
   *
   * @return the choice
   */
  public abstract Optional<Boolean> cgo();

  /**
   * Returns the Go module directory.
   *
   * @return an absolute directory; the JVM's working directory by default
   */
  @Value.Default
  public Path moduleDir() {
    return Path.of("").toAbsolutePath();
  }

  /**
   * Returns the package to build.
   *
   * @return {@code .} by default, or e.g. {@code ./cmd/server}
   */
  @Value.Default
  public String pkg() {
    return ".";
  }

  /**
   * Returns the output directory.
   *
   * @return the directory, or empty for {@code <moduleDir>/bin}
   */
  public abstract Optional<Path> outputDir();

  /**
   * Returns the base name of the artifact.
   *
   * @return the name, or empty to use the package's last path element
   */
  public abstract Optional<String> binaryName();

  /**
   * Tells whether {@code -trimpath} is passed.
   *
   * @return true by default
   */
  @Value.Default
  public boolean trimpath() {
    return true;
  }

  /**
   * Tells whether version-control information is stamped into the binary ({@code -buildvcs}).
   *
   * @return true or false when set; empty for Go's default, which stamps {@code vcs.*} settings
   *     when the module is inside a checkout and the VCS tool is installed
   */
  public abstract Optional<Boolean> buildvcs();

  /**
   * Tells whether {@code -s -w} (no symbol table, no DWARF) lead the linker flags.
   *
   * @return true by default
   */
  @Value.Default
  public boolean strip() {
    return true;
  }

  /**
   * Returns the extra linker arguments, each one argument (see {@link GoCrossBuilder#ldflags}).
   *
   * @return the arguments
   */
  public abstract List<String> ldflags();

  /**
   * Returns the compiler arguments passed as one {@code -gcflags} value, e.g. {@code [all=-N, -l]}
   * for a debug build; empty (the default) passes no {@code -gcflags}.
   *
   * @return the arguments
   */
  public abstract List<String> gcflags();

  /**
   * Returns the build tags.
   *
   * @return the tags
   */
  public abstract List<String> tags();

  /**
   * Returns the extra environment variables.
   *
   * @return name to value
   */
  public abstract Map<String, String> env();

  /**
   * Returns the exact Go version asked for with {@link GoCrossBuilder#goVersion(String)}.
   *
   * @return e.g. {@code go1.23.5}, or empty to use whatever toolchain is found
   */
  public abstract Optional<String> goVersion();

  /**
   * Returns where a missing {@link #goVersion()} is installed from.
   *
   * @return the downloads, or empty for {@link GoDownloads#official()}
   */
  public abstract Optional<GoDownloads> goDownloads();

  /**
   * Returns the explicit {@code go} command.
   *
   * @return the path, or empty to discover the toolchain
   */
  public abstract Optional<Path> goCommand();

  /**
   * Returns the C compiler given with {@link GoCrossBuilder#cc(Path)}.
   *
   * @return the compiler on the build host, or empty to find one for the target
   */
  public abstract Optional<Path> cc();

  /**
   * Returns the C++ compiler given with {@link GoCrossBuilder#cxx(Path)}.
   *
   * @return the compiler on the build host, or empty
   */
  public abstract Optional<Path> cxx();

  /**
   * Returns the target's C library root given with {@link GoCrossBuilder#sysroot(Path)}.
   *
   * @return the sysroot, or empty
   */
  public abstract Optional<Path> sysroot();

  /**
   * Tells whether a cgo binary is linked fully static ({@link GoCrossBuilder#staticLink()}).
   *
   * @return false by default
   */
  @Value.Default
  public boolean staticLink() {
    return false;
  }

  /**
   * Returns the newest glibc the artifact may need ({@link GoCrossBuilder#glibcAtMost(String)}).
   *
   * @return e.g. {@code 2.28}, or empty for no limit
   */
  public abstract Optional<String> glibcAtMost();

  /**
   * Returns the private key each artifact's provenance is signed with ({@link
   * GoCrossBuilder#attest(Path)}).
   *
   * @return the PKCS#8 PEM file on this machine, or empty to write no envelope
   */
  public abstract Optional<Path> attestKey();

  /**
   * Returns the time limit of one target's build.
   *
   * @return the timeout, or empty for none
   */
  public abstract Optional<Duration> timeout();

  /**
   * Tells whether the artifact is proven against this spec.
   *
   * @return true by default
   */
  @Value.Default
  public boolean verify() {
    return true;
  }

  /**
   * Returns the arguments of the smoke run after the build.
   *
   * @return the arguments, or empty for no smoke run
   */
  public abstract Optional<List<String>> smokeTestArgs();

  /**
   * Returns how many targets of a matrix build at once.
   *
   * @return at least 1; by default the number of processors, at most 4
   */
  @Value.Default
  public int concurrency() {
    return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
  }

  @Value.Check
  void check() {
    if (targets().isEmpty()) {
      throw new IllegalArgumentException("targets: at least one target is required");
    }
    SpecChecks.checkPkg(pkg());
    binaryName().ifPresent(SpecChecks::checkBinaryName);
    tags().forEach(SpecChecks::checkTag);
    SpecChecks.checkLdflags(ldflags());
    env().forEach(SpecChecks::checkEnv);
    SpecChecks.checkConcurrency(concurrency());
    timeout().ifPresent(SpecChecks::checkTimeout);
    SpecChecks.checkLdflagsJoin(strip(), ldflags());
    glibcAtMost().ifPresent(SpecChecks::checkGlibc);
  }

  /**
   * Creates a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BuildSpec} values. */
  public static final class Builder extends ImmutableBuildSpec.Builder {
    Builder() {}
  }
}
