package io.github.gocrossbuild.provenance;

import io.github.gocrossbuild.internal.Sha256;
import io.github.gocrossbuild.internal.provenance.DsseEnvelope;
import io.github.gocrossbuild.internal.provenance.PemKeys;
import io.github.gocrossbuild.internal.provenance.ProvenanceStatement;
import io.github.gocrossbuild.internal.provenance.StatementFields;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PublicKey;

/**
 * Checks the signed provenance the library writes, as {@code cosign verify-blob-attestation --type
 * slsaprovenance1} does, with the JDK alone.
 *
 * <pre>{@code
 * VerifiedStatement s = Attestations.verify(
 *     result.artifact(), result.attestation().orElseThrow(), Path.of("pub.pem"));
 * s.subjectSha256();   // the artifact's SHA-256
 * }</pre>
 */
public final class Attestations {
  private Attestations() {}

  /**
   * Verifies an artifact against its DSSE envelope: the envelope's payload type is in-toto, a
   * signature verifies with the public key, the payload is an in-toto Statement v1 with exactly one
   * subject whose SHA-256 is the artifact's, and the predicate type is SLSA provenance v1.
   *
   * @param artifact the artifact
   * @param envelope its {@code .intoto.jsonl} envelope
   * @param publicKeyPem the X.509 SubjectPublicKeyInfo PEM file ({@code BEGIN PUBLIC KEY}) of an
   *     ECDSA P-256 or Ed25519 key
   * @return the verified statement
   * @throws AttestationException naming the input, the check that failed ({@link
   *     AttestationException#check()}), the problem and the fix
   */
  public static VerifiedStatement verify(Path artifact, Path envelope, Path publicKeyPem) {
    PublicKey key = PemKeys.publicKey(publicKeyPem);
    DsseEnvelope e = DsseEnvelope.read(envelope);
    String input = envelope.toString();
    if (!e.payloadType().equals(DsseEnvelope.IN_TOTO)) {
      throw new AttestationException(
          input,
          AttestationCheck.PAYLOAD_TYPE,
          String.format(
              "has payloadType \"%s\", not \"%s\"", e.payloadType(), DsseEnvelope.IN_TOTO),
          "give an envelope of an in-toto statement");
    }
    if (!e.signedBy(key)) {
      throw new AttestationException(
          input,
          AttestationCheck.SIGNATURE,
          "has no signature that verifies with " + publicKeyPem,
          "the envelope was edited or signed with another key; use the public key of the key"
              + " given to attest(...)");
    }
    StatementFields s =
        StatementFields.read(input, new String(e.payload(), StandardCharsets.UTF_8));
    if (!s.predicateType().equals(ProvenanceStatement.PREDICATE_TYPE)) {
      throw new AttestationException(
          input,
          AttestationCheck.PREDICATE_TYPE,
          String.format(
              "has predicateType \"%s\", not \"%s\"",
              s.predicateType(), ProvenanceStatement.PREDICATE_TYPE),
          "give an envelope of SLSA provenance v1");
    }
    String actual = sha256(artifact);
    if (!actual.equals(s.subjectSha256())) {
      throw new AttestationException(
          artifact.toString(),
          AttestationCheck.SUBJECT_DIGEST,
          String.format(
              "has SHA-256 %s, but the statement's subject %s has %s",
              actual, s.subjectName(), s.subjectSha256()),
          "the artifact changed after it was built, or the envelope belongs to another artifact");
    }
    return new VerifiedStatement(
        s.json(), s.subjectName(), s.subjectSha256(), s.predicateType(), s.builderId());
  }

  private static String sha256(Path artifact) {
    try {
      return Sha256.of(artifact);
    } catch (IOException e) {
      throw new AttestationException(
          artifact.toString(),
          AttestationCheck.SUBJECT_DIGEST,
          "cannot be read: " + e.getMessage(),
          "give the path of the artifact the envelope describes",
          e);
    }
  }
}
