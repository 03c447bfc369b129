package io.github.gocrossbuild.ssh;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoOs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchTest {
  @Test
  void scratch(@TempDir Path tmp) throws Exception {
    try (Sshd sshd = Sshd.start(tmp.resolve("sshd"));
        SshBuildHost host = SshBuildHost.connect(sshd.hostBuilder().build())) {
      System.err.println("PLATFORM " + host.platform());
      System.err.println("PROBE " + host.probe());
      Path module = TestModules.copyHello(tmp);
      long t0 = System.nanoTime();
      BuildResult r = GoCrossBuild.target(GoOs.LINUX, GoArch.ARM64).noCgo().moduleDir(module)
          .on(host).listener(e -> System.err.println("EVENT " + e)).run();
      System.err.println("RESULT " + r.artifact() + " " + r.command() + " " + (System.nanoTime() - t0) / 1e6);
      t0 = System.nanoTime();
      r = GoCrossBuild.target(GoOs.LINUX, GoArch.ARM64).noCgo().moduleDir(module)
          .on(host).listener(e -> System.err.println("EVENT " + e)).run();
      System.err.println("RESULT2 " + (System.nanoTime() - t0) / 1e6);
    }
  }
}
