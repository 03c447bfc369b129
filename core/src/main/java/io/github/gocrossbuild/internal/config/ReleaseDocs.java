package io.github.gocrossbuild.internal.config;

import io.github.gocrossbuild.BuildSpec;
import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoVersion;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.plan.OutputNaming;
import io.github.gocrossbuild.internal.plan.TargetPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The files around the build: the dev container and GoReleaser. */
public final class ReleaseDocs {
  private ReleaseDocs() {}

  /**
   * Describes devcontainer.json: the Go image of the toolchain's minor version with the Go
   * extension. The container runs on this machine, or on the SSH host the builder builds on
   * (Remote-SSH with a dev container), never on a target: a target's platform would run the whole
   * container under emulation. The platform is pinned only when that machine is not this one.
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
    facts
        .containerPlatform()
        .filter(p -> facts.hostPlatform().map(h -> h.goarch() != p.goarch()).orElse(true))
        .ifPresent(p -> entries.add(member("runArgs", List.of("--platform=" + dockerPlatform(p)))));
    entries.add(
        member("customizations", Map.of("vscode", Map.of("extensions", List.of("golang.go")))));
    entries.add(member("remoteUser", "vscode"));
    if (!facts.forwardPorts().isEmpty()) {
      entries.add(member("forwardPorts", facts.forwardPorts()));
    }
    return new JsonDoc(entries, true);
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

  /**
   * Docker's name of the Linux platform of a machine: {@code linux/arm64}, {@code linux/arm/v7}.
   */
  private static String dockerPlatform(Target machine) {
    String arch = machine.goarch().goName();
    return machine.goarch() == GoArch.ARM
        ? "linux/arm/v" + machine.variant().orElse("7")
        : "linux/" + arch;
  }

  private static String minor(String goVersion) {
    return GoVersion.tryParse(goVersion)
        .map(v -> v.language().number())
        .orElse(goVersion.startsWith("go") ? goVersion.substring(2) : goVersion);
  }
}
