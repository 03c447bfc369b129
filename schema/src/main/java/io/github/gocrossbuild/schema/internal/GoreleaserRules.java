package io.github.gocrossbuild.schema.internal;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.internal.jsonc.JsonPointers;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Lint rules for {@code .goreleaser.yaml}, focused on the {@code builds} section. */
public final class GoreleaserRules implements Rule {
  /** Keys deprecated in v2 (still accepted; {@code goreleaser check} exits 2), per section. */
  private static final Map<String, Map<String, String>> DEPRECATED =
      Map.of(
          "builds", Map.of("gobinary", "use \"tool\" (since v2.5)"),
          "archives",
              Map.of(
                  "format", "use \"formats\" (since v2.6)",
                  "builds", "use \"ids\" (since v2.8)"),
          "format_overrides", Map.of("format", "use \"formats\" (since v2.6)"),
          "snapshot", Map.of("name_template", "use \"version_template\" (since v2.2)"));

  /** Keys GoReleaser v2 no longer has; its strict decoder rejects them. */
  private static final Map<String, Map<String, String>> REMOVED =
      Map.of(
          "archives",
              Map.of(
                  "replacements", "use name_template with {{ if eq .Arch \"amd64\" }}... instead",
                  "rlcp", "delete it, it is the default since v2.0"),
          "", Map.of("build", "use a \"builds\" list"));

  private static final Set<String> VARIANT_LISTS =
      Set.of("goarm", "goamd64", "goarm64", "gomips", "go386", "goppc64", "goriscv64");

  @Override
  public void check(JsonNode root, IssueSink sink) {
    if (!root.isObject()) {
      return;
    }
    version(root, sink);
    keys(root, "", "", sink);
    Nodes.members(root.path("snapshot"), "/snapshot", (k, p, v) -> keyRule("snapshot", k, p, sink));
    Nodes.elements(
        root.path("archives"),
        "/archives",
        (i, p, archive) -> {
          keys(archive, p, "archives", sink);
          Nodes.elements(
              archive.path("format_overrides"),
              JsonPointers.child(p, "format_overrides"),
              (j, fp, o) -> keys(o, fp, "format_overrides", sink));
        });
    GoTargetRules.checkEnvList(root.path("env"), "/env", sink);
    Nodes.elements(root.path("builds"), "/builds", (i, p, build) -> build(build, p, sink));
  }

  private static void version(JsonNode root, IssueSink sink) {
    JsonNode version = root.path("version");
    if (version.isMissingNode()) {
      sink.explainValue(
          RuleId.GORELEASER_MISSING_VERSION,
          "/version",
          "There is no"
              + " \"version: 2\", so GoReleaser v2 warns and reports any strict-parse error as a"
              + " version error; add version: 2 at the top.");
    } else if (!version.isIntegralNumber() || version.asInt() != 2) {
      sink.explainValue(
          RuleId.GORELEASER_MISSING_VERSION,
          "/version",
          "GoReleaser"
              + " v2 only supports version: 2 and this file says "
              + SchemaMessages.show(version)
              + "; migrate the file and set version: 2.");
    }
  }

  private static void keys(JsonNode object, String pointer, String section, IssueSink sink) {
    Nodes.members(object, pointer, (key, p, v) -> keyRule(section, key, p, sink));
  }

  private static void keyRule(String section, String key, String pointer, IssueSink sink) {
    String removed = REMOVED.getOrDefault(section, Map.of()).get(key);
    if (removed != null) {
      sink.explainKey(
          RuleId.GORELEASER_REMOVED_KEY,
          pointer,
          "\""
              + key
              + "\" no longer exists in GoReleaser v2, which rejects the file; "
              + removed
              + ".");
      return;
    }
    String deprecated = DEPRECATED.getOrDefault(section, Map.of()).get(key);
    if (deprecated != null) {
      sink.explainKey(
          RuleId.GORELEASER_DEPRECATED_KEY,
          pointer,
          "\"" + key + "\" is deprecated; " + deprecated + ".");
    }
  }

