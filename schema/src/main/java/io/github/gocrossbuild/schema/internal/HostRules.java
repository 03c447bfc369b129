package io.github.gocrossbuild.schema.internal;

import io.github.gocrossbuild.internal.jsonc.JsonPointers;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Lint rules for Azure Functions {@code host.json}. */
public final class HostRules implements Rule {
  /** Version 1 top-level sections, with where version 2.0 expects them. */
  private static final Map<String, String> V1_SECTIONS =
      Map.of(
          "http", "extensions.http",
          "queues", "extensions.queues",
          "serviceBus", "extensions.serviceBus",
          "eventHub", "extensions.eventHubs",
          "documentDB", "extensions.cosmosDB",
          "durableTask", "extensions.durableTask",
          "logger", "logging",
          "tracing", "logging",
          "applicationInsights", "logging.applicationInsights",
          "id", "nothing (the host derives it)");

  private static final Pattern BUNDLE_UPPER = Pattern.compile(",\\s*(\\d+)(\\.[\\d*]+)*\\s*\\)");

  @Override
  public void check(JsonNode root, IssueSink sink) {
    if (!root.isObject()) {
      return;
    }
    version(root, sink);
    Nodes.members(
        root,
        "",
        (key, p, value) -> {
          if (V1_SECTIONS.containsKey(key)) {
            sink.explainKey(
                RuleId.HOST_V1_PROPERTY,
                p,
                "\""
                    + key
                    + "\" is a host.json"
                    + " version 1 setting that version 2.0 ignores; move it to "
                    + V1_SECTIONS.get(key)
                    + ".");
          }
        });
    boolean hasHandler = root.has("customHandler");
    if (root.has("httpWorker")) {
      String message =
          hasHandler
              ? "\"httpWorker\" is ignored because \"customHandler\" is present; delete it."
              : "\"httpWorker\" is the deprecated name of this section; rename it to"
                  + " \"customHandler\".";
      sink.explainKey(RuleId.HOST_LEGACY_HTTP_WORKER, "/httpWorker", message);
    }
    if (hasHandler) {
      handler(root.path("customHandler"), "/customHandler", sink);
    } else if (root.has("httpWorker")) {
      handler(root.path("httpWorker"), "/httpWorker", sink);
    }
    bundle(root.path("extensionBundle").path("version"), sink);
  }

  private static void version(JsonNode root, IssueSink sink) {
    JsonNode version = root.path("version");
    if (version.isMissingNode()) {
      sink.explainValue(
          RuleId.HOST_MISSING_VERSION,
          "/version",
          "host.json has no"
              + " \"version\", so the Functions host refuses to start; add \"version\": \"2.0\".");
    } else if (!"2.0".equals(version.asString(""))) {
      sink.explainValue(
          RuleId.HOST_INVALID_VERSION,
          "/version",
          "Version "
              + SchemaMessages.show(version)
              + " is not valid: it is the host.json schema version,"
              + " not the Functions runtime version, so write \"2.0\".");
    }
  }

  private static void handler(JsonNode handler, String pointer, IssueSink sink) {
    if (!handler.isObject()) {
      return;
    }
    JsonNode description = handler.path("description");
    String descriptionPointer = JsonPointers.child(pointer, "description");
    if (!description.isObject()) {
      sink.explainKey(
          RuleId.HOST_CUSTOM_HANDLER_MISSING_EXECUTABLE,
          pointer,
          "The"
              + " custom handler has no \"description\", so the host fails with \"Missing worker"
              + " Description\"; add \"description\": {\"defaultExecutablePath\": \"handler\"}.");
      return;
    }
    String pathPointer = JsonPointers.child(descriptionPointer, "defaultExecutablePath");
    if (description.path("defaultExecutablePath").asString("").isBlank()) {
      sink.explainValue(
          RuleId.HOST_CUSTOM_HANDLER_MISSING_EXECUTABLE,
          pathPointer,
          "defaultExecutablePath is missing or empty, so the host cannot start the handler; set"
              + " it to the name of your Go binary, e.g. \"handler\" (\"handler.exe\" on"
              + " Windows).");
    }
  }

  private static void bundle(JsonNode version, IssueSink sink) {
    if (!version.isString()) {
      return;
    }
    Matcher m = BUNDLE_UPPER.matcher(version.stringValue());
    if (m.find()
        && Integer.parseInt(m.group(1)) <= 4
        && !version.stringValue().matches("\\[\\s*4.*")) {
      sink.flag(
          RuleId.HOST_DEPRECATED_EXTENSION_BUNDLE,
          "/extensionBundle/version",
          "Extension bundle range "
              + version.stringValue()
              + " selects bundles older than 4.x,"
              + " which are deprecated (end of support 30 May 2026); use \"[4.*, 5.0.0)\".");
    }
  }
}
