package io.github.gocrossbuild.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import io.github.gocrossbuild.schema.ConfigKind;
import io.github.gocrossbuild.schema.Fixtures;
import io.github.gocrossbuild.schema.internal.jsonschema.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The module's own draft-07 validator against a widely used general-purpose one (networknt, test
 * scope only), on every corpus file of a kind and on {@value #MUTANTS} seeded mutations of each:
 * both must find the same violations, keyword, place and property alike.
 */
class ReferenceValidatorAgreementTest {
  private static final int MUTANTS = 200;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final SchemaCatalog OURS = new SchemaCatalog();
  private static final SchemaRegistry REFERENCE =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_7,
          builder ->
              builder
                  .schemaRegistryConfig(
                      SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build())
                  .schemaLoader(
                      loader ->
                          loader
                              .fetchRemoteResources(false)
                              .schemaIdResolvers(
                                  ids ->
                                      ids.mapPrefix(
                                          SchemaCatalog.BASE_IRI,
                                          "classpath:io/github/gocrossbuild/schema/"))));

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
  void shouldFindWhatTheReferenceValidatorFinds(String file, ConfigKind kind) throws IOException {
    Path path = Fixtures.corpus().resolve(file);
    ValidationEngine.Parsed parsed =
        new ValidationEngine(1 << 20).parse(kind, file, Files.readAllBytes(path));
    JsonNode root = parsed.root().orElse(null);
    if (root == null) {
      return; // a syntax error: nothing for either validator to check
    }
    String schemaName = KindProfile.create(kind, OURS).schema;
    Schema reference = REFERENCE.getSchema(SchemaLocation.of(SchemaCatalog.BASE_IRI + schemaName));
    Random random = new Random(file.hashCode());
    int disagreements = 0;
    StringBuilder report = new StringBuilder();
    for (int i = 0; i <= MUTANTS; i++) {
      JsonNode document = i == 0 ? root : mutate(root, random);
      TreeSet<String> ours = ours(OURS.schema(schemaName).validate(document));
      TreeSet<String> theirs = theirs(reference.validate(document));
      if (!ours.equals(theirs)) {
        disagreements++;
        report
            .append("\n")
            .append(document)
            .append("\n  ours:   ")
            .append(ours)
            .append("\n  theirs: ")
            .append(theirs);
      }
    }
    assertThat(disagreements).as("documents where the validators disagree:%s", report).isZero();
  }

  private static TreeSet<String> ours(List<Violation> violations) {
    TreeSet<String> out = new TreeSet<>();
    for (Violation v : violations) {
      out.add(v.keyword() + " " + v.pointer() + " " + v.property());
      v.alternatives().forEach(branch -> out.addAll(ours(branch)));
    }
    return out;
  }

  private static TreeSet<String> theirs(List<Error> errors) {
    TreeSet<String> out = new TreeSet<>();
    for (Error e : errors) {
      out.add(e.getKeyword() + " " + e.getInstanceLocation() + " " + e.getProperty());
    }
    return out;
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
