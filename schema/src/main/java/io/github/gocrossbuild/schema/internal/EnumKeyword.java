package io.github.gocrossbuild.schema.internal;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.keyword.BaseKeywordValidator;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.path.NodePath;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schema {@code enum} keyword, replacing networknt's own.
 *
 * <p>networknt's validator renders the allowed values with {@code JsonNode.toString()} when it is
 * created, which builds Jackson's shared {@code JsonMapper}: about 150 ms of CPU on the first
 * validation. This one only compares; the message is rendered from the schema node by
 * {@link SchemaMessages}. Numbers compare by value, so {@code 1.0} matches {@code 1} as in
 * networknt.
 */
final class EnumKeyword implements Keyword {
  /** The shared instance. */
  static final EnumKeyword INSTANCE = new EnumKeyword();

  private EnumKeyword() {}

  @Override
  public String getValue() {
    return "enum";
  }

  @Override
  public KeywordValidator newValidator(SchemaLocation location, JsonNode schemaNode,
      Schema parentSchema, SchemaContext context) {
    return new Validator(location, schemaNode, parentSchema, context);
  }

  /** Checks that an instance is one of the listed values. */
  private static final class Validator extends BaseKeywordValidator {
    private final Set<JsonNode> values = new HashSet<>();
    private final Set<BigDecimal> numbers = new HashSet<>();

    Validator(SchemaLocation location, JsonNode schemaNode, Schema parentSchema,
        SchemaContext context) {
      super(INSTANCE, schemaNode, location, parentSchema, context);
      for (JsonNode value : schemaNode) {
        if (value.isNumber()) {
          numbers.add(normalize(value));
        } else {
          values.add(value);
        }
      }
    }

    @Override
    public void validate(ExecutionContext context, JsonNode node, JsonNode root,
        NodePath instanceLocation) {
      boolean allowed = node.isNumber() ? numbers.contains(normalize(node)) : values.contains(node);
      if (!allowed) {
        context.addError(error()
            .instanceNode(node)
            .instanceLocation(instanceLocation)
            .evaluationPath(context.getEvaluationPath())
            .locale(context.getExecutionConfig().getLocale())
            .arguments(new LazyList(schemaNode))
            .build());
      }
    }

    private static BigDecimal normalize(JsonNode number) {
      BigDecimal value = number.decimalValue().stripTrailingZeros();
      return value.signum() == 0 ? BigDecimal.ZERO : value;
    }
  }

  /** The allowed values as networknt words them, rendered only if a message is asked for. */
  private static final class LazyList {
    private final JsonNode values;

    LazyList(JsonNode values) {
      this.values = values;
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("[");
      for (JsonNode value : values) {
        sb.append(sb.length() == 1 ? "" : ", ").append(value.isContainer() ? value.toString()
            : value.asString());
      }
      return sb.append(']').toString();
    }
  }
}
