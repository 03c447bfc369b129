package io.github.gocrossbuild.internal.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.VerificationException;
import io.github.gocrossbuild.VerificationProblem;
import io.github.gocrossbuild.VerifiedProperty;
import io.github.gocrossbuild.binary.BinaryFormat;
import io.github.gocrossbuild.binary.Fixtures;
import io.github.gocrossbuild.binary.GoBinary;
import io.github.gocrossbuild.binary.GoBuildInfo;
import io.github.gocrossbuild.testing.RealTools;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests for {@link ArtifactVerifier}. */
class ArtifactVerifierTest {

  private static Expectation noCgo(String target) {
    return Expectation.builder()
        .target(Target.parse(target))
        .cgoEnabled(false)
        .trimpath(true)
        .build();
  }

  @Test
  void shouldAcceptEachCrossBuildForItsOwnTarget() {
    List<String> targets =
        List.of(
            "linux/amd64",
            "linux/arm64",
            "linux/arm/v6",
            "linux/arm/v7",
            "linux/386",
            "linux/riscv64",
            "linux/s390x",
            "linux/ppc64le",
            "linux/mips64le",
            "linux/loong64",
            "windows/amd64",
            "windows/arm64",
            "windows/386",
            "darwin/amd64",
            "darwin/arm64",
            "freebsd/amd64",
            "android/arm64");
    Fixtures.prebuildAll();
    for (int i = 0; i < targets.size(); i++) {
      GoBinary binary = Fixtures.read(Fixtures.CROSS.get(i));

      assertThat(ArtifactVerifier.verify(binary, noCgo(targets.get(i))))
          .as("problems of %s", binary)
          .isEmpty();
    }
  }

  @Test
  void shouldCatchAmd64ArtifactPresentedAsArm64() {
    GoBinary amd64 = Fixtures.read(Fixtures.LINUX_AMD64);

    List<VerificationProblem> problems = ArtifactVerifier.verify(amd64, noCgo("linux/arm64"));
    VerificationException e =
        new VerificationException(Path.of("bin/app-linux-arm64"), amd64, problems);

    assertThat(problems)
        .extracting(Object::toString)
        .containsExactly(
            "GOARCH: expected arm64, found amd64",
            "build setting GOARCH: expected arm64, found amd64");
    assertThat(e.getMessage())
        .isEqualTo(
            "bin/app-linux-arm64 is not the artifact that was asked"
                + " for: GOARCH: expected arm64, found amd64; build setting GOARCH: expected arm64, found"
                + " amd64. The file is ELF 64-bit LSB linux/amd64, statically linked,"
                + " not stripped, with DWARF, Go "
                + RealTools.goVersion()
                + ".");
  }

  @Test
  void shouldCatchWrongVariantCgoTrimpathAndStrip() {
    GoBinary v6 = Fixtures.read(Fixtures.LINUX_ARM_V6);
    Expectation asked =
        Expectation.builder()
            .target(Target.parse("linux/arm/v7"))
            .cgoEnabled(true)
            .trimpath(false)
            .stripped(true)
            .build();

    assertThat(ArtifactVerifier.verify(v6, asked))
        .extracting(Object::toString)
        .containsExactly(
            "GOARM: expected 7, found 6",
            "build setting CGO_ENABLED: expected 1, found 0",
            "-trimpath: expected false, found true",
            "symbols: expected stripped (-s), found symbol table present",
            "DWARF: expected none (-w), found debug sections present");
  }

  @Test
  void shouldAcceptDefaultGoarmRecordedWithFloatSuffix() {
    GoBinary b = synthetic(GoOs.LINUX, GoArch.ARM, 32, "GOARM", "7,hardfloat");

    assertThat(ArtifactVerifier.verify(b, Expectation.of(Target.parse("linux/arm/v7")))).isEmpty();
  }

  @Test
  void shouldAcceptStrippedBuildWhenStripWasRequested() {
    GoBinary sw = Fixtures.read(Fixtures.STRIP_S_W);
    Expectation asked =
        Expectation.builder()
            .target(Target.parse("linux/arm64"))
            .cgoEnabled(false)
            .stripped(true)
            .build();

    assertThat(ArtifactVerifier.verify(sw, asked)).isEmpty();
  }

