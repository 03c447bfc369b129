package io.github.gocrossbuild.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link GoModFile}: the one go.mod reader. */
class GoModFileTest {
  @TempDir Path dir;

  @Test
  void shouldReadTheThreeDirectivesWithCommentsAndQuotes() {
    GoModFile f =
        GoModFile.parse(
            "// go 1.99 in a comment does not count\n"
                + "module \"example.com/svc/v2\" // the path\n"
                + "\n"
                + "go 1.22 // minimum\n"
                + "toolchain go1.23.5\n"
                + "require example.com/dep v1.0.0\n"
                + "go 1.30\n");

    assertThat(f.module()).contains("example.com/svc/v2");
    assertThat(f.go()).contains("1.22");
    assertThat(f.toolchain()).contains("go1.23.5");
  }

  @Test
  void shouldAcceptBackquotesCrLfTabsAndAByteOrderMark() {
    GoModFile f = GoModFile.parse("\uFEFFmodule\t`example.com/m`\r\ngo\t1.21\r\n");

    assertThat(f.module()).contains("example.com/m");
    assertThat(f.go()).contains("1.21");
    assertThat(f.toolchain()).isEmpty();
  }

  @Test
  void shouldIgnoreDirectivesWithoutAnArgumentAndOtherWords() {
    GoModFile f = GoModFile.parse("module\ngo // none\ngopher 1.2\nmodule/x y\n\"module\" a\n");

    assertThat(f).isEqualTo(new GoModFile(Optional.empty(), Optional.empty(), Optional.empty()));
  }

  @Test
  void shouldEndAWordWhereACommentStarts() {
    GoModFile f = GoModFile.parse("module example.com/a//b\ngo 1.23//x\n");

    assertThat(f.module()).contains("example.com/a");
    assertThat(f.go()).contains("1.23");
  }

  @Test
  void shouldTellAMissingOrOversizedFileFromAnUnreadableOne() throws IOException {
    assertThat(GoModFile.read(dir)).isEmpty();

    Files.writeString(dir.resolve("go.mod"), "module m\n" + "// x\n".repeat(1_000_000));
    assertThat(Files.size(dir.resolve("go.mod"))).isGreaterThan(GoModFile.MAX_SIZE);
    assertThat(GoModFile.read(dir)).isEmpty();

    Files.writeString(dir.resolve("go.mod"), "module m\ngo 1.21\n");
    assertThat(GoModFile.read(dir)).map(GoModFile::go).contains(Optional.of("1.21"));

    Files.delete(dir.resolve("go.mod"));
    Files.createDirectory(dir.resolve("go.mod"));
    assertThat(GoModFile.read(dir)).isEmpty();
  }
}
