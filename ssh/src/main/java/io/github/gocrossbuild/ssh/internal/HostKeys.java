package io.github.gocrossbuild.ssh.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.KeyType;

/** Host key encodings: the SSH wire blob, OpenSSH's SHA-256 fingerprint, known_hosts lines. */
public final class HostKeys {

  private HostKeys() {}

  /**
   * Returns the key in SSH wire format.
   *
   * @param key the key
   * @return the blob that known_hosts stores in base64
   */
  public static byte[] blob(PublicKey key) {
    return new Buffer.PlainBuffer().putPublicKey(key).getCompactData();
  }

  /**
   * Returns the fingerprint as {@code ssh-keygen -l} prints it.
   *
   * @param blob the key's wire blob
   * @return {@code SHA256:} and the unpadded base64 digest
   */
  public static String fingerprint(byte[] blob) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
      return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /**
   * Returns the fingerprint of a key.
   *
   * @param key the key
   * @return {@code SHA256:...}
   */
  public static String fingerprint(PublicKey key) {
    return fingerprint(blob(key));
  }

  /**
   * Returns the key's SSH type name.
   *
   * @param key the key
   * @return e.g. {@code ssh-ed25519}
   */
  public static String type(PublicKey key) {
    return KeyType.fromKey(key).toString();
  }

  /**
   * Returns the host part of a known_hosts line, as OpenSSH writes it.
   *
   * @param host the host name
   * @param port the port
   * @return {@code host} for port 22, else {@code [host]:port}
   */
  public static String hostPart(String host, int port) {
    return port == 22 ? host : "[" + host + "]:" + port;
  }

  /**
   * Returns a known_hosts line for a key.
   *
   * @param host the host name
   * @param port the port
   * @param key the key
   * @return e.g. {@code [127.0.0.1]:2222 ssh-ed25519 AAAA...}
   */
  public static String knownHostsLine(String host, int port, PublicKey key) {
    return hostPart(host, port)
        + " "
        + type(key)
        + " "
        + new String(Base64.getEncoder().encode(blob(key)), StandardCharsets.US_ASCII);
  }

  /**
   * Returns a hashed known_hosts line for a key, as OpenSSH writes it under {@code HashKnownHosts
   * yes}: {@code |1|} base64(salt) {@code |} base64(HMAC-SHA1(salt, host part)).
   *
   * @param host the host name
   * @param port the port
   * @param key the key
   * @param salt 20 random bytes
   * @return e.g. {@code |1|abc...=|def...= ssh-ed25519 AAAA...}
   */
  public static String hashedKnownHostsLine(String host, int port, PublicKey key, byte[] salt) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(salt, "HmacSHA1"));
      byte[] hash = mac.doFinal(hostPart(host, port).getBytes(StandardCharsets.UTF_8));
      Base64.Encoder b64 = Base64.getEncoder();
      return "|1|"
          + b64.encodeToString(salt)
          + "|"
          + b64.encodeToString(hash)
          + " "
          + type(key)
          + " "
          + b64.encodeToString(blob(key));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is missing from this JVM", e);
    }
  }

  /**
   * Returns the fingerprint of the key on a known_hosts line.
   *
   * @param line a line, possibly with a {@code @marker} and a comment
   * @return {@code SHA256:...}, or the line's key type when the key cannot be decoded
   */
  public static String fingerprintOfLine(String line) {
    String[] f = line.strip().split("\\s+");
    int i = f.length > 0 && f[0].startsWith("@") ? 1 : 0;
    if (f.length < i + 3) {
      return "(unreadable entry)";
    }
    try {
      return fingerprint(Base64.getDecoder().decode(f[i + 2]));
    } catch (IllegalArgumentException e) {
      return "(unreadable " + f[i + 1] + " entry)";
    }
  }
}
