package io.github.gocrossbuild.ssh.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tests for {@link Prober}'s parsing and VS Code Server rules. */
class ProberTest {

  @Test
  void shouldRecogniseGlibcAndMusl() {
    assertThat(Prober.libc("glibc 2.36", "")).hasValue("glibc 2.36");
    assertThat(Prober.libc("", "musl libc (aarch64) Version 1.2.4 ")).hasValue("musl 1.2.4");
    assertThat(Prober.libc("", "ldd (Ubuntu GLIBC 2.27-3ubuntu1) 2.27 ")).hasValue("glibc 2.27");
    assertThat(Prober.libc("", "")).isEmpty();
  }

  @Test
  void shouldPickTheHighestGlibcxx() {
    assertThat(Prober.highest("GLIBCXX_3.4.9 GLIBCXX_3.4.30 GLIBCXX_3.4.25 GLIBCXX_3.4"))
        .hasValue("3.4.30");
    assertThat(Prober.highest("")).isEmpty();
  }

  @Test
  void shouldApplyVsCodeServerPrerequisites() {
    assertThat(Prober.vsCodeProblems(Optional.of("glibc 2.36"), Optional.of("3.4.30"))).isEmpty();
    assertThat(Prober.vsCodeProblems(Optional.of("musl 1.2.3"), Optional.empty())).isEmpty();
    assertThat(Prober.vsCodeProblems(Optional.of("glibc 2.26"), Optional.of("3.4.24")))
        .containsExactly(
            "glibc 2.26 is older than 2.28, which VS Code Server requires",
            "libstdc++ provides GLIBCXX 3.4.24, older than 3.4.25, which VS Code Server"
                + " requires");
    assertThat(Prober.vsCodeProblems(Optional.of("musl 1.2.2"), Optional.empty()))
        .containsExactly("musl 1.2.2 is older than 1.2.3, which VS Code Server requires");
  }
}
