package io.github.gocrossbuild.internal.proof;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoCrossBuildException;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.SmokeTestFailedException;
import io.github.gocrossbuild.SmokeTestResult;
import io.github.gocrossbuild.SmokeTestRunner;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.ArchTriples;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a built artifact once: natively when the JVM's platform matches the target, under qemu-user
 * for foreign Linux architectures (invoked explicitly; binfmt is not assumed), otherwise not at
 * all, with the reason. Commands are argv lists; no shell is involved.
 */
public final class SmokeRunner {
  /** Output beyond this is read and dropped so a chatty binary cannot fill the heap. */
  private static final int MAX_OUTPUT = 1 << 20;

  private SmokeRunner() {}

  /**
   * How an artifact can be run on this machine.
   *
   * @param prefix the emulator argv to put before the artifact; empty for native runs
   * @param via native, the emulator, or none
   * @param skipReason why it cannot run; null when it can
   */
  public record Plan(List<String> prefix, SmokeTestRunner via, String skipReason) {
    /**
     * Names the runner.
     *
     * @return {@code native}, the emulator's file name, or {@code none}
     */
    public String runner() {
      return via.name();
    }
  }

  /**
   * Runs the artifact and returns what happened; a non-zero exit is a result, not an exception.
   *
   * @param artifact the executable
   * @param target the target it was built for
   * @param args its arguments
   * @param timeout how long to wait before killing it and its children
   * @param env variables added to this process's environment; its {@code PATH}, when given, is also
   *     where qemu is looked up
   * @return the result, {@code ran() == false} when this machine cannot run the target
   * @throws SmokeTestFailedException when the process cannot be started
   */
  public static SmokeTestResult run(
      Path artifact, Target target, List<String> args, Duration timeout, Map<String, String> env) {
    return run(artifact, target, args, timeout, env, Optional.empty());
  }

  /**
   * Runs the artifact, giving qemu the target's C library root for a dynamic foreign binary.
   *
   * @param artifact the executable
   * @param target the target it was built for
   * @param args its arguments
   * @param timeout how long to wait
   * @param env extra environment
   * @param qemuLibraryRoot the root qemu-user resolves the interpreter and libraries in ({@code
   *     -L}), e.g. {@code /usr/aarch64-linux-gnu}; ignored for native runs
   * @return the result
   */
  public static SmokeTestResult run(
      Path artifact,
      Target target,
      List<String> args,
      Duration timeout,
      Map<String, String> env,
      Optional<Path> qemuLibraryRoot) {
    String path = env.getOrDefault("PATH", Optional.ofNullable(System.getenv("PATH")).orElse(""));
    Plan plan = plan(target, Target.current(), path);
    if (plan.skipReason() != null) {
      return SmokeTestResult.builder()
          .ran(false)
          .via(plan.via())
          .skipReason(plan.skipReason())
          .build();
    }
    List<String> argv = new ArrayList<>(plan.prefix());
    if (!plan.prefix().isEmpty() && qemuLibraryRoot.isPresent()) {
      argv.add("-L");
      argv.add(qemuLibraryRoot.get().toString());
    }
    argv.add(artifact.toAbsolutePath().toString());
    argv.addAll(args);
    return execute(artifact, argv, plan.via(), timeout, env);
  }

  /**
   * Runs the artifact and throws when it fails.
   *
   * @param artifact the executable
   * @param target the target it was built for
   * @param args its arguments
   * @param timeout how long to wait
   * @param env extra environment
   * @return the successful or skipped result
   * @throws SmokeTestFailedException on a non-zero exit, a timeout or a failure to start
   */
  public static SmokeTestResult runChecked(
      Path artifact, Target target, List<String> args, Duration timeout, Map<String, String> env) {
    return runChecked(artifact, target, args, timeout, env, Optional.empty());
  }

  /**
   * Runs the artifact with a qemu library root and throws when it fails.
   *
   * @param artifact the executable
   * @param target the target it was built for
   * @param args its arguments
   * @param timeout how long to wait
   * @param env extra environment
   * @param qemuLibraryRoot the root for qemu's {@code -L}, if any
   * @return the successful or skipped result
   * @throws SmokeTestFailedException on a non-zero exit, a timeout or a failure to start
   */
  public static SmokeTestResult runChecked(
      Path artifact,
      Target target,
      List<String> args,
      Duration timeout,
      Map<String, String> env,
      Optional<Path> qemuLibraryRoot) {
    return check(artifact, run(artifact, target, args, timeout, env, qemuLibraryRoot), timeout);
  }

