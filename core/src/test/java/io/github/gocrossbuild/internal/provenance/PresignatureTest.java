package io.github.gocrossbuild.internal.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.testing.Shell;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests for {@link Presignature}: its signatures are checked by the JDK's verifier and by the real
 * {@code openssl}, which share no code with it.
 */
class PresignatureTest {
  @TempDir Path tmp;

  private static KeyPair p256() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"));
    return g.generateKeyPair();
  }

  private static boolean jdkVerifies(KeyPair key, byte[] data, byte[] sig) throws Exception {
    Signature v = Signature.getInstance("SHA256withECDSA");
    v.initVerify(key.getPublic());
    v.update(data);
    return v.verify(sig);
  }

  @Test
  void shouldMakeSignaturesTheJdkVerifiesWithAFreshNonceEachTime() throws Exception {
    KeyPair key = p256();
    SecureRandom random = new SecureRandom();
    Set<String> rs = new HashSet<>();
    for (int i = 0; i < 300; i++) {
      byte[] data = new byte[1 + random.nextInt(20_000)];
      random.nextBytes(data);
      byte[] sig =
          Presignature.make(random).sign((ECPrivateKey) key.getPrivate(), data).orElseThrow();
      assertThat(jdkVerifies(key, data, sig)).as("signature %d", i).isTrue();
      data[0] ^= 1;
      assertThat(jdkVerifies(key, data, sig)).as("signature %d, data changed", i).isFalse();
      // DER: SEQUENCE of two INTEGERs; the first is r.
      assertThat(sig[0]).isEqualTo((byte) 0x30);
      assertThat(sig[1] & 0xff).isEqualTo(sig.length - 2);
      rs.add(Base64.getEncoder().encodeToString(Arrays.copyOfRange(sig, 4, 4 + sig[3])));
    }
    assertThat(rs).hasSize(300);
  }

  @Test
  void shouldMakeSignaturesOpensslVerifies() throws Exception {
    Path pem = tmp.resolve("key.pem");
    Shell.run(
        tmp,
        "openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt > key.pem"
            + " && openssl pkey -in key.pem -pubout > pub.pem");
    ECPrivateKey key = (ECPrivateKey) PemKeys.privateKey(pem);
    byte[] data = "DSSEv1 28 application/vnd.in-toto+json 2 {}".getBytes(StandardCharsets.UTF_8);
    Files.write(tmp.resolve("data"), data);
    Files.write(
        tmp.resolve("sig"), Presignature.make(new SecureRandom()).sign(key, data).orElseThrow());
    assertThat(Shell.run(tmp, "openssl dgst -sha256 -verify pub.pem -signature sig data"))
        .isEqualTo("Verified OK\n");
  }

  @Test
  void shouldRefuseToSignTwiceWithOneNonce() throws Exception {
    KeyPair key = p256();
    Presignature once = Presignature.make(new SecureRandom());
    byte[] data = {1, 2, 3};
    Optional<byte[]> first = once.sign((ECPrivateKey) key.getPrivate(), data);
    assertThat(first).isPresent();
    assertThatThrownBy(() -> once.sign((ECPrivateKey) key.getPrivate(), data))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a presignature signs once; make a new one");
  }

  @Test
  void shouldMakeEnvelopesThatVerifyWithAndWithoutAPresignature() throws Exception {
    KeyPair key = p256();
    String statement = "{\"_type\":\"https://in-toto.io/Statement/v1\"}";
    String early =
        DsseEnvelope.sign(
            key.getPrivate(), statement, Optional.of(Presignature.make(new SecureRandom())));
    String plain = DsseEnvelope.sign(key.getPrivate(), statement);
    for (String line : List.of(early, plain)) {
      Path file = Files.writeString(tmp.resolve("e" + line.hashCode() + ".jsonl"), line);
      DsseEnvelope envelope = DsseEnvelope.read(file);
      assertThat(new String(envelope.payload(), StandardCharsets.UTF_8)).isEqualTo(statement);
      assertThat(envelope.signedBy(key.getPublic())).isTrue();
      assertThat(envelope.signedBy(p256().getPublic())).isFalse();
    }
  }
}
