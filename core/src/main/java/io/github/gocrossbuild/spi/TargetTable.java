package io.github.gocrossbuild.spi;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.internal.jsonc.JsonText;
import io.github.gocrossbuild.internal.jsonc.JsoncObject;
import io.github.gocrossbuild.internal.jsonc.JsoncSyntax;
import io.github.gocrossbuild.internal.jsonc.JsoncTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The targets one Go toolchain builds, as its {@code go tool dist list -broken -json} tells: every
 * GOOS/GOARCH pair with its {@code CgoSupported}, {@code FirstClass} and {@code Broken} flags. The
 * toolchain that will build decides which targets a build may ask for, not a table frozen at one Go
 * release: Go 1.24 marks {@code windows/arm} broken, Go 1.22 marks {@code openbsd/riscv64} broken.
 * A {@link BuildHost} answers it through {@link BuildHost#targetTable(Toolchain)}.
 *
 * <pre>{@code
 * TargetTable t = BuildHosts.local().targetTable(toolchain).orElseThrow();
 * t.port(GoOs.WINDOWS, GoArch.ARM).map(TargetTable.Port::broken);   // true on Go 1.24
 * }</pre>
 */
public final class TargetTable {
  private final String goVersion;
  private final List<Port> ports;
  private final List<String> unknown;

  /**
   * One GOOS/GOARCH pair the toolchain knows.
   *
   * @param goos the GOOS
   * @param goarch the GOARCH
   * @param cgoSupported the {@code CgoSupported} flag
   * @param firstClass the {@code FirstClass} flag
   * @param broken the {@code Broken} flag: the port is known to fail and left out of the plain
   *     {@code go tool dist list}, though {@code go build} may still succeed
   */
  public record Port(
      GoOs goos, GoArch goarch, boolean cgoSupported, boolean firstClass, boolean broken) {
    /**
     * Checks the parts.
     *
     * @param goos the GOOS
     * @param goarch the GOARCH
     * @param cgoSupported the cgo flag
     * @param firstClass the first-class flag
     * @param broken the broken flag
     */
    public Port {
      Objects.requireNonNull(goos, "goos");
      Objects.requireNonNull(goarch, "goarch");
    }

    /**
     * Returns the pair as Go spells it.
     *
     * @return e.g. {@code windows/arm}
     */
    public String pair() {
      return goos.goName() + "/" + goarch.goName();
    }
  }

  private TargetTable(String goVersion, List<Port> ports, List<String> unknown) {
    this.goVersion = Objects.requireNonNull(goVersion, "goVersion");
    this.ports = List.copyOf(ports);
    this.unknown = List.copyOf(unknown);
  }

  /**
   * Creates a table from its ports.
   *
   * @param goVersion the toolchain's version, e.g. {@code go1.24.4}
   * @param ports its pairs
   * @return the table
   */
  public static TargetTable of(String goVersion, List<Port> ports) {
    return new TargetTable(goVersion, ports, List.of());
  }

  /**
   * Reads what {@code go tool dist list -json} (with or without {@code -broken}) printed. Pairs
   * whose GOOS or GOARCH this library has no constant for (Go 1.24's broken {@code linux/sparc64})
   * are kept in {@link #unknownPairs()}, so a newer toolchain still parses.
   *
   * @param goVersion the toolchain's version, e.g. {@code go1.24.4}
   * @param json the JSON array
   * @return the table
   * @throws IllegalArgumentException naming the version when the text is not such an array
   */
  public static TargetTable parse(String goVersion, String json) {
    String source = "go tool dist list -json of " + goVersion;
    Object root;
    try {
      root = JsoncTree.read(source, json, JsoncSyntax.JSON);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(source + " printed no JSON: " + e.getMessage(), e);
    }
    if (!(root instanceof List<?> items)) {
      throw new IllegalArgumentException(source + " printed no JSON array");
    }
    List<Port> ports = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (Object item : items) {
      JsoncObject o = JsonText.object(source, item);
      String os = String.valueOf(o.get("GOOS"));
      String arch = String.valueOf(o.get("GOARCH"));
      Optional<GoOs> goos = GoOs.fromGoName(os);
      Optional<GoArch> goarch = GoArch.fromGoName(arch);
      if (goos.isEmpty() || goarch.isEmpty()) {
        unknown.add(os + "/" + arch);
        continue;
      }
      ports.add(
          new Port(
              goos.get(),
              goarch.get(),
              Boolean.TRUE.equals(o.get("CgoSupported")),
              Boolean.TRUE.equals(o.get("FirstClass")),
              Boolean.TRUE.equals(o.get("Broken"))));
    }
    return new TargetTable(goVersion, ports, unknown);
  }

  /**
   * Returns the version of the toolchain that printed the table.
   *
   * @return e.g. {@code go1.24.4}
   */
  public String goVersion() {
    return goVersion;
  }

  /**
   * Returns every pair, broken ones included, in the toolchain's order.
   *
   * @return the ports
   */
  public List<Port> ports() {
    return ports;
  }

  /**
   * Returns the pairs the toolchain listed that this library has no GOOS or GOARCH constant for.
   *
   * @return e.g. {@code [linux/sparc64]}
   */
  public List<String> unknownPairs() {
    return unknown;
  }

  /**
   * Finds a pair.
   *
   * @param goos the GOOS
   * @param goarch the GOARCH
   * @return its port, or empty when the toolchain does not know the pair at all
   */
  public Optional<Port> port(GoOs goos, GoArch goarch) {
    for (Port p : ports) {
      if (p.goos() == goos && p.goarch() == goarch) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Lists the architectures the toolchain builds for an operating system, broken ports left out.
   *
   * @param goos the GOOS
   * @return the architectures, in the toolchain's order; empty when it has none
   */
  public List<GoArch> archesFor(GoOs goos) {
    return ports.stream().filter(p -> p.goos() == goos && !p.broken()).map(Port::goarch).toList();
  }

  /**
   * Counts the pairs the plain {@code go tool dist list} prints (broken ones left out).
   *
   * @return e.g. 49 for Go 1.23, 48 for Go 1.24
   */
  public int listedCount() {
    return (int) ports.stream().filter(p -> !p.broken()).count();
  }

  @Override
  public String toString() {
    return String.format(
        "TargetTable[%s, %d pairs, %d broken]",
        goVersion, listedCount(), ports.size() - listedCount());
  }
}
