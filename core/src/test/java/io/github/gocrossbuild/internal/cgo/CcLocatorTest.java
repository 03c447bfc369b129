package io.github.gocrossbuild.internal.cgo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.BuildSpec;
import io.github.gocrossbuild.CgoToolchainException;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.GoQuotedFields;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests for {@link CcLocator}: the discovery order, with fake compilers (small shell scripts) in a
 * PATH of their own, since this machine has no musl cross gcc, zig or clang.
 */
class CcLocatorTest {
  private static final Target ARM64 = Target.parse("linux/arm64");

  @TempDir Path bin;

  private Path fake(String name) throws IOException {
    Path p = bin.resolve(name);
    Files.writeString(p, "#!/bin/sh\necho " + name + "\n");
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    return p;
  }

  private CcLocator locator(Set<Path> roots) {
    return new CcLocator(Map.of("PATH", bin.toString()), roots::contains);
  }

  private static BuildSpec.Builder spec() {
    return BuildSpec.builder().addTargets(ARM64).cgo(true);
  }

  @Test
  void shouldPreferTheTriplesGccOnPath() throws IOException {
    fake("aarch64-linux-gnu-gcc");
    fake("aarch64-linux-gnu-g++");
    fake("aarch64-linux-musl-gcc");
    fake("zig");

    CcChoice c = locator(Set.of()).locate(spec().build(), ARM64, false);

    assertThat(c.cc()).isEqualTo(bin.resolve("aarch64-linux-gnu-gcc").toString());
    assertThat(c.cxx()).contains(bin.resolve("aarch64-linux-gnu-g++").toString());
    assertThat(c.reason()).isEqualTo("aarch64-linux-gnu-gcc found on PATH");
    assertThat(c.musl()).isFalse();
  }

  @Test
  void shouldFindAMuslCrossGcc() throws IOException {
    fake("arm-linux-musleabihf-gcc");

    CcChoice c = locator(Set.of()).locate(spec().build(), Target.parse("linux/arm/v7"), false);

    assertThat(c.cc()).isEqualTo(bin.resolve("arm-linux-musleabihf-gcc").toString());
    assertThat(c.musl()).isTrue();
    assertThat(c.looked())
        .containsExactly(
            "cc(...) and env(\"CC\", ...): not set",
            "arm-linux-gnueabihf-gcc: not on PATH (" + bin + ")");
  }

  @Test
  void shouldUseZigCcWithZigsTriple() throws IOException {
    fake("zig");
    fake("clang");

    CcChoice c = locator(Set.of()).locate(spec().build(), Target.parse("linux/386"), false);

    String zig = bin.resolve("zig").toString();
    assertThat(c.cc()).isEqualTo(zig + " cc -target x86-linux-gnu");
    assertThat(c.cxx()).contains(zig + " c++ -target x86-linux-gnu");
    assertThat(c.reason()).isEqualTo("zig found on PATH (zig cc -target x86-linux-gnu)");
  }

  @Test
  void shouldUseClangOnlyWithALibraryRoot() throws IOException {
    fake("clang");
    Path root = Path.of("/usr/aarch64-linux-gnu");

    CcChoice c = locator(Set.of(root)).locate(spec().build(), ARM64, false);
    assertThat(c.cc()).isEqualTo(bin.resolve("clang") + " --target=aarch64-linux-gnu");
    assertThat(c.reason()).isEqualTo("clang found on PATH with the library root " + root);

    assertThatThrownBy(() -> locator(Set.of()).locate(spec().build(), ARM64, false))
        .isInstanceOfSatisfying(
            CgoToolchainException.class,
            e ->
                assertThat(e.placesLooked())
                    .last()
                    .isEqualTo(
                        "clang --target=aarch64-linux-gnu: no library root"
                            + " (/usr/aarch64-linux-gnu is missing)"));
  }

  @Test
  void shouldPassTheSysrootToClang() throws IOException {
    fake("clang");
    Path root = bin.resolve("root with space");

    CcChoice c = locator(Set.of(root)).locate(spec().sysroot(root).build(), ARM64, false);

    assertThat(c.cc())
        .isEqualTo(bin.resolve("clang") + " --target=aarch64-linux-gnu '--sysroot=" + root + "'");
    assertThat(GoQuotedFields.split(c.cc())).last().isEqualTo("--sysroot=" + root);
  }

  @Test
  void shouldPreferWhatTheCallerGave() throws IOException {
    fake("aarch64-linux-gnu-gcc");

    CcChoice given =
        locator(Set.of())
            .locate(spec().cc(Path.of("/opt/x/aarch64-linux-musl-gcc")).build(), ARM64, false);
    assertThat(given.cc()).isEqualTo("/opt/x/aarch64-linux-musl-gcc");
    assertThat(given.reason()).isEqualTo("set by cc(/opt/x/aarch64-linux-musl-gcc)");
    assertThat(given.musl()).isTrue();

    CcChoice env =
        locator(Set.of())
            .locate(spec().putEnv("CC", "zig cc -target aarch64-linux-musl").build(), ARM64, false);
    assertThat(env.cc()).isEqualTo("zig cc -target aarch64-linux-musl");
    assertThat(env.reason()).isEqualTo("CC set by env(\"CC\", ...)");
  }

  @Test
  void shouldListEveryPlaceLookedWhenNothingIsFound() {
    assertThatThrownBy(
            () -> locator(Set.of()).locate(spec().build(), Target.parse("linux/riscv64"), false))
        .isInstanceOfSatisfying(
            CgoToolchainException.class,
            e -> {
              String onPath = "not on PATH (" + bin + ")";
              assertThat(e.placesLooked())
                  .containsExactly(
                      "cc(...) and env(\"CC\", ...): not set",
                      "riscv64-linux-gnu-gcc: " + onPath,
                      "riscv64-linux-musl-gcc: " + onPath,
                      "zig: " + onPath,
                      "clang: " + onPath);
              assertThat(e.target()).isEqualTo(Target.parse("linux/riscv64"));
            });
  }

  @Test
  void shouldUseTheHostsGccForANativeBuild() throws IOException {
    fake("cc");

    CcChoice c = locator(Set.of()).locate(spec().build(), ARM64, true);
    assertThat(c.cc()).isEqualTo(bin.resolve("cc").toString());
    assertThat(c.reason()).isEqualTo("cc found on PATH (native build)");
    assertThat(c.cxx()).isEqualTo(Optional.empty());
  }
}