  @Test
  void shouldFlagDynamicLinuxBinaryWhenCgoWasOff() {
    GoBinary cgo = Fixtures.read(Fixtures.NATIVE_CGO);
    Expectation asked =
        Expectation.builder().target(Target.parse("linux/amd64")).cgoEnabled(false).build();

    assertThat(ArtifactVerifier.verify(cgo, asked))
        .extracting(Object::toString)
        .containsExactly(
            "build setting CGO_ENABLED: expected 0, found 1",
            "linking: expected static (CGO_ENABLED=0), found dynamically linked via"
                + " /lib64/ld-linux-x86-64.so.2 against libc.so.6");
  }

  @Test
  void shouldNotFlagDarwinWindowsOrAndroidLinking() {
    assertThat(
            ArtifactVerifier.verify(Fixtures.read(Fixtures.CROSS.get(14)), noCgo("darwin/arm64")))
        .isEmpty();
    assertThat(
            ArtifactVerifier.verify(Fixtures.read(Fixtures.CROSS.get(10)), noCgo("windows/amd64")))
        .isEmpty();
    assertThat(
            ArtifactVerifier.verify(Fixtures.read(Fixtures.CROSS.get(16)), noCgo("android/arm64")))
        .isEmpty();
  }

  @Test
  void shouldFlagWrongFormatAndNonGoFiles() {
    GoBinary elf = Fixtures.read(Fixtures.LINUX_AMD64);
    GoBinary ls = GoBinary.read(Path.of("/bin/ls"));

    assertThat(ArtifactVerifier.verify(elf, noCgo("windows/amd64")))
        .extracting(Object::toString)
        .containsExactly(
            "format: expected PE, found ELF",
            "GOOS: expected windows, found linux",
            "build setting GOOS: expected windows, found linux");
    assertThat(ArtifactVerifier.verify(ls, Expectation.of(Target.parse("linux/amd64"))))
        .extracting(Object::toString)
        .containsExactly("Go: expected a Go executable, found no Go build info or build ID");
  }

  @Test
  void shouldWarnAboutGlibcOfDynamicLinuxBinary() {
    GoBinary cgo = Fixtures.read(Fixtures.NATIVE_CGO);
    Expectation asked =
        Expectation.builder().target(Target.parse("linux/amd64")).cgoEnabled(true).build();

    assertThat(ArtifactVerifier.warnings(cgo, asked))
        .containsExactly(
            new BuildWarning(
                "proof.dynamic-glibc",
                cgo.path()
                    + ": dynamically linked via /lib64/ld-linux-x86-64.so.2 against libc.so.6;"
                    + " needs GLIBC_"
                    + cgo.requiredGlibc().orElseThrow()
                    + " or newer on the target."));
  }

  @Test
  void shouldWarnWhenCgoWasRequestedButBinaryIsStatic() {
    GoBinary netgo = Fixtures.read(Fixtures.NATIVE_NETGO);
    Expectation asked =
        Expectation.builder().target(Target.parse("linux/amd64")).cgoEnabled(true).build();

    assertThat(ArtifactVerifier.verify(netgo, asked)).isEmpty();
    assertThat(ArtifactVerifier.warnings(netgo, asked))
        .containsExactly(
            new BuildWarning(
                "proof.cgo-unused",
                netgo.path()
                    + ": cgo was enabled but the binary is statically linked: no linked package"
                    + " uses cgo (netgo/osusergo tags, or no net and os/user imports)."));
  }

  @Test
  void shouldMapTargetsToFormats() {
    assertThat(ArtifactVerifier.formatFor(Target.parse("windows/arm64")))
        .isEqualTo(BinaryFormat.PE);
    assertThat(ArtifactVerifier.formatFor(Target.parse("ios/arm64")))
        .isEqualTo(BinaryFormat.MACH_O);
    assertThat(ArtifactVerifier.formatFor(Target.parse("aix/ppc64"))).isEqualTo(BinaryFormat.XCOFF);
    assertThat(ArtifactVerifier.formatFor(Target.parse("wasip1/wasm")))
        .isEqualTo(BinaryFormat.WASM);
    assertThat(ArtifactVerifier.formatFor(Target.parse("linux/s390x"))).isEqualTo(BinaryFormat.ELF);
    assertThat(ArtifactVerifier.formatFor(Target.parse("plan9/amd64")))
        .isEqualTo(BinaryFormat.PLAN9);
  }

