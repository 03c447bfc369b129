package io.github.gocrossbuild.internal.toolchain.install;

import io.github.gocrossbuild.internal.jsonc.JsoncObject;
import io.github.gocrossbuild.internal.jsonc.JsoncSyntax;
import io.github.gocrossbuild.internal.jsonc.JsoncTree;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the SHA-256 an archive must have: the {@code <archive>.sha256} file next to it, or else the
 * JSON release listing ({@code <base>?mode=json&include=all}) of the download site.
 */
final class Checksums {
  private static final Pattern HEX = Pattern.compile("\\b([0-9a-fA-F]{64})\\b");

  /**
   * A checksum and where it came from.
   *
   * @param sha256 lower-case hex
   * @param source e.g. the URL of the .sha256 file
   */
  record Expected(String sha256, String source) {}

  private Checksums() {}

  /**
   * Looks the archive's checksum up on the download site.
   *
   * @param fetcher how to fetch
   * @param base the site, ending in {@code /}
   * @param archive the archive's file name
   * @return the checksum, or empty when the site publishes none
   * @throws IOException when the site cannot be read
   */
  static Optional<Expected> lookUp(Fetcher fetcher, URI base, String archive) throws IOException {
    URI file = base.resolve(archive + ".sha256");
    Optional<String> text = fetcher.text(file);
    if (text.isPresent()) {
      Matcher m = HEX.matcher(text.get());
      if (!m.find()) {
        throw new IOException(String.format("%s holds no SHA-256", file));
      }
      return Optional.of(new Expected(m.group(1).toLowerCase(Locale.ROOT), file.toString()));
    }
    if ("file".equalsIgnoreCase(base.getScheme())) {
      return Optional.empty();
    }
    URI listing = URI.create(base + "?mode=json&include=all");
    Optional<String> json = fetcher.text(listing);
    if (json.isEmpty()) {
      return Optional.empty();
    }
    return fromListing(listing.toString(), json.get(), archive);
  }

  /**
   * Finds an archive's checksum in a release listing: an array of releases, each with {@code
   * files}, each file with {@code filename} and {@code sha256}.
   *
   * @param source the listing's URL
   * @param json the listing
   * @param archive the archive's file name
   * @return the checksum, or empty when the listing does not name the archive
   */
  static Optional<Expected> fromListing(String source, String json, String archive) {
    Object root = JsoncTree.read(source, json, JsoncSyntax.JSON);
    if (!(root instanceof List<?> releases)) {
      return Optional.empty();
    }
    for (Object release : releases) {
      if (release instanceof JsoncObject r && r.get("files") instanceof List<?> files) {
        for (Object f : files) {
          if (f instanceof JsoncObject o
              && archive.equals(o.get("filename"))
              && o.get("sha256") instanceof String sum
              && sum.matches("[0-9a-fA-F]{64}")) {
            return Optional.of(new Expected(sum.toLowerCase(Locale.ROOT), source));
          }
        }
      }
    }
    return Optional.empty();
  }
}
