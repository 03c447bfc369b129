package io.github.gocrossbuild.binary;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.binary.TestBinaries.Fixture;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

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
    assertThat(id.find()).as(desc).isTrue();
    assertThat(b.buildId()).as(desc).contains(id.group(1));
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
