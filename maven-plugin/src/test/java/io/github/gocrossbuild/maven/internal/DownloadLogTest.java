package io.github.gocrossbuild.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.DownloadProgress;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

/** Tests for {@link DownloadLog}. */
class DownloadLogTest {

  @Test
  void shouldLogTheStartAndOnceForEachTenthOfTheArchive() {
    List<String> lines = new ArrayList<>();
    DownloadLog log =
        new DownloadLog(
            new SystemStreamLog() {
              @Override
              public void info(CharSequence message) {
                lines.add(message.toString());
              }
            });
    String url = "https://go.dev/dl/go1.23.5.linux-amd64.tar.gz";

    for (long b : new long[] {0, 5, 9, 10, 55, 56, 100}) {
      log.accept(new DownloadProgress(url, b, 100));
    }

    assertThat(lines)
        .containsExactly(
            "downloading " + url + ": 0 of 100 bytes",
            "downloading " + url + ": 10 of 100 bytes",
            "downloading " + url + ": 55 of 100 bytes",
            "downloading " + url + ": 100 of 100 bytes");
  }
}
