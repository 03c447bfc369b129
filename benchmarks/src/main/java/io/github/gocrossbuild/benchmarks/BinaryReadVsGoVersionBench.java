package io.github.gocrossbuild.benchmarks;

import io.github.gocrossbuild.binary.GoBinary;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Times {@link GoBinary#read} against spawning {@code go version -m} per file over the same 100
 * files, in one run on one machine, and prints the ratio (goal: at least 20x faster). Also shows
 * that the read time does not depend on the file size (a 1 MB stripped binary against a 5-10 MB
 * one) and measures the bytes allocated per read (goal: under 1 MB) with {@link
 * com.sun.management.ThreadMXBean#getThreadAllocatedBytes(long)}.
 *
 * <p>Run: {@code mvn -q -pl benchmarks exec:java -Dexec.args=binary}. For JMH figures of the same
 * reads see {@link GoBinaryReadBench}.
 */
public final class BinaryReadVsGoVersionBench {
  private static final int WARMUP_ROUNDS = 30;
  private static final int ROUNDS = 20;
  private static final int SIZE_READS = 1000;
  private static final int SIZE_ROUNDS = 7;

  private BinaryReadVsGoVersionBench() {}

  /**
   * Runs the benchmark.
   *
   * @param args optional: the hello-service module directory
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    Path module =
        args.length > 0
            ? Path.of(args[0]).toAbsolutePath().normalize()
            : ExampleModules.path("hello-service");
    BinaryFixtures f = BinaryFixtures.build(module);
    List<Path> files = f.hundred;
    System.out.printf(
        "fixtures: %d files (%s) in %s; large %s %.1f MB, small %s %.1f MB%n",
        files.size(),
        String.join(" ", BinaryFixtures.TARGETS),
        f.dir,
        f.large.getFileName(),
        Files.size(f.large) / 1e6,
        f.small.getFileName(),
        Files.size(f.small) / 1e6);

    for (int i = 0; i < WARMUP_ROUNDS; i++) {
      readAll(files);
    }
    long t0 = System.nanoTime();
    for (int i = 0; i < ROUNDS; i++) {
      readAll(files);
    }
    double readMs = (System.nanoTime() - t0) / 1e6 / ROUNDS / files.size();

    f.goVersionM(files.get(0)); // warm the page cache and the go binary
    long t1 = System.nanoTime();
    for (Path p : files) {
      f.goVersionM(p);
    }
    double goMs = (System.nanoTime() - t1) / 1e6 / files.size();
    System.out.printf(
        "per file: GoBinary.read %.3f ms vs go version -m %.2f ms: %.0fx faster"
            + " (goal >= 20x)%n",
        readMs, goMs, goMs / readMs);

    // Interleaved rounds, best of each: the box is shared, so a single pass is mostly noise.
    double large = Double.MAX_VALUE;
    double small = Double.MAX_VALUE;
    double padded = Double.MAX_VALUE;
    for (int round = 0; round < SIZE_ROUNDS; round++) {
      large = Math.min(large, perRead(f.large));
      small = Math.min(small, perRead(f.small));
      padded = Math.min(padded, perRead(f.padded));
    }
    System.out.printf(
        "size independence (best of %d): %.1f MB %.1f us/read vs %.1f MB stripped %.1f us/read"
            + " (ratio %.2f for %.1fx the bytes; the bigger file also has more sections)%n",
        SIZE_ROUNDS,
        mb(f.large),
        large,
        mb(f.small),
        small,
        large / small,
        mb(f.large) / mb(f.small));
    System.out.printf(
        "size independence: same binary padded to %.1f MB %.1f us/read vs %.1f MB"
            + " %.1f us/read (ratio %.2f for %.1fx the bytes)%n",
        mb(f.padded), padded, mb(f.large), large, padded / large, mb(f.padded) / mb(f.large));

    long[] alloc = new long[files.size()];
    for (int i = 0; i < files.size(); i++) {
      alloc[i] = allocated(files.get(i));
    }
    Arrays.sort(alloc);
    System.out.printf(
        "allocated per read: median %d KB, max %d KB (%s) (goal < 1024 KB)%n",
        alloc[alloc.length / 2] / 1024, alloc[alloc.length - 1] / 1024, "over 100 files");
  }

  private static double mb(Path p) throws java.io.IOException {
    return Files.size(p) / 1e6;
  }

  private static int readAll(List<Path> files) {
    int n = 0;
    for (Path p : files) {
      n += GoBinary.read(p).bits();
    }
    return n;
  }

  private static double perRead(Path file) {
    for (int i = 0; i < SIZE_READS / 4; i++) {
      GoBinary.read(file);
    }
    long t = System.nanoTime();
    for (int i = 0; i < SIZE_READS; i++) {
      GoBinary.read(file);
    }
    return (System.nanoTime() - t) / 1e3 / SIZE_READS;
  }

  /** Bytes this thread allocated while reading the file once (after warm-up). */
  private static long allocated(Path file) {
    com.sun.management.ThreadMXBean mx =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    GoBinary.read(file);
    long before = mx.getThreadAllocatedBytes(id);
    GoBinary.read(file);
    return mx.getThreadAllocatedBytes(id) - before;
  }
}
