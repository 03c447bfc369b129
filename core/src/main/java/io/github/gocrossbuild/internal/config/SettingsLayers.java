package io.github.gocrossbuild.internal.config;

import io.github.gocrossbuild.config.VsCodeSettings;
import io.github.gocrossbuild.internal.jsonc.JsoncObject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Merges the settings files VS Code reads for one folder, keeping which file gave each setting. */
public final class SettingsLayers {
  private SettingsLayers() {}

  /**
   * One settings file in the order VS Code merges them.
   *
   * @param settings the file's settings object
   * @param name the file's name, as messages show it
   */
  public record Layer(JsoncObject settings, String name) {}

  /**
   * Maps the settings files VS Code merges — machine settings, a {@code .code-workspace} file's
   * {@code settings}, the folder's settings.json — as VS Code merges them: a later file's setting
   * wins, and object settings merge member by member. Each setting or member a file below the last
   * gave is kept in {@link VsCodeSettings#origins()}.
   *
   * @param layers the files, lowest first; at least one
   * @return the merged settings, {@code file()} the last file's
   */
  public static VsCodeSettings merge(List<Layer> layers) {
    Layer top = layers.get(layers.size() - 1);
    JsoncObject merged = layers.get(0).settings();
    for (Layer layer : layers.subList(1, layers.size())) {
      merged = merged.overlay(layer.settings());
    }
    // From the top down: a key's members stay open to lower files while every file above gave an
    // object there; a value that is not an object closes the key (overlay replaces it whole).
    Map<String, Set<String>> open = new HashMap<>();
    Set<String> closed = new HashSet<>();
    Map<String, String> origins = new LinkedHashMap<>();
    for (int i = layers.size() - 1; i >= 0; i--) {
      String name = layers.get(i).name();
      boolean below = i < layers.size() - 1;
      for (Map.Entry<String, Object> e : layers.get(i).settings().members().entrySet()) {
        String k = e.getKey();
        JsoncObject object = e.getValue() instanceof JsoncObject o ? o : null;
        if (!open.containsKey(k) && !closed.contains(k)) {
          if (below) {
            origins.put(k, name);
          }
          if (object == null) {
            closed.add(k);
          } else {
            open.put(k, new HashSet<>(object.members().keySet()));
          }
        } else if (open.containsKey(k) && object == null) {
          open.remove(k);
          closed.add(k);
        } else if (open.containsKey(k)) {
          for (String m : object.members().keySet()) {
            if (open.get(k).add(m)) {
              origins.put(k + "/" + m, name);
            }
          }
        }
      }
    }
    return VsCodeSettings.builder()
        .from(VsCodeConfigReader.settings(merged, top.name()))
        .origins(origins)
        .build();
  }
}