  @Test
  void shouldAcceptPlan9AixAndWasmBuildsForTheirTargets() {
    assertThat(ArtifactVerifier.verify(Fixtures.read(Fixtures.PLAN9_AMD64), noCgo("plan9/amd64")))
        .isEmpty();
    assertThat(ArtifactVerifier.verify(Fixtures.read(Fixtures.AIX_PPC64), noCgo("aix/ppc64")))
        .isEmpty();
    assertThat(ArtifactVerifier.verify(Fixtures.read(Fixtures.JS_WASM), noCgo("js/wasm")))
        .isEmpty();
    assertThat(ArtifactVerifier.verify(Fixtures.read(Fixtures.WASIP1_WASM), noCgo("wasip1/wasm")))
        .isEmpty();
  }

  @Test
  void shouldNotClaimElfForPlan9() {
    List<VerificationProblem> problems =
        ArtifactVerifier.verify(Fixtures.read(Fixtures.LINUX_AMD64), noCgo("plan9/amd64"));

    assertThat(problems)
        .extracting(Object::toString)
        .containsExactly(
            "format: expected Plan 9 a.out, found ELF",
            "GOOS: expected plan9, found linux",
            "build setting GOOS: expected plan9, found linux");
  }

  @Test
  void shouldRefuseExceptionWithoutProblems() {
    GoBinary b = synthetic(GoOs.LINUX, GoArch.ARM, 32, "GOARM", "7");

    assertThatThrownBy(() -> new VerificationException(Path.of("x"), b, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldCheckTheLoaderTheGlibcFloorAndStaticLinkingOfACgoArtifact() {
    GoBinary dynamic =
        GoBinary.builder()
            .from(synthetic(GoOs.LINUX, GoArch.ARM64, 64, "CGO_ENABLED", "1"))
            .isStaticallyLinked(false)
            .interpreter("/lib/ld-linux-armhf.so.3")
            .addNeededLibraries("libc.so.6")
            .requiredGlibc("2.34")
            .build();
    Expectation cgo =
        Expectation.builder()
            .target(Target.parse("linux/arm64"))
            .cgoEnabled(true)
            .interpreter("/lib/ld-linux-aarch64.so.1")
            .glibcAtMost("2.28")
            .staticLink(true)
            .build();

    assertThat(ArtifactVerifier.verify(dynamic, cgo))
        .containsExactly(
            VerificationProblem.of(
                VerifiedProperty.LINKING,
                "static (staticLink())",
                "dynamically linked via /lib/ld-linux-armhf.so.3 against libc.so.6"),
            VerificationProblem.of(
                VerifiedProperty.INTERPRETER,
                "/lib/ld-linux-aarch64.so.1",
                "/lib/ld-linux-armhf.so.3"),
            VerificationProblem.of(
                VerifiedProperty.GLIBC,
                "at most GLIBC_2.28 (glibcAtMost)",
                "needs GLIBC_2.34 (dynamically linked via /lib/ld-linux-armhf.so.3 against"
                    + " libc.so.6)"));
    assertThat(
            ArtifactVerifier.verify(
                dynamic,
                Expectation.builder()
                    .from(cgo)
                    .staticLink(false)
                    .interpreter("/lib/ld-linux-armhf.so.3")
                    .glibcAtMost("2.34")
                    .build()))
        .isEmpty();
  }

  private static GoBinary synthetic(GoOs os, GoArch arch, int bits, String key, String value) {
    return GoBinary.builder()
        .path(Path.of("synthetic"))
        .fileSize(1)
        .format(BinaryFormat.ELF)
        .goos(os)
        .goarch(arch)
        .machine("test")
        .bits(bits)
        .byteOrder(ByteOrder.LITTLE_ENDIAN)
        .isPie(false)
        .isStaticallyLinked(true)
        .isStripped(false)
        .hasDebugInfo(true)
        .isGo(true)
        .goVersion("go1.23.5")
        .buildInfo(
            GoBuildInfo.builder()
                .goVersion("go1.23.5")
                .putSettings("GOOS", os.goName())
                .putSettings("GOARCH", arch.goName())
                .putSettings(key, value)
                .build())
        .build();
  }
}
