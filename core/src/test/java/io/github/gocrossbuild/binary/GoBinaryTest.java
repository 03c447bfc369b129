package io.github.gocrossbuild.binary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.InvalidBinaryException;
import io.github.gocrossbuild.binary.TestBinaries.Fixture;
import io.github.gocrossbuild.testing.RealTools;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests for {@link GoBinary}, on binaries built by the real Go toolchain. */
class GoBinaryTest {

  @BeforeAll
  static void buildFixtures() {
    Fixtures.prebuildAll();
  }

  /** Expected header facts of one cross-compiled fixture. */
  record Row(
      Fixture fixture,
      BinaryFormat format,
      GoOs goos,
      GoArch goarch,
      int bits,
      ByteOrder order,
      boolean pie,
      boolean statically,
      String interpreter,
      List<String> libraries) {}

  static Stream<Arguments> crossTargets() {
    ByteOrder le = ByteOrder.LITTLE_ENDIAN;
    ByteOrder be = ByteOrder.BIG_ENDIAN;
    List<Fixture> c = Fixtures.CROSS;
    List<String> none = List.of();
    List<String> darwinLibs = List.of("/usr/lib/libSystem.B.dylib", "/usr/lib/libresolv.9.dylib");
    return Stream.of(
            new Row(
                c.get(0),
                BinaryFormat.ELF,
                GoOs.LINUX,
                GoArch.AMD64,
                64,
                le,
                false,
                true,
                null,
                none),
            new Row(
                c.get(1),
                BinaryFormat.ELF,
                GoOs.LINUX,
                GoArch.ARM64,
                64,
                le,
                false,
                true,
                null,
                none),
            new Row(
                c.get(2),
                BinaryFormat.ELF,
                GoOs.LINUX,
                GoArch.ARM,
                32,
                le,
                false,
                true,
                null,
                none),
            new Row(
                c.get(3),
                BinaryFormat.ELF,
                GoOs.LINUX,
                GoArch.ARM,
                32,
                le,
                false,
                true,
                null,
                none),
            new Row(
                c.get(4),
                BinaryFormat.ELF,
                GoOs.LINUX,
                GoArch.I386,
                32,
                le,
                false,
                true,
                null,
                none),
            new Row(
                c.get(5),
                BinaryFormat.ELF,
                GoOs.LINUX,
                GoArch.RISCV64,
                64,
                le,
                false,
                true,
                null,
                none),
            new Row(
                c.get(6),
                BinaryFormat.ELF,
                GoOs.LINUX,
                GoArch.S390X,
                64,
                be,
                false,
                true,
                null,
                none),
            new Row(
                c.get(7),
                BinaryFormat.ELF,
                GoOs.LINUX,
                GoArch.PPC64LE,
                64,
                le,
                false,
                true,
                null,
                none),
            new Row(
                c.get(8),
                BinaryFormat.ELF,
                GoOs.LINUX,
                GoArch.MIPS64LE,
                64,
                le,
                false,
                true,
                null,
                none),
            new Row(
                c.get(9),
                BinaryFormat.ELF,
                GoOs.LINUX,
                GoArch.LOONG64,
                64,
                le,
                false,
                true,
                null,
                none),
            new Row(
                c.get(10),
                BinaryFormat.PE,
                GoOs.WINDOWS,
                GoArch.AMD64,
                64,
                le,
                true,
                false,
                null,
                List.of("kernel32.dll")),
            new Row(
                c.get(11),
                BinaryFormat.PE,
                GoOs.WINDOWS,
                GoArch.ARM64,
                64,
                le,
                true,
                false,
                null,
                List.of("kernel32.dll")),
            new Row(
                c.get(12),
                BinaryFormat.PE,
                GoOs.WINDOWS,
                GoArch.I386,
                32,
                le,
                true,
                false,
                null,
                List.of("kernel32.dll")),
            new Row(
                c.get(13),
                BinaryFormat.MACH_O,
                GoOs.DARWIN,
                GoArch.AMD64,
                64,
                le,
                true,
                false,
                "/usr/lib/dyld",
                darwinLibs),
            new Row(
                c.get(14),
                BinaryFormat.MACH_O,
                GoOs.DARWIN,
                GoArch.ARM64,
                64,
                le,
                true,
                false,
                "/usr/lib/dyld",
                darwinLibs),
            new Row(
                c.get(15),
                BinaryFormat.ELF,
                GoOs.FREEBSD,
                GoArch.AMD64,
                64,
                le,
                false,
                true,
                null,
                none),
            new Row(
                c.get(16),
                BinaryFormat.ELF,
                GoOs.ANDROID,
                GoArch.ARM64,
                64,
                le,
                true,
                false,
                "/system/bin/linker64",
                none))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("crossTargets")
  void shouldReportHeaderFactsOfEachCrossTarget(Row row) {
    GoBinary b = Fixtures.read(row.fixture());

    assertThat(b.format()).isEqualTo(row.format());
    assertThat(b.goos()).contains(row.goos());
    assertThat(b.goarch()).contains(row.goarch());
    assertThat(b.bits()).isEqualTo(row.bits());
    assertThat(b.byteOrder()).isEqualTo(row.order());
    assertThat(b.isPie()).isEqualTo(row.pie());
    assertThat(b.isStaticallyLinked()).isEqualTo(row.statically());
    assertThat(b.interpreter()).isEqualTo(Optional.ofNullable(row.interpreter()));
    assertThat(b.neededLibraries()).isEqualTo(row.libraries());
    assertThat(b.isStripped()).isFalse();
    assertThat(b.hasDebugInfo()).isTrue();
    assertThat(b.isGo()).isTrue();
    assertThat(b.goVersion()).contains(RealTools.goVersion());
    assertThat(b.buildId())
        .hasValueSatisfying(id -> assertThat(id).matches("[\\w-]+(/[\\w-]+){3}"));
    assertThat(b.requiredGlibc()).isEmpty();
    assertThat(b.slices()).isEmpty();
    assertThat(b.fileSize()).isEqualTo(sizeOf(b.path()));
    GoBuildInfo info = b.buildInfo().orElseThrow();
    assertThat(info.goVersion()).isEqualTo(RealTools.goVersion());
    assertThat(info.path()).isEqualTo("example.com/hello");
    assertThat(info.main()).contains(GoModule.of("example.com/hello", "(devel)", ""));
    assertThat(info.deps()).isEmpty();
    assertThat(info.setting("GOOS")).contains(row.goos().goName());
    assertThat(info.setting("GOARCH")).contains(row.goarch().goName());
    assertThat(info.setting("CGO_ENABLED")).contains("0");
    assertThat(info.setting("-trimpath")).contains("true");
    assertThat(info.setting("-buildmode")).contains("exe");
    assertThat(info.setting("-compiler")).contains("gc");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("crossTargets")
  void shouldAgreeWithGoVersionMSettingBySetting(Row row) {
    Path file = Fixtures.path(row.fixture());
    GoBuildInfo info = GoBinary.read(file).buildInfo().orElseThrow();

    String goVersionM = TestBinaries.goVersionM(file);

    Map<String, String> expected = new LinkedHashMap<>();
    String[] lines = goVersionM.split("\n");
    assertThat(lines[0]).isEqualTo(file + ": " + info.goVersion());
    for (String line : lines) {
      if (line.startsWith("\tbuild\t")) {
        String kv = line.substring("\tbuild\t".length());
        expected.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
      }
    }
    assertThat(info.settings()).containsExactlyEntriesOf(expected);
    assertThat(file + ": " + info).isEqualTo(goVersionM);
  }

  @Test
  void shouldRecordArmVariantAsGoDoes() {
    assertThat(Fixtures.read(Fixtures.LINUX_ARM_V6).setting("GOARM")).contains("6");
    assertThat(Fixtures.read(Fixtures.LINUX_ARM_V7).setting("GOARM")).contains("7");
    assertThat(Fixtures.read(Fixtures.LINUX_ARM_V6).target().map(Object::toString))
        .contains("linux/arm/v6");
    assertThat(Fixtures.read(Fixtures.LINUX_ARM64).setting("GOARM64")).contains("v8.0");
  }

  @Test
  void shouldReadNativeCgoBuildAsDynamicAgainstGlibc() {
    GoBinary b = Fixtures.read(Fixtures.NATIVE_CGO);

    assertThat(b.isStaticallyLinked()).isFalse();
    assertThat(b.isDynamicallyLinked()).isTrue();
    assertThat(b.interpreter()).contains("/lib64/ld-linux-x86-64.so.2");
    assertThat(b.neededLibraries()).contains("libc.so.6");
    assertThat(b.requiredGlibc()).contains(ReadElf.highestGlibc(b.path()));
    assertThat(b.goos()).contains(GoOs.LINUX);
    assertThat(b.setting("CGO_ENABLED")).contains("1");
    assertThat(b.setting("CGO_CFLAGS")).isPresent();
  }

  @Test
  void shouldReadNetgoOsusergoCgoBuildAsStatic() {
    GoBinary b = Fixtures.read(Fixtures.NATIVE_NETGO);

    assertThat(b.isStaticallyLinked()).isTrue();
    assertThat(b.interpreter()).isEmpty();
    assertThat(b.neededLibraries()).isEmpty();
    assertThat(b.requiredGlibc()).isEmpty();
    assertThat(b.setting("CGO_ENABLED")).contains("1");
    assertThat(b.setting("-tags")).contains("netgo,osusergo");
  }

  @Test
  void shouldMatchStripAndDwarfFlagsOfEachLdflagsCombination() {
    GoBinary none = Fixtures.read(Fixtures.STRIP_NONE);
    GoBinary sw = Fixtures.read(Fixtures.STRIP_S_W);
    GoBinary w = Fixtures.read(Fixtures.STRIP_W);
    GoBinary sw0 = Fixtures.read(Fixtures.STRIP_S_W0);

    assertThat(List.of(none.isStripped(), none.hasDebugInfo())).containsExactly(false, true);
    assertThat(List.of(sw.isStripped(), sw.hasDebugInfo())).containsExactly(true, false);
    assertThat(List.of(w.isStripped(), w.hasDebugInfo())).containsExactly(false, false);
    assertThat(List.of(sw0.isStripped(), sw0.hasDebugInfo())).containsExactly(true, true);
    assertThat(sw.setting("-ldflags")).contains("-s -w");
    assertThat(sw0.setting("-ldflags")).contains("-s -w=0");
    assertThat(none.setting("-ldflags")).isEmpty();
    assertThat(sw.buildInfo().orElseThrow().toString()).contains("\tbuild\t-ldflags=\"-s -w\"\n");
  }

  @Test
  void shouldAgreeWithReadelf() {
    ReadElf.require();
    for (Fixture f :
        List.of(
            Fixtures.LINUX_ARM64,
            Fixtures.NATIVE_CGO,
            Fixtures.CROSS.get(6),
            Fixtures.CROSS.get(16))) {
      Path file = Fixtures.path(f);
      GoBinary b = GoBinary.read(file);
      ReadElf r = ReadElf.of(file);

      assertThat(b.bits()).as("class of %s", file).isEqualTo(r.bits());
      assertThat(b.byteOrder()).as("data of %s", file).isEqualTo(r.order());
      assertThat(b.interpreter()).as("interpreter of %s", file).isEqualTo(r.interpreter());
      assertThat(b.neededLibraries()).as("NEEDED of %s", file).isEqualTo(r.needed());
      assertThat(b.isStripped()).as("symtab of %s", file).isEqualTo(!r.hasSymtab());
      assertThat(b.hasDebugInfo()).as("DWARF of %s", file).isEqualTo(r.hasDebug());
      assertThat(b.buildId()).as("Go build ID of %s", file).isEqualTo(r.goBuildId());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wasmTargets")
  void shouldReadWasmModuleWithBuildIdAsGoToolBuildidPrintsIt(Fixture fixture, GoOs goos) {
    Path file = Fixtures.path(fixture);
    GoBinary b = GoBinary.read(file);

    assertThat(b.format()).isEqualTo(BinaryFormat.WASM);
    assertThat(b.goos()).contains(goos);
    assertThat(b.goarch()).contains(GoArch.WASM);
    assertThat(b.bits()).isEqualTo(32);
    assertThat(b.isGo()).isTrue();
    assertThat(b.buildId()).contains(TestBinaries.goToolBuildId(file));
    assertThat(b.buildId().orElseThrow()).matches("[\\w-]{20}(/[\\w-]{20}){3}");
  }

  static Stream<Arguments> wasmTargets() {
    return Stream.of(
        Arguments.of(Fixtures.JS_WASM, GoOs.JS), Arguments.of(Fixtures.WASIP1_WASM, GoOs.WASIP1));
  }

  @Test
  void shouldReadPlan9AoutWithBuildInfo() {
    Path file = Fixtures.path(Fixtures.PLAN9_AMD64);
    GoBinary b = GoBinary.read(file);

    assertThat(b.format()).isEqualTo(BinaryFormat.PLAN9);
    assertThat(b.goos()).contains(GoOs.PLAN9);
    assertThat(b.goarch()).contains(GoArch.AMD64);
    assertThat(b.bits()).isEqualTo(64);
    assertThat(b.byteOrder()).isEqualTo(ByteOrder.BIG_ENDIAN);
    assertThat(b.isStaticallyLinked()).isTrue();
    assertThat(b.isStripped()).isFalse();
    assertThat(b.hasDebugInfo()).isFalse();
    assertThat(b.isGo()).isTrue();
    assertThat(b.goVersion()).contains(RealTools.goVersion());
    assertThat(b.buildId()).contains(TestBinaries.goToolBuildId(file));
    assertThat(b.setting("GOOS")).contains("plan9");
    assertThat(file + ": " + b.buildInfo().orElseThrow()).isEqualTo(TestBinaries.goVersionM(file));
  }

  @Test
  void shouldReadAixXcoffWithBuildInfo() {
    Path file = Fixtures.path(Fixtures.AIX_PPC64);
    GoBinary b = GoBinary.read(file);

    assertThat(b.format()).isEqualTo(BinaryFormat.XCOFF);
    assertThat(b.goos()).contains(GoOs.AIX);
    assertThat(b.goarch()).contains(GoArch.PPC64);
    assertThat(b.bits()).isEqualTo(64);
    assertThat(b.byteOrder()).isEqualTo(ByteOrder.BIG_ENDIAN);
    assertThat(b.isGo()).isTrue();
    assertThat(b.goVersion()).contains(RealTools.goVersion());
    assertThat(b.buildId()).contains(TestBinaries.goToolBuildId(file));
    assertThat(file + ": " + b.buildInfo().orElseThrow()).isEqualTo(TestBinaries.goVersionM(file));
  }

  @Test
  void shouldReportDarwinStrippedOnlyWithDashS() {
    GoBinary plain = Fixtures.read(Fixtures.CROSS.get(14));
    GoBinary stripped = Fixtures.read(Fixtures.DARWIN_ARM64_S);

    assertThat(plain.isStripped()).isFalse();
    assertThat(plain.hasDebugInfo()).isTrue();
    assertThat(stripped.isStripped()).isTrue();
    assertThat(stripped.hasDebugInfo()).isFalse();
    assertThat(stripped.goos()).contains(GoOs.DARWIN);
    assertThat(stripped.setting("-ldflags")).isEmpty();
  }

  @Test
  void shouldReadBinLsAsNonGoElf() {
    Path ls = Path.of("/bin/ls");
    TestBinaries.requireTool(Files.isRegularFile(ls), "/bin/ls (coreutils)");

    GoBinary b = GoBinary.read(ls);

    assertThat(b.format()).isEqualTo(BinaryFormat.ELF);
    assertThat(b.isGo()).isFalse();
    assertThat(b.goVersion()).isEmpty();
    assertThat(b.buildInfo()).isEmpty();
    assertThat(b.buildInfoProblem()).isEmpty();
    assertThat(b.buildId()).isEmpty();
    assertThat(b.goos()).contains(GoOs.LINUX);
    assertThat(b.isDynamicallyLinked()).isTrue();
    assertThat(b.neededLibraries()).contains("libc.so.6");
    assertThat(b.requiredGlibc()).contains(ReadElf.highestGlibc(ls));
    assertThat(b.toString()).endsWith(", not Go");
  }

  @Test
  void shouldDescribeOnOneLineAndInDetail() {
    GoBinary b = Fixtures.read(Fixtures.LINUX_ARM64);

    assertThat(b.toString())
        .isEqualTo(
            "hello-linux-arm64: ELF 64-bit LSB linux/arm64, statically"
                + " linked, not stripped, with DWARF, Go "
                + RealTools.goVersion());
    assertThat(b.describe())
        .startsWith(b.path() + " (" + b.fileSize() + " bytes)\n")
        .contains("  format:    ELF 64-bit LSB, ARM aarch64\n")
        .contains("  target:    linux/arm64/v8.0\n")
        .contains("  linking:   static\n")
        .contains("  build:     CGO_ENABLED=0\n");
  }

  @Test
  void shouldRejectMissingFileNamingIt() {
    Path missing = Path.of("target/no-such-binary");

    assertThatThrownBy(() -> GoBinary.read(missing))
        .isInstanceOf(InvalidBinaryException.class)
        .hasMessage("target/no-such-binary: no such file")
        .satisfies(e -> assertThat(((InvalidBinaryException) e).file()).isEqualTo(missing));
  }

  @Test
  void shouldRejectEmptyAndTextFiles() throws Exception {
    Path dir = Files.createDirectories(Path.of("target/bad-binaries"));
    Path empty = Files.write(dir.resolve("empty"), new byte[0]);
    Path text = Files.writeString(dir.resolve("script.sh"), "#!/bin/sh\necho hi\n");

    assertThatThrownBy(() -> GoBinary.read(empty))
        .isInstanceOf(InvalidBinaryException.class)
        .hasMessage(empty + ": the file is empty");
    assertThatThrownBy(() -> GoBinary.read(text))
        .isInstanceOf(InvalidBinaryException.class)
        .hasMessage(
            text
                + ": not an executable: it starts with the text line \"#!/bin/sh\""
                + " (expected ELF, PE, Mach-O, XCOFF, WebAssembly or Plan 9 a.out)");
  }

  @Test
  void shouldRejectTruncatedBinary() throws Exception {
    byte[] full = Files.readAllBytes(Fixtures.path(Fixtures.LINUX_ARM64));
    Path dir = Files.createDirectories(Path.of("target/bad-binaries"));
    Path cut =
        Files.write(dir.resolve("truncated"), java.util.Arrays.copyOf(full, full.length / 2));

    assertThatThrownBy(() -> GoBinary.read(cut))
        .isInstanceOf(InvalidBinaryException.class)
        .hasMessageMatching(
            java.util.regex.Pattern.quote(cut.toString())
                + ": ELF section \\d+ \\(offset \\d+, \\d+ bytes\\) lies past the end of the file \\("
                + full.length / 2
                + " bytes\\)");
  }

  private static long sizeOf(Path p) {
    try {
      return Files.size(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
