package io.github.gocrossbuild;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thrown by a pool ({@link BuildHosts#pool}) before anything is built when some target has no host
 * that can build it; the message names every host and what it lacks.
 */
public class NoSuitableHostException extends GoCrossBuildException {
  private static final long serialVersionUID = 1L;

  private final Target target;
  private final transient Map<String, String> lacking;

  /**
   * Creates the exception.
   *
   * @param target the target no host can build
   * @param lacking each host's description and what it lacks, in pool order
   */
  public NoSuitableHostException(Target target, Map<String, String> lacking) {
    super(message(target, lacking));
    this.target = target;
    this.lacking = Map.copyOf(lacking);
  }

  private static String message(Target target, Map<String, String> lacking) {
    StringBuilder b = new StringBuilder("No host in the pool can build " + target + ":");
    lacking.forEach((host, why) -> b.append("\n  ").append(host).append(" lacks ").append(why));
    return b.toString();
  }

  /**
   * Returns the target.
   *
   * @return the target no host can build
   */
  public Target target() {
    return target;
  }

  /**
   * Returns what each host lacks.
   *
   * @return host description to what it lacks, in pool order
   */
  public Map<String, String> lacking() {
    return new LinkedHashMap<>(lacking);
  }
}
