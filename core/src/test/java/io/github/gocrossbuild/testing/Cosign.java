package io.github.gocrossbuild.testing;

import java.nio.file.Path;
import java.util.List;

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
    ToolProcess.Outcome o = ToolProcess.run(argv, true);
    return new Cosign(o.exitCode(), o.output());
  }
}
