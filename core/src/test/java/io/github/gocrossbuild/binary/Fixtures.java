package io.github.gocrossbuild.binary;

import io.github.gocrossbuild.binary.TestBinaries.Fixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The fixtures the binary, proof and AssertJ tests share, built once per JVM. */
public final class Fixtures {
  /** linux/amd64, cgo off, trimpath. */
  public static final Fixture LINUX_AMD64 = TestBinaries.cross("linux", "amd64");

  /** linux/arm64, cgo off, trimpath. */
  public static final Fixture LINUX_ARM64 = TestBinaries.cross("linux", "arm64");

  /** linux/arm with GOARM=6. */
  public static final Fixture LINUX_ARM_V6 = TestBinaries.cross("linux", "arm", "GOARM", "6");

  /** linux/arm with GOARM=7. */
  public static final Fixture LINUX_ARM_V7 = TestBinaries.cross("linux", "arm", "GOARM", "7");

  /** Every cross-compiled fixture of issue 3. */
  public static final List<Fixture> CROSS =
      List.of(
          LINUX_AMD64,
          LINUX_ARM64,
          LINUX_ARM_V6,
          LINUX_ARM_V7,
          TestBinaries.cross("linux", "386"),
          TestBinaries.cross("linux", "riscv64"),
          TestBinaries.cross("linux", "s390x"),
          TestBinaries.cross("linux", "ppc64le"),
          TestBinaries.cross("linux", "mips64le"),
          TestBinaries.cross("linux", "loong64"),
          TestBinaries.cross("windows", "amd64"),
          TestBinaries.cross("windows", "arm64"),
          TestBinaries.cross("windows", "386"),
          TestBinaries.cross("darwin", "amd64"),
          TestBinaries.cross("darwin", "arm64"),
          TestBinaries.cross("freebsd", "amd64"),
          TestBinaries.cross("android", "arm64"));

  /** Native build with cgo: dynamic against glibc. */
  public static final Fixture NATIVE_CGO =
      new Fixture("hello-native-cgo", Map.of("CGO_ENABLED", "1"), List.of());

  /** Native cgo build with the pure-Go resolver and user lookup: static again. */
  public static final Fixture NATIVE_NETGO =
      new Fixture(
          "hello-native-netgo", Map.of("CGO_ENABLED", "1"), List.of("-tags", "netgo,osusergo"));

  /** linux/arm64 without trimpath and without ldflags. */
  public static final Fixture STRIP_NONE = strip("none");

  /** linux/arm64 with {@code -ldflags=-s -w}. */
  public static final Fixture STRIP_S_W = strip("-s -w");

  /** linux/arm64 with {@code -ldflags=-w}. */
  public static final Fixture STRIP_W = strip("-w");

  /** linux/arm64 with {@code -ldflags=-s -w=0}. */
  public static final Fixture STRIP_S_W0 = strip("-s -w=0");

  /** plan9/amd64: a Plan 9 a.out. */
  public static final Fixture PLAN9_AMD64 = TestBinaries.cross("plan9", "amd64");

  /** js/wasm. */
  public static final Fixture JS_WASM = TestBinaries.cross("js", "wasm");

  /** wasip1/wasm. */
  public static final Fixture WASIP1_WASM = TestBinaries.cross("wasip1", "wasm");

  /** aix/ppc64: XCOFF. */
  public static final Fixture AIX_PPC64 = TestBinaries.cross("aix", "ppc64");

  /** darwin/arm64 with {@code -ldflags=-s}: only import symbols remain. */
  public static final Fixture DARWIN_ARM64_S =
      new Fixture(
          "hello-darwin-arm64-s",
          Map.of("GOOS", "darwin", "GOARCH", "arm64", "CGO_ENABLED", "0"),
          List.of("-trimpath", "-ldflags=-s"));

  private Fixtures() {}

  private static Fixture strip(String ldflags) {
    Map<String, String> env = Map.of("GOOS", "linux", "GOARCH", "arm64", "CGO_ENABLED", "0");
    String name = "hello-ldflags-" + ldflags.replace(" ", "").replace("=", "");
    return ldflags.equals("none")
        ? new Fixture(name, env, List.of())
        : new Fixture(name, env, List.of("-ldflags=" + ldflags));
  }

  /** Starts every fixture build in the background (two at a time). */
  public static void prebuildAll() {
    TestBinaries.prebuild(CROSS);
    TestBinaries.prebuild(
        List.of(NATIVE_CGO, NATIVE_NETGO, STRIP_NONE, STRIP_S_W, STRIP_W, STRIP_S_W0));
    TestBinaries.prebuild(List.of(PLAN9_AMD64, JS_WASM, WASIP1_WASM, AIX_PPC64, DARWIN_ARM64_S));
  }

  /**
   * Builds a fixture and reads it.
   *
   * @param fixture the fixture
   * @return the report
   */
  public static GoBinary read(Fixture fixture) {
    return GoBinary.read(path(fixture));
  }

  /**
   * Builds a fixture.
   *
   * @param fixture the fixture
   * @return its path
   */
  public static Path path(Fixture fixture) {
    return TestBinaries.build(fixture);
  }
}
