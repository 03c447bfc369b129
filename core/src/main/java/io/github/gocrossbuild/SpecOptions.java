package io.github.gocrossbuild;

import io.github.gocrossbuild.internal.plan.SpecChecks;
import io.github.gocrossbuild.internal.provenance.PemKeys;
import io.github.gocrossbuild.internal.toolchain.install.GoDistributions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The half of {@link GoCrossBuilder} that says what to build: every setter here shapes the
 * immutable {@link BuildSpec} underneath and returns the builder. Where it builds, who listens and
 * the terminal operations are in {@link GoCrossBuilder} itself. Not public: users see these methods
 * as the builder's own.
 */
abstract sealed class SpecOptions permits GoCrossBuilder {
  /** The spec as configured so far. */
  final BuildSpec.Builder spec = BuildSpec.builder();

  SpecOptions() {}

  private GoCrossBuilder self() {
    return (GoCrossBuilder) this;
  }

  /**
   * Builds with {@code CGO_ENABLED=0}: a pure-Go, statically linked binary.
   *
   * @return this
   */
  public GoCrossBuilder noCgo() {
    spec.cgo(false);
    return self();
  }

  /**
   * Sets compiler arguments passed as one {@code -gcflags} value, replacing earlier ones.
   *
   * <pre>{@code
   * builder.gcflags("all=-N", "-l");   // -gcflags=all=-N -l
   * }</pre>
   *
   * @param args the arguments
   * @return this
   */
  public GoCrossBuilder gcflags(String... args) {
    spec.gcflags(List.of(Objects.requireNonNull(args, "gcflags")));
    return self();
  }

  /**
   * Builds with {@code CGO_ENABLED=1} and a C compiler for the target: the one given ({@link
   * #cc(Path)}, or {@code CC} through {@link #env(String, String)}), else {@code <triple>-gcc} on
   * PATH ({@code aarch64-linux-gnu-gcc} for linux/arm64), a musl cross gcc, {@code zig cc}, or
   * {@code clang --target} with a sysroot. Before {@code go build} the compiler must compile and
   * link a tiny C program for the target, else {@link CgoToolchainException} says what to install.
   *
   * <pre>{@code
   * GoCrossBuild.target("linux/arm64").cgo().moduleDir(module).run();   // CC=aarch64-linux-gnu-gcc
   * }</pre>
   *
   * @return this
   */
  public GoCrossBuilder cgo() {
    spec.cgo(true);
    return self();
  }

  /**
   * Uses this C compiler for cgo ({@code CC}); a {@code CC} given through {@code env} is replaced.
   *
   * @param compiler the compiler on the build host, e.g. {@code /opt/cross/bin/aarch64-linux-gcc}
   * @return this
   */
  public GoCrossBuilder cc(Path compiler) {
    spec.cc(Objects.requireNonNull(compiler, "cc"));
    return self();
  }

  /**
   * Uses this C++ compiler for cgo ({@code CXX}).
   *
   * @param compiler the compiler on the build host
   * @return this
   */
  public GoCrossBuilder cxx(Path compiler) {
    spec.cxx(Objects.requireNonNull(compiler, "cxx"));
    return self();
  }

  /**
   * Compiles and links C against this root of the target's C library ({@code --sysroot}); qemu
   * smoke runs use it as their library root ({@code -L}).
   *
   * @param root e.g. {@code /usr/aarch64-linux-gnu} or an unpacked Debian root file system
   * @return this
   */
  public GoCrossBuilder sysroot(Path root) {
    spec.sysroot(Objects.requireNonNull(root, "sysroot"));
    return self();
  }

  /**
   * Links a cgo binary fully static ({@code -linkmode=external -extldflags=-static}). With glibc
   * the {@code netgo} and {@code osusergo} tags are added, since a static glibc cannot load its NSS
   * modules, and a {@value BuildWarning#CGO_STATIC_GLIBC_NSS} warning says so. Needs {@link
   * #cgo()}; the proof checks the artifact is static.
   *
   * @return this
   */
  public GoCrossBuilder staticLink() {
    spec.staticLink(true);
    return self();
  }

  /**
   * Fails the proof when the artifact needs a newer glibc than this: set it to the glibc of the
   * oldest distribution you ship to (Debian 10 has 2.28, RHEL 7 has 2.17). The {@link
   * VerificationException} names the {@code GLIBC_x.y} symbol version found, and nothing is left at
   * the artifact path.
   *
   * @param version e.g. {@code 2.28}
   * @return this
   */
  public GoCrossBuilder glibcAtMost(String version) {
    spec.glibcAtMost(Objects.requireNonNull(version, "glibcAtMost"));
    spec();
    return self();
  }

