package io.github.gocrossbuild.binary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What binutils' {@code readelf} (and {@code go tool buildid}) say about an ELF file. */
record ReadElf(
    int bits,
    ByteOrder order,
    Optional<String> interpreter,
    List<String> needed,
    boolean hasSymtab,
    boolean hasDebug,
    Optional<String> goBuildId) {

  private static final Path READELF = Path.of("/usr/bin/readelf");

  static void require() {
    TestBinaries.requireTool(Files.isExecutable(READELF), "readelf (install binutils)");
  }

  static ReadElf of(Path file) {
    String out =
        run(List.of(READELF.toString(), "-h", "-l", "-S", "-d", "--wide", file.toString()));
    int bits = out.contains("Class:                             ELF64") ? 64 : 32;
    ByteOrder order = out.contains("big endian") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    Matcher interp = Pattern.compile("\\[Requesting program interpreter: ([^\\]]+)]").matcher(out);
    Optional<String> interpreter = interp.find() ? Optional.of(interp.group(1)) : Optional.empty();
    List<String> needed = new ArrayList<>();
    Matcher n = Pattern.compile("\\(NEEDED\\)\\s+Shared library: \\[([^\\]]+)]").matcher(out);
    while (n.find()) {
      needed.add(n.group(1));
    }
    boolean symtab = Pattern.compile("\\] \\.symtab ").matcher(out).find();
    boolean debug = Pattern.compile("\\] \\.z?debug_").matcher(out).find();
    Path go = TestBinaries.go();
    String id =
        TestBinaries.run(go, List.of(go.toString(), "tool", "buildid", file.toString()), Map.of())
            .strip();
    return new ReadElf(
        bits,
        order,
        interpreter,
        needed,
        symtab,
        debug,
        id.isEmpty() ? Optional.empty() : Optional.of(id));
  }

  /** Returns the highest GLIBC_x.y that {@code readelf -V} lists as needed. */
  static String highestGlibc(Path file) {
    require();
    String out = run(List.of(READELF.toString(), "-V", "--wide", file.toString()));
    Matcher m = Pattern.compile("Name: GLIBC_([0-9.]+)").matcher(out);
    String best = null;
    while (m.find()) {
      if (best == null || compare(m.group(1), best) > 0) {
        best = m.group(1);
      }
    }
    return best;
  }

  // An oracle of its own: the reader's DottedVersions is what this helper checks.
  private static int compare(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int p = i < x.length ? Integer.parseInt(x[i]) : 0;
      int q = i < y.length ? Integer.parseInt(y[i]) : 0;
      if (p != q) {
        return Integer.compare(p, q);
      }
    }
    return 0;
  }

  private static String run(List<String> argv) {
    try {
      Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
