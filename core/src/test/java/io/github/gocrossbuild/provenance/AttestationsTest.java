package io.github.gocrossbuild.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.internal.jsonc.JsonText;
import io.github.gocrossbuild.testing.Cosign;
import io.github.gocrossbuild.testing.TestKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests for {@link Attestations}: hostile envelopes, keys and statements each end in an {@link
 * AttestationException} naming the input and the check, never a parser's exception. Envelopes are
 * signed here with the JDK directly, from DSSE's definition, not with the library's signer.
 */
class AttestationsTest {
  private static final String SLSA = "https://slsa.dev/provenance/v1";

  @TempDir Path tmp;
  private TestKeys keys;
  private Path artifact;
  private String sha;

  @BeforeEach
  void setUp() throws Exception {
    keys = TestKeys.ecdsa(tmp, "key");
    artifact = tmp.resolve("app");
    Files.writeString(artifact, "an artifact");
    sha =
        HexFormat.of()
            .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(artifact)));
  }

  private String statement(String subjects, String predicateType) {
    return String.format(
        "{\"_type\":\"https://in-toto.io/Statement/v1\",\"subject\":[%s],"
            + "\"predicateType\":%s,\"predicate\":{\"runDetails\":{\"builder\":{\"id\":\"ssh://ci@h:22\"}}}}",
        subjects, JsonText.quote(predicateType));
  }

  private String subject(String name) {
    return String.format("{\"name\":\"%s\",\"digest\":{\"sha256\":\"%s\"}}", name, sha);
  }

  private Path envelope(String payloadType, String payload) throws Exception {
    byte[] body = payload.getBytes(StandardCharsets.UTF_8);
    byte[] pae =
        ("DSSEv1 " + payloadType.length() + " " + payloadType + " " + body.length + " ")
            .getBytes(StandardCharsets.UTF_8);
    byte[] signed = new byte[pae.length + body.length];
    System.arraycopy(pae, 0, signed, 0, pae.length);
    System.arraycopy(body, 0, signed, pae.length, body.length);
    Signature s = Signature.getInstance("SHA256withECDSA");
    s.initSign(privateKey());
    s.update(signed);
    Path file = tmp.resolve("envelope.intoto.jsonl");
    Files.writeString(
        file,
        String.format(
            "{\"payloadType\":%s,\"payload\":\"%s\",\"signatures\":[{\"keyid\":\"\",\"sig\":\"%s\"}]}%n",
            JsonText.quote(payloadType),
            Base64.getEncoder().encodeToString(body),
            Base64.getEncoder().encodeToString(s.sign())));
    return file;
  }

  private PrivateKey privateKey() throws IOException, GeneralSecurityException {
    String pem = Files.readString(keys.privateKey());
    String b64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return KeyFactory.getInstance("EC")
        .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(b64)));
  }

  private Path file(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private static AttestationException thrown(Runnable r) {
    try {
      r.run();
    } catch (AttestationException e) {
      return e;
    }
    throw new AssertionError("no AttestationException");
  }

  @Test
  void shouldVerifyAnEnvelopeSignedFromDsseDefinition() throws Exception {
    Path env = envelope("application/vnd.in-toto+json", statement(subject("app"), SLSA));

    VerifiedStatement s = Attestations.verify(artifact, env, keys.publicKey());

    assertThat(s.subjectName()).isEqualTo("app");
    assertThat(s.subjectSha256()).isEqualTo(sha);
    assertThat(s.builderId()).isEqualTo("ssh://ci@h:22");
    assertThat(s.toString()).isEqualTo("app sha256:" + sha + " (ssh://ci@h:22)");
  }

  @Test
  void shouldRefuseAMalformedEnvelopeLikeCosign() throws IOException {
    Path env = file("bad.intoto.jsonl", "{\"payloadType\": \"application/vnd.in-toto+json\",");

    AttestationException e = thrown(() -> Attestations.verify(artifact, env, keys.publicKey()));

    assertThat(e.check()).isEqualTo(AttestationCheck.ENVELOPE);
    assertThat(e.input()).isEqualTo(env.toString());
    assertThat(e.getMessage())
        .startsWith(env + ": is not JSON: ")
        .endsWith(
            "(ENVELOPE check failed); give the <artifact>.intoto.jsonl file"
                + " GoCrossBuilder.attest(...) wrote, unedited");
    Cosign cosign = Cosign.verify(keys.publicKey(), env, artifact);
    assertThat(cosign.exitCode()).isEqualTo(1);
  }

  @Test
  void shouldNameTheMemberAnEnvelopeLacksOrMistypes() throws IOException {
    Path noPayload = file("a.jsonl", "{\"payloadType\":\"x\",\"signatures\":[]}");
    Path badBase64 =
        file("b.jsonl", "{\"payloadType\":\"x\",\"payload\":\"%%%\",\"signatures\":[]}");
    Path noSigs = file("c.jsonl", "{\"payloadType\":\"x\",\"payload\":\"e30=\",\"signatures\":[]}");
    Path array = file("d.jsonl", "[1, 2]");
    Path missing = tmp.resolve("none.jsonl");

    assertThat(thrown(() -> Attestations.verify(artifact, noPayload, keys.publicKey())))
        .hasMessageStartingWith(
            noPayload + ": member \"payload\" (line 1) should be a string but is missing");
    assertThat(thrown(() -> Attestations.verify(artifact, badBase64, keys.publicKey())))
        .hasMessageStartingWith(badBase64 + ": member \"payload\" is not base64");
    assertThat(thrown(() -> Attestations.verify(artifact, noSigs, keys.publicKey())))
        .hasMessageStartingWith(noSigs + ": has no signatures (ENVELOPE check failed)");
    assertThat(thrown(() -> Attestations.verify(artifact, array, keys.publicKey())))
        .hasMessageStartingWith(array + ": the envelope is not an object");
    assertThat(thrown(() -> Attestations.verify(artifact, missing, keys.publicKey())))
        .hasMessageStartingWith(missing + ": does not exist (ENVELOPE check failed)");
  }

  @Test
  void shouldRefuseATruncatedOrWrongKeyFile() throws IOException {
    Path env = file("e.jsonl", "{}");
    String pub = Files.readString(keys.publicKey());
    Path truncated = file("t.pem", pub.substring(0, pub.length() / 2));
    Path damaged = file("d.pem", pub.replace(pub.substring(40, 60), "AAAAAAAAAAAAAAAAAAAA"));
    Path notPem = file("n.pem", "ssh-ed25519 AAAAC3Nza me@host\n");

    assertThat(thrown(() -> Attestations.verify(artifact, env, truncated)))
        .hasMessage(
            truncated
                + ": is truncated: `-----END PUBLIC KEY-----` is missing (KEY check failed);"
                + " write the whole key file again");
    assertThat(thrown(() -> Attestations.verify(artifact, env, damaged)).getMessage())
        .startsWith(damaged + ": holds a key that is neither ECDSA nor Ed25519, or whose encoding");
    assertThat(thrown(() -> Attestations.verify(artifact, env, notPem)).getMessage())
        .startsWith(notPem + ": has no `-----BEGIN PUBLIC KEY-----` line (it is not PEM)");
    assertThat(thrown(() -> Attestations.verify(artifact, env, keys.privateKey())).getMessage())
        .contains("this is a private key; give its public half (`openssl pkey -in KEY -pubout`)");
  }

  @Test
  void shouldRefuseAStatementWithTwoSubjects() throws Exception {
    Path env =
        envelope(
            "application/vnd.in-toto+json",
            statement(subject("app") + "," + subject("other"), SLSA));

    AttestationException e = thrown(() -> Attestations.verify(artifact, env, keys.publicKey()));

    assertThat(e.check()).isEqualTo(AttestationCheck.SUBJECT);
    assertThat(e.getMessage())
        .isEqualTo(
            env
                + " (payload): names 2 subjects; one artifact per statement (SUBJECT check"
                + " failed); attest one artifact per statement, as GoCrossBuilder.attest(...)"
                + " does");
  }

  @Test
  void shouldRefuseAPayloadTypeThatIsNotInToto() throws Exception {
    Path env = envelope("application/json", statement(subject("app"), SLSA));

    AttestationException e = thrown(() -> Attestations.verify(artifact, env, keys.publicKey()));

    assertThat(e.check()).isEqualTo(AttestationCheck.PAYLOAD_TYPE);
    assertThat(e.getMessage())
        .startsWith(
            env
                + ": has payloadType \"application/json\", not"
                + " \"application/vnd.in-toto+json\"");
    assertThat(Cosign.verify(keys.publicKey(), env, artifact).exitCode()).isEqualTo(1);
  }

  @Test
  void shouldRefuseAnotherPredicateTypeAndAPayloadThatIsNoStatement() throws Exception {
    Path v02 =
        envelope(
            "application/vnd.in-toto+json",
            statement(subject("app"), "https://slsa.dev/provenance/v0.2"));
    assertThat(thrown(() -> Attestations.verify(artifact, v02, keys.publicKey())).check())
        .isEqualTo(AttestationCheck.PREDICATE_TYPE);

    Path text = envelope("application/vnd.in-toto+json", "hello");
    AttestationException e = thrown(() -> Attestations.verify(artifact, text, keys.publicKey()));
    assertThat(e.check()).isEqualTo(AttestationCheck.STATEMENT);
    assertThat(e.getMessage()).startsWith(text + " (payload): is not JSON: ");

    Path v01 =
        envelope(
            "application/vnd.in-toto+json",
            statement(subject("app"), SLSA).replace("Statement/v1", "Statement/v0.1"));
    assertThat(thrown(() -> Attestations.verify(artifact, v01, keys.publicKey())).getMessage())
        .startsWith(
            v01
                + " (payload): has _type \"https://in-toto.io/Statement/v0.1\", not"
                + " \"https://in-toto.io/Statement/v1\"");
  }

  @Test
  void shouldNameAnArtifactThatCannotBeRead() throws Exception {
    Path env = envelope("application/vnd.in-toto+json", statement(subject("app"), SLSA));
    Path gone = tmp.resolve("gone");

    AttestationException e = thrown(() -> Attestations.verify(gone, env, keys.publicKey()));

    assertThat(e.check()).isEqualTo(AttestationCheck.SUBJECT_DIGEST);
    assertThat(e.input()).isEqualTo(gone.toString());
    assertThat(e.getMessage()).startsWith(gone + ": cannot be read: ");
  }
}
