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
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
   * Reads the temporary file as the final artifact: the report (and each slice of a fat file)
   * carries the final path, and an unreadable file is reported under the final path only.
   */
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
