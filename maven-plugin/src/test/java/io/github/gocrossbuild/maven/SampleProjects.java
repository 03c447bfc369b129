package io.github.gocrossbuild.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The integration tests' sample projects (src/test/projects) made real in {@code target/it}: the
 * README's {@code <plugin>} block inserted as written, the example Go module copied in as the
 * sidecar, and a real Maven ({@code maven.home} of the outer build) run on them with a local
 * repository of its own ({@code it.repo}, filled by invoker:install) and the outer local repository
 * as its only remote.
 */
final class SampleProjects {
  static final Path README = Path.of("../README.md");
  static final Path TEMPLATES = Path.of("src/test/projects");
  static final Path HELLO_SERVICE = Path.of("../examples/go/hello-service");
  static final Path IT_REPO = Path.of(property("it.repo"));
  static final String VERSION = property("it.version");

  private static final Pattern PLUGIN_BLOCK =
      Pattern.compile("<!-- snippet:maven-plugin -->\\n```xml\\n(.*?)```", Pattern.DOTALL);
  private static final AtomicInteger COPIES = new AtomicInteger();

  private SampleProjects() {}

  /** One finished Maven run. */
  record MavenRun(int exitCode, String output) {
    List<String> lines() {
      return output.lines().toList();
    }
  }

  /**
   * Returns the README's {@code <plugin>} block as a user copies it.
   *
   * @return the block
   */
  static String readmePluginBlock() {
    try {
      Matcher m = PLUGIN_BLOCK.matcher(Files.readString(README));
      assertThat(m.find())
          .as("README.md has a <!-- snippet:maven-plugin --> ```xml block")
          .isTrue();
      return m.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Copies a sample project into a fresh folder under {@code target/it}, with the README's plugin
   * block and the Go sidecar in each module that has a {@code <plugin>} placeholder.
   *
   * @param name the folder under src/test/projects
   * @return the copy
   */
  static Path copy(String name) {
    Path to = Path.of("target/it").resolve(name + "-" + COPIES.incrementAndGet()).toAbsolutePath();
    String block = readmePluginBlock();
    String versions = read(TEMPLATES.resolve("plugin-versions.xml"));
    deleteTree(to);
    try (Stream<Path> files = Files.walk(TEMPLATES.resolve(name))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(TEMPLATES.resolve(name).relativize(f).toString());
        Files.createDirectories(target.getParent());
        String text = read(f);
        if (f.getFileName().toString().equals("pom.xml") && text.contains("@plugin@")) {
          copyTree(HELLO_SERVICE, target.resolveSibling("src/main/go"));
        }
        Files.writeString(
            target, text.replace("@plugin@", block).replace("@plugin-versions@", versions));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return to;
  }

  /**
   * Runs Maven in a folder: batch mode, no transfer progress, the test settings and local
   * repository, the arguments given.
   *
   * @param dir the project
   * @param args goals and options
   * @return its exit code and output
   */
  static MavenRun mvn(Path dir, String... args) {
    List<String> argv = new ArrayList<>();
    argv.add(Path.of(property("maven.home"), "bin", "mvn").toString());
    argv.addAll(List.of("-B", "-ntp", "-s", settings().toString()));
    argv.add("-Dmaven.repo.local=" + IT_REPO.toAbsolutePath());
    argv.addAll(List.of(args));
    try {
      Path log = Files.createTempFile(dir, "mvn-", ".log");
      Process p =
          new ProcessBuilder(argv)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly().waitFor();
        throw new AssertionError("mvn " + String.join(" ", args) + " ran over 5 minutes");
      }
      return new MavenRun(p.exitValue(), read(log));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static Path settings() {
    Path to = Path.of("target/it/settings.xml").toAbsolutePath();
    String mirror = Path.of(property("it.mirror")).toUri().toString();
    try {
      Files.createDirectories(to.getParent());
      Files.writeString(to, read(TEMPLATES.resolve("settings.xml")).replace("@mirror@", mirror));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return to;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        Files.createDirectories(target.getParent());
        Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path f) {
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String property(String name) {
    String v = System.getProperty(name);
    if (v == null) {
      throw new IllegalStateException(
          name + " is not set: run the integration tests through Maven (mvn verify)");
    }
    return v;
  }
}
