package io.github.gocrossbuild.ssh.internal;

import io.github.gocrossbuild.spi.HostToolIdentity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The C library part of {@link RemoteToolIdentity}'s command: the host's C compiler names each of
 * {@link HostToolIdentity#LIBC_FILES} with {@code -print-file-name} (with the build's flags), once
 * per compiler file; every build then {@code stat}s the named files and hashes only those whose
 * size, time or inode changed since the connection last saw them.
 */
final class RemoteLibc {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /**
   * The script's part, run where {@code $c} is the resolved compiler, {@code $s} its path and stat
   * and {@code st}/{@code h} the stat and hash functions: $7 the compiler's remembered path and
   * stat, $8 the file names, $9 the files remembered (lines {@code name size time inode path}),
   * then the flags. Prints {@code @@GCB-LIBC name size time inode sha256 path}, with {@code =} for
   * the digest of a file that still has its remembered stat.
   */
  static final String SCRIPT =
      String.join(
          "\n",
          "    n=$8; k=$9; [ \"$s\" = \"$7\" ] || k=; shift 9",
          "    if [ -z \"$k\" ]; then",
          "      k=$(for f in $n; do p=$(\"$c\" \"$@\" -print-file-name=\"$f\" 2>/dev/null) && case \"$p\" in /*) printf '%s - - - %s\\n' \"$f\" \"$p\";; esac; done)",
          "    fi",
          "    printf '%s\\n' \"$k\" | while read -r f a b i p; do",
          "      [ -n \"$p\" ] || continue",
          "      t=$(st \"$p\")",
          "      if [ -n \"$t\" ] && [ \"$t\" = \"$a $b $i\" ]; then",
          "        printf '@@GCB-LIBC %s %s = %s\\n' \"$f\" \"$t\" \"$p\"",
          "      else",
          "        printf '@@GCB-LIBC %s %s %s %s\\n' \"$f\" \"${t:-- - -}\" \"$(h \"$p\" 2>/dev/null)\" \"$p\"",
          "      fi",
          "    done");

  /**
   * A C library file as last seen.
   *
   * @param stat its size, time and inode
   * @param path the path the compiler named
   * @param sha256 its digest
   */
  record Seen(String stat, String path, String sha256) {}

  private RemoteLibc() {}

  /**
   * Returns the remembered files as the script's $9.
   *
   * @param seen the files, by name
   * @return lines {@code name size time inode path}
   */
  static String known(Map<String, Seen> seen) {
    StringBuilder sb = new StringBuilder();
    seen.forEach((name, s) -> sb.append(String.format("%s %s %s%n", name, s.stat(), s.path())));
    return sb.toString().strip();
  }

  /**
   * Reads the script's answer.
   *
   * @param markers the {@code @@GCB-LIBC} lines' values
   * @param before the files remembered
   * @return the files now, by name in the order printed, or empty when one could not be hashed
   */
  static Optional<Map<String, Seen>> read(List<String> markers, Map<String, Seen> before) {
    Map<String, Seen> now = new LinkedHashMap<>();
    for (String line : markers) {
      String[] w = line.split(" ", 6);
      if (w.length < 6 || !HostToolIdentity.LIBC_FILES.contains(w[0])) {
        return Optional.empty();
      }
      String stat = String.join(" ", w[1], w[2], w[3]);
      Seen last = before.get(w[0]);
      String sha256 =
          w[4].equals("=") && last != null && last.stat().equals(stat) && last.path().equals(w[5])
              ? last.sha256()
              : w[4];
      if (!SHA256.matcher(sha256).matches()) {
        return Optional.empty();
      }
      now.put(w[0], new Seen(stat, w[5], sha256));
    }
    return Optional.of(Collections.unmodifiableMap(now));
  }

  /**
   * Returns the digests of files as seen.
   *
   * @param seen the files, by name
   * @return each name mapped to its SHA-256
   */
  static Map<String, String> sha256(Map<String, Seen> seen) {
    Map<String, String> out = new LinkedHashMap<>();
    seen.forEach((name, s) -> out.put(name, s.sha256()));
    return out;
  }
}
