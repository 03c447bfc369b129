package io.github.gocrossbuild.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.GoCrossBuildException;
import io.github.gocrossbuild.schema.ConfigValidator;
import io.github.gocrossbuild.ssh.SshHost;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's exception table lists exactly the public {@link GoCrossBuildException} types of
 * core, ssh and schema (outside their {@code internal} packages), each with its module.
 */
class ReadmeExceptionsTest {
  private static final Pattern ROW = Pattern.compile("(?m)^\\| `(\\w+)` \\| (\\w+) \\|");

  @Test
  void shouldListEveryExceptionClassOfTheCodeWithItsModule() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    String section =
        readme.substring(readme.indexOf("\n## Exceptions\n"), readme.indexOf("\n## Traps"));
    Map<String, String> listed = new TreeMap<>();
    Matcher m = ROW.matcher(section);
    while (m.find()) {
      assertThat(listed.put(m.group(1), m.group(2))).as("listed twice: %s", m.group(1)).isNull();
    }

    Map<String, String> inCode = new TreeMap<>();
    for (Map.Entry<String, Class<?>> module :
        Map.of(
                "core", GoCrossBuildException.class,
                "ssh", SshHost.class,
                "schema", ConfigValidator.class)
            .entrySet()) {
      for (Class<?> c : classesBeside(module.getValue())) {
        if (GoCrossBuildException.class.isAssignableFrom(c)
            && Modifier.isPublic(c.getModifiers())
            && !c.getPackageName().contains(".internal")) {
          inCode.put(c.getSimpleName(), module.getKey());
        }
      }
    }

    assertThat(inCode).containsKeys("GoCrossBuildException", "SshException", "ConfigFileException");
    assertThat(listed).isEqualTo(inCode);
  }

  /** Every top-level class in the jar or class directory a class was loaded from. */
  private static List<Class<?>> classesBeside(Class<?> anchor)
      throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(root)) {
      try (Stream<Path> files = Files.walk(root)) {
        files.map(f -> root.relativize(f).toString().replace('\\', '/')).forEach(names::add);
      }
    } else {
      try (JarFile jar = new JarFile(root.toFile())) {
        jar.stream().map(e -> e.getName()).forEach(names::add);
      }
    }
    List<Class<?>> out = new ArrayList<>();
    for (String n : names) {
      if (n.endsWith(".class") && !n.contains("$") && !n.endsWith("-info.class")) {
        String type = n.substring(0, n.length() - ".class".length()).replace('/', '.');
        out.add(Class.forName(type, false, anchor.getClassLoader()));
      }
    }
    return out;
  }
}
