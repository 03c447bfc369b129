package io.github.gocrossbuild.examples;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The Java blocks of README.md as a user pastes them: each block becomes the body of a method of
 * its own class, with only the library's packages imported and the names it uses but does not
 * declare (its inputs, {@link #INPUTS}) declared before it, compiled against the library alone (not
 * this module's classes, so an example-only helper does not compile) and run on request.
 */
final class ReadmeSnippets {
  /** A ```java block with its {@code <!-- snippet:NAME -->} marker. */
  static final Pattern BLOCK =
      Pattern.compile("(?:<!-- snippet:([\\w-]+) -->\\n)?```java\\n(.*?)```", Pattern.DOTALL);

  /** What each block uses without declaring it, as declarations; the tests give the values. */
  static final Map<String, List<String>> INPUTS =
      Map.ofEntries(
          entry("tour", List.of("Path module")),
          entry("matrix", List.of("Path module")),
          entry("cgo", List.of("Path module")),
          entry("assert-build", List.of("BuildResult result")),
          entry("provenance", List.of("Path module", "Path key", "Path pub")),
          entry("cache", List.of("Path module", "Path cacheDir")),
          entry("cached-matrix", List.of("Path module", "Path cacheDir")),
          entry("env", List.of("Path dir", "Map<String, String> processEnv", "String label")),
          entry(
              "ssh-host",
              List.of(
                  "String address",
                  "int port",
                  "String user",
                  "Path privateKey",
                  "Path knownHosts")),
          entry("ssh", List.of("SshHost host", "Path module")),
          entry("ssh-config", List.of("String alias", "Path sshConfig")),
          entry("remote-workspace", List.of("SshHost host", "String remoteDir", "String label")),
          entry("debug", List.of("SshHost host", "Path module")),
          entry("pool", List.of("SshHost host", "Path module")),
          entry("validate", List.of("Path root")),
          entry("assert-config", List.of()),
          entry("configs", List.of("Path module", "Path workspace")));

  /** What a user has imported: the library's API packages and the JDK's usual ones. */
  private static final String IMPORTS =
      Stream.of(
              "io.github.gocrossbuild.*",
              "io.github.gocrossbuild.assertj.*",
              "io.github.gocrossbuild.binary.*",
              "io.github.gocrossbuild.cache.*",
              "io.github.gocrossbuild.config.*",
              "io.github.gocrossbuild.env.*",
              "io.github.gocrossbuild.provenance.*",
              "io.github.gocrossbuild.schema.*",
              "io.github.gocrossbuild.ssh.*",
              "java.io.*",
              "java.nio.file.*",
              "java.util.*",
              "java.util.stream.*",
              "static io.github.gocrossbuild.GoArch.*",
              "static io.github.gocrossbuild.GoOs.*",
              "static io.github.gocrossbuild.schema.ConfigAssertions.assertThatConfig")
          .map(i -> "import " + i + ";\n")
          .collect(Collectors.joining());

  private static final Pattern DECLARATION = Pattern.compile("(.+) (\\w+)");
  private static ReadmeSnippets compiled;

  private final Map<String, String> blocks;
  private final Path classes;

  private ReadmeSnippets(Map<String, String> blocks, Path classes) {
    this.blocks = blocks;
    this.classes = classes;
  }

  /**
   * Reads README.md's Java blocks in order, by name.
   *
   * @return each block's text by its snippet name (a block without a name maps from null)
   */
  static Map<String, String> readmeBlocks() {
    try {
      Matcher m = BLOCK.matcher(Files.readString(Path.of("../README.md")));
      Map<String, String> out = new LinkedHashMap<>();
      while (m.find()) {
        out.put(m.group(1), m.group(2));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compiles every block of the README once per JVM into {@code target/readme-snippets}, failing
   * with javac's errors per block.
   *
   * @return the compiled blocks
   */
  static synchronized ReadmeSnippets compiled() {
    if (compiled == null) {
      try {
        compiled = compile(readmeBlocks(), Path.of("target", "readme-snippets"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return compiled;
  }

  private static ReadmeSnippets compile(Map<String, String> blocks, Path dir) throws IOException {
    assertThat(blocks.keySet())
        .as("README snippets and the inputs declared for them")
        .containsExactlyInAnyOrderElementsOf(INPUTS.keySet());
    Path src = Files.createDirectories(dir.resolve("src/readme"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<Path> sources = new ArrayList<>();
    for (Map.Entry<String, String> b : blocks.entrySet()) {
      Path file = src.resolve(className(b.getKey()) + ".java");
      Files.writeString(file, source(b.getKey(), b.getValue()));
      sources.add(file);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      List<String> options =
          List.of("--class-path", libraryClassPath(), "-d", classes.toString(), "-proc:none");
      javac
          .getTask(
              null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
          .call();
    }
    List<String> errors =
        diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .map(
                d ->
                    Path.of(d.getSource().getName()).getFileName()
                        + ":"
                        + d.getLineNumber()
                        + ": "
                        + d.getMessage(Locale.ROOT))
            .toList();
    assertThat(errors).as("README snippets that do not compile as pasted").isEmpty();
    return new ReadmeSnippets(blocks, classes);
  }

  /** The block as the body of {@code call()}, its inputs declared first, its locals returned. */
  private static String source(String name, String block) {
    StringBuilder s = new StringBuilder("package readme;\n\n").append(IMPORTS);
    s.append("\npublic final class ").append(className(name));
    s.append(" implements java.util.concurrent.Callable<Map<String, Object>> {\n");
    s.append("  private final Map<String, Object> readmeInputs;\n\n");
    s.append("  public ").append(className(name));
    s.append(
        "(Map<String, Object> readmeInputs) {\n    this.readmeInputs = readmeInputs;\n  }\n\n");
    s.append("  @Override\n  @SuppressWarnings(\"unchecked\")\n");
    s.append("  public Map<String, Object> call() throws Exception {\n");
    for (String input : INPUTS.get(name)) {
      Matcher d = DECLARATION.matcher(input);
      assertThat(d.matches()).as(input).isTrue();
      s.append(
          String.format(
              "    %s = (%s) readmeInputs.get(\"%s\");%n", input, boxed(d.group(1)), d.group(2)));
    }
    s.append("    Map<String, Object> readmeLocals = new HashMap<>();\n");
    s.append("    // README block ").append(name).append('\n').append(block);
    for (String local : topLevelLocals(block)) {
      s.append(String.format("    readmeLocals.put(\"%s\", %s);%n", local, local));
    }
    s.append("    return readmeLocals;\n  }\n}\n");
    return s.toString();
  }

  /** Locals the block declares at its top level ({@code Type name =} starting a line). */
  private static List<String> topLevelLocals(String block) {
    Matcher m = Pattern.compile("(?m)^(?:[A-Z][\\w<>, ]*|[a-z]+) (\\w+) =\\s").matcher(block);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static String boxed(String type) {
    return type.equals("int") ? "Integer" : type;
  }

  private static String className(String name) {
    return Stream.of(name.split("-"))
        .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
        .collect(Collectors.joining("", "Readme", ""));
  }

  /** The test's class path without this module's own classes: the library and its libraries. */
  private static String libraryClassPath() {
    List<String> own = List.of(location(ReadmeSnippets.class), location(LocalArm64Build.class));
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> !own.contains(Path.of(e).toAbsolutePath().normalize().toString()))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toAbsolutePath()
          .normalize()
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Runs one block with the given inputs, {@code stdin} as its standard input, capturing what it
   * prints on standard output.
   *
   * @param name the snippet name
   * @param inputs a value for each of the block's inputs, by name
   * @param stdin what {@code System.in} reads
   * @return the block's top-level locals and what it printed
   * @throws Exception what the block throws
   */
  Ran run(String name, Map<String, Object> inputs, String stdin) throws Exception {
    assertThat(blocks).containsKey(name);
    assertThat(inputs.keySet())
        .containsExactlyInAnyOrderElementsOf(
            INPUTS.get(name).stream().map(i -> i.substring(i.lastIndexOf(' ') + 1)).toList());
    InputStream in = System.in;
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, ReadmeSnippets.class.getClassLoader())) {
      @SuppressWarnings("unchecked")
      Callable<Map<String, Object>> snippet =
          (Callable<Map<String, Object>>)
              loader
                  .loadClass("readme." + className(name))
                  .getConstructor(Map.class)
                  .newInstance(inputs);
      System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      List<Map<String, Object>> locals = new ArrayList<>();
      String printed = Printed.by(() -> locals.add(snippet.call()));
      return new Ran(locals.get(0), printed);
    } finally {
      System.setIn(in);
    }
  }

  /**
   * Runs one block with the given inputs and nothing on standard input.
   *
   * @param name the snippet name
   * @param inputs a value for each of the block's inputs, by name
   * @return the block's top-level locals and what it printed
   * @throws Exception what the block throws
   */
  Ran run(String name, Map<String, Object> inputs) throws Exception {
    return run(name, inputs, "");
  }

  /**
   * What a block left behind.
   *
   * @param locals its top-level locals by name
   * @param stdout what it printed on standard output
   */
  record Ran(Map<String, Object> locals, String stdout) {
    /**
     * Returns one local.
     *
     * @param name its name in the block
     * @return its value
     */
    Object get(String name) {
      assertThat(locals).containsKey(name);
      return locals.get(name);
    }
  }
}
