package io.github.gocrossbuild.internal.config;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.plan.TargetPlan;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Azure Functions files of a Go custom handler: {@code host.json}, whose {@code
 * defaultExecutablePath} is the path of the handler binary relative to the directory {@code
 * host.json} is written in, and {@code local.settings.json}, which tells Core Tools the worker
 * runtime is {@code custom}. The handler is the first target Azure Functions runs: linux/amd64,
 * windows/amd64 or windows/386.
 */
public final class FunctionsDocs {
  /** The extension bundle range a new Functions app uses. */
  static final String BUNDLE_RANGE = "[4.*, 5.0.0)";

  private FunctionsDocs() {}

  /**
   * Returns the plan of the handler: the first target whose platform Azure Functions runs.
   *
   * @param facts the project
   * @return the plan, or empty when no target is for linux/amd64, windows/amd64 or windows/386
   */
  public static Optional<TargetPlan> handler(ProjectFacts facts) {
    return facts.plans().stream().filter(p -> runsOnFunctions(p.target())).findFirst();
  }

  /**
   * Says why there is no {@code host.json} for these targets, and what to do.
   *
   * @param facts the project
   * @return the message
   */
  public static String noHandler(ProjectFacts facts) {
    return String.format(
        "host.json: Azure Functions runs custom handlers on linux/amd64, windows/amd64 or"
            + " windows/386, and none of the targets (%s) is one; add linux/amd64 to the targets"
            + " for a Functions app",
        String.join(", ", facts.plans().stream().map(p -> p.target().platform()).toList()));
  }

  /**
   * Describes host.json.
   *
   * @param facts the project
   * @param handler the handler's plan, from {@link #handler}
   * @param dir the directory host.json is written in
   * @return the document (strict JSON: no marker comments)
   */
  public static JsonDoc host(ProjectFacts facts, TargetPlan handler, Path dir) {
    Map<String, Object> bundle = new LinkedHashMap<>();
    bundle.put("id", "Microsoft.Azure.Functions.ExtensionBundle");
    bundle.put("version", BUNDLE_RANGE);
    Map<String, Object> handlerSection = new LinkedHashMap<>();
    handlerSection.put(
        "description", Map.of("defaultExecutablePath", relative(dir, handler.artifact())));
    handlerSection.put("enableForwardingHttpRequest", facts.forwardHttp());
    return new JsonDoc(
        List.of(
            new JsonDoc.Member("version", "2.0", false),
            new JsonDoc.Member("extensionBundle", bundle, false),
            new JsonDoc.Member("customHandler", handlerSection, false)),
        false);
  }

  /**
   * Describes local.settings.json: {@code FUNCTIONS_WORKER_RUNTIME=custom}, added when missing.
   *
   * @return the document (strict JSON)
   */
  public static JsonDoc localSettings() {
    return new JsonDoc(
        List.of(
            new JsonDoc.Member("IsEncrypted", false, false),
            new JsonDoc.Member("Values", Map.of("FUNCTIONS_WORKER_RUNTIME", "custom"), false)),
        false);
  }

  private static boolean runsOnFunctions(Target t) {
    return t.goos() == GoOs.LINUX && t.goarch() == GoArch.AMD64
        || t.goos() == GoOs.WINDOWS && (t.goarch() == GoArch.AMD64 || t.goarch() == GoArch.I386);
  }

  /**
   * The artifact as the Functions host resolves it: relative to host.json's directory when it is
   * inside it (what gets deployed), else absolute (a path out of the app would not be deployed).
   */
  private static String relative(Path dir, Path artifact) {
    Path d = dir.toAbsolutePath().normalize();
    Path a = artifact.toAbsolutePath().normalize();
    return a.startsWith(d) ? d.relativize(a).toString().replace('\\', '/') : a.toString();
  }
}
