package io.github.gocrossbuild.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code cosign verify-blob-attestation} on an artifact and its envelope, offline,
 * exactly as a user would check what the library signed.
 *
 * @param exitCode cosign's exit code
 * @param output what it printed, both streams
 */
public record Cosign(int exitCode, String output) {

  /**
   * Verifies an artifact against an envelope with a public key.
   *
   * @param publicKey the PEM public key
   * @param envelope the DSSE envelope
   * @param artifact the artifact
   * @return cosign's outcome
   */
  public static Cosign verify(Path publicKey, Path envelope, Path artifact) {
    List<String> argv =
        List.of(
            RealTools.cosign().toString(),
            "verify-blob-attestation",
            "--key",
            publicKey.toString(),
            "--signature",
            envelope.toString(),
            "--type",
            "slsaprovenance1",
            "--insecure-ignore-tlog",
            artifact.toString());
    try {
      Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("cosign did not finish in 120 s: " + out);
      }
      return new Cosign(p.exitValue(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
