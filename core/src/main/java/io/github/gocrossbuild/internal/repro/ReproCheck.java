package io.github.gocrossbuild.internal.repro;

import io.github.gocrossbuild.BuildListener;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.BuildSpec;
import io.github.gocrossbuild.ReproducibilityException;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.Sha256;
import io.github.gocrossbuild.internal.build.BuildRunner;
import io.github.gocrossbuild.internal.build.ResultBuilder;
import io.github.gocrossbuild.internal.plan.Planner;
import io.github.gocrossbuild.spi.BuildHost;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Builds every target of a spec on two hosts, into private temporary directories, and compares the
 * artifacts' SHA-256. Without an explicit {@code buildvcs(...)} the check builds with {@code
 * -buildvcs=false}: a checkout here and its copy on a remote host would differ only by the stamp.
 * With {@code attest(key)} the two hosts' statements must agree too, and once every target passed,
 * each artifact is written where {@code run()} would write it, with both hosts' envelopes ({@link
 * PairedAttestations}); without a key nothing is left behind.
 */
public final class ReproCheck {

  private ReproCheck() {}

  /**
   * Runs the check.
   *
   * @param spec what to build
   * @param host the builder's host
   * @param other the host to compare with
   * @param listener who listens
   * @param results makes each result's builder
   * @return each target's SHA-256, the same on both hosts
   * @throws ReproducibilityException at the first target whose bytes differ, or whose signed
   *     statements disagree
   */
  public static Map<Target, String> run(
      BuildSpec spec,
      BuildHost host,
      BuildHost other,
      BuildListener listener,
      Supplier<ResultBuilder<BuildResult>> results) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("gocrossbuild-repro-");
      BuildRunner one = new BuildRunner(withOutput(spec, dir.resolve("one")), listener, results);
      BuildRunner two = new BuildRunner(withOutput(spec, dir.resolve("two")), listener, results);
      Map<Target, String> sums = new LinkedHashMap<>();
      Map<Target, List<BuildResult>> signed = new LinkedHashMap<>();
      for (Target t : spec.targets()) {
        BuildResult a = one.run(t, host);
        BuildResult b = two.run(t, other);
        byte[] aBytes = Files.readAllBytes(a.artifact());
        byte[] bBytes = Files.readAllBytes(b.artifact());
        String aSum = Sha256.of(aBytes);
        String bSum = Sha256.of(bBytes);
        if (!aSum.equals(bSum)) {
          throw new ReproducibilityException(
              t, host.name(), aSum, other.name(), bSum, BinaryDiff.between(a, aBytes, b, bBytes));
        }
        if (spec.attestKey().isPresent()) {
          PairedAttestations.check(a, b, aSum);
          signed.put(t, List.of(a, b));
        }
        sums.put(t, aSum);
      }
      // Only when every target agreed: nothing is written for a check that failed.
      Planner asRun = new Planner(spec);
      for (Map.Entry<Target, List<BuildResult>> e : signed.entrySet()) {
        List<BuildResult> pair = e.getValue();
        PairedAttestations.writeInto(
            asRun.artifactPath(e.getKey()), pair.get(0), pair.get(1), sums.get(e.getKey()));
      }
      return sums;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteTree(dir);
    }
  }

  private static Planner withOutput(BuildSpec spec, Path out) {
    BuildSpec.Builder b = BuildSpec.builder();
    b.from(spec).outputDir(out).buildvcs(spec.buildvcs().orElse(false));
    return new Planner(b.build());
  }

  private static void deleteTree(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // A temporary directory; the OS cleans it eventually.
    }
  }
}
