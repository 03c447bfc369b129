package io.github.gocrossbuild.binary;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.GoVersion;
import io.github.gocrossbuild.binary.TestBinaries.Fixture;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests for {@link GoBinary} against {@code file(1)}: on every binary the tests build, the reader
 * and {@code file} agree on format, bits, byte order, architecture, OS where file names it,
 * linking, interpreter, stripping, DWARF and the Go build ID.
 */
class FileCommandTest {
  private static final Path FILE = Path.of("/usr/bin/file");
  private static final Map<String, GoArch> ELF_ARCH =
      Map.of(
          "x86-64",
          GoArch.AMD64,
          "ARM aarch64",
          GoArch.ARM64,
          "ARM, EABI5",
          GoArch.ARM,
          "Intel 80386",
          GoArch.I386,
          "UCB RISC-V",
          GoArch.RISCV64,
          "IBM S/390",
          GoArch.S390X,
          "64-bit PowerPC",
          GoArch.PPC64LE,
          "MIPS",
          GoArch.MIPS64LE,
          "LoongArch",
          GoArch.LOONG64);
  private static final Map<String, GoArch> PE_ARCH =
      Map.of("x86-64", GoArch.AMD64, "Aarch64", GoArch.ARM64, "Intel 80386", GoArch.I386);
  private static final Pattern BUILD_ID = Pattern.compile("Go BuildID=([^,\\s]+)");

  /**
   * The machine's name in file's description: after the ELF type, the PE subsystem, Mach-O bits.
   */
  private static final Pattern MACHINE =
      Pattern.compile(
          "^(?:ELF \\d+-bit [LM]SB [a-z -]+, ([^,]+),"
              + "|PE32\\+? executable \\([^)]*\\) ([^,]+), for MS Windows"
              + "|Mach-O 64-bit (\\S+) )");

  /** Every architecture Go 1.23 builds for Linux, Windows and macOS that the fixtures lack. */
  private static final List<Fixture> MORE_ARCHES =
      List.of(
          TestBinaries.cross("linux", "ppc64"),
          TestBinaries.cross("linux", "mips"),
          TestBinaries.cross("linux", "mipsle"),
          TestBinaries.cross("linux", "mips64"),
          TestBinaries.cross("windows", "arm"));

  @TempDir Path tmp;

  @Test
  void shouldAgreeWithFileOnEveryBuiltBinary() {
    TestBinaries.requireTool(Files.isExecutable(FILE), "file (Debian package file)");
    List<Fixture> all = new ArrayList<>(Fixtures.CROSS);
    all.addAll(
        List.of(
            Fixtures.NATIVE_CGO,
            Fixtures.NATIVE_NETGO,
            Fixtures.STRIP_NONE,
            Fixtures.STRIP_S_W,
            Fixtures.STRIP_W,
            Fixtures.STRIP_S_W0));
    TestBinaries.prebuild(all);
    for (Fixture f : all) {
      Path path = Fixtures.path(f);
      String desc =
          TestBinaries.run(FILE, List.of(FILE.toString(), "-b", path.toString()), Map.of()).strip();
      GoBinary b = GoBinary.read(path);
      if (desc.startsWith("ELF")) {
        elf(b, desc);
      } else if (desc.startsWith("PE32")) {
        assertThat(b.format()).as(desc).isEqualTo(BinaryFormat.PE);
        assertThat(b.bits()).as(desc).isEqualTo(desc.startsWith("PE32+") ? 64 : 32);
        assertThat(b.goos()).as(desc).contains(GoOs.WINDOWS);
        assertThat(b.goarch()).as(desc).contains(archNamed(PE_ARCH, desc));
      } else {
        assertThat(desc).startsWith("Mach-O 64-bit");
        assertThat(b.format()).as(desc).isEqualTo(BinaryFormat.MACH_O);
        assertThat(b.bits()).isEqualTo(64);
        assertThat(b.goarch())
            .as(desc)
            .contains(desc.contains(" arm64 ") ? GoArch.ARM64 : GoArch.AMD64);
        assertThat(b.isPie()).as(desc).isEqualTo(desc.contains("PIE"));
        assertThat(b.isStaticallyLinked()).as(desc).isFalse();
      }
    }
  }

  @Test
  void shouldNameTheMachineAsFileDoesOnEveryBuiltBinary() {
    TestBinaries.requireTool(Files.isExecutable(FILE), "file (Debian package file)");
    List<Fixture> all = new ArrayList<>(Fixtures.CROSS);
    all.addAll(MORE_ARCHES);
    all.add(Fixtures.NATIVE_CGO);
    TestBinaries.prebuild(all);
    List<String> names = new ArrayList<>();
    for (Fixture f : all) {
      Path path = Fixtures.path(f);
      String desc = file(path);
      assertThat(GoBinary.read(path).machine()).as(desc).isEqualTo(machineNamedBy(desc));
      names.add(GoBinary.read(path).machine());
    }
    assertThat(names)
        .contains(
            "x86-64",
            "ARM aarch64",
            "ARM",
            "Intel 80386",
            "UCB RISC-V",
            "IBM S/390",
            "64-bit PowerPC or cisco 7500",
            "MIPS",
            "LoongArch",
            "Aarch64",
            "ARMv7 Thumb",
            "arm64",
            "x86_64");
  }

