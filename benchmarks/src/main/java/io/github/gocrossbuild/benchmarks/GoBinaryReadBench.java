package io.github.gocrossbuild.benchmarks;

import io.github.gocrossbuild.binary.GoBinary;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH: {@link GoBinary#read} of one 5-10 MB Go binary, of a 1 MB one, of the 5-10 MB one padded to
 * 64 MB, and of 100 files.
 *
 * <p>Run: {@code java -cp <benchmarks classpath> org.openjdk.jmh.Main GoBinaryReadBench -prof gc}
 * ({@code -prof gc} adds bytes allocated per operation). {@link BinaryReadVsGoVersionBench}
 * compares the same reads with {@code go version -m} in one run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GoBinaryReadBench {
  private BinaryFixtures fixtures;

  /** Builds the fixture binaries with the real go, once per fork. */
  @Setup(Level.Trial)
  public void build() {
    fixtures =
        BinaryFixtures.build(
            System.getProperty("bench.module") != null
                ? Path.of(System.getProperty("bench.module")).toAbsolutePath().normalize()
                : ExampleModules.path("hello-service"));
  }

  /**
   * Reads the large (5-10 MB, with DWARF) linux/amd64 hello-service binary.
   *
   * @return the report
   */
  @Benchmark
  public GoBinary readLargeBinary() {
    return GoBinary.read(fixtures.large);
  }

  /**
   * Reads the small (about 1 MB, stripped) binary: the time must not depend on the size.
   *
   * @return the report
   */
  @Benchmark
  public GoBinary readSmallBinary() {
    return GoBinary.read(fixtures.small);
  }

  /**
   * Reads the large binary padded with zeros to 64 MB: same headers, 8x the bytes.
   *
   * @return the report
   */
  @Benchmark
  public GoBinary readPaddedBinary() {
    return GoBinary.read(fixtures.padded);
  }

  /**
   * Reads 100 files of 10 targets (ELF, PE, Mach-O).
   *
   * @param bh sink for the reports
   */
  @Benchmark
  public void readHundredFiles(Blackhole bh) {
    for (Path p : fixtures.hundred) {
      bh.consume(GoBinary.read(p));
    }
  }
}
