package io.github.gocrossbuild.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the static mutable state of a module's main classes, so a test can keep test hooks (a
 * static switch that tests flip to change what shipped code does) out of the jar: static fields
 * that are not final, static fields holding an {@code java.util.concurrent.atomic} value, and
 * classes named like a hook ({@code *Faults}, {@code *Hooks}, {@code *ForTests}).
 */
public final class StaticState {
  private StaticState() {}

  /**
   * Finds the static mutable state of the main classes next to a class.
   *
   * @param anyMainClass a class of the module's main code, to find its class directory
   * @return {@code Class.field} or {@code Class} per finding, sorted
   */
  public static List<String> of(Class<?> anyMainClass) {
    List<String> found = new ArrayList<>();
    classesBeside(anyMainClass).forEach(type -> inspect(type, found));
    return found;
  }

  /**
   * Loads, without initializing them, the classes of the class directory that holds a class.
   *
   * @param anyMainClass a class of the module's main code
   * @return every class there, in file name order
   */
  public static List<Class<?>> classesBeside(Class<?> anyMainClass) {
    Path root;
    try {
      root = Path.of(anyMainClass.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String rel = root.relativize(file).toString().replace('\\', '/');
        if (rel.endsWith("module-info.class") || rel.endsWith("package-info.class")) {
          continue;
        }
        String name = rel.substring(0, rel.length() - ".class".length()).replace('/', '.');
        classes.add(Class.forName(name, false, anyMainClass.getClassLoader()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return classes;
  }

  private static void inspect(Class<?> type, List<String> found) {
    String simple = type.getSimpleName();
    if (simple.endsWith("Faults") || simple.endsWith("Hooks") || simple.endsWith("ForTests")) {
      found.add(type.getName());
    }
    for (Field f : type.getDeclaredFields()) {
      int m = f.getModifiers();
      if (!Modifier.isStatic(m) || f.isSynthetic()) {
        continue;
      }
      boolean atomic = f.getType().getName().startsWith("java.util.concurrent.atomic.");
      if (!Modifier.isFinal(m) || atomic) {
        found.add(type.getName() + "." + f.getName());
      }
    }
  }
}
