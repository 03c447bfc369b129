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
