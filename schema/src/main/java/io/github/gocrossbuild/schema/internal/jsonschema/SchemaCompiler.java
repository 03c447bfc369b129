package io.github.gocrossbuild.schema.internal.jsonschema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * Compiles draft-07 schemas from a fixed set of documents into {@link CompiledSchema}s.
 *
 * <p>References resolve only to those documents: {@code #/definitions/x} within a document, {@code
 * other.schema.json[#...]} beside it, or the same under the base IRI. Nothing is ever fetched. Each
 * referenced schema is compiled once per compiler, and cycles are fine. A keyword this validator
 * does not know is an error rather than silently ignored, because the schemas are the project's own
 * and a misspelt keyword would otherwise check nothing.
 *
 * <p>Not thread-safe; use one compiler per compilation. The schemas it returns are.
 */
public final class SchemaCompiler {
  /** Keywords that annotate or organise and never fail a value. */
  private static final Set<String> ANNOTATIONS =
      Set.of(
          "$schema",
          "$id",
          "$comment",
          "title",
          "description",
          "default",
          "examples",
          "definitions",
          "readOnly",
          "writeOnly",
          "format",
          "contentMediaType",
          "contentEncoding",
          "markdownDescription",
          "deprecationMessage",
          "markdownDeprecationMessage",
          "enumDescriptions",
          "markdownEnumDescriptions",
          "errorMessage",
          "patternErrorMessage",
          "defaultSnippets",
          "doNotSuggest",
          "scope",
          "order",
          "tags",
          "allowComments",
          "allowTrailingCommas");

  /** Keywords read together with another keyword's check. */
  private static final Set<String> COMPANIONS =
      Set.of(
          "properties",
          "patternProperties",
          "additionalProperties",
          "items",
          "additionalItems",
          "if",
          "then",
          "else");

  private final String baseIri;
  private final Function<String, JsonNode> documents;
  private final Map<String, CompiledSchema> compiled = new HashMap<>();

  /**
   * Creates a compiler.
   *
   * @param baseIri the IRI prefix under which the documents are known, ending in {@code /}
   * @param documents looks up a document by its name, e.g. {@code host.schema.json}; must not
   *     return null
   */
  public SchemaCompiler(String baseIri, Function<String, JsonNode> documents) {
    this.baseIri = baseIri;
    this.documents = documents;
  }

  /**
   * Compiles a whole document.
   *
   * @param name the document's name
   * @return the compiled schema
   * @throws IllegalStateException when the schema uses a keyword, reference or value this validator
   *     does not support; the message names the place
   */
  public CompiledSchema compile(String name) {
    return resolve(name, "");
  }

  private CompiledSchema resolve(String document, String fragment) {
    String key = document + "#" + fragment;
    CompiledSchema known = compiled.get(key);
    if (known != null) {
      return known;
    }
    JsonNode node = documents.apply(document).at(JsonPointer.compile(fragment));
    if (node.isMissingNode()) {
      throw new SchemaDefect(key, new IllegalStateException("the reference points at nothing"));
    }
    CompiledSchema schema = new CompiledSchema(node);
    compiled.put(key, schema); // before compiling, so a schema may refer to itself
    schema.define(checks(node, document, fragment));
    return schema;
  }

  private List<Check> checks(JsonNode schema, String document, String pointer) {
    String where = document + "#" + pointer;
    if (schema.isBoolean()) {
      return schema.booleanValue() ? List.of() : List.of(new ValueChecks.Nothing(schema));
    }
    if (!schema.isObject()) {
      throw new SchemaDefect(
          where, new IllegalStateException("a schema must be an object or a boolean"));
    }
    JsonNode ref = schema.get("$ref");
    if (ref != null) {
      // Draft-07 ignores every keyword beside $ref; one written there would check nothing.
      for (String keyword : schema.propertyNames()) {
        if (!keyword.equals("$ref") && !ANNOTATIONS.contains(keyword)) {
          throw new SchemaDefect(
              where,
              new IllegalStateException(
                  "\""
                      + keyword
                      + "\" beside \"$ref\" is ignored in draft-07; put both in an \"allOf\""));
        }
      }
      return List.of(new Combinators.Ref(reference(ref.asString(), document)));
    }
    List<Check> checks = new ArrayList<>();
    for (String keyword : schema.propertyNames()) {
      JsonNode value = schema.get(keyword);
      String at = pointer + "/" + escape(keyword);
      try {
        Check check = keyword(keyword, value, schema, document, at);
        if (check != null) {
          checks.add(check);
        }
      } catch (SchemaDefect e) {
        throw e;
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new SchemaDefect(document + "#" + at, e);
      }
    }
    if (schema.has("properties")
        || schema.has("patternProperties")
        || schema.has("additionalProperties")) {
      checks.add(members(schema, document, pointer));
    }
    if (schema.has("items")) {
      checks.add(items(schema, document, pointer));
    }
    if (schema.has("if") && (schema.has("then") || schema.has("else"))) {
      checks.add(
          new Combinators.Conditional(
              resolve(document, pointer + "/if"),
              optional(schema, "then", document, pointer),
              optional(schema, "else", document, pointer)));
    }
    return checks;
  }

  /** Compiles one keyword that stands on its own; null for annotations and companions. */
  private Check keyword(
      String keyword, JsonNode value, JsonNode schema, String document, String at) {
    switch (keyword) {
      case "type":
        return new ValueChecks.Type(schema, value);
      case "enum":
        return new ValueChecks.Enum(schema, value);
      case "const":
        return new ValueChecks.Const(schema, value);
      case "minimum":
        return new NumberChecks.Limit(schema, NumberChecks.Bound.MINIMUM, value);
      case "exclusiveMinimum":
        return new NumberChecks.Limit(schema, NumberChecks.Bound.EXCLUSIVE_MINIMUM, value);
      case "maximum":
        return new NumberChecks.Limit(schema, NumberChecks.Bound.MAXIMUM, value);
      case "exclusiveMaximum":
        return new NumberChecks.Limit(schema, NumberChecks.Bound.EXCLUSIVE_MAXIMUM, value);
      case "multipleOf":
        return new NumberChecks.MultipleOf(schema, value);
      case "pattern":
        return new StringChecks.Matches(schema, value);
      case "uniqueItems":
        return value.asBoolean(false) ? new ArrayChecks.Unique(schema) : null;
      case "contains":
        return new ArrayChecks.Contains(schema, resolve(document, at));
      case "required":
        return new ObjectChecks.Required(schema, strings(value));
      case "propertyNames":
        return new ObjectChecks.Names(schema, resolve(document, at));
      case "dependencies":
        return dependencies(schema, value, document, at);
      case "allOf":
        return new Combinators.AllOf(list(value, document, at));
      case "anyOf":
      case "oneOf":
        return new Combinators.Alternatives(
            schema, "oneOf".equals(keyword), list(value, document, at));
      case "not":
        return new Combinators.Not(schema, resolve(document, at));
      default:
        if (ANNOTATIONS.contains(keyword) || COMPANIONS.contains(keyword)) {
          return null;
        }
        SizeLimit.Measure measure = SizeLimit.measureOf(keyword);
        if (measure != null) {
          return new SizeLimit(schema, measure, keyword.startsWith("min"), value);
        }
        throw new IllegalStateException("unknown keyword \"" + keyword + "\"");
    }
  }

  private Check members(JsonNode schema, String document, String pointer) {
    Map<String, CompiledSchema> named = new LinkedHashMap<>();
    for (String name : schema.path("properties").propertyNames()) {
      named.put(name, resolve(document, pointer + "/properties/" + escape(name)));
    }
    List<Pattern> patterns = new ArrayList<>();
    List<CompiledSchema> patterned = new ArrayList<>();
    for (String regex : schema.path("patternProperties").propertyNames()) {
      try {
        patterns.add(Pattern.compile(regex));
      } catch (IllegalArgumentException e) {
        throw new SchemaDefect(document + "#" + pointer + "/patternProperties", e);
      }
      patterned.add(resolve(document, pointer + "/patternProperties/" + escape(regex)));
    }
    CompiledSchema additional =
        schema.has("additionalProperties")
            ? resolve(document, pointer + "/additionalProperties")
            : null;
    return new ObjectChecks.Members(
        schema,
        named,
        patterns.toArray(new Pattern[0]),
        patterned.toArray(new CompiledSchema[0]),
        additional);
  }

  private Check items(JsonNode schema, String document, String pointer) {
    JsonNode items = schema.get("items");
    if (!items.isArray()) {
      return new ArrayChecks.Items(resolve(document, pointer + "/items"));
    }
    CompiledSchema rest =
        schema.has("additionalItems") ? resolve(document, pointer + "/additionalItems") : null;
    return new ArrayChecks.Tuple(schema, list(items, document, pointer + "/items"), rest);
  }

  private Check dependencies(JsonNode schema, JsonNode value, String document, String at) {
    List<Check> each = new ArrayList<>();
    for (String trigger : value.propertyNames()) {
      JsonNode dependency = value.get(trigger);
      each.add(
          dependency.isArray()
              ? new ObjectChecks.Dependency(schema, trigger, strings(dependency), null)
              : new ObjectChecks.Dependency(
                  schema, trigger, new String[0], resolve(document, at + "/" + escape(trigger))));
    }
    CompiledSchema all = new CompiledSchema(value);
    all.define(each);
    return new Combinators.Ref(all);
  }

  private CompiledSchema optional(
      JsonNode schema, String keyword, String document, String pointer) {
    return schema.has(keyword) ? resolve(document, pointer + "/" + keyword) : null;
  }

  private CompiledSchema[] list(JsonNode value, String document, String at) {
    if (!value.isArray() || value.isEmpty()) {
      throw new IllegalStateException("expected a non-empty array of schemas");
    }
    CompiledSchema[] schemas = new CompiledSchema[value.size()];
    for (int i = 0; i < schemas.length; i++) {
      schemas[i] = resolve(document, at + "/" + i);
    }
    return schemas;
  }

  private CompiledSchema reference(String ref, String document) {
    int hash = ref.indexOf('#');
    String target = hash < 0 ? ref : ref.substring(0, hash);
    String fragment = hash < 0 ? "" : ref.substring(hash + 1);
    if (target.startsWith(baseIri)) {
      target = target.substring(baseIri.length());
    }
    if (target.isEmpty()) {
      target = document;
    } else if (target.contains(":") || target.contains("/")) {
      throw new SchemaDefect(
          document,
          new IllegalStateException(
              "reference \""
                  + ref
                  + "\" is outside the embedded schemas; only those are resolved"));
    }
    return resolve(target, fragment);
  }

  private static String[] strings(JsonNode value) {
    if (!value.isArray()) {
      throw new IllegalStateException("expected an array of strings, not " + value);
    }
    String[] names = new String[value.size()];
    for (int i = 0; i < names.length; i++) {
      if (!value.get(i).isString()) {
        throw new IllegalStateException("expected an array of strings, not " + value);
      }
      names[i] = value.get(i).stringValue();
    }
    return names;
  }

  static JsonNode requireNumber(String keyword, JsonNode value) {
    if (!value.isNumber()) {
      throw new IllegalStateException(keyword + " must be a number, not " + value);
    }
    return value;
  }

  /** A mistake in a schema document, named by the place it was found. */
  static final class SchemaDefect extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    SchemaDefect(String where, RuntimeException cause) {
      super("Schema " + where + ": " + cause.getMessage(), cause);
    }
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
