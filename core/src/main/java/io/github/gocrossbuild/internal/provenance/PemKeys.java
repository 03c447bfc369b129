package io.github.gocrossbuild.internal.provenance;

import io.github.gocrossbuild.internal.BoundedCache;
import io.github.gocrossbuild.provenance.AttestationCheck;
import io.github.gocrossbuild.provenance.AttestationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.KeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Reads signing keys from PEM files with the JDK alone: PKCS#8 private keys ({@code BEGIN PRIVATE
 * KEY}) and X.509 SubjectPublicKeyInfo public keys ({@code BEGIN PUBLIC KEY}), ECDSA on P-256 or
 * Ed25519, as {@code openssl} and {@code cosign} write them.
 */
public final class PemKeys {
  /** A PEM key is a few hundred bytes; anything far larger is not one. */
  private static final long MAX_BYTES = 64 * 1024;

  private static final String PRIVATE = "PRIVATE KEY";
  private static final String PUBLIC = "PUBLIC KEY";
  private static final String TO_PKCS8 =
      "convert it with `openssl pkcs8 -topk8 -nocrypt -in KEY -out key.pem`";
  private static final String MAKE_KEY =
      "make one with `openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8"
          + " -nocrypt -out key.pem` and `openssl pkey -in key.pem -pubout -out pub.pem`";

  /**
   * Private keys read, keyed on the file and its identity (file key, size, modification time): a
   * build signs with the same key again and again, and an edited or replaced file is a new key.
   */
  private static final BoundedCache<KeyFile, PrivateKey> SIGNING_KEYS =
      BoundedCache.create("PemKeys.signingKeys", 4);

  private record KeyFile(Path file, ArtifactDigests.Seen seen) {}

  private PemKeys() {}

  /**
   * Reads a PKCS#8 private key, or returns the one read last when the file is still the same file
   * at the same size and time.
   *
   * @param pem the PEM file
   * @return the key, ECDSA P-256 or Ed25519
   * @throws AttestationException ({@link AttestationCheck#KEY}) naming the file and the problem
   */
  public static PrivateKey signingKey(Path pem) {
    Optional<ArtifactDigests.Seen> seen = ArtifactDigests.seen(pem);
    if (seen.isEmpty() || seen.get().fileKey() == null) {
      return privateKey(pem);
    }
    return SIGNING_KEYS.get(new KeyFile(pem, seen.get()), k -> privateKey(pem));
  }

  /**
   * Reads a PKCS#8 private key.
   *
   * @param pem the PEM file
   * @return the key, ECDSA P-256 or Ed25519
   * @throws AttestationException ({@link AttestationCheck#KEY}) naming the file and the problem
   */
  public static PrivateKey privateKey(Path pem) {
    String text = read(pem);
    byte[] der = block(pem, text, PRIVATE);
    return checked(pem, decode(pem, new PKCS8EncodedKeySpec(der), true));
  }

  /**
   * Reads an X.509 SubjectPublicKeyInfo public key.
   *
   * @param pem the PEM file
   * @return the key, ECDSA P-256 or Ed25519
   * @throws AttestationException ({@link AttestationCheck#KEY}) naming the file and the problem
   */
  public static PublicKey publicKey(Path pem) {
    String text = read(pem);
    byte[] der = block(pem, text, PUBLIC);
    return checked(pem, decode(pem, new X509EncodedKeySpec(der), false));
  }

  private static String read(Path pem) {
    try {
      if (Files.size(pem) > MAX_BYTES) {
        throw fail(pem, "is larger than " + MAX_BYTES + " bytes, so it is no PEM key", MAKE_KEY);
      }
      return new String(Files.readAllBytes(pem), StandardCharsets.US_ASCII);
    } catch (NoSuchFileException e) {
      throw fail(pem, "does not exist", "give the path of a PEM key file, or " + MAKE_KEY);
    } catch (IOException e) {
      throw new AttestationException(
          pem.toString(),
          AttestationCheck.KEY,
          "cannot be read: " + e.getMessage(),
          "check the file's permissions",
          e);
    }
  }

  /** Returns the DER bytes between the BEGIN and END lines of the wanted kind. */
  private static byte[] block(Path pem, String text, String kind) {
    String begin = "-----BEGIN " + kind + "-----";
    String end = "-----END " + kind + "-----";
    int from = text.indexOf(begin);
    if (from < 0) {
      throw fail(pem, "has no `" + begin + "` line (" + found(text) + ")", fixFor(text, kind));
    }
    int to = text.indexOf(end, from);
    if (to < 0) {
      throw fail(pem, "is truncated: `" + end + "` is missing", "write the whole key file again");
    }
    String body = text.substring(from + begin.length(), to).replaceAll("\\s", "");
    try {
      byte[] der = Base64.getDecoder().decode(body);
      if (der.length == 0) {
        throw fail(pem, "has an empty key block", "write the whole key file again");
      }
      return der;
    } catch (IllegalArgumentException e) {
      throw fail(pem, "has a key block that is not base64", "write the whole key file again");
    }
  }

  private static String found(String text) {
    int at = text.indexOf("-----BEGIN ");
    if (at < 0) {
      return "it is not PEM";
    }
    int stop = text.indexOf("-----", at + 11);
    return stop < 0 ? "it is not PEM" : "found `" + text.substring(at, stop + 5) + "`";
  }

  private static String fixFor(String text, String wanted) {
    if (wanted.equals(PRIVATE) && text.contains("-----BEGIN EC PRIVATE KEY-----")) {
      return "this is a SEC1 EC key; " + TO_PKCS8;
    }
    if (wanted.equals(PRIVATE) && text.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")) {
      return "the key is encrypted; decrypt it with `openssl pkcs8 -in KEY -nocrypt -out key.pem`";
    }
    if (wanted.equals(PUBLIC) && text.contains("-----BEGIN " + PRIVATE)) {
      return "this is a private key; give its public half (`openssl pkey -in KEY -pubout`)";
    }
    if (wanted.equals(PRIVATE) && text.contains("-----BEGIN " + PUBLIC)) {
      return "this is a public key; sign with the private key that belongs to it";
    }
    return MAKE_KEY;
  }

  private static Key decode(Path pem, KeySpec spec, boolean isPrivate) {
    for (String algorithm : List.of("EC", "Ed25519")) {
      try {
        KeyFactory factory = KeyFactory.getInstance(algorithm);
        return isPrivate ? factory.generatePrivate(spec) : factory.generatePublic(spec);
      } catch (GeneralSecurityException | IllegalArgumentException e) {
        // try the next algorithm
      }
    }
    throw fail(
        pem,
        "holds a key that is neither ECDSA nor Ed25519, or whose encoding is damaged",
        MAKE_KEY);
  }

  @SuppressWarnings("unchecked")
  private static <K extends Key> K checked(Path pem, Key key) {
    if (KeyKind.of(key).isEmpty()) {
      throw fail(pem, "holds an ECDSA key on a curve other than P-256", MAKE_KEY);
    }
    return (K) key;
  }

  private static AttestationException fail(Path pem, String problem, String fix) {
    return new AttestationException(pem.toString(), AttestationCheck.KEY, problem, fix);
  }
}
