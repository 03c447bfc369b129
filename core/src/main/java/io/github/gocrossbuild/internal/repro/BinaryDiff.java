package io.github.gocrossbuild.internal.repro;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.binary.GoBinary;
import io.github.gocrossbuild.binary.GoBuildInfo;
import io.github.gocrossbuild.binary.GoModule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Explains why two builds of the same target differ, from what the files themselves say: Go
 * version, build settings ({@code -trimpath}, {@code -ldflags}, {@code vcs.*}, {@code CGO_ENABLED},
 * GOAMD64/GOARM...), modules, header facts, build ID, and the ELF sections whose bytes differ. Each
 * line reads {@code <what>: <value> on <one>, <value> on <other>}.
 */
public final class BinaryDiff {
  private static final String ABSENT = "(absent)";

  /** Variables that change what {@code go build} writes, besides the target's own. */
  private static final List<String> OUTPUT_VARIABLES =
      List.of(
          "GOFLAGS",
          "GOEXPERIMENT",
          "GODEBUG",
          "GOTOOLCHAIN",
          "CGO_ENABLED",
          "CC",
          "CXX",
          "CGO_CFLAGS",
          "CGO_CPPFLAGS",
          "CGO_CXXFLAGS",
          "CGO_LDFLAGS");

  private final String oneName;
  private final String otherName;
  private final List<String> lines = new ArrayList<>();

  private BinaryDiff(String oneName, String otherName) {
    this.oneName = oneName;
    this.otherName = otherName;
  }

  /**
   * Lists the differences between two builds of one target.
   *
   * @param first the first build
   * @param firstBytes its artifact's bytes
   * @param second the second build
   * @param secondBytes its artifact's bytes
   * @return one line per difference: the environment variables that shape the output (Go records no
   *     {@code -ldflags} under {@code -trimpath}, so GOFLAGS is the only witness), then what the
   *     files say; the last resort is the first differing offset
   */
  public static List<String> between(
      BuildResult first, byte[] firstBytes, BuildResult second, byte[] secondBytes) {
    BinaryDiff d = new BinaryDiff(first.host(), second.host());
    List<String> names = new ArrayList<>(OUTPUT_VARIABLES);
    first.target().goarch().variantVariable().ifPresent(names::add);
    for (String name : names) {
      d.compare(
          "environment " + name, first.environment().get(name), second.environment().get(name));
    }
    d.binaries(first.binary(), firstBytes, second.binary(), secondBytes);
    return List.copyOf(d.lines);
  }

  private void binaries(GoBinary one, byte[] oneBytes, GoBinary other, byte[] otherBytes) {
    BinaryDiff d = this;
    d.compare("Go version", one.goVersion(), other.goVersion());
    Optional<GoBuildInfo> a = one.buildInfo();
    Optional<GoBuildInfo> b = other.buildInfo();
    Map<String, String> sa = a.map(GoBuildInfo::settings).orElse(Map.of());
    Map<String, String> sb = b.map(GoBuildInfo::settings).orElse(Map.of());
    for (String key : new TreeSet<>(union(sa.keySet(), sb.keySet()))) {
      d.compare(
          "setting " + key, Optional.ofNullable(sa.get(key)), Optional.ofNullable(sb.get(key)));
    }
    d.compare(
        "main module",
        a.flatMap(GoBuildInfo::main).map(BinaryDiff::module),
        b.flatMap(GoBuildInfo::main).map(BinaryDiff::module));
    d.compare("dependencies", a.map(i -> modules(i.deps())), b.map(i -> modules(i.deps())));
    d.fact("format", one, other, g -> g.format().toString());
    d.fact("machine", one, other, GoBinary::machine);
    d.fact("statically linked", one, other, g -> String.valueOf(g.isStaticallyLinked()));
    d.fact("stripped", one, other, g -> String.valueOf(g.isStripped()));
    d.fact("interpreter", one, other, g -> g.interpreter().orElse(ABSENT));
    d.fact("size", one, other, g -> g.fileSize() + " bytes");
    d.compare("build ID", one.buildId(), other.buildId());
    List<String> sections = differingSections(oneBytes, otherBytes);
    if (!sections.isEmpty()) {
      d.lines.add("sections with different bytes: " + String.join(", ", sections));
    } else if (d.lines.isEmpty()) {
      d.lines.add("first different byte at offset " + Arrays.mismatch(oneBytes, otherBytes));
    }
  }

  private void fact(String what, GoBinary one, GoBinary other, Function<GoBinary, String> f) {
    compare(what, Optional.of(f.apply(one)), Optional.of(f.apply(other)));
  }

  private void compare(String what, Optional<String> one, Optional<String> other) {
    if (!one.equals(other)) {
      lines.add(
          String.format(
              "%s: %s on %s, %s on %s", what, show(one), oneName, show(other), otherName));
    }
  }

  private static String show(Optional<String> v) {
    return v.map(s -> "\"" + s + "\"").orElse(ABSENT);
  }

  private static String module(GoModule m) {
    return m.toString();
  }

  private static String modules(List<GoModule> mods) {
    return mods.toString();
  }

  private static TreeSet<String> union(java.util.Set<String> a, java.util.Set<String> b) {
    TreeSet<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }

  private static List<String> differingSections(byte[] one, byte[] other) {
    List<ElfSections.Section> a = ElfSections.of(one);
    List<ElfSections.Section> b = ElfSections.of(other);
    List<String> names = new ArrayList<>();
    for (ElfSections.Section s : a) {
      Optional<ElfSections.Section> t =
          b.stream().filter(x -> x.name().equals(s.name())).findFirst();
      if (t.isEmpty() || !Objects.equals(bytes(one, s), bytes(other, t.get()))) {
        names.add(s.name());
      }
    }
    b.stream()
        .filter(s -> a.stream().noneMatch(x -> x.name().equals(s.name())))
        .forEach(s -> names.add(s.name()));
    return names;
  }

  private static ByteRange bytes(byte[] file, ElfSections.Section s) {
    return new ByteRange(
        file, (int) s.offset(), (int) Math.min(file.length, s.offset() + s.size()));
  }

  /** A slice of a file compared by content. */
  private record ByteRange(byte[] file, int from, int to) {
    @Override
    public boolean equals(Object o) {
      return o instanceof ByteRange r && Arrays.equals(file, from, to, r.file, r.from, r.to);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(Arrays.copyOfRange(file, from, to));
    }
  }
}
