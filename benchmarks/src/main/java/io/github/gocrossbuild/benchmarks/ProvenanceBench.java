package io.github.gocrossbuild.benchmarks;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import io.github.gocrossbuild.provenance.Attestations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * The cost of signed provenance: a warm {@code run()} with {@code attest(key)} against the same
 * warm {@code run()} without it, in pairs of alternating order (each writing its own output
 * directory, so both rebuild warm), and {@link Attestations#verify} per artifact.
 *
 * <p>Three figures per batch: the median of the pairs' ratios (goal: at most 1.02); the difference
 * of the library's own time outside {@code go build} (wall time less the {@link
 * BuildEvent.Compiled} step) as a share of the build; and the difference of the step from {@link
 * BuildEvent.Compiled} to {@link BuildEvent.ArtifactWritten} (proof, statement, signing, moves),
 * where all of attest's work happens and which {@code go build}'s noise does not reach. Run: {@code
 * mvn -q -pl benchmarks exec:java -Dexec.args=provenance}.
 */
public final class ProvenanceBench {
  private static final int WARM_UP = 60;

  private ProvenanceBench() {}

  /**
   * Runs the benchmark.
   *
   * @param args optional: pairs per batch (default 40)
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    Path module = ExampleModules.path("hello-service");
    Path dir = Files.createTempDirectory("bench-provenance");
    Path key = dir.resolve("key.pem");
    Path pub = dir.resolve("pub.pem");
    writeKeys(key, pub);
    long[] compiled = new long[3];
    GoCrossBuilder plain = builder(module, dir.resolve("plain"), compiled);
    GoCrossBuilder signed = builder(module, dir.resolve("signed"), compiled).attest(key);
    for (int i = 0; i < WARM_UP; i++) {
      plain.run();
      signed.run();
    }
    int batches = 3;
    double[] ratiosAll = new double[batches * n];
    for (int b = 0; b < batches; b++) {
      long[] wallPlain = new long[n];
      long[] wallSigned = new long[n];
      long[] ownPlain = new long[n];
      long[] ownSigned = new long[n];
      long[] stepPlain = new long[n];
      long[] stepSigned = new long[n];
      double[] ratios = new double[n];
      for (int i = 0; i < n; i++) {
        if (i % 2 == 0) {
          wallPlain[i] = time(plain);
          ownPlain[i] = wallPlain[i] - compiled[0];
          stepPlain[i] = compiled[2] - compiled[1];
          wallSigned[i] = time(signed);
          ownSigned[i] = wallSigned[i] - compiled[0];
          stepSigned[i] = compiled[2] - compiled[1];
        } else {
          wallSigned[i] = time(signed);
          ownSigned[i] = wallSigned[i] - compiled[0];
          stepSigned[i] = compiled[2] - compiled[1];
          wallPlain[i] = time(plain);
          ownPlain[i] = wallPlain[i] - compiled[0];
          stepPlain[i] = compiled[2] - compiled[1];
        }
        ratios[i] = (double) wallSigned[i] / wallPlain[i];
        ratiosAll[b * n + i] = ratios[i];
      }
      double plainMs = WarmPairs.median(wallPlain);
      double extra = WarmPairs.median(ownSigned) - WarmPairs.median(ownPlain);
      double step = WarmPairs.median(stepSigned) - WarmPairs.median(stepPlain);
      System.out.printf(
          "attest, batch %d: run() %.1f ms with attest vs %.1f ms without: median of pair ratios"
              + " %.3f; own time outside go build %.2f vs %.2f ms: +%.2f ms = %.2f %% of the build;"
              + " compiled-to-written step %.2f vs %.2f ms: +%.2f ms = %.2f %% of the build;"
              + " %d pairs after %d untimed%n",
          b + 1,
          WarmPairs.median(wallSigned),
          plainMs,
          median(ratios),
          WarmPairs.median(ownSigned),
          WarmPairs.median(ownPlain),
          extra,
          100 * extra / plainMs,
          WarmPairs.median(stepSigned),
          WarmPairs.median(stepPlain),
          step,
          100 * step / plainMs,
          n,
          WARM_UP);
    }
    System.out.printf(
        "attest on a warm run(): median of pair ratios %.3f over all batches, goal <= 1.02%n",
        median(ratiosAll));
    BuildResult r = signed.run();
    Path artifact = r.artifact();
    Path envelope = r.attestation().orElseThrow();
    for (int i = 0; i < 50; i++) {
      Attestations.verify(artifact, envelope, pub);
    }
    long[] verify = new long[200];
    for (int i = 0; i < verify.length; i++) {
      long t0 = System.nanoTime();
      Attestations.verify(artifact, envelope, pub);
      verify[i] = System.nanoTime() - t0;
    }
    System.out.printf(
        "Attestations.verify of %s (%d bytes) and its %d-byte envelope: median %.2f ms%n",
        artifact.getFileName(),
        Files.size(artifact),
        Files.size(envelope),
        WarmPairs.median(verify));
  }

  /**
   * Makes a builder whose listener notes the build step's duration ({@code times[0]}) and when the
   * build step ended and the artifact was written ({@code times[1]}, {@code times[2]}).
   */
  private static GoCrossBuilder builder(Path module, Path out, long[] compiled) {
    return GoCrossBuild.target("linux/arm64")
        .noCgo()
        .moduleDir(module)
        .outputDir(out)
        .listener(
            e -> {
              if (e instanceof BuildEvent.Compiled c) {
                compiled[0] = c.duration().toNanos();
                compiled[1] = System.nanoTime();
              } else if (e instanceof BuildEvent.ArtifactWritten) {
                compiled[2] = System.nanoTime();
              }
            });
  }

  private static long time(GoCrossBuilder b) {
    long t0 = System.nanoTime();
    b.run();
    return System.nanoTime() - t0;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static void writeKeys(Path key, Path pub) throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair pair = g.generateKeyPair();
    Files.writeString(key, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
    Files.writeString(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
  }

  private static String pem(String kind, byte[] der) {
    String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
    return String.format("-----BEGIN %s-----\n%s\n-----END %s-----\n", kind, body, kind);
  }
}
