package io.github.gocrossbuild.binary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.InvalidBinaryException;
import io.github.gocrossbuild.testing.RealTools;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests for {@link GoBinary} on hand-made files: the pre-1.18 build-info format, a damaged blob,
 * fat Mach-O, and hostile header fields.
 */
class GoBinaryCraftedTest {
  private static final long BASE = 0x10000;

  /** An ELF64 with one RW PT_LOAD at file offset 0x100 holding an old-format build-info blob. */
  private static byte[] oldFormatElf(long versionPointer) {
    ByteBuffer b = ByteBuffer.allocate(0x400).order(ByteOrder.LITTLE_ENDIAN);
    b.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0});
    b.putShort(16, (short) 2)
        .putShort(18, (short) 62)
        .putInt(20, 1)
        .putLong(32, 64)
        .putShort(52, (short) 64)
        .putShort(54, (short) 56)
        .putShort(56, (short) 1);
    b.putInt(64, 1)
        .putInt(68, 6)
        .putLong(72, 0x100)
        .putLong(80, BASE)
        .putLong(88, BASE)
        .putLong(96, 0x300)
        .putLong(104, 0x300);
    b.position(0x100)
        .put("\u00ff Go buildinf:".getBytes(StandardCharsets.ISO_8859_1))
        .put((byte) 8)
        .put((byte) 0);
    b.putLong(0x110, versionPointer).putLong(0x118, BASE + 0x50);
    b.putLong(0x140, BASE + 0x80).putLong(0x148, 8);
    byte[] mod =
        ("0123456789abcdef"
                + "path\texample.com/old\nmod\texample.com/old\t(devel)\t\n"
                + "build\tGOOS=linux\n"
                + "fedcba9876543210")
            .getBytes(StandardCharsets.UTF_8);
    b.putLong(0x150, BASE + 0xa0).putLong(0x158, mod.length);
    b.position(0x180).put("go1.17.3".getBytes(StandardCharsets.US_ASCII));
    b.position(0x1a0).put(mod);
    return b.array();
  }

  private static Path write(String name, byte[] data) throws Exception {
    Path dir = Files.createDirectories(Path.of("target/crafted"));
    return Files.write(dir.resolve(name), data);
  }

  @Test
  void shouldDecodePointerFormatOfGoBefore118() throws Exception {
    GoBinary b = GoBinary.read(write("old-format", oldFormatElf(BASE + 0x40)));

    assertThat(b.isGo()).isTrue();
    assertThat(b.goVersion()).contains("go1.17.3");
    assertThat(b.buildInfo().orElseThrow().path()).isEqualTo("example.com/old");
    assertThat(b.buildInfo().orElseThrow().settings())
        .containsExactly(org.assertj.core.api.Assertions.entry("GOOS", "linux"));
    assertThat(b.goos()).contains(GoOs.LINUX);
    assertThat(b.goarch()).contains(GoArch.AMD64);
    assertThat(b.isStaticallyLinked()).isTrue();
    assertThat(b.isStripped()).isTrue();
  }

  @Test
  void shouldStillCallGoBinaryGoWhenBlobIsDamaged() throws Exception {
    GoBinary b = GoBinary.read(write("damaged-blob", oldFormatElf(0xdead0000L)));

    assertThat(b.isGo()).isTrue();
    assertThat(b.goVersion()).contains("go1.17.3");
    assertThat(b.buildInfo()).isEmpty();
    assertThat(b.buildInfoProblem()).contains("the build-info blob holds no Go version");
    assertThat(b.toString()).endsWith("Go go1.17.3");
  }

  @Test
  void shouldReportEachSliceOfFatMachO() throws Exception {
    Path fat =
        FatMachO.create(
            Path.of("target/crafted/hello-universal"),
            List.of(Fixtures.path(Fixtures.CROSS.get(13)), Fixtures.path(Fixtures.CROSS.get(14))));

    GoBinary b = GoBinary.read(fat);

    assertThat(b.format()).isEqualTo(BinaryFormat.MACH_O_FAT);
    assertThat(b.goos()).contains(GoOs.DARWIN);
    assertThat(b.goarch()).isEmpty();
    assertThat(b.slices())
        .extracting(s -> s.goarch().orElseThrow())
        .containsExactly(GoArch.AMD64, GoArch.ARM64);
    assertThat(b.slices())
        .allSatisfy(
            s -> {
              assertThat(s.format()).isEqualTo(BinaryFormat.MACH_O);
              assertThat(s.setting("GOARCH")).isEqualTo(s.goarch().map(GoArch::goName));
            });
    assertThat(b.goVersion()).contains(RealTools.goVersion());
    assertThat(b.setting("GOARCH")).contains("amd64");
    assertThat(b.toString())
        .isEqualTo(
            "hello-universal: Mach-O universal 64-bit MSB"
                + " darwin/unknown-arch [darwin/amd64, darwin/arm64], dynamically linked, PIE, not stripped,"
                + " with DWARF, Go "
                + RealTools.goVersion());
  }

  @Test
  void shouldRejectSectionTableNearTwoToThe63() throws Exception {
    byte[] elf = oldFormatElf(BASE + 0x40);
    ByteBuffer.wrap(elf)
        .order(ByteOrder.LITTLE_ENDIAN)
        .putLong(40, Long.MAX_VALUE - 7)
        .putShort(58, (short) 64)
        .putShort(60, (short) 0xffff);
    Path file = write("huge-shoff", elf);

    assertThatThrownBy(() -> GoBinary.read(file))
        .isInstanceOf(InvalidBinaryException.class)
        .hasMessage(
            file
                + ": ELF section header table (offset 9223372036854775800, 4194240 bytes)"
                + " lies outside the file (1024 bytes)");
  }

  @Test
  void shouldRejectMachOLoadCommandLoopAndMillionsOfCommands() throws Exception {
    ByteBuffer m = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
    m.putInt(0, 0xfeedfacf).putInt(4, 0x0100000C).putInt(12, 2).putInt(16, 2).putInt(20, 16);
    m.putInt(32, 0x19).putInt(36, 0);
    Path loop = write("macho-loop", m.array());
    m.putInt(16, 5_000_000);
    Path millions = write("macho-millions", m.array());

    assertThatThrownBy(() -> GoBinary.read(loop))
        .isInstanceOf(InvalidBinaryException.class)
        .hasMessage(loop + ": Mach-O load command 0 has invalid size 0");
    assertThatThrownBy(() -> GoBinary.read(millions))
        .isInstanceOf(InvalidBinaryException.class)
        .hasMessage(millions + ": Mach-O header claims 5000000 load commands in 16 bytes");
  }

  @Test
  void shouldRejectFatHeaderWithMillionsOfSlicesAndPeWithoutSignature() throws Exception {
    ByteBuffer fat = ByteBuffer.allocate(128).putInt(0xCAFEBABE).putInt(1_000_000);
    Path fatFile = write("fat-millions", fat.array());
    ByteBuffer pe = ByteBuffer.allocate(128).order(ByteOrder.LITTLE_ENDIAN);
    pe.put((byte) 'M').put((byte) 'Z').putInt(0x3c, 0x7ffffff0);
    Path peFile = write("pe-far-header", pe.array());

    assertThatThrownBy(() -> GoBinary.read(fatFile))
        .isInstanceOf(InvalidBinaryException.class)
        .hasMessage(
            fatFile
                + ": fat Mach-O header claims 1000000 architectures (a Java class file"
                + " has this magic too)");
    assertThatThrownBy(() -> GoBinary.read(peFile))
        .isInstanceOf(InvalidBinaryException.class)
        .hasMessage(
            peFile
                + ": PE signature (offset 2147483632, 4 bytes) lies outside the file"
                + " (128 bytes)");
  }

  /**
   * ios/arm64 cannot be linked here (Go requires external linking for ios, even with cgo off), so
   * the real darwin/arm64 fixture is given the platform of an iOS build: LC_BUILD_VERSION 2.
   */
  @Test
  void shouldTakeIosFromBuildVersionLoadCommandElseFromBuildInfo() throws Exception {
    byte[] data = Files.readAllBytes(Fixtures.path(Fixtures.CROSS.get(14)));
    ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    int buildVersion = -1;
    for (int i = 0, off = 32; i < b.getInt(16); i++, off += b.getInt(off + 4)) {
      if (b.getInt(off) == 0x32) {
        buildVersion = off;
      }
    }
    assertThat(buildVersion).as("LC_BUILD_VERSION of the darwin fixture").isPositive();
    b.putInt(buildVersion + 8, 2);

    GoBinary ios = GoBinary.read(write("hello-ios-arm64", data));
    b.putInt(buildVersion, 0x7fff_fff0); // an unknown load command: the file no longer says
    GoBinary unsaid = GoBinary.read(write("hello-no-platform-arm64", data));

    assertThat(ios.goos()).contains(GoOs.IOS);
    assertThat(ios.goarch()).contains(GoArch.ARM64);
    assertThat(ios.format()).isEqualTo(BinaryFormat.MACH_O);
    assertThat(unsaid.goos()).contains(GoOs.DARWIN);
    assertThat(unsaid.setting("GOOS")).contains("darwin");
  }
}
