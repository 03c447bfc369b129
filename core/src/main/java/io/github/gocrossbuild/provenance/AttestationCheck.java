package io.github.gocrossbuild.provenance;

/** The check of an attestation that failed, carried by {@link AttestationException#check()}. */
public enum AttestationCheck {
  /** A key file is missing, unreadable, not PEM, or not an ECDSA P-256 or Ed25519 key. */
  KEY,
  /** The envelope is missing, unreadable, or not a DSSE envelope in strict JSON. */
  ENVELOPE,
  /** The envelope's {@code payloadType} is not {@code application/vnd.in-toto+json}. */
  PAYLOAD_TYPE,
  /** No signature of the envelope verifies with the public key. */
  SIGNATURE,
  /** The signed payload is not an in-toto Statement v1. */
  STATEMENT,
  /** The statement does not name exactly one subject with a SHA-256 digest. */
  SUBJECT,
  /** The statement's {@code predicateType} is not {@code https://slsa.dev/provenance/v1}. */
  PREDICATE_TYPE,
  /** The artifact is unreadable or its SHA-256 is not the subject's. */
  SUBJECT_DIGEST,
  /** Signing or writing the envelope failed. */
  SIGNING
}
