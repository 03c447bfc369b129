package io.github.gocrossbuild.internal.provenance;

import io.github.gocrossbuild.config.ConfigParseException;
import io.github.gocrossbuild.internal.jsonc.JsonText;
import io.github.gocrossbuild.internal.jsonc.JsoncLimits;
import io.github.gocrossbuild.internal.jsonc.JsoncObject;
import io.github.gocrossbuild.internal.jsonc.JsoncSyntax;
import io.github.gocrossbuild.internal.jsonc.JsoncTree;
import io.github.gocrossbuild.provenance.AttestationCheck;
import io.github.gocrossbuild.provenance.AttestationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A DSSE envelope (Dead Simple Signing Envelope, the format cosign and in-toto use) around an
 * in-toto statement: written as one JSON line, read back in strict JSON.
 *
 * @param payloadType the payload's media type
 * @param payload the signed bytes
 * @param signatures every signature's bytes
 */
public record DsseEnvelope(String payloadType, byte[] payload, List<byte[]> signatures) {
  /** The payload type of an in-toto statement. */
  public static final String IN_TOTO = "application/vnd.in-toto+json";

  private static final String FIX =
      "give the <artifact>.intoto.jsonl file GoCrossBuilder.attest(...) wrote, unedited";

  /**
   * Signs a statement.
   *
   * @param key the private key
   * @param statement the statement's JSON
   * @return the envelope as one line of JSON, ending in a newline
   * @throws GeneralSecurityException when the JDK refuses the key
   */
  public static String sign(PrivateKey key, String statement) throws GeneralSecurityException {
    return sign(key, statement, Optional.empty());
  }

  /**
   * Signs a statement, with a presignature made ahead when there is one for the key's kind.
   *
   * @param key the private key
   * @param statement the statement's JSON
   * @param presignature used up for an ECDSA P-256 key; an Ed25519 key signs without it
   * @return the envelope as one line of JSON, ending in a newline
   * @throws GeneralSecurityException when the JDK refuses the key
   */
  public static String sign(PrivateKey key, String statement, Optional<Presignature> presignature)
      throws GeneralSecurityException {
    byte[] body = statement.getBytes(StandardCharsets.UTF_8);
    KeyKind kind = KeyKind.of(key).orElseThrow(() -> new GeneralSecurityException("unknown key"));
    byte[] signed = pae(IN_TOTO, body);
    Optional<byte[]> early = Optional.empty();
    if (kind == KeyKind.ECDSA_P256 && key instanceof ECPrivateKey ec && presignature.isPresent()) {
      early = presignature.get().sign(ec, signed);
    }
    byte[] sig = early.isPresent() ? early.get() : kind.sign(key, signed);
    Base64.Encoder b64 = Base64.getEncoder();
    // Base64 needs no JSON escaping; one builder sized for the whole line copies the payload once.
    String payload = b64.encodeToString(body);
    StringBuilder line = new StringBuilder(payload.length() + 160);
    line.append("{\"payloadType\":");
    JsonText.quoteInto(line, IN_TOTO);
    line.append(",\"payload\":\"").append(payload).append("\",\"signatures\":[{\"sig\":\"");
    return line.append(b64.encodeToString(sig)).append("\"}]}\n").toString();
  }

  /**
   * Returns DSSE's pre-authentication encoding, the bytes a signature covers: {@code "DSSEv1" SP
   * len(type) SP type SP len(body) SP body}.
   *
   * @param type the payload type
   * @param body the payload
   * @return the bytes to sign
   */
  static byte[] pae(String type, byte[] body) {
    byte[] t = type.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(t.length + body.length + 32);
    out.writeBytes(
        ("DSSEv1 " + t.length + " " + type + " " + body.length + " ")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(body);
    return out.toByteArray();
  }

  /**
   * Reads an envelope file.
   *
   * @param file the file
   * @return the envelope
   * @throws AttestationException ({@link AttestationCheck#ENVELOPE}) when it is missing, unreadable
   *     or not a DSSE envelope
   */
  public static DsseEnvelope read(Path file) {
    String input = file.toString();
    Members m = new Members(input, AttestationCheck.ENVELOPE, FIX);
    String text = text(file, m);
    Object root;
    try {
      root = JsoncTree.read(input, text.strip(), JsoncSyntax.JSON);
    } catch (ConfigParseException e) {
      throw new AttestationException(
          input, AttestationCheck.ENVELOPE, "is not JSON: " + e.getMessage(), FIX, e);
    }
    JsoncObject o = m.asObject(root, "the envelope");
    String type = m.string(o, "payloadType");
    byte[] payload = base64(m, m.string(o, "payload"), "payload");
    List<?> list = m.array(o, "signatures");
    if (list.isEmpty()) {
      throw m.fail("has no signatures");
    }
    List<byte[]> sigs = new ArrayList<>();
    for (Object s : list) {
      sigs.add(base64(m, m.string(m.asObject(s, "a signature"), "sig"), "sig"));
    }
    return new DsseEnvelope(type, payload, List.copyOf(sigs));
  }

  private static String text(Path file, Members m) {
    try {
      if (Files.size(file) > JsoncLimits.MAX_SIZE) {
        throw m.fail("is larger than " + JsoncLimits.MAX_SIZE + " bytes");
      }
      byte[] bytes = Files.readAllBytes(file);
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (NoSuchFileException e) {
      throw m.fail("does not exist");
    } catch (CharacterCodingException e) {
      throw m.fail("is not UTF-8 text");
    } catch (IOException e) {
      throw new AttestationException(
          m.input(), AttestationCheck.ENVELOPE, "cannot be read: " + e.getMessage(), FIX, e);
    }
  }

  private static byte[] base64(Members m, String value, String member) {
    try {
      return Base64.getDecoder().decode(value);
    } catch (IllegalArgumentException e) {
      // DSSE writers use standard base64; cosign also accepts the URL-safe alphabet.
      try {
        return Base64.getUrlDecoder().decode(value);
      } catch (IllegalArgumentException again) {
        throw m.fail(String.format("member \"%s\" is not base64: %s", member, e.getMessage()));
      }
    }
  }

  /**
   * Tells whether any signature verifies with the key.
   *
   * @param key the public key
   * @return true when one does
   */
  public boolean signedBy(PublicKey key) {
    KeyKind kind = KeyKind.of(key).orElseThrow();
    byte[] signed = pae(payloadType, payload);
    return signatures.stream().anyMatch(sig -> kind.verify(key, signed, sig));
  }
}
