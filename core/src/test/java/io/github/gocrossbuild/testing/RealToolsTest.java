package io.github.gocrossbuild.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** Tests for {@link RealTools}: a missing corpus fails under {@code CI=true}, else it skips. */
class RealToolsTest {
  @TempDir Path tmp;

  @Test
  void shouldFailUnderCiWhenTheCorpusIsMissing() throws IOException {
    Path module = repository("core");

    assertThatThrownBy(() -> RealTools.corpus(module, true))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Missing the shared config corpus (../shared/corpus/configs beside the repository;"
                + " looked upward from "
                + module
                + ") (CI=true makes this a failure)");
  }

  @Test
  void shouldSkipOutsideCiWhenTheCorpusIsMissing() throws IOException {
    Path module = repository("core");

    assertThatThrownBy(() -> RealTools.corpus(module, false))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageStartingWith("Skipped: missing the shared config corpus");
  }

  @Test
  void shouldFailUnderCiWhenCosignIsMissingAndSayHowToGetIt() {
    org.junit.jupiter.api.Assumptions.assumeFalse(
        Files.exists(Path.of("/usr/bin/cosign")) || Files.exists(Path.of("/usr/local/bin/cosign")),
        "cosign is installed system-wide here");
    assertThatThrownBy(() -> RealTools.cosign(java.util.Optional.of(tmp), true))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Missing cosign (run .ci/install.sh: it unpacks Debian 13's cosign into "
                + tmp
                + "/root/usr/bin without changing the system) (CI=true makes this a failure)");
  }

  @Test
  void shouldFindCosignWhereInstallShUnpacksIt() throws IOException {
    Path cosign = tmp.resolve("root/usr/bin/cosign");
    Files.createDirectories(cosign.getParent());
    Files.writeString(cosign, "#!/bin/sh\n");
    cosign.toFile().setExecutable(true);

    assertThat(RealTools.cosign(java.util.Optional.of(tmp), true)).isEqualTo(cosign);
  }

  @Test
  void shouldFindTheCorpusBesideTheRepository() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("shared/corpus/configs"));
    Path module = repository("core");

    assertThat(RealTools.corpus(module, true)).isEqualTo(corpus);
  }

  /** A module folder inside a checkout: the search for shared/ stops at the checkout's root. */
  private Path repository(String module) throws IOException {
    Files.createDirectories(tmp.resolve("repo/.git"));
    return Files.createDirectories(tmp.resolve("repo").resolve(module));
  }
}
