package io.github.gocrossbuild.internal.cache;

import io.github.gocrossbuild.internal.Sha256;
import io.github.gocrossbuild.internal.jsonc.JsonRender;
import io.github.gocrossbuild.internal.plan.TargetPlan;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A cache key: the SHA-256 of a manifest, an ordered list of named parts rendered as one JSON
 * object. The manifest is stored with the entry (plus the artifact's SHA-256), so a key can always
 * be explained.
 *
 * @param key the SHA-256 of {@link #manifest()}, lower-case hex
 * @param parts the named parts, in order
 */
public record CacheKey(String key, Map<String, String> parts) {
  /** The manifest member that names the artifact's bytes; not part of the key. */
  public static final String ARTIFACT = "artifact sha256";

  /** Bumped when the meaning of a part changes, so old entries are never hits. */
  static final String FORMAT = "gocrossbuild-cache-1";

  /**
   * Copies the parts.
   *
   * @param key the key
   * @param parts the parts
   */
  public CacheKey {
    parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
  }

  /**
   * Makes the key of a plan, or says why there is none.
   *
   * @param plan the plan
   * @param onThisMachine whether the plan's toolchain is on this machine, where it can be hashed
   * @return the key, or the reason the build cannot be cached
   */
  public static Keying of(TargetPlan plan, boolean onThisMachine) {
    return KeyParts.collect(plan, onThisMachine);
  }

  /**
   * Makes the key of some parts.
   *
   * @param parts the named parts, in order
   * @return the key
   */
  static CacheKey of(Map<String, String> parts) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("format", FORMAT);
    all.putAll(parts);
    String text = render(all);
    return new CacheKey(Sha256.of(text.getBytes(StandardCharsets.UTF_8)), all);
  }

  /**
   * Returns the manifest the key hashes.
   *
   * @return the JSON object of the parts
   */
  public String manifest() {
    return render(parts);
  }

  /**
   * Returns the manifest stored with an entry: the parts and the artifact's SHA-256.
   *
   * @param artifactSha256 the artifact's digest
   * @return the JSON object
   */
  public String manifestWith(String artifactSha256) {
    Map<String, String> all = new LinkedHashMap<>(parts);
    all.put(ARTIFACT, artifactSha256);
    return render(all);
  }

  /**
   * Returns the key of the kind of build these parts describe, whatever the module's files: the
   * SHA-256 of every part but the source tree. Builds of one kind ask Go's action cache for mostly
   * the same actions (the standard library, the dependencies), so it names their warm set.
   *
   * @return lower-case hex
   */
  public String warmSet() {
    Map<String, String> kind = new LinkedHashMap<>(parts);
    kind.remove("source tree");
    return Sha256.of(("warm set\n" + render(kind)).getBytes(StandardCharsets.UTF_8));
  }

  private static String render(Map<String, String> parts) {
    return JsonRender.render(parts, "", "  ") + "\n";
  }

  /** A key, or the reason a build has none. */
  public sealed interface Keying {
    /**
     * Returns the key.
     *
     * @return the key, or empty when there is none
     */
    default Optional<CacheKey> key() {
      return this instanceof Keyed k ? Optional.of(k.cacheKey()) : Optional.empty();
    }
  }

  /**
   * A key was made.
   *
   * @param cacheKey the key
   */
  public record Keyed(CacheKey cacheKey) implements Keying {}

  /**
   * No key: something that decides the bytes cannot be hashed with certainty.
   *
   * @param reason why, one sentence
   */
  public record NotKeyed(String reason) implements Keying {}
}
