package io.github.gocrossbuild;

import io.github.gocrossbuild.binary.GoBinary;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.internal.GoCrossStyle;
import io.github.gocrossbuild.internal.build.ResultBuilder;
import io.github.gocrossbuild.internal.provenance.Statement;
import io.github.gocrossbuild.spi.Toolchain;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A finished build: the proven artifact, how it was made, and what to know about it. */
@Value.Immutable
@GoCrossStyle
public abstract class BuildResult {

  BuildResult() {}

  /**
   * Returns the target built.
   *
   * @return the target
   */
  public abstract Target target();

  /**
   * Returns the artifact on this machine.
   *
   * @return e.g. {@code <module>/bin/app-linux-arm64}
   */
  public abstract Path artifact();

  /**
   * Returns what the artifact is, read from the file: format, OS, arch, linking, stripping and Go
   * build info. Always filled, also with {@code verify(false)}.
   *
   * @return the binary report
   */
  public abstract GoBinary binary();

  /**
   * Returns the smoke run's outcome, when {@code smokeTest(...)} was asked for.
   *
   * @return the result (possibly a skip with its reason), or empty
   */
  public abstract Optional<SmokeTestResult> smokeTest();

  /**
   * Returns the {@code go build} argv that was run. The library has {@code go} write to a hidden
   * temporary file next to the artifact and renames it once proven; the argv shows the final
   * artifact path after {@code -o}.
   *
   * @return the command, {@code go} first
   */
  public abstract List<String> command();

  /**
   * Returns the build's environment, every variable with its provenance.
   *
   * @return the resolved environment
   */
  public abstract ResolvedEnv environment();

  /**
   * Returns the cgo setting that applied and why.
   *
   * @return the decision
   */
  public abstract CgoDecision cgo();

  /**
   * Returns the toolchain used.
   *
   * @return the toolchain with its {@code go version} and {@code go env}
   */
  public abstract Toolchain toolchain();

  /**
   * Returns the name of the host the build ran on.
   *
   * @return e.g. {@code local}
   */
  public abstract String host();

  /**
   * Returns the platform of the host the build ran on; with a pool ({@code BuildHosts.pool(...)})
   * this tells which machine a target landed on together with {@link #host()}.
   *
   * @return the host's platform, e.g. {@code linux/amd64}, or empty when unknown
   */
  public abstract Optional<Target> hostPlatform();

  /**
   * Describes the host the build ran on.
   *
   * @return e.g. {@code local (linux/amd64)} or {@code ci@10.0.0.7:22 (linux/arm64)}
   */
  public String hostDescription() {
    return host() + hostPlatform().map(p -> " (" + p + ")").orElse("");
  }

  /**
   * Returns how long the build took, proof included.
   *
   * @return the duration
   */
  public abstract Duration duration();

  /**
   * Returns what {@code go build} printed.
   *
   * @return the output, usually empty
   */
  public abstract String output();

  /**
   * Returns what the build warned about without failing: the proof's warnings and the host's, the
   * same ones the {@link BuildEvent.Warning} events carried, in order.
   *
   * @return the warnings, each with a stable id (see {@link BuildWarning})
   */
  public abstract List<BuildWarning> warnings();

  /**
   * Returns the provenance of the artifact: an in-toto Statement v1 whose subject is the artifact's
   * file name and the SHA-256 of the bytes written, with an SLSA provenance v1 predicate made from
   * the build's plan and the proven binary: what was asked, the resolved Go variables and who set
   * each, the toolchain, the modules from the binary's build info with their go.sum hashes, the C
   * compiler, the source tree's digest, the host and the times. Values of variables that look like
   * credentials are redacted, and the statement says so. {@code docs/provenance.md} explains every
   * field.
   *
   * @return the statement's JSON, rendered on the first call from facts taken when the artifact was
   *     written
   */
  public String provenance() {
    return statement().json();
  }

  /**
   * Returns the statement behind {@link #provenance()}.
   *
   * @return the statement
   */
  @Value.Auxiliary
  abstract Statement statement();

  /**
   * Returns the signed provenance beside the artifact, when {@code attest(key)} was asked for.
   *
   * @return the {@code <artifact>.intoto.jsonl} DSSE envelope, or empty
   */
  public abstract Optional<Path> attestation();

  /**
   * Tells whether the artifact's bytes came from the build cache ({@code
   * GoCrossBuilder.cache(...)}) instead of {@code go build}. They were proven like built ones;
   * {@link #command()} is then the argv that made them and {@link #output()} is empty.
   *
   * @return true on a cache hit
   */
  @Value.Default
  public boolean fromCache() {
    return false;
  }

  /**
   * Returns where a cache hit came from.
   *
   * @return e.g. {@code directory /var/cache/gocrossbuild}, or empty when the build was not a hit
   */
  public abstract Optional<String> cacheSource();

  /**
   * Returns the build cache manifest of this build: the named parts whose SHA-256 is the key, as a
   * JSON object of strings (with {@code "artifact sha256"} when the entry was read or stored).
   * Shows why two builds did or did not share an entry.
   *
   * @return the manifest, or empty without a cache or when the build could not be keyed (a {@code
   *     cache.not-keyed} warning says why)
   */
  public abstract Optional<String> cacheManifest();

  /**
   * Creates a builder. Only the library makes results: {@code GoCrossBuilder} hands this method to
   * the internal build runner, so no public path leads here.
   *
   * @return a new builder
   */
  static ResultBuilder<BuildResult> builder() {
    return new Builder();
  }

  /** Builds {@link BuildResult} values; the library sees it only as a {@link ResultBuilder}. */
  static final class Builder extends ImmutableBuildResult.Builder
      implements ResultBuilder<BuildResult> {
    Builder() {}
  }
}
