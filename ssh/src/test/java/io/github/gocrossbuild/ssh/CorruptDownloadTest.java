package io.github.gocrossbuild.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import io.github.gocrossbuild.internal.Sha256;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads whose bytes differ from what the host hashed (a bit flipped on the host's disk after
 * {@code go build}, as {@link RemoteFileCorrupter} does) are refused and never kept.
 */
class CorruptDownloadTest {
  @RegisterExtension static final ConnectedSshd server = new ConnectedSshd();

  private static GoCrossBuilder build(Path module, Path out, List<BuildEvent> events) {
    return build(module, out, events, new RemoteFileCorrupter(server.host().host()));
  }

  private static GoCrossBuilder build(
      Path module, Path out, List<BuildEvent> events, RemoteFileCorrupter corrupter) {
    return GoCrossBuild.target("linux/arm64")
        .noCgo()
        .moduleDir(module)
        .outputDir(out)
        .on(server.host())
        .listener(
            e -> {
              corrupter.onEvent(e);
              events.add(e);
            });
  }

  private static List<String> downloads(List<BuildEvent> events) {
    return events.stream()
        .filter(e -> e instanceof BuildEvent.Transfer t && t.bytes() == 0)
        .map(e -> ((BuildEvent.Transfer) e).what())
        .filter(w -> w.startsWith("download "))
        .collect(Collectors.toList());
  }

  @Test
  void shouldRefuseACorruptedCopyAndFetchItAgain(@TempDir Path tmp) throws Exception {
    Path module = TestModules.copyHello(tmp);
    List<BuildEvent> events = new CopyOnWriteArrayList<>();
    // The first download reads a flipped bit; the second flips it back, so it reads the original.
    RemoteFileCorrupter corrupter = new RemoteFileCorrupter(server.host().host(), 1, 2);

    BuildResult r = build(module, tmp.resolve("out"), events, corrupter).run();

    List<String> fetched = downloads(events);
    assertThat(fetched).hasSize(2);
    assertThat(fetched.get(1)).isEqualTo(fetched.get(0) + " again (SHA-256 differed)");
    assertThat(corrupter.flips()).isEqualTo(2);
    BuildResult clean = build(module, tmp.resolve("clean"), new CopyOnWriteArrayList<>()).run();
    assertThat(Sha256.of(r.artifact())).isEqualTo(Sha256.of(clean.artifact()));
  }

  @Test
  void shouldKeepNothingWhenTheCopyIsCorruptedTwice(@TempDir Path tmp) {
    Path module = TestModules.copyHello(tmp);
    List<BuildEvent> events = new CopyOnWriteArrayList<>();
    // The bit flipped before the first download stays flipped for the second.
    RemoteFileCorrupter corrupter = new RemoteFileCorrupter(server.host().host(), 1);

    assertThatThrownBy(() -> build(module, tmp.resolve("out"), events, corrupter).run())
        .isInstanceOfSatisfying(
            SshTransferException.class,
            e -> {
              assertThat(e.step()).isEqualTo("download");
              assertThat(e.getMessage())
                  .startsWith(
                      "The downloaded artifact differs from the one on 127.0.0.1:"
                          + server.sshd().port()
                          + ", twice: SHA-256 ")
                  .endsWith(" there. Nothing was kept; run the build again.");
            });
    assertThat(downloads(events)).hasSize(2);
    assertThat(corrupter.flips()).isEqualTo(1);
    assertThat(tmp.resolve("out")).isEmptyDirectory();
  }
}
