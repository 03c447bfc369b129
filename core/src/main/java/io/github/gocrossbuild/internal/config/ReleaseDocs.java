package io.github.gocrossbuild.internal.config;

import io.github.gocrossbuild.BuildSpec;
import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.GoVersion;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.plan.OutputNaming;
import io.github.gocrossbuild.internal.plan.TargetPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The files around the build: dev container, Azure Functions host.json and GoReleaser. */
public final class ReleaseDocs {
  /** The extension bundle range a new Functions app uses. */
  static final String BUNDLE_RANGE = "[4.*, 5.0.0)";

  private ReleaseDocs() {}

  /**
   * Describes devcontainer.json: the Go image of the toolchain's minor version, for the first
   * target's architecture when that is arm64, with the Go extension.
   *
   * @param facts the project
   * @return the document
   */
  public static JsonDoc devcontainer(ProjectFacts facts) {
    TargetPlan first = facts.plans().get(0);
    String minor = minor(first.toolchain().goVersion());
    List<JsonDoc.Entry> entries = new ArrayList<>();
    entries.add(member("name", String.format("%s (Go %s)", facts.baseName(), minor)));
    entries.add(member("image", "mcr.microsoft.com/devcontainers/go:" + minor));
    if (first.target().goarch() == GoArch.ARM64) {
      entries.add(member("runArgs", List.of("--platform=linux/arm64")));
    }
    entries.add(
        member("customizations", Map.of("vscode", Map.of("extensions", List.of("golang.go")))));
    entries.add(member("remoteUser", "vscode"));
    if (!facts.forwardPorts().isEmpty()) {
      entries.add(member("forwardPorts", facts.forwardPorts()));
    }
    return new JsonDoc(entries, true);
  }

  /**
   * Describes host.json of an Azure Functions custom handler whose executable is the artifact of
   * the first Linux or Windows target (else the first target).
   *
   * @param facts the project
   * @return the document (strict JSON: no marker comments)
   */
  public static JsonDoc host(ProjectFacts facts) {
    Path artifact =
        facts.plans().stream()
            .filter(p -> p.target().goos() == GoOs.LINUX || p.target().goos() == GoOs.WINDOWS)
            .findFirst()
            .orElse(facts.plans().get(0))
            .artifact();
    Map<String, Object> bundle = new LinkedHashMap<>();
    bundle.put("id", "Microsoft.Azure.Functions.ExtensionBundle");
    bundle.put("version", BUNDLE_RANGE);
    Map<String, Object> handler = new LinkedHashMap<>();
    handler.put("description", Map.of("defaultExecutablePath", artifact.getFileName().toString()));
    handler.put("enableForwardingHttpRequest", facts.forwardHttp());
    return new JsonDoc(
        List.of(
            new JsonDoc.Member("version", "2.0", false),
            new JsonDoc.Member("extensionBundle", bundle, false),
            new JsonDoc.Member("customHandler", handler, false)),
        false);
  }

  /**
   * Writes a version 2 .goreleaser.yaml with one build per target carrying the same variables,
   * flags, linker flags and tags as {@code run()}, and a commit timestamp for reproducible bytes.
   *
   * @param facts the project
   * @param workspace where the file lives (GoReleaser's project root)
   * @return the YAML text
   */
  public static String goreleaser(ProjectFacts facts, Path workspace) {
    BuildSpec spec = facts.spec();
    StringBuilder y = new StringBuilder("# Written by GoCrossBuild from the build spec.\n");
    y.append("version: 2\n\nproject_name: ").append(yaml(facts.baseName())).append("\n\nbuilds:\n");
    Path module = facts.moduleDir();
    Path ws = workspace.toAbsolutePath().normalize();
    Optional<String> dir =
        module.equals(ws)
            ? Optional.empty()
            : Optional.of(
                module.startsWith(ws)
                    ? ws.relativize(module).toString().replace('\\', '/')
                    : module.toString());
    for (TargetPlan plan : facts.plans()) {
      Target t = plan.target();
      String file = OutputNaming.fileName(facts.baseName(), t);
      String binary = file.substring(0, file.length() - t.executableSuffix().length());
      y.append("  - id: ").append(yaml(binary)).append('\n');
      dir.ifPresent(d -> y.append("    dir: ").append(yaml(d)).append('\n'));
      y.append("    main: ").append(yaml(spec.pkg())).append('\n');
      y.append("    binary: ").append(yaml(binary)).append('\n');
      list(y, "env", envLines(plan));
      list(y, "goos", List.of(t.goos().goName()));
      list(y, "goarch", List.of(t.goarch().goName()));
      t.variant()
          .ifPresent(
              v ->
                  list(
                      y,
                      t.variantVariable().orElseThrow().toLowerCase(java.util.Locale.ROOT),
                      List.of(v)));
      goFlags(y, plan);
      y.append("    mod_timestamp: '{{ .CommitTimestamp }}'\n");
    }
    y.append("\narchives:\n  - formats: [tar.gz]\n    format_overrides:\n")
        .append("      - goos: windows\n        formats: [zip]\n")
        .append("\nchecksum:\n  name_template: checksums.txt\n");
    return y.toString();
  }

  /** The flags of run()'s argv, sorted into GoReleaser's fields. */
  private static void goFlags(StringBuilder y, TargetPlan plan) {
    List<String> flags = new ArrayList<>();
    List<String> ldflags = new ArrayList<>();
    List<String> gcflags = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    List<String> argv = plan.argv();
    for (String a : argv.subList(2, argv.indexOf("-o"))) {
      if (a.startsWith("-ldflags=")) {
        ldflags.add(a.substring("-ldflags=".length()));
      } else if (a.startsWith("-gcflags=")) {
        gcflags.add(a.substring("-gcflags=".length()));
      } else if (a.startsWith("-tags=")) {
        tags.addAll(List.of(a.substring("-tags=".length()).split(",")));
      } else {
        flags.add(a);
      }
    }
    list(y, "flags", flags);
    list(y, "ldflags", ldflags);
    list(y, "gcflags", gcflags);
    list(y, "tags", tags);
  }

  private static List<String> envLines(TargetPlan plan) {
    List<String> out = new ArrayList<>();
    plan.configVariables()
        .forEach(
            (k, v) -> {
              if (!k.equals("GOOS") && !k.equals("GOARCH") && !v.isEmpty()) {
                if (plan.target().variantVariable().filter(k::equals).isEmpty()) {
                  out.add(k + "=" + v);
                }
              }
            });
    return out;
  }

  private static void list(StringBuilder y, String key, List<?> values) {
    if (values.isEmpty()) {
      return;
    }
    y.append("    ").append(key).append(":\n");
    for (Object v : values) {
      y.append("      - ").append(yaml(v.toString())).append('\n');
    }
  }

  private static JsonDoc.Member member(String key, Object value) {
    return new JsonDoc.Member(key, value, true);
  }

  /** A single-quoted YAML scalar: nothing inside is special but the quote, written twice. */
  private static String yaml(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  private static String minor(String goVersion) {
    return GoVersion.tryParse(goVersion)
        .map(v -> v.language().number())
        .orElse(goVersion.startsWith("go") ? goVersion.substring(2) : goVersion);
  }
}
