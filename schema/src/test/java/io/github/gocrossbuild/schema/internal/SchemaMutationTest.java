package io.github.gocrossbuild.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.schema.ConfigIssue;
import io.github.gocrossbuild.schema.ConfigKind;
import io.github.gocrossbuild.schema.Fixtures;
import io.github.gocrossbuild.schema.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema step on every corpus file of a kind and on {@value #MUTANTS} seeded mutations of each
 * (one value changed, one member removed or an unknown one added): networknt never throws, two
 * engines give the same report for the same document, and every schema finding is worded from the
 * schema by {@link SchemaMessages}, never networknt's own wording passed through.
 */
class SchemaMutationTest {
  private static final int MUTANTS = 200;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ValidationEngine SHARED = new ValidationEngine(SourceText.MAX_BYTES);

  /** The sentences {@link SchemaMessages} and the kinds' policies write. */
  private static final Pattern WORDED =
      Pattern.compile(
          "Property \".*\" is (not allowed here|not a host\\.json setting and the Functions host"
              + " ignores it)(; did you mean \".*\"\\?|; remove it or check its spelling\\.)"
              + "|Property \".*\" is not allowed here; remove it\\."
              + "|Required property \".*\" is missing; add it\\."
              + "|Expected .* but found .*; .*\\."
              + "|Value .* is not allowed; (use|values are case-sensitive, use) .*\\."
              + "|Value .* has the wrong format: .*\\."
              + "|Value .* is invalid: (it must (be|have) .*|it repeats item \\d+; each item may"
              + " appear once); change it\\.");

  static Stream<Arguments> corpusFiles() throws IOException {
    List<Arguments> files = new ArrayList<>();
    Path corpus = Fixtures.corpus();
    for (Map.Entry<String, ConfigKind> dir : Fixtures.CORPUS_KINDS.entrySet()) {
      try (Stream<Path> list = Files.list(corpus.resolve(dir.getKey()))) {
        list.sorted()
            .forEach(
                f -> files.add(Arguments.of(dir.getKey() + "/" + f.getFileName(), dir.getValue())));
      }
    }
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusFiles")
  void shouldWordEveryFindingFromTheSchemaAndGiveStableReports(String file, ConfigKind kind)
      throws IOException {
    byte[] bytes = Files.readAllBytes(Fixtures.corpus().resolve(file));
    JsonNode root = SHARED.parse(kind, file, bytes).root().orElse(null);
    if (root == null) {
      return; // a syntax error: there is nothing to mutate
    }
    ValidationEngine fresh = new ValidationEngine(SourceText.MAX_BYTES);
    Random random = new Random(file.hashCode());
    List<String> problems = new ArrayList<>();
    for (int i = 0; i <= MUTANTS; i++) {
      String text = (i == 0 ? root : mutate(root, random)).toString();
      ValidationReport shared = SHARED.validate(kind, file, text);
      ValidationReport other = fresh.validate(kind, file, text);
      if (!shared.equals(other)) {
        problems.add(text + "\n  shared: " + shared + "\n  fresh:  " + other);
      }
      for (ConfigIssue issue : shared.issues()) {
        boolean fromSchema =
            issue.ruleId().equals("schema") || issue.ruleId().equals("host.unknown-property");
        if (fromSchema && !WORDED.matcher(issue.message()).matches()) {
          problems.add(text + "\n  not worded from the schema: " + issue);
        }
      }
    }
    assertThat(problems).as("documents with problems").isEmpty();
  }

  /** Changes one value, removes one member or adds an unknown one, somewhere in a copy. */
  private static JsonNode mutate(JsonNode root, Random random) {
    JsonNode copy = root.deepCopy();
    List<JsonNode> containers = new ArrayList<>();
    collect(copy, containers);
    JsonNode target = containers.get(random.nextInt(containers.size()));
    if (target.isObject()) {
      ObjectNode object = (ObjectNode) target;
      List<String> names = new ArrayList<>(object.propertyNames());
      int choice = random.nextInt(4);
      if (names.isEmpty() || choice == 0) {
        object.set("zzUnknown", candidate(random));
      } else if (choice == 1) {
        object.remove(names.get(random.nextInt(names.size())));
      } else {
        object.set(names.get(random.nextInt(names.size())), candidate(random));
      }
    } else {
      ArrayNode array = (ArrayNode) target;
      if (array.isEmpty() || random.nextBoolean()) {
        array.add(candidate(random));
      } else {
        array.set(random.nextInt(array.size()), candidate(random));
      }
    }
    return copy;
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainer()) {
      containers.add(node);
      for (JsonNode child : node) {
        collect(child, containers);
      }
    }
  }

  private static JsonNode candidate(Random random) {
    switch (random.nextInt(16)) {
      case 0:
        return NODES.stringNode("");
      case 1:
        return NODES.stringNode("aarch64");
      case 2:
        return NODES.stringNode("linux");
      case 3:
        return NODES.numberNode(0);
      case 4:
        return NODES.numberNode(-1);
      case 5:
        return NODES.numberNode(1.5);
      case 6:
        return NODES.numberNode(70000);
      case 7:
        return NODES.booleanNode(true);
      case 8:
        return NODES.nullNode();
      case 9:
        return NODES.objectNode();
      case 10:
        return NODES.arrayNode();
      case 11:
        return NODES.arrayNode().add("a").add("a");
      case 12:
        return NODES.objectNode().put("zz", 1);
      case 13:
        return NODES.stringNode("2.0");
      case 14:
        return NODES.stringNode("db:5432");
      default:
        return NODES.numberNode(8080);
    }
  }
}
