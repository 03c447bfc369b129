package io.github.gocrossbuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.internal.Platforms;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests for {@link GoArch}: one table of aliases, and every path that maps names agrees. */
class GoArchTest {

  @ParameterizedTest
  @CsvSource({
    "aarch64, linux/arm64",
    "armv8, linux/arm64",
    "arm64v8, linux/arm64",
    "x86_64, linux/amd64",
    "x86-64, linux/amd64",
    "x64, linux/amd64",
    "i386, linux/386",
    "i486, linux/386",
    "i586, linux/386",
    "i686, linux/386",
    "x86, linux/386",
    "armv7, linux/arm/v7",
    "armv7l, linux/arm/v7",
    "armv8l, linux/arm/v7",
    "armhf, linux/arm/v7",
    "armv6, linux/arm/v6",
    "armv6l, linux/arm/v6",
    "armv5, linux/arm/v5",
    "armv5tel, linux/arm/v5",
    "armel, linux/arm/v5",
    "loongarch64, linux/loong64",
    "mipsel, linux/mipsle",
    "mips64el, linux/mips64le",
    "ppc64el, linux/ppc64le",
    "powerpc64le, linux/ppc64le",
    "riscv, linux/riscv64"
  })
  void shouldMapEachAliasTheSameWayInEveryPath(String alias, String platform) {
    Target expected = Target.parse(platform);
    GoArch.Alias a = GoArch.fromAlias(alias).orElseThrow();
    assertThat(a.arch()).isEqualTo(expected.goarch());
    assertThat(a.variant()).isEqualTo(expected.variant());
    assertThat(a.arch().aliases()).contains(a);
    assertThat(GoArch.fromName(alias.toUpperCase())).contains(expected.goarch());
    assertThatThrownBy(() -> Target.parse("linux/" + alias))
        .isInstanceOfSatisfying(
            InvalidTargetException.class, e -> assertThat(e.suggestion()).contains(platform));
    withOsArch(alias, () -> assertThat(GoArch.current()).contains(expected.goarch()));
  }

  @Test
  void shouldListEveryAliasInTheTableAbove() {
    List<String> all = new ArrayList<>();
    for (GoArch arch : GoArch.values()) {
      arch.aliases().forEach(a -> all.add(a.spelling()));
    }
    assertThat(all).hasSize(26).doesNotHaveDuplicates();
    for (GoArch arch : GoArch.values()) {
      assertThat(GoArch.fromAlias(arch.goName())).as(arch.goName()).isEmpty();
      assertThat(GoArch.fromName(arch.goName())).contains(arch);
    }
  }

  @Test
  void shouldWordTheImpliedVariantWithTheArchitecturesVariable() {
    assertThatThrownBy(() -> Target.parse("linux/armv8l"))
        .hasMessage(
            "Unknown GOARCH \"armv8l\" in target \"linux/armv8l\": Go calls this architecture"
                + " \"arm\" with GOARM=7. Use \"linux/arm/v7\".");
  }

  @Test
  void shouldMapTheJvmsOsArch() {
    withOsArch("amd64", () -> assertThat(GoArch.current()).contains(GoArch.AMD64));
    withOsArch("arm", () -> assertThat(GoArch.current()).contains(GoArch.ARM));
    withOsArch("aarch64", () -> assertThat(GoArch.current()).contains(GoArch.ARM64));
    withOsArch("sparcv9", () -> assertThat(GoArch.current()).isEmpty());
    withOsArch("aarch64_be", () -> assertThat(GoArch.current()).isEmpty());
  }

  @Test
  void shouldCarryTheVariantVariableAndItsDefault() {
    assertThat(GoArch.ARM.variantVariable()).contains("GOARM");
    assertThat(GoArch.ARM.variantDefault()).contains("7,hardfloat");
    assertThat(GoArch.MIPSLE.variantVariable()).contains("GOMIPS");
    assertThat(GoArch.WASM.variantDefault()).contains("");
    assertThat(GoArch.S390X.variantDefault()).isEmpty();
    assertThat(GoArch.LOONG64.variantVariable()).isEmpty();
  }

  @Test
  void shouldMapOsAliases() {
    assertThat(GoOs.fromName("SunOS")).contains(GoOs.SOLARIS);
    assertThat(GoOs.fromName("Linux")).contains(GoOs.LINUX);
    assertThat(GoOs.fromAlias("macos")).contains(GoOs.DARWIN);
    assertThat(GoOs.fromAlias("darwin")).isEmpty();
    assertThat(GoOs.WINDOWS.aliases()).containsExactly("win", "win32", "win64");
  }

  @Test
  void shouldOnlyAliasArchitecturesLinuxBuilds() {
    for (GoArch arch : GoArch.values()) {
      if (!arch.aliases().isEmpty()) {
        assertThat(Platforms.isSupported(GoOs.LINUX, arch)).as(arch.goName()).isTrue();
      }
    }
    assertThat(GoArch.fromAlias("nope")).isEqualTo(Optional.empty());
  }

  /** Runs a check with another {@code os.arch}; nothing else in the suite reads it concurrently. */
  private static void withOsArch(String value, Runnable check) {
    String saved = System.getProperty("os.arch");
    System.setProperty("os.arch", value);
    try {
      check.run();
    } finally {
      System.setProperty("os.arch", saved);
    }
  }
}