  @Test
  void shouldNameMachinesGoDoesNotBuildAsFileDoes() throws IOException {
    TestBinaries.requireTool(Files.isExecutable(FILE), "file (Debian package file)");
    Path elf64 = Fixtures.path(Fixtures.LINUX_AMD64);
    Path elf32 = Fixtures.path(TestBinaries.cross("linux", "386"));
    Path pe = Fixtures.path(TestBinaries.cross("windows", "amd64"));
    Path macho = Fixtures.path(TestBinaries.cross("darwin", "amd64"));
    int peMachine =
        ByteBuffer.wrap(Files.readAllBytes(pe), 0x3c, 4).order(ByteOrder.LITTLE_ENDIAN).getInt()
            + 4;
    Map<String, String> expected = new LinkedHashMap<>();
    for (int m : new int[] {2, 4, 10, 15, 18, 20, 42, 43, 50, 4242}) {
      expected.put(
          patched(elf64, 18, (short) m, "elf64-" + m), m == 4242 ? "ELF machine 4242" : null);
      expected.put(
          patched(elf32, 18, (short) m, "elf32-" + m), m == 4242 ? "ELF machine 4242" : null);
    }
    for (int m : new int[] {0x1C0, 0x1C2, 0x5032, 0x5064, 0x200, 0x1234}) {
      expected.put(
          patched(pe, peMachine, (short) m, "pe-" + m), m == 0x1234 ? "PE machine 0x1234" : null);
    }
    for (int m : new int[] {7, 12, 18, 0x01000012, 0x63}) {
      expected.put(patchedMachO(macho, m), m == 0x63 ? "Mach-O cputype 0x63" : null);
    }
    for (Map.Entry<String, String> e : expected.entrySet()) {
      Path path = Path.of(e.getKey());
      String desc = file(path);
      String want = e.getValue() != null ? e.getValue() : machineNamedBy(desc);
      assertThat(GoBinary.read(path).machine()).as(desc).isEqualTo(want);
    }
  }

  /** A copy of a real binary with one 16-bit header field changed. */
  private String patched(Path binary, int offset, short value, String name) throws IOException {
    byte[] bytes = Files.readAllBytes(binary);
    ByteOrder order =
        bytes[5] == 2 && bytes[0] == 0x7f ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    ByteBuffer.wrap(bytes).order(order).putShort(offset, value);
    return Files.write(tmp.resolve(name), bytes).toString();
  }

  /** A copy of a real Mach-O with another CPU type (and its "all" subtype, which file names). */
  private String patchedMachO(Path binary, int cputype) throws IOException {
    byte[] bytes = Files.readAllBytes(binary);
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(4, cputype).putInt(8, (cputype & 0xff) == 7 ? 3 : 0);
    return Files.write(tmp.resolve("macho-" + cputype), bytes).toString();
  }

  private static String file(Path path) {
    return TestBinaries.run(FILE, List.of(FILE.toString(), "-b", path.toString()), Map.of())
        .strip();
  }

  private static String machineNamedBy(String desc) {
    Matcher m = MACHINE.matcher(desc);
    assertThat(m.find()).as("file names no machine in: %s", desc).isTrue();
    return m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
  }

  private static void elf(GoBinary b, String desc) {
    assertThat(b.format()).as(desc).isEqualTo(BinaryFormat.ELF);
    assertThat(b.bits()).as(desc).isEqualTo(desc.startsWith("ELF 64-bit") ? 64 : 32);
    assertThat(b.byteOrder())
        .as(desc)
        .isEqualTo(desc.contains(" MSB ") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    assertThat(b.goarch()).as(desc).contains(archNamed(ELF_ARCH, desc));
    assertThat(b.isPie()).as(desc).isEqualTo(desc.contains("pie executable"));
    assertThat(b.isStaticallyLinked()).as(desc).isEqualTo(desc.contains("statically linked"));
    Matcher interp = Pattern.compile("interpreter ([^,]+)").matcher(desc);
    assertThat(b.interpreter())
        .as(desc)
        .isEqualTo(interp.find() ? Optional.of(interp.group(1)) : Optional.empty());
    // file(1) calls a binary stripped only when it has neither .symtab nor DWARF; -s -w=0 keeps
    // DWARF, so file says "not stripped" where the reader says "no symbol table".
    assertThat(b.isStripped() && !b.hasDebugInfo()).as(desc).isEqualTo(desc.endsWith(", stripped"));
    assertThat(b.hasDebugInfo()).as(desc).isEqualTo(desc.contains("with debug_info"));
    Matcher id = BUILD_ID.matcher(desc);
    if (id.find()) {
      assertThat(b.buildId()).as(desc).contains(id.group(1));
    } else {
      // Go 1.24 adds a GNU build ID note, which file(1) shows instead of the Go one.
      assertThat(desc).contains("BuildID[sha1]=");
      assertThat(GoVersion.parse(b.goVersion().orElseThrow()))
          .isGreaterThanOrEqualTo(GoVersion.parse("go1.24"));
    }
    if (desc.contains("(FreeBSD)")) {
      assertThat(b.goos()).contains(GoOs.FREEBSD);
    }
    if (desc.contains("/system/bin/linker64")) {
      assertThat(b.goos()).contains(GoOs.ANDROID);
    }
  }

  private static GoArch archNamed(Map<String, GoArch> names, String desc) {
    return names.entrySet().stream()
        .filter(
            e ->
                desc.contains(", " + e.getKey() + ",")
                    || desc.contains(") " + e.getKey() + ",")
                    || desc.contains(", " + e.getKey() + " "))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no known architecture in: " + desc));
  }
}