  /**
   * Turns a failed or timed-out result into an exception.
   *
   * @param artifact the executable
   * @param r the result of running it, here or on a remote host
   * @param timeout the limit it ran under
   * @return the result, when it passed or was skipped
   * @throws SmokeTestFailedException on a non-zero exit or a timeout
   */
  public static SmokeTestResult check(Path artifact, SmokeTestResult r, Duration timeout) {
    if (r.timedOut()) {
      throw new SmokeTestFailedException(
          artifact, r, "timed out after " + timeout.toMillis() + " ms");
    }
    if (r.failed()) {
      throw new SmokeTestFailedException(artifact, r, "exited with code " + r.exitCode().get());
    }
    return r;
  }

  /**
   * Decides how a target can run on a machine.
   *
   * @param target the artifact's target
   * @param local the machine's target, empty when unknown
   * @param path the {@code PATH} to search for qemu
   * @return the plan
   */
  public static Plan plan(Target target, Optional<Target> local, String path) {
    if (local.isEmpty()) {
      return new Plan(
          List.of(), SmokeTestRunner.none(), "the local platform is not one Go supports");
    }
    Target host = local.get();
    if (host.goos() == target.goos() && host.goarch() == target.goarch()) {
      return new Plan(List.of(), SmokeTestRunner.nativeRun(), null);
    }
    if (host.goos() != GoOs.LINUX || target.goos() != GoOs.LINUX) {
      return new Plan(
          List.of(),
          SmokeTestRunner.none(),
          "cannot run "
              + target.goos()
              + "/"
              + target.goarch()
              + " binaries on "
              + host.goos()
              + "/"
              + host.goarch()
              + " (emulation is only supported for linux targets on linux hosts)");
    }
    String arch = qemuArch(target.goarch());
    for (String name : List.of("qemu-" + arch + "-static", "qemu-" + arch)) {
      Optional<Path> exe = which(name, path);
      if (exe.isPresent()) {
        return new Plan(List.of(exe.get().toString()), SmokeTestRunner.emulator(name), null);
      }
    }
    return new Plan(
        List.of(),
        SmokeTestRunner.none(),
        "cannot run linux/"
            + target.goarch()
            + " binaries on "
            + host.goos()
            + "/"
            + host.goarch()
            + ": neither qemu-"
            + arch
            + "-static nor qemu-"
            + arch
            + " is on PATH (install qemu-user-static)");
  }

  /**
   * Returns qemu's name for a Go architecture.
   *
   * @param arch the GOARCH
   * @return e.g. {@code aarch64} for arm64, {@code i386} for 386, {@code mipsel} for mipsle
   */
  public static String qemuArch(GoArch arch) {
    return ArchTriples.qemuArch(arch);
  }

  private static Optional<Path> which(String name, String path) {
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path p = Path.of(dir, name);
      if (Files.isRegularFile(p) && Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static SmokeTestResult execute(
      Path artifact,
      List<String> argv,
      SmokeTestRunner runner,
      Duration timeout,
      Map<String, String> env) {
    ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
    Path dir = artifact.toAbsolutePath().getParent();
    if (dir != null) {
      pb.directory(dir.toFile());
    }
    pb.environment().putAll(env);
    SmokeTestResult.Builder result = SmokeTestResult.builder().via(runner).command(argv);
    long start = System.nanoTime();
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      SmokeTestResult r = result.ran(false).output(String.valueOf(e.getMessage())).build();
      throw new SmokeTestFailedException(artifact, r, "could not start: " + e.getMessage());
    }
    try {
      p.getOutputStream().close(); // the artifact gets an empty stdin
    } catch (IOException e) {
      // The process may already be gone; its exit code will tell.
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Thread reader = new Thread(() -> drain(p.getInputStream(), out), "smoke-output");
    reader.setDaemon(true);
    reader.start();
    try {
      boolean exited = p.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
      if (!exited) {
        killTree(p);
      }
      reader.join(5000);
      result.ran(true).timedOut(!exited).duration(Duration.ofNanos(System.nanoTime() - start));
      if (exited) {
        result.exitCode(p.exitValue());
      }
      synchronized (out) {
        return result.output(out.toString(StandardCharsets.UTF_8)).build();
      }
    } catch (InterruptedException e) {
      killTree(p);
      Thread.currentThread().interrupt();
      throw new GoCrossBuildException("interrupted while smoke-testing " + artifact, e);
    }
  }

  private static void drain(InputStream in, ByteArrayOutputStream out) {
    byte[] buf = new byte[8192];
    try (in) {
      for (int n; (n = in.read(buf)) >= 0; ) {
        synchronized (out) {
          out.write(buf, 0, Math.max(0, Math.min(n, MAX_OUTPUT - out.size())));
        }
      }
    } catch (IOException e) {
      // The stream closes when the process is killed; what was read so far is kept.
    }
  }

  /** Kills children first: once the parent dies they are re-parented and no longer listed. */
  private static void killTree(Process p) {
    p.descendants().forEach(ProcessHandle::destroyForcibly);
    p.destroyForcibly();
    try {
      p.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