  /**
   * Sets the Go module directory (where go.mod is).
   *
   * @param dir the directory; the JVM's working directory by default
   * @return this
   */
  public GoCrossBuilder moduleDir(Path dir) {
    spec.moduleDir(Objects.requireNonNull(dir, "moduleDir").toAbsolutePath().normalize());
    return self();
  }

  /**
   * Signs each artifact's provenance ({@code BuildResult.provenance()}) with this key and writes
   * the DSSE envelope beside the artifact as {@code <artifact>.intoto.jsonl}, moved into place
   * together with the artifact; {@code BuildResult.attestation()} returns its path. The key is read
   * at once and again when signing; signing happens on this machine, also for builds on an SSH
   * host.
   *
   * <pre>{@code
   * BuildResult r = GoCrossBuild.target("linux/arm64").noCgo().attest(Path.of("key.pem")).run();
   * // cosign verify-blob-attestation --key pub.pem --signature <artifact>.intoto.jsonl
   * //   --type slsaprovenance1 --insecure-ignore-tlog <artifact>
   * }</pre>
   *
   * <p>Without {@code attest}, a build removes an envelope left beside the artifact by an earlier
   * one, since it no longer describes the file.
   *
   * @param privateKeyPem a PKCS#8 PEM file ({@code BEGIN PRIVATE KEY}) holding an ECDSA P-256 or
   *     Ed25519 key
   * @return this
   * @throws io.github.gocrossbuild.provenance.AttestationException when the file is missing or
   *     holds no such key, saying how to make one
   */
  public GoCrossBuilder attest(Path privateKeyPem) {
    Path key = Objects.requireNonNull(privateKeyPem, "attest").toAbsolutePath().normalize();
    PemKeys.privateKey(key);
    spec.attestKey(key);
    return self();
  }

  /**
   * Sets the main package to build.
   *
   * @param pkg a path relative to the module ({@code ./cmd/server}) or an import path; {@code .} by
   *     default
   * @return this
   */
  public GoCrossBuilder pkg(String pkg) {
    spec.pkg(Objects.requireNonNull(pkg, "pkg"));
    spec();
    return self();
  }

  /**
   * Sets the output directory.
   *
   * @param dir the directory; {@code <moduleDir>/bin} by default
   * @return this
   */
  public GoCrossBuilder outputDir(Path dir) {
    spec.outputDir(Objects.requireNonNull(dir, "outputDir"));
    return self();
  }

  /**
   * Sets the artifact's base name; the target and suffix are still appended.
   *
   * @param name a plain file name, e.g. {@code app}
   * @return this
   */
  public GoCrossBuilder binaryName(String name) {
    spec.binaryName(Objects.requireNonNull(name, "binaryName"));
    spec();
    return self();
  }

  /**
   * Passes {@code -trimpath} (the default) or not.
   *
   * @param on whether to pass it
   * @return this
   */
  public GoCrossBuilder trimpath(boolean on) {
    spec.trimpath(on);
    return self();
  }

  /**
   * Passes {@code -buildvcs=true} or {@code -buildvcs=false}; without this call Go decides. With
   * {@code false} a build in a git checkout carries no {@code vcs.*} settings, so it has the same
   * bytes as a build of a copy without {@code .git}, such as the one an SSH host builds. The proof
   * then checks that no {@code vcs} setting was stamped.
   *
   * <pre>{@code
   * GoCrossBuild.target(LINUX, ARM64).noCgo().buildvcs(false).run();
   * }</pre>
   *
   * @param on whether to stamp version-control information
   * @return this
   */
  public GoCrossBuilder buildvcs(boolean on) {
    spec.buildvcs(on);
    return self();
  }

  /**
   * Leads the linker flags with {@code -s -w} (the default) or not.
   *
   * @param on whether to strip the symbol table and DWARF
   * @return this
   */
  public GoCrossBuilder strip(boolean on) {
    spec.strip(on);
    return self();
  }

