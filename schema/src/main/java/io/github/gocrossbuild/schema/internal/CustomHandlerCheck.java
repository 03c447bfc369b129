package io.github.gocrossbuild.schema.internal;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.Target;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Checks that host.json's Go custom handler names the binary that was built, with the right {@code
 * .exe} suffix, for a platform Azure Functions runs.
 */
public final class CustomHandlerCheck {
  private CustomHandlerCheck() {}

  /**
   * Compares a parsed host.json with a built artifact.
   *
   * @param parsed the parsed host.json
   * @param artifact the artifact's file name
   * @param target the artifact's platform, empty when the file does not tell one Go builds for
   * @param staticallyLinked whether the artifact is statically linked
   */
  public static void check(
      ValidationEngine.Parsed parsed,
      String artifact,
      Optional<Target> target,
      boolean staticallyLinked) {
    IssueSink sink = parsed.sink();
    if (parsed.root().isEmpty()) {
      return;
    }
    JsonNode root = parsed.root().get();
    String section =
        root.has("customHandler") || !root.has("httpWorker") ? "customHandler" : "httpWorker";
    String pointer = "/" + section + "/description/defaultExecutablePath";
    String path = root.path(section).path("description").path("defaultExecutablePath").asString("");
    if (path.isBlank()) {
      sink.flag(
          RuleId.HOST_CUSTOM_HANDLER_MISSING_EXECUTABLE,
          pointer,
          "host.json"
              + " has no customHandler.description.defaultExecutablePath; set it to \""
              + fileName(artifact)
              + "\".");
      return;
    }
    String configured = fileName(path);
    String built = fileName(artifact);
    if (!configured.equals(built)) {
      String why =
          configured.equals(built + ".exe")
              ? "names a Windows executable but the build for "
                  + target.map(t -> t.goos().goName()).orElse("another system")
                  + " produced \""
                  + built
                  + "\""
              : built.equals(configured + ".exe")
                  ? "has no .exe but the Windows build produced \"" + built + "\""
                  : "names \"" + configured + "\" but the build produced \"" + built + "\"";
      sink.flag(
          RuleId.HOST_CUSTOM_HANDLER_NAME,
          pointer,
          "defaultExecutablePath " + why + "; set it to \"" + replaceName(path, built) + "\".");
    }
    if (target.isEmpty()) {
      sink.flag(
          RuleId.HOST_CUSTOM_HANDLER_PLATFORM,
          pointer,
          "\""
              + built
              + "\" is not an executable for a platform Go builds, so Azure Functions cannot run"
              + " it; build the handler for linux/amd64.");
      return;
    }
    GoOs goos = target.get().goos();
    GoArch goarch = target.get().goarch();
    if (goos != GoOs.LINUX && goos != GoOs.WINDOWS) {
      sink.flag(
          RuleId.HOST_CUSTOM_HANDLER_PLATFORM,
          pointer,
          "The handler was built for "
              + goos.goName()
              + "/"
              + goarch.goName()
              + " but Azure Functions runs custom handlers on Linux or"
              + " Windows; build for linux/amd64.");
    } else if (goos == GoOs.LINUX && goarch != GoArch.AMD64) {
      sink.flag(
          RuleId.HOST_CUSTOM_HANDLER_PLATFORM,
          pointer,
          "The handler was built for linux/"
              + goarch.goName()
              + " but Linux Function App plans run amd64; build for linux/amd64.");
    } else if (goos == GoOs.WINDOWS && goarch != GoArch.AMD64 && goarch != GoArch.I386) {
      sink.flag(
          RuleId.HOST_CUSTOM_HANDLER_PLATFORM,
          pointer,
          "The handler was built for windows/"
              + goarch.goName()
              + " but Windows Function App plans run amd64 or 386; build for"
              + " windows/amd64.");
    }
    if (goos == GoOs.LINUX && !staticallyLinked) {
      sink.flag(
          RuleId.HOST_CUSTOM_HANDLER_NOT_STATIC,
          pointer,
          "The Linux handler is"
              + " dynamically linked and the Functions image may lack its libraries; build with"
              + " CGO_ENABLED=0 for a static binary.");
    }
  }

  private static String fileName(String path) {
    String p = path.replace('\\', '/');
    return p.substring(p.lastIndexOf('/') + 1);
  }

  private static String replaceName(String path, String name) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(0, slash + 1) + name;
  }
}
