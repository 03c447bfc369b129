package io.github.gocrossbuild.binary;

import java.nio.ByteOrder;
import java.util.stream.Collectors;

/** Words {@link GoBinary#toString()} and {@link GoBinary#describe()}. */
final class Describer {
  private Describer() {}

  static String summary(GoBinary b) {
    StringBuilder s = new StringBuilder();
    s.append(b.path().getFileName() == null ? b.path() : b.path().getFileName()).append(": ");
    s.append(kind(b)).append(' ').append(platform(b));
    if (!b.slices().isEmpty()) {
      s.append(" [")
          .append(b.slices().stream().map(Describer::platform).collect(Collectors.joining(", ")))
          .append(']');
    }
    s.append(", ").append(b.isStaticallyLinked() ? "statically linked" : "dynamically linked");
    if (b.isPie()) {
      s.append(", PIE");
    }
    s.append(b.isStripped() ? ", stripped" : ", not stripped");
    if (b.hasDebugInfo()) {
      s.append(", with DWARF");
    }
    if (b.isGo()) {
      s.append(", Go ").append(b.goVersion().orElse("(version unknown)"));
    } else {
      s.append(", not Go");
    }
    return s.toString();
  }

  static String describe(GoBinary b) {
    StringBuilder s = new StringBuilder();
    s.append(b.path()).append(" (").append(b.fileSize()).append(" bytes)\n");
    line(s, "format", kind(b) + ", " + b.machine());
    line(s, "target", b.target().map(Object::toString).orElse(platform(b)));
    String linking = b.isStaticallyLinked() ? "static" : "dynamic";
    if (b.interpreter().isPresent()) {
      linking += ", interpreter " + b.interpreter().get();
    }
    if (!b.neededLibraries().isEmpty()) {
      linking += ", needs " + String.join(" ", b.neededLibraries());
    }
    if (b.requiredGlibc().isPresent()) {
      linking += ", GLIBC_" + b.requiredGlibc().get();
    }
    line(s, "linking", linking + (b.isPie() ? ", PIE" : ""));
    line(s, "symbols", b.isStripped() ? "stripped" : "present");
    line(s, "DWARF", b.hasDebugInfo() ? "present" : "none");
    if (!b.isGo()) {
      line(s, "Go", "no");
    } else {
      line(
          s,
          "Go",
          b.goVersion().orElse("version unknown")
              + b.buildId().map(id -> ", build ID " + id).orElse(""));
      if (b.buildInfo().isPresent()) {
        GoBuildInfo i = b.buildInfo().get();
        line(s, "path", i.path());
        i.main().ifPresent(m -> line(s, "module", m.toString()));
        i.deps().forEach(d -> line(s, "dep", d.toString()));
        i.settings().forEach((k, v) -> line(s, "build", k + "=" + v));
      } else {
        line(s, "build info", "unavailable: " + b.buildInfoProblem().orElse("not found"));
      }
    }
    for (GoBinary slice : b.slices()) {
      s.append("slice ")
          .append(slice.describe().replace("\n", "\n  ").stripTrailing())
          .append('\n');
    }
    return s.toString();
  }

  private static void line(StringBuilder s, String key, String value) {
    // Padded by hand: a Formatter per line is slow until the JIT compiles it, and every signed
    // build writes this report into its statement.
    s.append("  ").append(key).append(':');
    s.append(" ".repeat(Math.max(0, 10 - key.length()))).append(value).append('\n');
  }

  private static String kind(GoBinary b) {
    String order = b.byteOrder() == ByteOrder.BIG_ENDIAN ? "MSB" : "LSB";
    return b.format().displayName() + " " + b.bits() + "-bit " + order;
  }

  private static String platform(GoBinary b) {
    return b.goos().map(Object::toString).orElse("unknown-os")
        + "/"
        + b.goarch().map(Object::toString).orElse("unknown-arch");
  }
}
