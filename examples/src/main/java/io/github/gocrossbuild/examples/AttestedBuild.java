package io.github.gocrossbuild.examples;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.provenance.Attestations;
import io.github.gocrossbuild.provenance.VerifiedStatement;
import java.nio.file.Path;

/**
 * Builds a Go program for linux/arm64 and signs its provenance: the in-toto statement with an SLSA
 * provenance v1 predicate goes into a DSSE envelope beside the artifact, which this example checks
 * with {@link Attestations#verify} and prints the {@code cosign} command that checks it too.
 *
 * <p>Make a key pair first: {@code openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8
 * -topk8 -nocrypt -out key.pem} and {@code openssl pkey -in key.pem -pubout -out pub.pem}. Run:
 * {@code mvn -q -pl examples exec:java
 * -Dexec.mainClass=io.github.gocrossbuild.examples.AttestedBuild
 * -Dexec.args="examples/go/hello-service key.pem pub.pem"}.
 */
public final class AttestedBuild {

  private AttestedBuild() {}

  /**
   * Runs the example.
   *
   * @param args the Go module directory, the private key and the public key (defaults {@code
   *     go/hello-service key.pem pub.pem})
   */
  public static void main(String[] args) {
    Path module = Path.of(args.length > 0 ? args[0] : "go/hello-service");
    Path key = Path.of(args.length > 1 ? args[1] : "key.pem");
    Path pub = Path.of(args.length > 2 ? args[2] : "pub.pem");
    // spotless:off (README layout)
    // readme:provenance
    BuildResult result = GoCrossBuild.target("linux/arm64")
        .noCgo()
        .moduleDir(module)
        .attest(key)                    // PKCS#8 PEM: ECDSA P-256 or Ed25519
        .run();
    String statement = result.provenance();                   // in-toto Statement v1, SLSA v1
    Path envelope = result.attestation().orElseThrow();       // bin/hello-service-linux-arm64.intoto.jsonl
    VerifiedStatement verified = Attestations.verify(result.artifact(), envelope, pub);
    // end
    // spotless:on
    System.out.println(statement);
    System.out.println("verified: " + verified);
    System.out.printf(
        "cosign verify-blob-attestation --key %s --signature %s --type slsaprovenance1"
            + " --insecure-ignore-tlog %s%n",
        pub, envelope, result.artifact());
  }
}
