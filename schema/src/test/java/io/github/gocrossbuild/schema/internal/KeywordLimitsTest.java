package io.github.gocrossbuild.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Tests for {@link KeywordLimits}. */
class KeywordLimitsTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "minimum | 1 | it must be at least 1",
        "maximum | 65535 | it must be at most 65535",
        "exclusiveMinimum | 0 | it must be greater than 0",
        "exclusiveMaximum | 100 | it must be less than 100",
        "multipleOf | 4 | it must be a multiple of 4",
        "minLength | 1 | it must have at least 1 characters",
        "maxItems | 3 | it must have at most 3 items",
        "minProperties | 2 | it must have at least 2 properties"
      })
  void shouldSayWhatALimitAsksFromItsValue(String keyword, int value, String expected) {
    assertThat(KeywordLimits.describe(keyword, NODES.numberNode(value))).hasValue(expected);
  }

  @Test
  void shouldWordOnlyLimits() {
    assertThat(KeywordLimits.describe("contains", NODES.objectNode())).isEmpty();
  }

  @Test
  void shouldPointAtTheFirstRepeatedItemComparingNumbersByValue() {
    ArrayNode ports = NODES.arrayNode().add(8080).add(9090).add(8080.0);

    SchemaFinding finding = KeywordLimits.duplicate("/forwardPorts", ports);

    assertThat(finding.pointer()).isEqualTo("/forwardPorts/2");
    assertThat(finding.message())
        .isEqualTo(
            "Value 8080.0 is invalid: it repeats item 0; each item may appear once; change it.");
  }

  @Test
  void shouldStayOnTheArrayWhenNoRepeatIsFoundHere() {
    ArrayNode items = NODES.arrayNode();
    items.addObject().put("a", 1);
    items.addObject().put("a", 1.0);

    SchemaFinding finding = KeywordLimits.duplicate("/functions", items);

    assertThat(finding.pointer()).isEqualTo("/functions");
    assertThat(finding.message())
        .isEqualTo(
            "Value [{\"a\":1},{\"a\":1.0}] is invalid: each item may appear once; change it.");
  }
}
