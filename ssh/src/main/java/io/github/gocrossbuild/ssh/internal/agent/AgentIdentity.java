package io.github.gocrossbuild.ssh.internal.agent;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * One key the agent holds: its public key blob (the SSH wire form) and the comment {@code ssh-add}
 * recorded, usually the key file's name.
 *
 * @param blob the public key blob
 * @param comment the comment
 */
public record AgentIdentity(byte[] blob, String comment) {

  /**
   * Returns the key type named at the start of the blob.
   *
   * @return e.g. {@code ssh-ed25519} or {@code ssh-rsa}; empty for a malformed blob
   */
  public String keyType() {
    if (blob.length < 4) {
      return "";
    }
    int n = ByteBuffer.wrap(blob, 0, 4).getInt();
    if (n < 0 || n > blob.length - 4) {
      return "";
    }
    return new String(blob, 4, n, StandardCharsets.US_ASCII);
  }

  /**
   * Tells whether this is the key of an OpenSSH public key line ({@code type base64 comment}).
   *
   * @param publicKeyLine a line of a {@code .pub} file
   * @return true when the base64 blob is this key's
   */
  public boolean matches(String publicKeyLine) {
    String[] parts = publicKeyLine.strip().split("\\s+");
    if (parts.length < 2) {
      return false;
    }
    try {
      return Arrays.equals(blob, Base64.getDecoder().decode(parts[1]));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgentIdentity i && Arrays.equals(blob, i.blob) && comment.equals(i.comment);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(blob) * 31 + comment.hashCode();
  }

  @Override
  public String toString() {
    return keyType() + " " + comment;
  }
}
