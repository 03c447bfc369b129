package io.github.gocrossbuild.internal.build;

import io.github.gocrossbuild.BuildSpec;
import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.CgoDecision;
import io.github.gocrossbuild.InvalidBinaryException;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.VerificationException;
import io.github.gocrossbuild.VerificationProblem;
import io.github.gocrossbuild.binary.GoBinary;
import io.github.gocrossbuild.internal.ArchTriples;
import io.github.gocrossbuild.internal.cgo.CgoSetup;
import io.github.gocrossbuild.internal.proof.ArtifactVerifier;
import io.github.gocrossbuild.internal.proof.Expectation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads a freshly built artifact and proves it against the spec before it is moved into place. */
final class ArtifactProof {
  private final GoBinary binary;
  private final List<BuildWarning> warnings;

  private ArtifactProof(GoBinary binary, List<BuildWarning> warnings) {
    this.binary = binary;
    this.warnings = warnings;
  }

  /**
   * Reads and, when the spec asks for it, verifies the artifact.
   *
   * @param spec the spec
   * @param target the target
   * @param cgo the cgo value that applied
   * @param artifact the final path (named in errors)
   * @param file the file as built (still temporary)
   * @return the proof
   * @throws VerificationException when the artifact is not what was asked for
   */
  static ArtifactProof prove(
      BuildSpec spec, Target target, CgoDecision cgo, Path artifact, Path file) {
    GoBinary binary = readAs(artifact, file);
    if (!spec.verify()) {
      return new ArtifactProof(binary, List.of());
    }
    Expectation expected =
        Expectation.builder()
            .target(target)
            .cgoEnabled(cgo.enabled())
            .trimpath(spec.trimpath())
            .buildvcs(spec.buildvcs())
            .stripped(spec.strip())
            .staticLink(spec.staticLink())
            .interpreter(
                cgo.compiler().isPresent()
                    ? ArchTriples.loader(target, CgoSetup.musl(cgo))
                    : Optional.empty())
            .glibcAtMost(spec.glibcAtMost())
            .build();
    List<VerificationProblem> problems = ArtifactVerifier.verify(binary, expected);
    if (!problems.isEmpty()) {
      throw new VerificationException(artifact, binary, problems);
    }
    return new ArtifactProof(binary, ArtifactVerifier.warnings(binary, expected));
  }

  /**
   * Reads the temporary file as the final artifact: the report carries the final path, and an
   * unreadable file is reported under the final path only.
   */
  static GoBinary readAs(Path artifact, Path file) {
    try {
      return relabel(GoBinary.read(file), artifact);
    } catch (InvalidBinaryException e) {
      String prefix = file + ": ";
      String problem =
          e.getMessage().startsWith(prefix)
              ? e.getMessage().substring(prefix.length())
              : e.getMessage();
      throw new InvalidBinaryException(
          artifact, problem.replace(file.toString(), artifact.toString()), e.getCause());
    }
  }

  /**
   * Gives the report (and each fat slice) the final path, so that results, messages and {@link
   * VerificationException} never name the hidden temporary file the build wrote.
   */
  static GoBinary relabel(GoBinary binary, Path artifact) {
    if (binary.path().equals(artifact)) {
      return binary;
    }
    return GoBinary.builder()
        .from(binary)
        .path(artifact)
        .slices(binary.slices().stream().map(s -> relabel(s, artifact)).toList())
        .build();
  }

  GoBinary binary() {
    return binary;
  }

  List<BuildWarning> warnings() {
    return warnings;
  }
}
