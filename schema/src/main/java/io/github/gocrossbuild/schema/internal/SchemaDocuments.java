package io.github.gocrossbuild.schema.internal;

import com.networknt.schema.InputFormat;
import com.networknt.schema.serialization.NodeReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;

/**
 * Reads the embedded schema files with this module's own parser. Handing it to networknt keeps
 * Jackson's {@code JsonMapper} from ever being built, which would cost about a third of a
 * second of CPU on the first validation.
 */
final class SchemaDocuments implements NodeReader {

  @Override
  public JsonNode readTree(String content, InputFormat inputFormat) {
    if (inputFormat != InputFormat.JSON) {
      throw new IllegalArgumentException("Embedded schemas are JSON, not " + inputFormat);
    }
    IssueSink sink = new IssueSink("schema", new SourceMap());
    return JsoncParser.parse(content, JsoncParser.Dialect.STRICT, sink)
        .orElseThrow(() -> new IllegalStateException(
            "Embedded schema is not valid JSON: " + sink.issues()));
  }

  @Override
  public JsonNode readTree(InputStream content, InputFormat inputFormat) {
    try {
      return readTree(new String(content.readAllBytes(), StandardCharsets.UTF_8), inputFormat);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read an embedded schema", e);
    }
  }
}
