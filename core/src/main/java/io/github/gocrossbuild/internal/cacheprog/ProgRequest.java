package io.github.gocrossbuild.internal.cacheprog;

import io.github.gocrossbuild.config.ConfigParseException;
import io.github.gocrossbuild.internal.jsonc.JsonText;
import java.util.Base64;
import java.util.Map;

/**
 * One request of the go command ({@code cmd/go/internal/cacheprog.Request}); {@code ObjectID}, the
 * spelling of {@code OutputID} before Go 1.24, is ignored.
 *
 * @param id the request's ID, echoed in the response
 * @param command {@code get}, {@code put}, {@code close} or a command this server does not know
 * @param actionId the action ID of a get or put (empty for close)
 * @param outputId the output ID of a put (empty otherwise)
 * @param bodySize the size of a put's body; a body line follows when it is above zero
 */
public record ProgRequest(
    long id, String command, byte[] actionId, byte[] outputId, long bodySize) {

  /**
   * Parses a request line.
   *
   * @param line the JSON object
   * @return the request
   * @throws ProtocolException when the line is not a request: not a JSON object of scalars, no
   *     numeric ID, a hash that is not base64 of 1 to 64 bytes, or a negative BodySize
   */
  public static ProgRequest parse(String line) throws ProtocolException {
    Map<String, String> m;
    try {
      m = JsonText.stringMembers("request", line);
    } catch (ConfigParseException e) {
      throw new ProtocolException("a request is not a JSON object of scalars: " + e.getMessage());
    }
    long id = number(m, "ID");
    long size = m.containsKey("BodySize") ? number(m, "BodySize") : 0;
    if (size < 0) {
      throw new ProtocolException("a request's BodySize is negative: " + size);
    }
    return new ProgRequest(
        id, m.getOrDefault("Command", ""), hash(m, "ActionID"), hash(m, "OutputID"), size);
  }

  private static long number(Map<String, String> m, String name) throws ProtocolException {
    String v = m.getOrDefault(name, "");
    if (!v.matches("-?[0-9]{1,18}")) {
      throw new ProtocolException(String.format("a request's %s is not a number: %s", name, v));
    }
    return Long.parseLong(v);
  }

  private static byte[] hash(Map<String, String> m, String name) throws ProtocolException {
    String v = m.getOrDefault(name, "");
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(v);
    } catch (IllegalArgumentException e) {
      throw new ProtocolException(String.format("a request's %s is not base64: %s", name, v));
    }
    if (bytes.length > 64) {
      throw new ProtocolException(String.format("a request's %s is longer than 64 bytes", name));
    }
    return bytes;
  }
}
