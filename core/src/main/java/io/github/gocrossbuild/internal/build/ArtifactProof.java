package io.github.gocrossbuild.internal.build;

import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.InvalidBinaryException;
import io.github.gocrossbuild.VerificationException;
import io.github.gocrossbuild.VerificationProblem;
import io.github.gocrossbuild.binary.GoBinary;
import io.github.gocrossbuild.internal.plan.TargetPlan;
import io.github.gocrossbuild.internal.proof.ArtifactVerifier;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads a freshly built artifact and proves it against the spec before it is moved into place. */
final class ArtifactProof {
  private final GoBinary binary;
  private final List<BuildWarning> warnings;

  private ArtifactProof(GoBinary binary, List<BuildWarning> warnings) {
    this.binary = binary;
    this.warnings = warnings;
  }

  /**
   * Reads the file written for a plan and checks it against the plan's expectation.
   *
   * @param plan the plan (its artifact path names the file in reports)
   * @param file the file {@code go build} wrote
   * @return the proof
   * @throws VerificationException when the artifact is not what the plan asked for
   */
  static ArtifactProof prove(TargetPlan plan, Path file) {
    GoBinary binary = readAs(plan.artifact(), file);
    if (!plan.spec().verify()) {
      return new ArtifactProof(binary, List.of());
    }
    List<VerificationProblem> problems = ArtifactVerifier.verify(binary, plan.expectation());
    if (!problems.isEmpty()) {
      throw new VerificationException(plan.artifact(), binary, problems);
    }
    return new ArtifactProof(binary, ArtifactVerifier.warnings(binary, plan.expectation()));
  }

  static GoBinary readAs(Path artifact, Path file) {
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      return GoBinary.read(artifact, channel);
    } catch (NoSuchFileException e) {
      throw new InvalidBinaryException(artifact, "no such file", e);
    } catch (IOException e) {
      throw new InvalidBinaryException(
          artifact,
          "cannot read: " + e.toString().replace(file.toString(), artifact.toString()),
          e);
    }
  }

  GoBinary binary() {
    return binary;
  }

  List<BuildWarning> warnings() {
    return warnings;
  }
}
