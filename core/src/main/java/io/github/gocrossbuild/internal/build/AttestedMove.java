package io.github.gocrossbuild.internal.build;

import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.binary.GoBinary;
import io.github.gocrossbuild.internal.plan.TargetPlan;
import io.github.gocrossbuild.internal.provenance.ArtifactDigests;
import io.github.gocrossbuild.internal.provenance.BuildFacts;
import io.github.gocrossbuild.internal.provenance.DsseEnvelope;
import io.github.gocrossbuild.internal.provenance.PemKeys;
import io.github.gocrossbuild.internal.provenance.PlanParts;
import io.github.gocrossbuild.internal.provenance.Presignature;
import io.github.gocrossbuild.internal.provenance.SourceTree;
import io.github.gocrossbuild.internal.provenance.Statement;
import io.github.gocrossbuild.provenance.AttestationCheck;
import io.github.gocrossbuild.provenance.AttestationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Moves a proven artifact into place together with its provenance. The statement is made from the
 * plan and the bytes about to be moved; with a key, the envelope is signed and written to a
 * temporary file first, so a key that fails or a disk that is full leaves the previous artifact and
 * its envelope untouched. Then the old envelope is renamed aside, the artifact renamed over the old
 * one and the new envelope renamed into the freed name, all in the same directory: a reader in
 * between sees an artifact without an envelope, never an envelope for other bytes.
 */
final class AttestedMove {
  /** The envelope's name is the artifact's plus this. */
  static final String SUFFIX = ".intoto.jsonl";

  private AttestedMove() {}

  /**
   * What was written.
   *
   * @param statement the statement
   * @param envelope the envelope's path, when signed
   */
  record Written(Statement statement, Optional<Path> envelope) {}

  /**
   * Makes the statement, signs it when the spec asks, and moves the artifact (and envelope) into
   * place.
   *
   * @param plan the plan carried out
   * @param parts the statement's parts the plan decides, rendered or being rendered
   * @param presignature the signature's half made while {@code go build} ran ({@link
   *     io.github.gocrossbuild.internal.provenance.StatementPrep})
   * @param binary the proven binary
   * @param tmp the temporary file holding the artifact's bytes
   * @param seeded the temporary file as seen before {@code go build} ran
   * @param digest the bytes' SHA-256 when already known: a cache hit hashed them as it fetched
   * @param startedOn when the build started
   * @param warnings the warnings raised so far
   * @return the statement and the envelope's path
   * @throws AttestationException when the key cannot be read or the envelope cannot be written; the
   *     artifact has not moved then
   */
  static Written moveIntoPlace(
      TargetPlan plan,
      Supplier<PlanParts> parts,
      Supplier<Optional<Presignature>> presignature,
      GoBinary binary,
      Path tmp,
      Optional<ArtifactDigests.Seen> seeded,
      Optional<String> digest,
      Instant startedOn,
      List<BuildWarning> warnings) {
    Path artifact = plan.artifact();
    Path envelope = artifact.resolveSibling(artifact.getFileName() + SUFFIX);
    Statement statement;
    String sha256;
    try {
      sha256 = digest.isPresent() ? digest.get() : ArtifactDigests.sha256(artifact, tmp, seeded);
      BuildFacts facts =
          new BuildFacts(
              plan,
              parts,
              binary,
              sha256,
              SourceTree.of(plan.moduleDir(), Optional.of(artifact.getParent())),
              startedOn,
              Instant.now(),
              warnings);
      statement = new Statement(facts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (plan.spec().attestKey().isEmpty()) {
      AtomicFiles.moveIntoPlace(tmp, artifact);
      ArtifactDigests.record(artifact, sha256);
      // An envelope from an earlier attested build no longer describes the file.
      AtomicFiles.deleteQuietly(envelope);
      return new Written(statement, Optional.empty());
    }
    Path key = plan.spec().attestKey().get();
    Path tmpEnvelope = AtomicFiles.temporaryFor(envelope);
    Optional<Path> previous = Optional.empty();
    try {
      PrivateKey privateKey = PemKeys.signingKey(key);
      Files.write(
          tmpEnvelope,
          DsseEnvelope.sign(privateKey, statement.json(), presignature.get())
              .getBytes(StandardCharsets.UTF_8));
      // The old envelope goes aside first: until the new one is in place a reader finds the
      // artifact without an envelope, never beside one that describes other bytes; and the new
      // envelope then takes a free name, which ext4 does not flush to disk at once.
      previous = AtomicFiles.setAside(envelope);
      try {
        AtomicFiles.moveIntoPlace(tmp, artifact);
      } catch (UncheckedIOException e) {
        previous.ifPresent(p -> restore(p, envelope));
        previous = Optional.empty();
        throw e;
      }
      ArtifactDigests.record(artifact, sha256);
      try {
        AtomicFiles.moveIntoPlace(tmpEnvelope, envelope);
      } catch (UncheckedIOException e) {
        throw new AttestationException(
            envelope.toString(),
            AttestationCheck.SIGNING,
            "could not be moved into place after the artifact was: " + e.getMessage(),
            "the artifact is new and has no envelope now; free the directory and build again",
            e);
      }
      return new Written(statement, Optional.of(envelope));
    } catch (GeneralSecurityException e) {
      throw new AttestationException(
          key.toString(),
          AttestationCheck.SIGNING,
          "the JDK refused to sign with it: " + e.getMessage(),
          "use an ECDSA P-256 or Ed25519 PKCS#8 key; nothing was moved into place",
          e);
    } catch (IOException e) {
      throw new AttestationException(
          envelope.toString(),
          AttestationCheck.SIGNING,
          "cannot be written: " + e.getMessage(),
          "free the output directory; nothing was moved into place",
          e);
    } finally {
      AtomicFiles.deleteQuietly(tmpEnvelope);
      previous.ifPresent(AtomicFiles::deleteQuietly);
    }
  }

  /** Puts the envelope set aside back when the artifact could not move; best effort. */
  private static void restore(Path aside, Path envelope) {
    try {
      AtomicFiles.moveIntoPlace(aside, envelope);
    } catch (UncheckedIOException ignored) {
      // The artifact has not moved, so an absent envelope is not a wrong one; aside is cleaned.
      AtomicFiles.deleteQuietly(aside);
    }
  }
}
