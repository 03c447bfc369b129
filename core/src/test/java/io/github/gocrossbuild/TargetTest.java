package io.github.gocrossbuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.internal.Platforms;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests for {@link Target}. */
class TargetTest {

  @Test
  void shouldParsePlainPairs() {
    Target t = Target.parse("linux/arm64");
    assertThat(t.goos()).isEqualTo(GoOs.LINUX);
    assertThat(t.goarch()).isEqualTo(GoArch.ARM64);
    assertThat(t.variant()).isEmpty();
    assertThat(t.platform()).isEqualTo("linux/arm64");
    assertThat(t).isEqualTo(Target.of(GoOs.LINUX, GoArch.ARM64));
  }

  @ParameterizedTest
  @CsvSource({
    "linux/arm/v7, ARM, 7, GOARM, linux/arm/v7",
    "linux/arm/v6, ARM, 6, GOARM, linux/arm/v6",
    "linux/arm/7, ARM, 7, GOARM, linux/arm/v7",
    "linux/amd64/v3, AMD64, v3, GOAMD64, linux/amd64/v3",
    "linux/arm64/v8.2, ARM64, v8.2, GOARM64, linux/arm64/v8.2",
    "'linux/arm64/v9.5,lse,crypto', ARM64, 'v9.5,lse,crypto', GOARM64, 'linux/arm64/v9.5,lse,crypto'",
    "'linux/arm/v7,softfloat', ARM, '7,softfloat', GOARM, 'linux/arm/v7,softfloat'",
    "linux/386/softfloat, I386, softfloat, GO386, linux/386/softfloat",
    "linux/mipsle/softfloat, MIPSLE, softfloat, GOMIPS, linux/mipsle/softfloat",
    "linux/ppc64le/power9, PPC64LE, power9, GOPPC64, linux/ppc64le/power9",
    "linux/riscv64/rva22u64, RISCV64, rva22u64, GORISCV64, linux/riscv64/rva22u64"
  })
  void shouldParseVariants(String in, GoArch arch, String variant, String var, String platform) {
    Target t = Target.parse(in);
    assertThat(t.goarch()).isEqualTo(arch);
    assertThat(t.variant()).contains(variant);
    assertThat(t.variantVariable()).contains(var);
    assertThat(t.platform()).isEqualTo(platform);
    assertThat(Target.parse(t.platform())).isEqualTo(t);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "linux/aarch64|Unknown GOARCH \"aarch64\" in target \"linux/aarch64\": Go calls this architecture \"arm64\". Use \"linux/arm64\".|linux/arm64",
        "linux/armv8|Unknown GOARCH \"armv8\" in target \"linux/armv8\": Go calls this architecture \"arm64\". Use \"linux/arm64\".|linux/arm64",
        "linux/x86_64|Unknown GOARCH \"x86_64\" in target \"linux/x86_64\": Go calls this architecture \"amd64\". Use \"linux/amd64\".|linux/amd64",
        "windows/x64|Unknown GOARCH \"x64\" in target \"windows/x64\": Go calls this architecture \"amd64\". Use \"windows/amd64\".|windows/amd64",
        "linux/i386|Unknown GOARCH \"i386\" in target \"linux/i386\": Go calls this architecture \"386\". Use \"linux/386\".|linux/386",
        "linux/i686|Unknown GOARCH \"i686\" in target \"linux/i686\": Go calls this architecture \"386\". Use \"linux/386\".|linux/386",
        "windows/x86|Unknown GOARCH \"x86\" in target \"windows/x86\": Go calls this architecture \"386\". Use \"windows/386\".|windows/386",
        "linux/armv7l|Unknown GOARCH \"armv7l\" in target \"linux/armv7l\": Go calls this architecture \"arm\" with GOARM=7. Use \"linux/arm/v7\".|linux/arm/v7",
        "linux/armhf|Unknown GOARCH \"armhf\" in target \"linux/armhf\": Go calls this architecture \"arm\" with GOARM=7. Use \"linux/arm/v7\".|linux/arm/v7",
        "linux/armv6l|Unknown GOARCH \"armv6l\" in target \"linux/armv6l\": Go calls this architecture \"arm\" with GOARM=6. Use \"linux/arm/v6\".|linux/arm/v6",
        "macos/arm64|Unknown GOOS \"macos\" in target \"macos/arm64\": Go calls this operating system \"darwin\". Use \"darwin/arm64\".|darwin/arm64",
        "osx/amd64|Unknown GOOS \"osx\" in target \"osx/amd64\": Go calls this operating system \"darwin\". Use \"darwin/amd64\".|darwin/amd64",
        "win/amd64|Unknown GOOS \"win\" in target \"win/amd64\": Go calls this operating system \"windows\". Use \"windows/amd64\".|windows/amd64",
        "win32/386|Unknown GOOS \"win32\" in target \"win32/386\": Go calls this operating system \"windows\". Use \"windows/386\".|windows/386",
        "macos/aarch64|Unknown GOOS \"macos\" in target \"macos/aarch64\": Go calls this operating system \"darwin\". Unknown GOARCH \"aarch64\" in target \"macos/aarch64\": Go calls this architecture \"arm64\". Use \"darwin/arm64\".|darwin/arm64",
        "Linux/ARM64|Unknown GOOS \"Linux\" in target \"Linux/ARM64\": GOOS values are lower case. Unknown GOARCH \"ARM64\" in target \"Linux/ARM64\": GOARCH values are lower case. Use \"linux/arm64\".|linux/arm64"
      })
  void shouldRejectAliasesWithTheFix(String in, String message, String suggestion) {
    assertThatThrownBy(() -> Target.parse(in))
        .isInstanceOf(InvalidTargetException.class)
        .hasMessage(message)
        .satisfies(e -> assertThat(((InvalidTargetException) e).suggestion()).contains(suggestion))
        .satisfies(e -> assertThat(((InvalidTargetException) e).input()).isEqualTo(in));
  }

  @Test
  void shouldListValidArchesForAnUnsupportedPair() {
    assertThatThrownBy(() -> Target.parse("windows/s390x"))
        .isInstanceOf(InvalidTargetException.class)
        .hasMessage(
            "Unsupported target \"windows/s390x\": no Go release from 1.21 to 1.24 builds s390x for"
                + " windows."
                + " Valid GOARCH values for windows are 386, amd64, arm, arm64.");
    assertThatThrownBy(() -> Target.of(GoOs.DARWIN, GoArch.I386))
        .isInstanceOf(InvalidTargetException.class)
        .hasMessage(
            "Unsupported target \"darwin/386\": no Go release from 1.21 to 1.24 builds 386 for"
                + " darwin."
                + " Valid GOARCH values for darwin are amd64, arm64.");
  }

  @Test
  void shouldRejectUnknownNamesWithTheValidOnes() {
    assertThatThrownBy(() -> Target.parse("linux/sparc"))
        .isInstanceOf(InvalidTargetException.class)
        .hasMessage(
            "Unknown GOARCH \"sparc\" in target \"linux/sparc\": valid GOARCH values for"
                + " linux are 386, amd64, arm, arm64, loong64, mips, mipsle, mips64, mips64le, ppc64,"
                + " ppc64le, riscv64, s390x.");
    assertThatThrownBy(() -> Target.parse("beos/amd64"))
        .hasMessageStartingWith(
            "Unknown GOOS \"beos\" in target \"beos/amd64\": valid GOOS values"
                + " are aix, android, darwin,");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "linux|Invalid target \"linux\": expected GOOS/GOARCH or GOOS/GOARCH/VARIANT, for example linux/arm64, linux/arm/v7 or linux/amd64/v3.",
        "linux/|Invalid target \"linux/\": expected GOOS/GOARCH or GOOS/GOARCH/VARIANT, for example linux/arm64, linux/arm/v7 or linux/amd64/v3.",
        "linux/arm/v7/x|Invalid target \"linux/arm/v7/x\": expected GOOS/GOARCH or GOOS/GOARCH/VARIANT, for example linux/arm64, linux/arm/v7 or linux/amd64/v3."
      })
  void shouldRejectMalformedStrings(String in, String message) {
    assertThatThrownBy(() -> Target.parse(in))
        .isInstanceOf(InvalidTargetException.class)
        .hasMessage(message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "linux/arm/v8|Invalid variant \"v8\" in target \"linux/arm/v8\": GOARM must be 5, 6 or 7, optionally followed by ,softfloat or ,hardfloat (Go 1.23 silently accepts GOARM=8 and builds GOARM=7 code).",
        "linux/amd64/v5|Invalid variant \"v5\" in target \"linux/amd64/v5\": GOAMD64 must be v1, v2, v3 or v4 (Go 1.23 silently accepts other values and builds v1 code).",
        "linux/arm64/v8.10|Invalid variant \"v8.10\" in target \"linux/arm64/v8.10\": GOARM64 must be v8.0 to v8.9 or v9.0 to v9.5, optionally followed by ,lse and/or ,crypto.",
        "linux/arm64/v9.6|Invalid variant \"v9.6\" in target \"linux/arm64/v9.6\": GOARM64 must be v8.0 to v8.9 or v9.0 to v9.5, optionally followed by ,lse and/or ,crypto.",
        "'linux/arm64/v8.0,lse,lse'|Invalid variant \"v8.0,lse,lse\" in target \"linux/arm64/v8.0,lse,lse\": GOARM64 must be v8.0 to v8.9 or v9.0 to v9.5, optionally followed by ,lse and/or ,crypto.",
        "linux/386/387|Invalid variant \"387\" in target \"linux/386/387\": GO386 must be sse2 or softfloat.",
        "linux/s390x/z13|Invalid variant \"z13\" in target \"linux/s390x/z13\": s390x has no variants."
      })
  void shouldRejectInvalidVariants(String in, String message) {
    assertThatThrownBy(() -> Target.parse(in))
        .isInstanceOf(InvalidTargetException.class)
        .hasMessage(message);
  }

  @Test
  void shouldNormaliseArmVariantsInWithVariant() {
    Target t = Target.of(GoOs.LINUX, GoArch.ARM).withVariant("v6");
    assertThat(t.variant()).contains("6");
    assertThat(t.platform()).isEqualTo("linux/arm/v6");
    assertThat(t.withoutVariant()).isEqualTo(Target.of(GoOs.LINUX, GoArch.ARM));
  }

  @Test
  void shouldKnowFlagsAndSuffixes() {
    assertThat(Target.parse("linux/arm64").isFirstClass()).isTrue();
    assertThat(Target.parse("linux/riscv64").isFirstClass()).isFalse();
    assertThat(Target.parse("linux/ppc64").isCgoSupported()).isFalse();
    assertThat(Target.parse("linux/ppc64le").isCgoSupported()).isTrue();
    assertThat(Target.parse("windows/amd64").executableSuffix()).isEqualTo(".exe");
    assertThat(Target.parse("js/wasm").executableSuffix()).isEqualTo(".wasm");
    assertThat(Target.parse("wasip1/wasm").executableSuffix()).isEqualTo(".wasm");
    assertThat(Target.parse("linux/amd64").executableSuffix()).isEmpty();
  }

  /**
   * The static table is the union of what Go 1.21 to 1.24 list, so it holds every pair the real
   * toolchain lists, whichever of those it is; GoVersionsTest checks each release's own table.
   */
  @Test
  void shouldHoldEveryPairOfGoToolDistList() {
    Path go = GoToolchainFixture.go();
    List<String> fromGo = new ArrayList<>();
    try {
      Process p = new ProcessBuilder(go.toString(), "tool", "dist", "list").start();
      fromGo.addAll(new String(p.getInputStream().readAllBytes()).lines().toList());
      assertThat(p.waitFor()).isZero();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    List<String> ours = new ArrayList<>();
    for (GoOs os : GoOs.values()) {
      for (GoArch arch : Platforms.archesFor(os)) {
        ours.add(os.goName() + "/" + arch.goName());
      }
    }
    assertThat(ours).containsAll(fromGo).doesNotHaveDuplicates().hasSize(49);
    assertThat(Platforms.count()).isEqualTo(49);
    for (String pair : fromGo) {
      assertThat(Target.parse(pair).platform()).isEqualTo(pair);
    }
  }

  @Test
  void shouldSpellGoNames() {
    assertThat(GoArch.I386.goName()).isEqualTo("386");
    assertThat(GoArch.fromGoName("386")).contains(GoArch.I386);
    assertThat(GoArch.fromGoName("aarch64")).isEqualTo(Optional.empty());
    assertThat(GoOs.fromGoName("darwin")).contains(GoOs.DARWIN);
    assertThat(GoArch.ARM.variantVariable()).contains("GOARM");
    assertThat(GoArch.S390X.variantVariable()).isEmpty();
  }
}
