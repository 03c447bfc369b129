package io.github.gocrossbuild.schema.internal;

import io.github.gocrossbuild.internal.jsonc.JsonPointers;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Rules for the Go extension's settings, wherever they appear: {@code .vscode/settings.json} and
 * the settings blocks of devcontainer.json. The known setting names come from the embedded settings
 * schema, so the list lives in one place.
 */
public final class SettingsRules {
  private static final String SCHEMA = "vscode-settings.schema.json";

  /** Settings removed from the Go extension, with what to do instead. */
  private static final Map<String, String> REMOVED =
      Map.ofEntries(
          Map.entry("go.gocodeFlags", "gopls replaced gocode, so delete it"),
          Map.entry("go.gocodeAutoBuild", "gopls replaced gocode, so delete it"),
          Map.entry("go.gocodePackageLookupMode", "gopls replaced gocode, so delete it"),
          Map.entry(
              "go.useCodeSnippetsOnFunctionSuggest",
              "use \"gopls\": {\"ui.completion.usePlaceholders\": true}"),
          Map.entry(
              "go.useCodeSnippetsOnFunctionSuggestWithoutType",
              "use \"gopls\": {\"ui.completion.usePlaceholders\": true}"),
          Map.entry(
              "go.autocompleteUnimportedPackages",
              "gopls completes unimported packages by default, so delete it"),
          Map.entry("go.docsTool", "gopls shows documentation, so delete it"),
          Map.entry("go.gotoSymbol.includeImports", "gopls provides symbol search, so delete it"),
          Map.entry("go.gotoSymbol.includeGoroot", "gopls provides symbol search, so delete it"),
          Map.entry("go.gotoSymbol.ignoreFolders", "gopls provides symbol search, so delete it"),
          Map.entry("go.liveErrors", "gopls reports errors as you type, so delete it"),
          Map.entry(
              "go.useGoProxyToCheckForToolUpdates", "use \"go.toolsManagement.checkForUpdates\""),
          Map.entry("go.languageServerExperimentalFeatures", "delete it"),
          Map.entry("go.overwriteGoplsMiddleware", "delete it"),
          Map.entry("go.formatOnSave", "use \"editor.formatOnSave\" inside \"[go]\""),
          Map.entry("go.referencesCodeLens.enabled", "use \"go.enableCodeLens\""),
          Map.entry("build.allowImplicitNetworkAccess", "gopls no longer has it, so delete it"),
          Map.entry("build.allowModfileModifications", "gopls no longer has it, so delete it"));

  /** Settings that still work but are deprecated, with the replacement. */
  private static final Map<String, String> DEPRECATED =
      Map.of(
          "go.buildOnSave",
              "the language server (go.useLanguageServer) reports build errors as you"
                  + " type, so delete it",
          "go.logging.level", "use the \"Developer: Set Log Level...\" command instead",
          "ui.noSemanticNumber", "use \"ui.semanticTokenTypes\": {\"number\": false}",
          "ui.noSemanticString", "use \"ui.semanticTokenTypes\": {\"string\": false}");

  /** gopls options it accepts but the extension does not declare (gopls matches the last name). */
  private static final Set<String> HIDDEN_GOPLS =
      Set.of(
          "completeUnimported",
          "deepCompletion",
          "completionDocumentation",
          "hints",
          "vulncheck",
          "analysisProgressReporting",
          "symbolScope",
          "linksInHover");

  private final Set<String> goKeys;
  private final Set<String> goplsKeys = new HashSet<>();

  /**
   * Creates the rules, reading the known names from the settings schema.
   *
   * @param catalog the schemas
   */
  public SettingsRules(SchemaCatalog catalog) {
    JsonNode properties = catalog.document(SCHEMA).path("properties");
    this.goKeys = new HashSet<>(properties.propertyNames());
    for (String key : properties.path("gopls").path("properties").propertyNames()) {
      goplsKeys.add(key);
      goplsKeys.add(key.substring(key.lastIndexOf('.') + 1));
    }
    goplsKeys.addAll(HIDDEN_GOPLS);
  }

