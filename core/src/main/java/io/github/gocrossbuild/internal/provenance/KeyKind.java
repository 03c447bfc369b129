package io.github.gocrossbuild.internal.provenance;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECKey;
import java.security.interfaces.EdECKey;
import java.util.Optional;

/** The two kinds of signing key the library takes, each with its JDK signature algorithm. */
public enum KeyKind {
  /** ECDSA on NIST P-256 with SHA-256; the JDK writes the DER signatures DSSE and cosign use. */
  ECDSA_P256("SHA256withECDSA"),
  /** Ed25519 (pure EdDSA). */
  ED25519("Ed25519");

  /** The order of P-256's base point: with a 256-bit field it tells P-256 from other curves. */
  static final BigInteger P256_ORDER =
      new BigInteger("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);

  private final String algorithm;

  KeyKind(String algorithm) {
    this.algorithm = algorithm;
  }

  /**
   * Returns the kind of a key.
   *
   * @param key a key from {@link PemKeys}
   * @return the kind, or empty for any other key
   */
  public static Optional<KeyKind> of(Key key) {
    if (key instanceof ECKey ec) {
      boolean p256 =
          ec.getParams().getCurve().getField().getFieldSize() == 256
              && ec.getParams().getOrder().equals(P256_ORDER);
      return p256 ? Optional.of(ECDSA_P256) : Optional.empty();
    }
    if (key instanceof EdECKey ed && ed.getParams().getName().equalsIgnoreCase("Ed25519")) {
      return Optional.of(ED25519);
    }
    return Optional.empty();
  }

  /**
   * Signs bytes.
   *
   * @param key a private key of this kind
   * @param data the bytes
   * @return the signature (DER for ECDSA, 64 bytes for Ed25519)
   * @throws GeneralSecurityException when the JDK refuses
   */
  byte[] sign(PrivateKey key, byte[] data) throws GeneralSecurityException {
    Signature s = Signature.getInstance(algorithm);
    s.initSign(key);
    s.update(data);
    return s.sign();
  }

  /**
   * Checks a signature.
   *
   * @param key a public key of this kind
   * @param data the signed bytes
   * @param signature the signature
   * @return whether it verifies; a malformed signature does not
   */
  boolean verify(PublicKey key, byte[] data, byte[] signature) {
    try {
      Signature s = Signature.getInstance(algorithm);
      s.initVerify(key);
      s.update(data);
      return s.verify(signature);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }
}