  /**
   * Sets extra linker arguments, replacing earlier ones. Each string is one argument and reaches
   * the linker intact, spaces and quotes included; as a convenience {@code "-X name=value"} (the
   * value optionally in quotes, as in a shell) counts as {@code -X} and {@code name=value}.
   *
   * <pre>{@code
   * builder.ldflags("-X", "main.version=1.2 beta");      // two arguments
   * builder.ldflags("-X 'main.version=1.2 beta'");        // the same
   * }</pre>
   *
   * @param args the arguments
   * @return this
   */
  public GoCrossBuilder ldflags(String... args) {
    spec.ldflags(List.of(Objects.requireNonNull(args, "ldflags")));
    spec();
    return self();
  }

  /**
   * Sets build tags, replacing earlier ones.
   *
   * @param tags the tags, e.g. {@code netgo}, {@code osusergo}
   * @return this
   */
  public GoCrossBuilder tags(String... tags) {
    spec.tags(List.of(Objects.requireNonNull(tags, "tags")));
    spec();
    return self();
  }

  /**
   * Adds an environment variable for {@code go build}. GOOS, GOARCH, CGO_ENABLED and the variant
   * variables are refused: they come from the target and {@link #cgo()}/{@link #noCgo()}.
   *
   * @param name the variable, e.g. {@code GOFLAGS} or {@code CC}
   * @param value the value
   * @return this
   */
  public GoCrossBuilder env(String name, String value) {
    Objects.requireNonNull(name, "env name");
    Objects.requireNonNull(value, "env value");
    SpecChecks.checkEnv(name, value);
    spec.putEnv(name, value);
    return self();
  }

  /**
   * Uses this {@code go} command instead of discovering one.
   *
   * @param go the path of the {@code go} executable (on the build host)
   * @return this
   */
  public GoCrossBuilder goCommand(Path go) {
    spec.goCommand(Objects.requireNonNull(go, "goCommand"));
    return self();
  }

  /**
   * Builds with exactly this Go version: a toolchain of that version found on the build host is
   * used as it is; otherwise it is installed through {@link #goDownloads(GoDownloads)} (the
   * official site by default) into the host's user cache. {@link BuildResult#toolchain()} says
   * which it was ({@code foundBy()}). Ignored when {@link #goCommand(Path)} is set.
   *
   * <pre>{@code
   * GoCrossBuild.target(LINUX, ARM64).noCgo().goVersion("1.23.5").run();
   * }</pre>
   *
   * @param version e.g. {@code 1.23.5} or {@code go1.23.5}
   * @return this
   */
  public GoCrossBuilder goVersion(String version) {
    Objects.requireNonNull(version, "goVersion");
    try {
      spec.goVersion(GoDistributions.normalize(version));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("goVersion: " + e.getMessage(), e);
    }
    return self();
  }

  /**
   * Sets where {@link #goVersion(String)} installs a missing version from.
   *
   * @param downloads e.g. {@code GoDownloads.from(URI.create("https://mirror.example.com/go/"))}
   * @return this
   */
  public GoCrossBuilder goDownloads(GoDownloads downloads) {
    spec.goDownloads(Objects.requireNonNull(downloads, "goDownloads"));
    return self();
  }

  /**
   * Limits each target's build; on expiry the process tree is killed and nothing is written.
   *
   * @param timeout the limit
   * @return this
   */
  public GoCrossBuilder timeout(Duration timeout) {
    spec.timeout(Objects.requireNonNull(timeout, "timeout"));
    spec();
    return self();
  }

  /**
   * Proves each artifact against the spec (the default) or not.
   *
   * @param on whether to verify
   * @return this
   */
  public GoCrossBuilder verify(boolean on) {
    spec.verify(on);
    return self();
  }

  /**
   * Runs the artifact after the build with these arguments: natively, or under qemu-user for a
   * foreign Linux architecture; skipped (with the reason in the result) where neither works.
   *
   * @param args the arguments, e.g. {@code --version}
   * @return this
   */
  public GoCrossBuilder smokeTest(String... args) {
    spec.smokeTestArgs(List.of(Objects.requireNonNull(args, "smokeTest")));
    return self();
  }

  /**
   * Sets how many targets of a matrix build at once.
   *
   * @param n at least 1; by default the number of processors, at most 4
   * @return this
   */
  public GoCrossBuilder concurrency(int n) {
    spec.concurrency(n);
    spec();
    return self();
  }

  /**
   * Returns the spec as configured so far.
   *
   * @return the immutable spec
   * @throws IllegalArgumentException when the configuration is invalid
   */
  public BuildSpec spec() {
    return spec.build();
  }
}
