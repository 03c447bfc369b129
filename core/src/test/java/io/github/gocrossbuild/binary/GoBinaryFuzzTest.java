package io.github.gocrossbuild.binary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.gocrossbuild.InvalidBinaryException;
import io.github.gocrossbuild.binary.TestBinaries.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Tests for {@link GoBinary} on hostile input: a seeded mutation loop over real binaries. Only an
 * {@link InvalidBinaryException} or a consistent report may come out; never another exception, an
 * out-of-memory error or a hang.
 */
class GoBinaryFuzzTest {
  private static final int ITERATIONS = 100_000;
  private static final long SEED = Long.getLong("fuzz.seed", 0x5eed_601dL);
  private static final long[] INTERESTING = {
    0,
    1,
    0x7f,
    0x80,
    0xff,
    0xffff,
    0x7fffffffL,
    0x80000000L,
    0xffffffffL,
    1_000_000,
    Long.MAX_VALUE,
    Long.MIN_VALUE,
    -1,
    Long.MAX_VALUE - 7,
    0x10000
  };

  /** One binary to mutate, and where its interesting bytes are. */
  private record Base(String name, byte[] data, int[] hotOffsets) {}

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void shouldOnlyThrowInvalidBinaryExceptionOnMutatedBinaries() throws Exception {
    List<Base> bases = bases();
    SplittableRandom random = new SplittableRandom(SEED);
    int invalid = 0;
    long start = System.nanoTime();
    for (int i = 0; i < ITERATIONS; i++) {
      Base base = bases.get(i % bases.size());
      byte[] data = base.data();
      int mutations = 1 + random.nextInt(4);
      int[] positions = new int[mutations * 8];
      byte[] saved = new byte[mutations * 8];
      int changed = 0;
      for (int m = 0; m < mutations; m++) {
        int at = position(random, base);
        int width = random.nextBoolean() ? 1 : random.nextBoolean() ? 4 : 8;
        long value =
            random.nextInt(3) == 0
                ? random.nextLong()
                : INTERESTING[random.nextInt(INTERESTING.length)];
        for (int k = 0; k < width && at + k < data.length; k++) {
          positions[changed] = at + k;
          saved[changed++] = data[at + k];
          data[at + k] = (byte) (value >>> (8 * (random.nextBoolean() ? k : width - 1 - k)));
        }
      }
      int length = random.nextInt(10) == 0 ? random.nextInt(data.length) : data.length;
      try {
        GoBinary b = GoBinary.read(Path.of(base.name()), new MemoryChannel(data, length));
        assertValid(b, base.name(), length);
        if (i % 64 == 0) {
          assertThat(b.describe()).startsWith(base.name() + " (" + length + " bytes)\n");
        }
      } catch (InvalidBinaryException e) {
        invalid++;
        if (!e.getMessage().startsWith(base.name() + ": ") || e.getCause() != null) {
          throw new AssertionError("badly formed InvalidBinaryException: " + e, e);
        }
      } catch (Throwable t) {
        Path dump =
            Files.createDirectories(Path.of("target/fuzz-failures")).resolve(base.name() + "-" + i);
        Files.write(dump, java.util.Arrays.copyOf(data, length));
        fail("iteration " + i + " (seed " + SEED + ", input saved to " + dump + ") threw " + t, t);
      } finally {
        for (int k = changed - 1; k >= 0; k--) {
          data[positions[k]] = saved[k];
        }
      }
    }
    // No wall-clock assertion: a slow CI box must not fail a correct reader. A hang still fails
    // through @Timeout; the figure is kept for the record.
    Files.writeString(
        Path.of("target/fuzz-timing.txt"),
        ITERATIONS
            + " inputs in "
            + (System.nanoTime() - start) / 1_000_000
            + " ms, "
            + invalid
            + " invalid\n");
    // Both outcomes must occur, or the mutations are not reaching the parser.
    assertThat(invalid).isBetween(ITERATIONS / 20, ITERATIONS - ITERATIONS / 20);
  }

