package io.github.gocrossbuild.internal.build;

import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.CgoDecision;
import io.github.gocrossbuild.SmokeTestResult;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.binary.GoBinary;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.internal.provenance.Statement;
import io.github.gocrossbuild.spi.Toolchain;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The builder of {@code BuildResult} as the build runner sees it ({@code R} is {@code BuildResult}:
 * the interface does not name it, so the API type and this helper depend one way). {@code
 * BuildResult}'s generated builder implements it, and only {@code GoCrossBuilder} can create one
 * (the factory is package-private in the API package), so users cannot make results; the compiler
 * keeps the setters in line with the generated ones.
 */
public interface ResultBuilder<R> {
  /**
   * Sets the target.
   *
   * @param target the target
   * @return this
   */
  ResultBuilder<R> target(Target target);

  /**
   * Sets the artifact.
   *
   * @param artifact the final path
   * @return this
   */
  ResultBuilder<R> artifact(Path artifact);

  /**
   * Sets the binary report.
   *
   * @param binary the report
   * @return this
   */
  ResultBuilder<R> binary(GoBinary binary);

  /**
   * Sets the smoke run's outcome.
   *
   * @param smokeTest the outcome, or empty
   * @return this
   */
  ResultBuilder<R> smokeTest(Optional<? extends SmokeTestResult> smokeTest);

  /**
   * Sets the command.
   *
   * @param command the argv
   * @return this
   */
  ResultBuilder<R> command(Iterable<String> command);

  /**
   * Sets the environment.
   *
   * @param environment the resolved environment
   * @return this
   */
  ResultBuilder<R> environment(ResolvedEnv environment);

  /**
   * Sets the cgo decision.
   *
   * @param cgo the decision
   * @return this
   */
  ResultBuilder<R> cgo(CgoDecision cgo);

  /**
   * Sets the toolchain.
   *
   * @param toolchain the toolchain
   * @return this
   */
  ResultBuilder<R> toolchain(Toolchain toolchain);

  /**
   * Sets the host name.
   *
   * @param host the name
   * @return this
   */
  ResultBuilder<R> host(String host);

  /**
   * Sets the host's platform.
   *
   * @param platform the platform, or empty
   * @return this
   */
  ResultBuilder<R> hostPlatform(Optional<? extends Target> platform);

  /**
   * Sets the duration.
   *
   * @param duration how long the build took
   * @return this
   */
  ResultBuilder<R> duration(Duration duration);

  /**
   * Sets the output.
   *
   * @param output what go build printed
   * @return this
   */
  ResultBuilder<R> output(String output);

  /**
   * Sets the warnings.
   *
   * @param warnings the warnings
   * @return this
   */
  ResultBuilder<R> warnings(Iterable<? extends BuildWarning> warnings);

  /**
   * Sets the provenance statement.
   *
   * @param statement the in-toto statement
   * @return this
   */
  ResultBuilder<R> statement(Statement statement);

  /**
   * Sets the signed envelope's path.
   *
   * @param envelope the path, or empty
   * @return this
   */
  ResultBuilder<R> attestation(Optional<? extends Path> envelope);

  /**
   * Sets whether the bytes came from the build cache.
   *
   * @param fromCache true on a hit
   * @return this
   */
  ResultBuilder<R> fromCache(boolean fromCache);

  /**
   * Sets where a cache hit came from.
   *
   * @param source the cache's description, or empty
   * @return this
   */
  ResultBuilder<R> cacheSource(Optional<String> source);

  /**
   * Sets the build cache manifest.
   *
   * @param manifest the manifest's JSON, or empty
   * @return this
   */
  ResultBuilder<R> cacheManifest(Optional<String> manifest);

  /**
   * Builds the result.
   *
   * @return the result
   */
  R build();
}
