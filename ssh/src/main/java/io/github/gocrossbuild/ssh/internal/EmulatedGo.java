package io.github.gocrossbuild.ssh.internal;

import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.WarningId;
import io.github.gocrossbuild.spi.Toolchain;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells when a host's {@code go} is built for another architecture than the machine it runs on (an
 * amd64 Go on an ARM64 server, an arm64 Go under qemu-user on an x86 one): binfmt_misc, Rosetta or
 * a container runtime run it anyway, emulated, so every compile is several times slower and a build
 * without {@code GOARCH} targets another machine. Read from {@code go env GOHOSTARCH} against the
 * platform {@code uname} names.
 */
public final class EmulatedGo {
  /** Toolchain architectures a machine runs natively besides its own (32-bit on 64-bit). */
  private static final Map<GoArch, Set<String>> NATIVE_TOO =
      Map.of(GoArch.AMD64, Set.of("386"), GoArch.ARM64, Set.of("arm"));

  private EmulatedGo() {}

  /**
   * Checks a toolchain against the host it was found on.
   *
   * @param toolchain the host's toolchain
   * @param facts the host facts ({@code uname})
   * @param address the host's address for the message, e.g. {@code pi@raspberry:22}
   * @return the {@link WarningId#SSH_GO_EMULATED} finding with its fix, or empty when the toolchain
   *     is the machine's own (or either side is unknown)
   */
  public static Optional<BuildWarning> check(Toolchain toolchain, HostFacts facts, String address) {
    String goArch = toolchain.goEnv().getOrDefault("GOHOSTARCH", "");
    Optional<Target> machine = facts.platform();
    if (goArch.isEmpty() || machine.isEmpty()) {
      return Optional.empty();
    }
    GoArch arch = machine.get().goarch();
    if (arch.goName().equals(goArch) || NATIVE_TOO.getOrDefault(arch, Set.of()).contains(goArch)) {
      return Optional.empty();
    }
    String goos = machine.get().goos().goName();
    String version = toolchain.goVersion();
    return Optional.of(
        new BuildWarning(
            WarningId.SSH_GO_EMULATED,
            String.format(
                "go on %1$s (%2$s, %3$s) is built for %4$s/%5$s (go env GOHOSTARCH=%5$s), but"
                    + " the machine is %4$s/%6$s (uname: %7$s): it runs under emulation"
                    + " (qemu-user through binfmt_misc, Rosetta or the like), so every compile is"
                    + " several times slower, and a go build without GOARCH makes %5$s binaries."
                    + " Fix: install the %4$s/%6$s Go, e.g. goVersion(\"%3$s\") with GoDownloads"
                    + " (it installs the archive for the machine, %3$s.%4$s-%6$s.tar.gz), or pass"
                    + " a native Go's path with goCommand(...).",
                address,
                toolchain.goCommand(),
                version,
                goos,
                goArch,
                arch.goName(),
                facts.uname())));
  }
}