  /**
   * A report is valid when its fields are consistent with each other and with the input. Plain
   * checks instead of AssertJ chains keep the per-input cost low (100k inputs).
   */
  private static void assertValid(GoBinary b, String name, int length) {
    check(b.bits() == 32 || b.bits() == 64, "bits " + b.bits());
    check(b.fileSize() == length, "file size " + b.fileSize() + " for " + length + " bytes");
    check(b.path().toString().equals(name), "path " + b.path());
    check(b.isDynamicallyLinked() != b.isStaticallyLinked(), "linking");
    check(b.slices().isEmpty() || b.format() == BinaryFormat.MACH_O_FAT, "slices of " + b.format());
    check(b.buildInfo().isEmpty() || b.isGo(), "build info of a non-Go file");
    check(b.buildInfo().isEmpty() || b.buildInfoProblem().isEmpty(), "build info and a problem");
    check(
        b.buildInfo().map(i -> b.goVersion().equals(Optional.of(i.goVersion()))).orElse(true),
        "Go version differs from the build info's");
    check(b.toString().startsWith(name + ": " + b.format().displayName() + " "), b.toString());
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError("inconsistent report: " + what);
    }
  }

  private static int position(SplittableRandom random, Base base) {
    int kind = random.nextInt(10);
    if (kind < 4) {
      return random.nextInt(Math.min(512, base.data().length));
    }
    if (kind < 8) {
      int hot = base.hotOffsets()[random.nextInt(base.hotOffsets().length)];
      return Math.max(0, Math.min(base.data().length - 1, hot + random.nextInt(256)));
    }
    return random.nextInt(base.data().length);
  }

  private static List<Base> bases() throws Exception {
    List<Fixture> fixtures =
        List.of(
            Fixtures.LINUX_ARM64,
            Fixtures.CROSS.get(4),
            Fixtures.CROSS.get(6),
            Fixtures.CROSS.get(10),
            Fixtures.CROSS.get(14),
            Fixtures.CROSS.get(16),
            Fixtures.NATIVE_CGO,
            Fixtures.PLAN9_AMD64,
            Fixtures.AIX_PPC64,
            Fixtures.WASIP1_WASM);
    TestBinaries.prebuild(fixtures);
    List<Path> files = new ArrayList<>();
    for (Fixture f : fixtures) {
      files.add(Fixtures.path(f));
    }
    files.add(
        FatMachO.create(
            Path.of("target/go-fixtures/hello-darwin-universal"),
            List.of(Fixtures.path(Fixtures.CROSS.get(13)), Fixtures.path(Fixtures.CROSS.get(14)))));
    List<Base> bases = new ArrayList<>();
    for (Path file : files) {
      byte[] data = Files.readAllBytes(file);
      bases.add(new Base(file.getFileName().toString(), data, hotOffsets(file, data)));
    }
    return bases;
  }

  /** Header tables and the build-info blob: where mutations reach the parser. */
  private static int[] hotOffsets(Path file, byte[] data) {
    List<Integer> hot = new ArrayList<>(List.of(0, 64, 256, 1024, 2048, 4096, 0x4000, 0x4100));
    byte[] magic = "\u00ff Go buildinf:".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    for (int i = 0; i + magic.length < data.length; i += 16) {
      if (java.util.Arrays.equals(data, i, i + magic.length, magic, 0, magic.length)) {
        hot.add(i);
      }
    }
    GoBinary b = GoBinary.read(file);
    if (b.format() == BinaryFormat.ELF) {
      java.nio.ByteBuffer h = java.nio.ByteBuffer.wrap(data).order(b.byteOrder());
      hot.add((int) (b.bits() == 64 ? h.getLong(40) : Integer.toUnsignedLong(h.getInt(32))));
    }
    return hot.stream()
        .filter(x -> x >= 0 && x < data.length)
        .mapToInt(Integer::intValue)
        .toArray();
  }
}
