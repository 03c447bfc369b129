package io.github.gocrossbuild.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Reads the Linux process and socket tables to check what a debug session leaves behind. */
public final class DebugProcesses {
  private DebugProcesses() {}

  /**
   * Lists the processes of this user whose command line mentions a name (Delve's argv names the
   * binary; the program's argv[0] is the binary), waiting up to twenty seconds for them to go (a
   * dropped SSH connection is noticed by the host's sshd, then by the watchdog).
   *
   * @param name e.g. the debug binary's file name
   * @return {@code pid cmdline} of each, empty when none is left
   */
  public static List<String> running(String name) {
    List<String> found = List.of();
    for (int i = 0; i < 200; i++) {
      found = scan(name);
      if (found.isEmpty()) {
        return found;
      }
      sleep();
    }
    return found;
  }

  private static List<String> scan(String name) {
    List<String> out = new ArrayList<>();
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path p : (Iterable<Path>) procs::iterator) {
        if (!p.getFileName().toString().matches("\\d+")) {
          continue;
        }
        try {
          String cmd =
              new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8)
                  .replace('\0', ' ');
          String stat = Files.readString(p.resolve("stat"));
          boolean zombie = stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
          if (cmd.contains(name) && !zombie) {
            out.add(p.getFileName() + " " + cmd.strip());
          }
        } catch (IOException | RuntimeException gone) {
          // The process ended while being read.
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Lists the local addresses listening on a TCP port, from {@code /proc/net/tcp} and {@code tcp6}.
   *
   * @param port the port
   * @return e.g. {@code [127.0.0.1]}; {@code 0.0.0.0} or {@code ::} would mean every interface
   */
  public static List<String> listenersOn(int port) {
    List<String> out = new ArrayList<>();
    String hexPort = String.format(Locale.ROOT, "%04X", port);
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      try {
        for (String line : Files.readAllLines(Path.of(table))) {
          String[] f = line.strip().split("\\s+");
          // sl local_address rem_address st ...; st 0A is LISTEN
          if (f.length > 3 && f[1].endsWith(":" + hexPort) && f[3].equals("0A")) {
            out.add(address(f[1].substring(0, f[1].indexOf(':'))));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  private static String address(String hex) {
    // An IPv4-mapped IPv6 socket (::ffff:a.b.c.d, Java's default) accepts exactly what the IPv4
    // address does, so it is reported as that address.
    String v4 = hex.startsWith("0000000000000000FFFF0000") ? hex.substring(24) : hex;
    if (v4.length() == 8) {
      long v = Long.parseLong(v4, 16);
      return String.format(
          "%d.%d.%d.%d", v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >> 24) & 0xff);
    }
    return hex.equals("00000000000000000000000000000000") ? "::" : hex;
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
