package io.github.gocrossbuild.internal.repro;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.ReproducibilityException;
import io.github.gocrossbuild.internal.build.AtomicFiles;
import io.github.gocrossbuild.internal.provenance.ArtifactDigests;
import io.github.gocrossbuild.internal.provenance.StatementAgreement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The signed half of {@code reproducibleOn} with {@code attest(key)}: both hosts' statements of the
 * same bytes must agree on everything but the builder and the times, and then the artifact goes
 * where {@code run()} would put it, with the builder's envelope as {@code <artifact>.intoto.jsonl}
 * (as {@code run()} writes it) and the other host's as {@code
 * <artifact>.<other-host>.intoto.jsonl}. Every file is copied to a temporary name beside its
 * destination first, so a full disk leaves the previous files in place.
 */
final class PairedAttestations {
  private PairedAttestations() {}

  /**
   * Checks that two hosts' statements of the same artifact agree.
   *
   * @param one the builder's result
   * @param other the other host's result, with the same bytes
   * @param sha256 the bytes' SHA-256
   * @throws ReproducibilityException naming each field that differs
   */
  static void check(BuildResult one, BuildResult other, String sha256) {
    List<String> differences =
        StatementAgreement.differences(
            one.provenance(), one.host(), other.provenance(), other.host());
    if (!differences.isEmpty()) {
      throw new ReproducibilityException(
          one.target(), one.host(), sha256, other.host(), sha256, differences);
    }
  }

  /**
   * Moves the artifact and both envelopes into place.
   *
   * @param artifact the artifact's final path
   * @param one the builder's result, whose artifact is copied
   * @param other the other host's result
   * @param sha256 the artifact's SHA-256
   * @return the two envelopes' final paths, the builder's first
   * @throws IOException when a file cannot be copied or moved
   */
  static List<Path> writeInto(Path artifact, BuildResult one, BuildResult other, String sha256)
      throws IOException {
    Path oneEnvelope = one.attestation().orElseThrow();
    Path otherEnvelope = other.attestation().orElseThrow();
    // The envelope names are the artifact's plus the same suffix; the other host's gets its name.
    String suffix =
        oneEnvelope
            .getFileName()
            .toString()
            .substring(one.artifact().getFileName().toString().length());
    String name = artifact.getFileName().toString();
    List<Path> envelopes =
        List.of(
            artifact.resolveSibling(name + suffix),
            artifact.resolveSibling(name + "." + fileNamePart(other.host()) + suffix));
    List<Path> temporaries = new ArrayList<>();
    try {
      Files.createDirectories(artifact.getParent());
      Path tmpArtifact = copyBeside(one.artifact(), artifact, temporaries);
      Path tmpOne = copyBeside(oneEnvelope, envelopes.get(0), temporaries);
      Path tmpOther = copyBeside(otherEnvelope, envelopes.get(1), temporaries);
      AtomicFiles.moveIntoPlace(tmpArtifact, artifact);
      ArtifactDigests.record(artifact, sha256);
      AtomicFiles.moveIntoPlace(tmpOne, envelopes.get(0));
      AtomicFiles.moveIntoPlace(tmpOther, envelopes.get(1));
      return envelopes;
    } finally {
      temporaries.forEach(AtomicFiles::deleteQuietly);
    }
  }

  private static Path copyBeside(Path source, Path destination, List<Path> temporaries)
      throws IOException {
    Path tmp = AtomicFiles.temporaryFor(destination);
    temporaries.add(tmp);
    Files.copy(
        source, tmp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
    return tmp;
  }

  /**
   * A host's name as part of a file name on any OS: {@code ci@10.0.0.7:22} becomes {@code
   * ci@10.0.0.7_22}.
   */
  static String fileNamePart(String hostName) {
    return hostName.replaceAll("[^A-Za-z0-9._@-]", "_");
  }
}
