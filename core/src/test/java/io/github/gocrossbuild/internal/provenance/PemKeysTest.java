package io.github.gocrossbuild.internal.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.provenance.AttestationCheck;
import io.github.gocrossbuild.provenance.AttestationException;
import io.github.gocrossbuild.testing.Shell;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link PemKeys}, with keys made by the real {@code openssl}. */
class PemKeysTest {
  @TempDir Path tmp;

  private Path openssl(String name, String command) {
    Shell.run(tmp, command + " > " + name);
    return tmp.resolve(name);
  }

  @Test
  void shouldReadOpensslsEcdsaP256AndEd25519Keys() throws Exception {
    Path ec =
        openssl(
            "ec.pem",
            "openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt");
    Path ecPub = openssl("ec.pub.pem", "openssl pkey -in ec.pem -pubout");
    Path ed = openssl("ed.pem", "openssl genpkey -algorithm ed25519");
    Path edPub = openssl("ed.pub.pem", "openssl pkey -in ed.pem -pubout");

    assertThat(KeyKind.of(PemKeys.privateKey(ec))).contains(KeyKind.ECDSA_P256);
    assertThat(KeyKind.of(PemKeys.publicKey(ecPub))).contains(KeyKind.ECDSA_P256);
    assertThat(KeyKind.of(PemKeys.privateKey(ed))).contains(KeyKind.ED25519);
    assertThat(KeyKind.of(PemKeys.publicKey(edPub))).contains(KeyKind.ED25519);
  }

  @Test
  void shouldReuseTheSigningKeyUntilTheFileChanges() throws Exception {
    Path key = openssl("k.pem", "openssl genpkey -algorithm ed25519");
    java.security.PrivateKey first = PemKeys.signingKey(key);

    assertThat(PemKeys.signingKey(key)).isSameAs(first);
    openssl(
        "k.pem", "openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt");
    assertThat(KeyKind.of(PemKeys.signingKey(key))).contains(KeyKind.ECDSA_P256);
  }

  @Test
  void shouldSayHowToConvertASec1Key() throws Exception {
    Path sec1 = openssl("sec1.pem", "openssl ecparam -name prime256v1 -genkey -noout");

    assertThatThrownBy(() -> PemKeys.privateKey(sec1))
        .isInstanceOfSatisfying(
            AttestationException.class, e -> assertThat(e.check()).isEqualTo(AttestationCheck.KEY))
        .hasMessage(
            sec1
                + ": has no `-----BEGIN PRIVATE KEY-----` line (found `-----BEGIN EC PRIVATE"
                + " KEY-----`) (KEY check failed); this is a SEC1 EC key; convert it with"
                + " `openssl pkcs8 -topk8 -nocrypt -in KEY -out key.pem`");
  }

  @Test
  void shouldRefuseAnotherCurveRsaAndAnEncryptedKey() throws Exception {
    Path p384 =
        openssl(
            "p384.pem",
            "openssl ecparam -name secp384r1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt");
    Path rsa = openssl("rsa.pem", "openssl genpkey -algorithm rsa -pkeyopt rsa_keygen_bits:1024");
    Path enc = openssl("enc.pem", "openssl genpkey -algorithm ed25519 -aes256 -pass pass:pw");

    assertThatThrownBy(() -> PemKeys.privateKey(p384))
        .hasMessageStartingWith(p384 + ": holds an ECDSA key on a curve other than P-256");
    assertThatThrownBy(() -> PemKeys.privateKey(rsa))
        .hasMessageStartingWith(rsa + ": holds a key that is neither ECDSA nor Ed25519");
    assertThatThrownBy(() -> PemKeys.privateKey(enc))
        .hasMessageContaining(
            "the key is encrypted; decrypt it with `openssl pkcs8 -in KEY -nocrypt -out"
                + " key.pem`");
  }

  @Test
  void shouldRefuseAHugeFileAndABrokenBlock() throws IOException {
    Path huge = tmp.resolve("huge.pem");
    Files.write(huge, new byte[100_000]);
    Path broken = tmp.resolve("broken.pem");
    Files.writeString(
        broken, "-----BEGIN PRIVATE KEY-----\n*not base64*\n-----END PRIVATE KEY-----\n");
    Path empty = tmp.resolve("empty.pem");
    Files.writeString(empty, "-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----\n");

    assertThatThrownBy(() -> PemKeys.privateKey(huge))
        .hasMessageStartingWith(huge + ": is larger than 65536 bytes, so it is no PEM key");
    assertThatThrownBy(() -> PemKeys.privateKey(broken))
        .hasMessageStartingWith(broken + ": has a key block that is not base64");
    assertThatThrownBy(() -> PemKeys.privateKey(empty))
        .hasMessageStartingWith(empty + ": has an empty key block");
  }
}
