package io.github.gocrossbuild.internal.config;

import io.github.gocrossbuild.config.ConfigFileReport;
import io.github.gocrossbuild.config.ConfigFileStatus;
import io.github.gocrossbuild.internal.build.AtomicFiles;
import io.github.gocrossbuild.internal.jsonc.JsoncException;
import io.github.gocrossbuild.internal.jsonc.JsoncText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one generated file: a new file whole; an existing JSON file merged in place; an existing
 * YAML file only when asked to replace it. Every write goes to a temporary file that is then moved
 * over the old one, so a reader never sees half a file.
 */
public final class ConfigWriter {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private ConfigWriter() {}

  /**
   * Writes or merges a JSON document.
   *
   * @param file the file
   * @param doc the generated entries
   * @return what happened
   */
  public static ConfigFileReport json(Path file, JsonDoc doc) {
    try {
      if (!Files.exists(file)) {
        write(file, doc.render().getBytes(StandardCharsets.UTF_8));
        return new ConfigFileReport(file, ConfigFileStatus.CREATED, List.of());
      }
      byte[] bytes = Files.readAllBytes(file);
      boolean bom =
          bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
      String text = JsoncText.decode(file.toString(), bytes);
      JsoncMerge.Result merged =
          text.isBlank()
              ? new JsoncMerge.Result(doc.render(), List.of())
              : JsoncMerge.apply(file.toString(), text, doc);
      boolean changed = !merged.text().equals(text);
      if (changed) {
        byte[] out = merged.text().getBytes(StandardCharsets.UTF_8);
        if (bom) {
          byte[] withBom = new byte[out.length + 3];
          System.arraycopy(BOM, 0, withBom, 0, 3);
          System.arraycopy(out, 0, withBom, 3, out.length);
          out = withBom;
        }
        write(file, out);
      }
      ConfigFileStatus status =
          !merged.conflicts().isEmpty()
              ? ConfigFileStatus.CONFLICT
              : changed ? ConfigFileStatus.CHANGED : ConfigFileStatus.UNCHANGED;
      return new ConfigFileReport(file, status, merged.conflicts());
    } catch (JsoncException e) {
      return new ConfigFileReport(
          file,
          ConfigFileStatus.REFUSED,
          List.of("not readable as JSON with comments, left as it is: " + e.getMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes a whole text file, such as YAML, which is never merged.
   *
   * @param file the file
   * @param text the content
   * @param replace whether an existing file with other content is replaced
   * @return what happened
   */
  public static ConfigFileReport whole(Path file, String text, boolean replace) {
    try {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      if (!Files.exists(file)) {
        write(file, bytes);
        return new ConfigFileReport(file, ConfigFileStatus.CREATED, List.of());
      }
      if (java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
        return new ConfigFileReport(file, ConfigFileStatus.UNCHANGED, List.of());
      }
      if (!replace) {
        return new ConfigFileReport(
            file,
            ConfigFileStatus.REFUSED,
            List.of(
                "exists and YAML is not merged; left as it is (WriteMode.REPLACE_YAML replaces"
                    + " it)"));
      }
      write(file, bytes);
      return new ConfigFileReport(file, ConfigFileStatus.CHANGED, List.of());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = AtomicFiles.temporaryFor(file);
    try {
      Files.write(tmp, bytes);
      AtomicFiles.moveIntoPlace(tmp, file);
    } finally {
      AtomicFiles.deleteQuietly(tmp);
    }
  }
}
