package io.github.gocrossbuild.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** Tests for {@link Fixtures}: the corpus tests fail under {@code CI=true} when it is missing. */
class FixturesTest {
  @TempDir Path tmp;

  @Test
  void shouldFailUnderCiWhenTheCorpusIsMissing() throws IOException {
    Path repo = repository("schema");

    assertThatThrownBy(() -> Fixtures.corpus(repo, true))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "shared/corpus/configs not found beside "
                + repo
                + " or any of its parent folders (CI=true requires it)");
  }

  @Test
  void shouldSkipOutsideCiWhenTheCorpusIsMissing() throws IOException {
    Path repo = repository("schema");

    assertThatThrownBy(() -> Fixtures.corpus(repo, false))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("shared/corpus/configs not found beside " + repo)
        .hasMessageEndingWith("; skipping corpus tests");
  }

  @Test
  void shouldFindTheCorpusBesideAParentFolder() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("shared/corpus/configs"));
    Path module = repository("schema");

    assertThat(Fixtures.corpus(module, true)).isEqualTo(corpus);
  }

  /** A module folder inside a checkout: the search for shared/ stops at the checkout's root. */
  private Path repository(String module) throws IOException {
    Files.createDirectories(tmp.resolve("repo/.git"));
    return Files.createDirectories(tmp.resolve("repo").resolve(module));
  }
}