  private static void build(JsonNode build, String pointer, IssueSink sink) {
    if (!build.isObject()) {
      return;
    }
    keys(build, pointer, "builds", sink);
    GoTargetRules.checkEnvList(build.path("env"), JsonPointers.child(pointer, "env"), sink);
    Nodes.oneOrMany(
        build.path("goos"),
        JsonPointers.child(pointer, "goos"),
        (i, p, v) -> Nodes.scalarText(v).ifPresent(os -> GoTargetRules.checkGoos(os, p, sink)));
    Nodes.oneOrMany(
        build.path("goarch"),
        JsonPointers.child(pointer, "goarch"),
        (i, p, v) -> {
          unquoted("goarch", v, p, sink);
          Nodes.scalarText(v).ifPresent(arch -> GoTargetRules.checkGoarch(arch, p, sink));
        });
    for (String list : VARIANT_LISTS) {
      Nodes.oneOrMany(
          build.path(list),
          JsonPointers.child(pointer, list),
          (i, p, v) -> unquoted(list, v, p, sink));
    }
    Nodes.elements(
        build.path("targets"),
        JsonPointers.child(pointer, "targets"),
        (i, p, v) -> Nodes.text(v).ifPresent(t -> target(t, p, sink)));
    for (String matrix : new String[] {"ignore", "overrides"}) {
      Nodes.elements(
          build.path(matrix),
          JsonPointers.child(pointer, matrix),
          (i, p, entry) -> {
            Nodes.scalarText(entry.path("goos"))
                .ifPresent(os -> GoTargetRules.checkGoos(os, JsonPointers.child(p, "goos"), sink));
            Nodes.scalarText(entry.path("goarch"))
                .ifPresent(
                    arch -> GoTargetRules.checkGoarch(arch, JsonPointers.child(p, "goarch"), sink));
            GoTargetRules.checkEnvList(entry.path("env"), JsonPointers.child(p, "env"), sink);
          });
    }
    if (build.has("targets") && (build.has("goos") || build.has("goarch"))) {
      sink.flagKey(
          RuleId.GORELEASER_TARGETS_OVERRIDE,
          JsonPointers.child(pointer, "targets"),
          "\"targets\" replaces goos, goarch and their"
              + " variants, so those lists are ignored; keep only one of the two forms.");
    }
    reproducible(build, pointer, sink);
  }

  private static void target(String target, String pointer, IssueSink sink) {
    if (target.equals("go_first_class") || target.equals("go_118_first_class")) {
      return;
    }
    String[] parts = target.split("_", 3);
    if (parts.length < 2) {
      sink.flag(
          RuleId.GO_INVALID_TARGET,
          pointer,
          "Target \""
              + target
              + "\" must"
              + " be goos_goarch or goos_goarch_variant, e.g. linux_arm64 or linux_arm_7.");
      return;
    }
    Optional<GoOs> os = GoTargetRules.checkGoos(parts[0], pointer, sink);
    Optional<GoArch> arch = GoTargetRules.checkGoarch(parts[1], pointer, sink);
    if (os.isPresent()
        && arch.isPresent()
        && GoTargetRules.checkPair(os.get(), arch.get(), pointer, sink)
        && parts.length == 3) {
      GoTargetRules.checkVariant(
          os.get(), arch.get(), parts[2], pointer, "GoReleaser rejects it", sink);
    }
  }

  private static void unquoted(String list, JsonNode value, String pointer, IssueSink sink) {
    if (value.isNumber()) {
      sink.flag(
          RuleId.GORELEASER_UNQUOTED_NUMBER,
          pointer,
          list
              + " value "
              + value.asString()
              + " is a YAML number; GoReleaser converts it, but quote it ('"
              + value.asString()
              + "') so schema-based editors and tools agree.");
    }
  }

  private static void reproducible(JsonNode build, String pointer, IssueSink sink) {
    String builder = build.path("builder").asString("go");
    if (!(builder.isEmpty() || builder.equals("go")) || build.path("skip").asBoolean(false)) {
      return;
    }
    boolean timestamp = build.has("mod_timestamp");
    boolean[] trimpath = {false};
    Nodes.oneOrMany(
        build.path("flags"),
        JsonPointers.child(pointer, "flags"),
        (i, p, v) -> trimpath[0] |= Nodes.text(v).map(f -> f.contains("-trimpath")).orElse(false));
    if (timestamp && trimpath[0]) {
      return;
    }
    String missing =
        !timestamp && !trimpath[0]
            ? "mod_timestamp and -trimpath"
            : !timestamp ? "mod_timestamp" : "-trimpath";
    sink.flag(
        RuleId.GORELEASER_NOT_REPRODUCIBLE,
        pointer,
        "This build is not"
            + " reproducible without "
            + missing
            + "; add mod_timestamp: \"{{ .CommitTimestamp }}\""
            + " and flags: [-trimpath].");
  }
}
