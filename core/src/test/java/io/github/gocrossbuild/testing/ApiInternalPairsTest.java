package io.github.gocrossbuild.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link ApiInternalPairs}. */
class ApiInternalPairsTest {
  @TempDir Path root;

  private void write(String className, String text) throws IOException {
    Path file = root.resolve(className.replace('.', '/') + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void shouldFindAnApiClassAndAnInternalClassThatImportEachOther() throws IOException {
    write("a.Api", "package a;\nimport a.internal.Helper;\nclass Api { Helper h; }\n");
    write("a.internal.Helper", "package a.internal;\nimport a.Api;\nclass Helper { Api a; }\n");
    assertThat(ApiInternalPairs.find(root)).containsExactly("a.Api <-> a.internal.Helper");
  }

  @Test
  void shouldAcceptAOneWayDependency() throws IOException {
    write("a.Api", "package a;\nimport a.internal.Helper;\nclass Api { Helper h; }\n");
    write("a.internal.Helper", "package a.internal;\nclass Helper {}\n");
    write("a.internal.Reader", "package a.internal;\nimport a.Api;\nclass Reader { Api a; }\n");
    assertThat(ApiInternalPairs.find(root)).isEmpty();
  }

  @Test
  void shouldSeeStaticWildcardNestedAndFullyQualifiedUses() throws IOException {
    write("a.Api", "package a;\nimport static a.internal.Helper.help;\nclass Api {}\n");
    write("a.internal.Helper", "package a.internal;\nimport a.*;\nclass Helper {}\n");
    write("b.Api", "package b;\nimport b.internal.Helper.Nested;\nclass Api {}\n");
    write("b.internal.Helper", "package b.internal;\nclass Helper { b.Api.Inner x; }\n");
    assertThat(ApiInternalPairs.find(root))
        .containsExactly("a.Api <-> a.internal.Helper", "b.Api <-> b.internal.Helper");
  }

  @Test
  void shouldIgnoreNamesInCommentsAndStrings() throws IOException {
    write("a.Api", "package a;\nimport a.internal.Helper;\nclass Api {}\n");
    write(
        "a.internal.Helper",
        "package a.internal;\n/** Used by {@link a.Api}. */\nclass Helper {\n"
            + "  // a.Api calls us\n  String s = \"a.Api\";\n}\n");
    assertThat(ApiInternalPairs.find(root)).isEmpty();
  }

  @Test
  void shouldNotCountTwoApiClassesOrTwoInternalClassesAsAPair() throws IOException {
    write("a.One", "package a;\nclass One { a.Two t; }\n");
    write("a.Two", "package a;\nclass Two { a.One o; }\n");
    write("a.internal.X", "package a.internal;\nimport a.internal.y.Y;\nclass X {}\n");
    write("a.internal.y.Y", "package a.internal.y;\nimport a.internal.X;\nclass Y {}\n");
    assertThat(ApiInternalPairs.find(root)).isEmpty();
  }
}
