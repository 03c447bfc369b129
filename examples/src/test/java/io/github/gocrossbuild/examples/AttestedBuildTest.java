package io.github.gocrossbuild.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.testing.Cosign;
import io.github.gocrossbuild.testing.RealTools;
import io.github.gocrossbuild.testing.Shell;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests for {@link AttestedBuild}: with a key pair made by the real {@code openssl} as its javadoc
 * says, the example prints the statement and a cosign command that the real cosign accepts.
 */
class AttestedBuildTest {

  @Test
  void shouldPrintTheStatementAndACosignCommandThatVerifies(@TempDir Path tmp)
      throws IOException, InterruptedException {
    RealTools.cosign();
    Path module = tmp.resolve("hello-service");
    Files.createDirectories(module);
    try (Stream<Path> files = Files.list(Path.of("go/hello-service"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, module.resolve(f.getFileName()));
      }
    }
    Path key = tmp.resolve("key.pem");
    Path pub = tmp.resolve("pub.pem");
    Shell.run(
        tmp,
        "openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt -out "
            + key);
    Shell.run(tmp, "openssl pkey -in " + key + " -pubout -out " + pub);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream old = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      AttestedBuild.main(new String[] {module.toString(), key.toString(), pub.toString()});
    } finally {
      System.setOut(old);
    }

    String printed = out.toString(StandardCharsets.UTF_8);
    Path artifact = module.resolve("bin/hello-service-linux-arm64");
    Path envelope = module.resolve("bin/hello-service-linux-arm64.intoto.jsonl");
    assertThat(printed)
        .startsWith("{\n  \"_type\": \"https://in-toto.io/Statement/v1\",")
        .contains("\"predicateType\": \"https://slsa.dev/provenance/v1\"")
        .contains("verified: hello-service-linux-arm64 sha256:")
        .contains(
            String.format(
                "cosign verify-blob-attestation --key %s --signature %s --type slsaprovenance1"
                    + " --insecure-ignore-tlog %s",
                pub, envelope, artifact));
    Cosign cosign = Cosign.verify(pub, envelope, artifact);
    assertThat(cosign.exitCode()).as(cosign.output()).isZero();
  }
}
