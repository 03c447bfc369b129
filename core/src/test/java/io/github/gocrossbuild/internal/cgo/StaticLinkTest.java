package io.github.gocrossbuild.internal.cgo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.BuildSpec;
import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.CgoDecision;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.env.EnvLayer;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tests for {@link StaticLink}. */
class StaticLinkTest {
  private static final Target ARM64 = Target.parse("linux/arm64");
  private static final BuildSpec SPEC =
      BuildSpec.builder()
          .addTargets(ARM64)
          .cgo(true)
          .staticLink(true)
          .addLdflags("-X main.v=1")
          .addTags("sqlite_omit_load_extension")
          .build();

  private static CgoDecision with(String cc) {
    return CgoDecision.of(true, EnvLayer.BUILDER_CGO, "set by cgo()")
        .choosing(cc, Optional.empty(), "test");
  }

  @Test
  void shouldAddTheStaticLinkerFlagsAndThePureGoLookupsForGlibc() {
    CgoDecision glibc = with("/usr/bin/aarch64-linux-gnu-gcc");

    assertThat(StaticLink.ldflags(SPEC))
        .containsExactly("-X main.v=1", "-linkmode=external", "-extldflags=-static");
    assertThat(StaticLink.tags(SPEC, glibc))
        .containsExactly("sqlite_omit_load_extension", "netgo", "osusergo");
    assertThat(StaticLink.warning(SPEC, glibc, ARM64))
        .map(BuildWarning::id)
        .contains(BuildWarning.CGO_STATIC_GLIBC_NSS);
  }

  @Test
  void shouldKeepCgoLookupsWithMusl() {
    CgoDecision musl = with("/opt/cross/bin/aarch64-linux-musl-gcc");

    assertThat(StaticLink.tags(SPEC, musl)).containsExactly("sqlite_omit_load_extension");
    assertThat(StaticLink.warning(SPEC, musl, ARM64)).isEmpty();
  }

  @Test
  void shouldChangeNothingWithoutStaticLink() {
    BuildSpec dynamic = BuildSpec.builder().from(SPEC).staticLink(false).build();

    assertThat(StaticLink.ldflags(dynamic)).containsExactly("-X main.v=1");
    assertThat(StaticLink.tags(dynamic, with("gcc"))).containsExactly("sqlite_omit_load_extension");
  }
}
