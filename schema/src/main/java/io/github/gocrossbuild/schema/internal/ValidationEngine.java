package io.github.gocrossbuild.schema.internal;

import io.github.gocrossbuild.internal.BoundedCache;
import io.github.gocrossbuild.schema.ConfigIssue;
import io.github.gocrossbuild.schema.ConfigKind;
import io.github.gocrossbuild.schema.ValidationReport;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Runs one validation: bounded input, location-aware parse, schema, lint rules, then schema
 * findings that no rule explained better. Thread-safe: per-kind profiles and compiled schemas are
 * created once and shared; each call has its own {@link IssueSink}.
 */
public final class ValidationEngine {
  private final SchemaCatalog catalog = new SchemaCatalog();
  private final SchemaFindings translator = new SchemaFindings(catalog);

  /** The rules and schema of each kind, keyed on the kind (they are embedded, so never stale). */
  private final BoundedCache<ConfigKind, KindProfile> profiles =
      BoundedCache.create("ValidationEngine.profiles", ConfigKind.values().length);

  private final int maxBytes;

  /**
   * Creates an engine.
   *
   * @param maxBytes files above this size are reported as {@code too-large}
   */
  public ValidationEngine(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The outcome of parsing: the root (absent after a syntax error) and the issues so far. */
  public static final class Parsed {
    private final JsonNode root;
    private final IssueSink sink;

    Parsed(JsonNode root, IssueSink sink) {
      this.root = root;
      this.sink = sink;
    }

    /**
     * Returns the document root.
     *
     * @return the root, or empty when the file could not be parsed
     */
    public Optional<JsonNode> root() {
      return Optional.ofNullable(root);
    }

    /**
     * Returns the sink holding the parse issues and the positions.
     *
     * @return the sink
     */
    public IssueSink sink() {
      return sink;
    }
  }

  /**
   * Validates raw file content.
   *
   * @param kind the kind of file
   * @param source the name shown in issues
   * @param bytes the content, possibly one byte over the limit
   * @return the report
   */
  public ValidationReport validate(ConfigKind kind, String source, byte[] bytes) {
    return finish(kind, parse(kind, source, bytes));
  }

  /**
   * Validates text.
   *
   * @param kind the kind of file
   * @param source the name shown in issues
   * @param text the content
   * @return the report
   */
  public ValidationReport validate(ConfigKind kind, String source, String text) {
    return finish(kind, parse(kind, source, text));
  }

  /**
   * Parses raw content without validating it, for cross-file checks.
   *
   * @param kind the kind of file
   * @param source the name shown in issues
   * @param bytes the content
   * @return the parse outcome
   */
  public Parsed parse(ConfigKind kind, String source, byte[] bytes) {
    IssueSink sink = new IssueSink(source, new SourceMap());
    if (bytes.length > maxBytes) {
      SourceText.reportTooLarge(sink, maxBytes);
      return new Parsed(null, sink);
    }
    Optional<String> text = SourceText.decode(bytes, sink);
    return new Parsed(text.flatMap(t -> parseText(kind, t, sink)).orElse(null), sink);
  }

  private Parsed parse(ConfigKind kind, String source, String text) {
    IssueSink sink = new IssueSink(source, new SourceMap());
    if (text.length() > maxBytes) {
      SourceText.reportTooLarge(sink, maxBytes);
      return new Parsed(null, sink);
    }
    return new Parsed(parseText(kind, SourceText.stripBom(text), sink).orElse(null), sink);
  }

  private Optional<JsonNode> parseText(ConfigKind kind, String text, IssueSink sink) {
    KindProfile profile = profile(kind);
    return profile.dialect == null
        ? YamlReader.read(text, sink)
        : JsonNodeBuilder.parse(text, profile.dialect, sink);
  }

  private ValidationReport finish(ConfigKind kind, Parsed parsed) {
    IssueSink sink = parsed.sink;
    if (parsed.root != null) {
      KindProfile profile = profile(kind);
      List<SchemaFinding> findings =
          translator.translate(catalog.schema(profile.schema).validate(parsed.root));
      for (Rule rule : profile.rules) {
        rule.check(parsed.root, sink);
      }
      for (SchemaFinding finding : findings) {
        if (sink.isExplained(finding.pointer())) {
          continue;
        }
        profile
            .policy
            .classify(finding, parsed.root)
            .ifPresent(
                v -> {
                  long at =
                      finding.atKey()
                          ? sink.map().keyPosition(finding.pointer())
                          : sink.map().valuePosition(finding.pointer());
                  sink.at(v.rule, finding.pointer(), at, v.message);
                });
      }
    }
    // A node reached twice (a YAML alias) must not produce the same issue twice.
    List<ConfigIssue> unique = sink.issues().stream().distinct().collect(Collectors.toList());
    return ValidationReport.of(kind, sink.source(), unique);
  }

  private KindProfile profile(ConfigKind kind) {
    return profiles.get(kind, k -> KindProfile.create(k, catalog));
  }
}
