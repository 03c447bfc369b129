package io.github.gocrossbuild.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a Go module proxy on disk ({@code GOPROXY=file:///...}) holding one module version, so a
 * test can build a module with a real dependency, and a real go.sum, without a network.
 */
public final class GoModuleProxy {
  private GoModuleProxy() {}

  /**
   * Writes one module version into a proxy directory.
   *
   * @param proxy the proxy's root
   * @param path the module path, lower case
   * @param version e.g. {@code v1.0.0}
   * @param files the module's files besides go.mod, name to content
   * @return the proxy's root
   */
  public static Path write(Path proxy, String path, String version, Map<String, String> files) {
    try {
      Path dir = proxy.resolve(path).resolve("@v");
      Files.createDirectories(dir);
      String goMod = "module " + path + "\n\ngo 1.21\n";
      Files.writeString(dir.resolve("list"), version + "\n");
      Files.writeString(
          dir.resolve(version + ".info"),
          String.format("{\"Version\":\"%s\",\"Time\":\"2024-01-01T00:00:00Z\"}", version));
      Files.writeString(dir.resolve(version + ".mod"), goMod);
      Map<String, String> all = new TreeMap<>(files);
      all.put("go.mod", goMod);
      try (OutputStream out = Files.newOutputStream(dir.resolve(version + ".zip"));
          ZipOutputStream zip = new ZipOutputStream(out)) {
        for (Map.Entry<String, String> f : all.entrySet()) {
          zip.putNextEntry(new ZipEntry(path + "@" + version + "/" + f.getKey()));
          zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
          zip.closeEntry();
        }
      }
      return proxy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
