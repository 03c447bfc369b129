package io.github.gocrossbuild.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * Signing key pairs for provenance tests, written as PEM files the way {@code openssl} writes them:
 * a PKCS#8 private key and an X.509 SubjectPublicKeyInfo public key.
 *
 * @param privateKey the {@code BEGIN PRIVATE KEY} file
 * @param publicKey the {@code BEGIN PUBLIC KEY} file
 */
public record TestKeys(Path privateKey, Path publicKey) {

  /**
   * Makes an ECDSA P-256 pair.
   *
   * @param dir where to write {@code <name>.pem} and {@code <name>.pub.pem}
   * @param name the files' base name
   * @return the pair
   */
  public static TestKeys ecdsa(Path dir, String name) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"));
      return write(dir, name, g.generateKeyPair());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Makes an Ed25519 pair.
   *
   * @param dir where to write {@code <name>.pem} and {@code <name>.pub.pem}
   * @param name the files' base name
   * @return the pair
   */
  public static TestKeys ed25519(Path dir, String name) {
    try {
      return write(dir, name, KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static TestKeys write(Path dir, String name, KeyPair pair) {
    try {
      Path priv = dir.resolve(name + ".pem");
      Path pub = dir.resolve(name + ".pub.pem");
      Files.writeString(priv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
      Files.writeString(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
      return new TestKeys(priv, pub);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes DER bytes as a PEM block.
   *
   * @param kind e.g. {@code PUBLIC KEY}
   * @param der the bytes
   * @return the PEM text
   */
  public static String pem(String kind, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
    return String.format("-----BEGIN %s-----\n%s\n-----END %s-----\n", kind, body, kind);
  }
}
