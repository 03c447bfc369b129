package io.github.gocrossbuild.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.config.ConfigParseException;
import io.github.gocrossbuild.env.ToolchainFacts;
import io.github.gocrossbuild.env.VsCodeWorkspace;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The environment model (core's {@link VsCodeWorkspace}, lenient as VS Code) and the validator read
 * a settings.json with the same reader, so they accept and refuse the same files, and a refusal
 * names the same line and column in both.
 */
class JsoncAgreementTest {
  private static final ToolchainFacts FACTS =
      ToolchainFacts.builder().hostTarget(Target.parse("linux/amd64")).build();

  @TempDir Path dir;

  static Stream<Arguments> inputs() {
    return Stream.of(
        Arguments.of("empty object", utf8("{}"), null),
        Arguments.of("comments, trailing comma", utf8("// c\n{\"go.gopath\": \"/x\",}"), null),
        Arguments.of("no value at all", utf8("// nothing yet\n"), null),
        Arguments.of("UTF-8 byte order mark", utf8("\uFEFF{\"go.gopath\": \"/x\"}"), null),
        Arguments.of("escaped lone surrogate", utf8("{\"x.y\": \"\\ud800\"}"), null),
        Arguments.of("30-digit integer", utf8("{\"x.y\": 123456789012345678901234567890}"), null),
        Arguments.of("missing comma", utf8("{\"a\": 1 \"b\": 2}"), "syntax@1:9"),
        Arguments.of("100,000 open brackets", utf8("[".repeat(100_000)), "syntax@1:101"),
        Arguments.of("unterminated string", utf8("{\"a\": \"x"), "syntax@1:7"),
        Arguments.of("unterminated comment", utf8("{\"a\": 1 /* open"), "syntax@1:9"),
        Arguments.of("control character", utf8("{\"a\": \"\u0001\"}"), "syntax@1:8"),
        Arguments.of("huge exponent", utf8("{\"a\": 1e99999}"), "syntax@1:7"),
        Arguments.of("leading zero", utf8("{\"a\": 01}"), "syntax@1:7"),
        Arguments.of("single quotes", utf8("{\"a\": 'x'}"), "syntax@1:7"),
        Arguments.of("double comma", utf8("{\"a\": [1,,2]}"), "syntax@1:10"),
        Arguments.of("text after the value", utf8("{} x"), "syntax@1:4"),
        Arguments.of(
            "PNG bytes", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, "syntax@1:1"),
        Arguments.of(
            "invalid UTF-8 in a string",
            new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '(', '"', '}'},
            "syntax@1:7"),
        Arguments.of("UTF-16", new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0}, "syntax@1:1"),
        Arguments.of("50 MB", null, "too-large@1:1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void shouldAcceptAndRefuseTheSameFilesAtTheSamePlace(String name, byte[] content, String refusal)
      throws IOException {
    Path vscode = Files.createDirectories(dir.resolve(".vscode"));
    Path settings = vscode.resolve("settings.json");
    if (content == null) {
      try (RandomAccessFile f = new RandomAccessFile(settings.toFile(), "rw")) {
        f.setLength(50L * 1024 * 1024);
      }
    } else {
      Files.write(settings, content);
    }

    Optional<ConfigParseException> core = coreRefusal();
    Optional<ConfigIssue> schema =
        ConfigValidator.standard().validate(settings, ConfigKind.VSCODE_SETTINGS).issues().stream()
            .filter(i -> i.ruleId().equals("syntax") || i.ruleId().equals("too-large"))
            .findFirst();

    assertThat(schema.map(i -> i.ruleId() + "@" + i.line() + ":" + i.column()))
        .isEqualTo(Optional.ofNullable(refusal));
    assertThat(core.isPresent()).isEqualTo(refusal != null);
    if (refusal != null && refusal.startsWith("syntax")) {
      assertThat(core.get().line() + ":" + core.get().column())
          .isEqualTo(schema.get().line() + ":" + schema.get().column());
      assertThat(core.get().problem()).isEqualTo(schema.get().message());
    }
  }

  private Optional<ConfigParseException> coreRefusal() {
    try {
      VsCodeWorkspace.load(dir, Map.of(), FACTS);
      return Optional.empty();
    } catch (ConfigParseException e) {
      return Optional.of(e);
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