  /**
   * Checks a settings object.
   *
   * @param settings the object ({@code settings.json} root or a devcontainer settings block)
   * @param pointer its pointer
   * @param sink where to report
   */
  public void check(JsonNode settings, String pointer, IssueSink sink) {
    Nodes.members(
        settings,
        pointer,
        (key, p, value) -> {
          if (key.startsWith("gopls.")) {
            goplsKey(key.substring("gopls.".length()), p, sink);
          } else if (key.equals("gopls")) {
            Nodes.members(value, p, (name, gp, v) -> goplsKey(name, gp, sink));
            GoTargetRules.checkEnvMap(
                value.path("build.env"), JsonPointers.child(p, "build.env"), sink);
          } else if (key.startsWith("go.")) {
            goKey(key, p, sink);
          }
        });
    String toolsEnv = JsonPointers.child(pointer, "go.toolsEnvVars");
    JsonNode tools = settings.path("go.toolsEnvVars");
    GoTargetRules.checkEnvMap(tools, toolsEnv, sink);
    GoTargetRules.checkEnvMap(
        settings.path("go.testEnvVars"), JsonPointers.child(pointer, "go.testEnvVars"), sink);
    for (String name : new String[] {"GOOS", "GOARCH"}) {
      if (tools.has(name)) {
        sink.flagKey(
            RuleId.GO_TOOLS_ENV_TARGET,
            JsonPointers.child(toolsEnv, name),
            name
                + " in go.toolsEnvVars points gopls, tests and the debugger at another platform,"
                + " so tests cannot run; set it in a build task's options.env instead.");
      }
    }
    formatter(settings, pointer, sink);
    PathSettingsRules.check(settings, pointer, sink);
    Nodes.text(settings.path("go.toolsGopath"))
        .filter(v -> v.matches(".*[/\\\\]bin[/\\\\]?"))
        .ifPresent(
            v ->
                sink.flag(
                    RuleId.GO_TOOLS_GOPATH_BIN,
                    JsonPointers.child(pointer, "go.toolsGopath"),
                    "go.toolsGopath \""
                        + v
                        + "\" is a bin"
                        + " folder, but tools are installed into its bin subfolder ("
                        + v
                        + "/bin); set it to the parent folder."));
  }

  private void goKey(String key, String pointer, IssueSink sink) {
    if (REMOVED.containsKey(key)) {
      sink.explainKey(
          RuleId.GO_REMOVED_SETTING,
          pointer,
          "Setting \""
              + key
              + "\" was removed from the Go extension and is ignored; "
              + REMOVED.get(key)
              + ".");
    } else if (DEPRECATED.containsKey(key)) {
      sink.explainKey(
          RuleId.GO_DEPRECATED_SETTING,
          pointer,
          "Setting \"" + key + "\" is deprecated; " + DEPRECATED.get(key) + ".");
    } else if (!goKeys.contains(key)) {
      String hint =
          Suggestions.nearest(key, goKeys)
              .map(s -> "did you mean \"" + s + "\"?")
              .orElse("check its spelling against the Go extension's settings.");
      sink.flagKey(
          RuleId.GO_UNKNOWN_SETTING,
          pointer,
          "The Go extension has no" + " setting \"" + key + "\", so it is ignored; " + hint);
    }
  }

  private void goplsKey(String key, String pointer, IssueSink sink) {
    if (REMOVED.containsKey(key)) {
      sink.explainKey(
          RuleId.GO_REMOVED_SETTING,
          pointer,
          "gopls setting \"" + key + "\" was removed and is ignored; " + REMOVED.get(key) + ".");
    } else if (DEPRECATED.containsKey(key)) {
      sink.explainKey(
          RuleId.GO_DEPRECATED_SETTING,
          pointer,
          "gopls setting \"" + key + "\" is deprecated; " + DEPRECATED.get(key) + ".");
    } else if (!goplsKeys.contains(key)
        && !goplsKeys.contains(key.substring(key.lastIndexOf('.') + 1))) {
      String hint =
          Suggestions.nearest(key, goplsKeys)
              .map(s -> "did you mean \"" + s + "\"?")
              .orElse("check its spelling against the gopls settings documentation.");
      sink.flagKey(
          RuleId.GOPLS_UNKNOWN_SETTING,
          pointer,
          "gopls has no setting \"" + key + "\", so it is ignored; " + hint);
    }
  }

  private static void formatter(JsonNode settings, String pointer, IssueSink sink) {
    String tool = settings.path("go.formatTool").asString("");
    String toolPointer = JsonPointers.child(pointer, "go.formatTool");
    if (tool.equals("custom") && !settings.path("go.alternateTools").has("customFormatter")) {
      sink.flag(
          RuleId.GO_CUSTOM_FORMATTER_MISSING,
          toolPointer,
          "go.formatTool is"
              + " \"custom\" but go.alternateTools.customFormatter is not set, so formatting fails;"
              + " set it to the formatter's path.");
    } else if (tool.equals("goformat")) {
      sink.flag(
          RuleId.GO_DEPRECATED_SETTING,
          toolPointer,
          "go.formatTool"
              + " \"goformat\" is deprecated because it does not support generics; use \"gofumpt\" or"
              + " \"default\".");
    }
  }
}
