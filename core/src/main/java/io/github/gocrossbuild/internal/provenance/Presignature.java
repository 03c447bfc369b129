package io.github.gocrossbuild.internal.provenance;

import io.github.gocrossbuild.internal.Sha256;
import io.github.gocrossbuild.internal.plan.TargetPlan;
import io.github.gocrossbuild.provenance.AttestationException;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The half of an ECDSA P-256 signature that does not depend on the message, made ahead of time: a
 * fresh random nonce {@code k}, {@code r}, the x coordinate of {@code k·G} modulo the curve's
 * order, and {@code k⁻¹}. What is left once the statement exists is {@code s = k⁻¹·(z + r·d) mod
 * n}: two multiplications of 256-bit numbers instead of a point multiplication, which on JDK 17
 * (whose P-256 arithmetic is slow) moves about a millisecond off the build's path into the time
 * {@code go build} runs.
 *
 * <p>The point multiplication is the JDK's own: {@code k} and {@code k·G} are an ephemeral key pair
 * from the JDK's {@code EC} key pair generator, which draws {@code k} uniformly from {@code [1,
 * n-1]} with a {@link SecureRandom}. {@code k⁻¹} is computed blinded by another random factor, so
 * the time it takes says nothing about {@code k}. A presignature signs once: a second use is
 * refused, since two signatures with one nonce give the private key away. The signatures are
 * ordinary DER ECDSA signatures; any verifier (the JDK, cosign) checks them as it checks the JDK's.
 */
public final class Presignature {
  /** The order of P-256's base point. */
  private static final BigInteger N = KeyKind.P256_ORDER;

  private final BigInteger r;
  private final BigInteger kInverse;
  private final AtomicBoolean used = new AtomicBoolean();

  private Presignature(BigInteger r, BigInteger kInverse) {
    this.r = r;
    this.kInverse = kInverse;
  }

  /**
   * Makes a presignature.
   *
   * @param random where the blinding factor comes from
   * @return the presignature
   * @throws GeneralSecurityException when the JDK has no P-256 key pair generator
   */
  public static Presignature make(SecureRandom random) throws GeneralSecurityException {
    while (true) {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"), random);
      KeyPair nonce = generator.generateKeyPair();
      BigInteger k = ((ECPrivateKey) nonce.getPrivate()).getS();
      BigInteger r = ((ECPublicKey) nonce.getPublic()).getW().getAffineX().mod(N);
      if (r.signum() == 0 || k.signum() <= 0 || k.compareTo(N) >= 0) {
        continue;
      }
      BigInteger blind = new BigInteger(N.bitLength() + 64, random).mod(N.subtract(BigInteger.ONE));
      blind = blind.add(BigInteger.ONE);
      BigInteger kInverse = k.multiply(blind).mod(N).modInverse(N).multiply(blind).mod(N);
      return new Presignature(r, kInverse);
    }
  }

  /**
   * Makes a presignature for a build that signs with an ECDSA P-256 key.
   *
   * @param plan the plan
   * @return the presignature, or empty when the build signs with another kind of key, its key
   *     cannot be read (the build says why when it signs), or the JDK has no P-256
   */
  static Optional<Presignature> forPlan(TargetPlan plan) {
    try {
      Optional<KeyKind> kind =
          plan.spec().attestKey().flatMap(key -> KeyKind.of(PemKeys.signingKey(key)));
      if (kind.filter(k -> k == KeyKind.ECDSA_P256).isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(make(new SecureRandom()));
    } catch (AttestationException | GeneralSecurityException e) {
      return Optional.empty();
    }
  }

  /**
   * Signs bytes with SHA-256 and a P-256 key, using up this presignature.
   *
   * @param key the private key, on P-256
   * @param data the bytes to sign
   * @return the DER signature, or empty in the one case in 2²⁵⁶ where {@code s} is zero
   * @throws IllegalStateException when this presignature has signed before
   */
  public Optional<byte[]> sign(ECPrivateKey key, byte[] data) {
    if (!used.compareAndSet(false, true)) {
      throw new IllegalStateException("a presignature signs once; make a new one");
    }
    BigInteger z = new BigInteger(1, Sha256.digest().digest(data));
    BigInteger s = kInverse.multiply(z.add(r.multiply(key.getS()))).mod(N);
    return s.signum() == 0 ? Optional.empty() : Optional.of(der(r, s));
  }

  /** Encodes {@code SEQUENCE { INTEGER r, INTEGER s }}; both fit in short-form lengths. */
  private static byte[] der(BigInteger r, BigInteger s) {
    byte[] rb = r.toByteArray();
    byte[] sb = s.toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream(6 + rb.length + sb.length);
    out.write(0x30);
    out.write(4 + rb.length + sb.length);
    out.write(0x02);
    out.write(rb.length);
    out.writeBytes(rb);
    out.write(0x02);
    out.write(sb.length);
    out.writeBytes(sb);
    return out.toByteArray();
  }
}
