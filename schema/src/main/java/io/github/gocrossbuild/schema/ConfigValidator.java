package io.github.gocrossbuild.schema;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.binary.GoBinary;
import io.github.gocrossbuild.schema.internal.CustomHandlerCheck;
import io.github.gocrossbuild.schema.internal.SourceText;
import io.github.gocrossbuild.schema.internal.ValidationEngine;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Validates VS Code, devcontainer, Azure Functions and GoReleaser configuration files against the
 * project's embedded JSON Schemas and Go-aware lint rules, reporting every issue with its JSON
 * pointer, line and column.
 *
 * <pre>{@code
 * ValidationReport report = ConfigValidator.standard().validate(Path.of(".vscode/tasks.json"));
 * for (ConfigIssue issue : report.issues()) {
 *   log.println(issue);          // .vscode/tasks.json:12:7: error [tasks.env-outside-options] ...
 * }
 * }</pre>
 *
 * <p>Bad content never throws: invalid JSON or YAML, binary data, deep nesting and oversized files
 * become {@code syntax} or {@code too-large} errors. Only I/O problems throw {@link
 * ConfigFileException}. A validator is immutable and thread-safe; each schema is compiled once, on
 * first use, and then shared.
 */
public final class ConfigValidator {
  private static final class Standard {
    static final ConfigValidator INSTANCE = new ConfigValidator(SourceText.MAX_BYTES);
  }

  private final ValidationEngine engine;
  private final int maxBytes;

  ConfigValidator(int maxBytes) {
    this.maxBytes = maxBytes;
    this.engine = new ValidationEngine(maxBytes);
  }

  /**
   * Returns the shared validator with the embedded schemas and all rules; files over 10 MiB are
   * reported as {@code too-large}.
   *
   * @return the validator
   */
  public static ConfigValidator standard() {
    return Standard.INSTANCE;
  }

  /**
   * Validates a file, telling its kind from its name and folder (for example {@code
   * .vscode/tasks.json} or {@code .goreleaser.yaml}).
   *
   * @param file the file
   * @return the report
   * @throws ConfigFileException when the name is not one this module knows (the message lists the
   *     accepted names) or the file cannot be read
   */
  public ValidationReport validate(Path file) {
    Objects.requireNonNull(file, "file");
    ConfigKind kind =
        ConfigKind.detect(file)
            .orElseThrow(
                () ->
                    new ConfigFileException(
                        file,
                        "Cannot tell the kind of "
                            + file
                            + " from its name; accepted are "
                            + ConfigKind.allAcceptedNames()
                            + ", or pass the kind with validate(Path, ConfigKind)."));
    return validate(file, kind);
  }

  /**
   * Validates a file as the given kind, whatever its name.
   *
   * @param file the file
   * @param kind the kind of configuration it holds
   * @return the report
   * @throws ConfigFileException when the file cannot be read
   */
  public ValidationReport validate(Path file, ConfigKind kind) {
    Objects.requireNonNull(kind, "kind");
    return engine.validate(kind, file.toString(), read(file));
  }

  /**
   * Validates text; issues name the kind's usual file name, e.g. {@code tasks.json}.
   *
   * @param kind the kind of configuration
   * @param text the content
   * @return the report
   */
  public ValidationReport validate(ConfigKind kind, String text) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    return engine.validate(kind, kind.fileName(), text);
  }

  /**
   * Checks that host.json's Go custom handler matches a finished build: the executable name (with
   * {@code .exe} exactly when the target is Windows), a platform Azure Functions runs (linux/amd64,
   * windows/amd64 or windows/386) and, on Linux, static linking.
   *
   * <pre>{@code
   * BuildResult r = GoCrossBuild.target(LINUX, AMD64).noCgo().binaryName("handler").run();
   * ValidationReport report = ConfigValidator.standard().checkCustomHandler(Path.of("host.json"), r);
   * }</pre>
   *
   * @param hostJson the host.json file
   * @param build the build of the handler: its artifact, target and binary
   * @return a report with only the cross-file issues (and any syntax error of host.json)
   * @throws ConfigFileException when host.json cannot be read
   */
  public ValidationReport checkCustomHandler(Path hostJson, BuildResult build) {
    Objects.requireNonNull(build, "build");
    return checkCustomHandler(
        hostJson,
        build.artifact(),
        Optional.of(build.target()),
        build.binary().isStaticallyLinked());
  }

  /**
   * Checks that host.json's Go custom handler matches a binary read from disk, e.g. one built
   * elsewhere: the same checks as {@link #checkCustomHandler(Path, BuildResult)}, with the name
   * taken from {@link GoBinary#path()} and the platform from the file itself.
   *
   * <pre>{@code
   * GoBinary handler = GoBinary.read(Path.of("handler"));
   * ValidationReport report =
   *     ConfigValidator.standard().checkCustomHandler(Path.of("host.json"), handler);
   * }</pre>
   *
   * @param hostJson the host.json file
   * @param binary the handler binary, as read by {@link GoBinary#read(Path)}
   * @return a report with only the cross-file issues (and any syntax error of host.json)
   * @throws ConfigFileException when host.json cannot be read
   */
  public ValidationReport checkCustomHandler(Path hostJson, GoBinary binary) {
    Objects.requireNonNull(binary, "binary");
    return checkCustomHandler(
        hostJson, binary.path(), binary.target(), binary.isStaticallyLinked());
  }

  private ValidationReport checkCustomHandler(
      Path hostJson, Path artifact, Optional<Target> target, boolean staticallyLinked) {
    Objects.requireNonNull(hostJson, "hostJson");
    ValidationEngine.Parsed parsed =
        engine.parse(ConfigKind.AZURE_FUNCTIONS_HOST, hostJson.toString(), read(hostJson));
    CustomHandlerCheck.check(parsed, artifact.getFileName().toString(), target, staticallyLinked);
    return ValidationReport.of(
        ConfigKind.AZURE_FUNCTIONS_HOST, hostJson.toString(), parsed.sink().issues());
  }

  private byte[] read(Path file) {
    try {
      return SourceText.readBounded(file, maxBytes);
    } catch (NoSuchFileException e) {
      throw new ConfigFileException(file, "Config file " + file + " does not exist.", e);
    } catch (IOException e) {
      throw new ConfigFileException(
          file, "Cannot read config file " + file + ": " + e.getMessage(), e);
    }
  }
}
