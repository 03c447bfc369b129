package io.github.gocrossbuild.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small Debug Adapter Protocol client that talks to Delve as VS Code's Go extension does in
 * {@code "mode": "remote"}: Content-Length framed JSON over TCP.
 */
public final class DapClient implements AutoCloseable {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final List<JsonNode> events = new ArrayList<>();
  private int seq;

  private DapClient(Socket socket) throws IOException {
    this.socket = socket;
    this.socket.setSoTimeout(60_000);
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
  }

  /**
   * Connects to 127.0.0.1.
   *
   * @param port the port
   * @return the client
   */
  public static DapClient connect(int port) {
    try {
      return new DapClient(new Socket(InetAddress.getLoopbackAddress(), port));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sends a request and waits for its response; events that arrive meanwhile are kept.
   *
   * @param command the command
   * @param arguments its arguments
   * @return the response
   */
  public JsonNode request(String command, Map<String, Object> arguments) {
    int id = ++seq;
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("seq", id);
    message.put("type", "request");
    message.put("command", command);
    message.put("arguments", arguments);
    byte[] body = JSON.writeValueAsBytes(message);
    try {
      out.write(
          ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    while (true) {
      JsonNode m = read();
      if ("response".equals(m.path("type").asString()) && m.path("request_seq").asInt() == id) {
        return m;
      }
      events.add(m);
    }
  }

  /**
   * Waits for an event, looking first at those already received.
   *
   * @param name the event name, e.g. {@code stopped}
   * @return the event
   */
  public JsonNode awaitEvent(String name) {
    for (int i = 0; i < events.size(); i++) {
      if (name.equals(events.get(i).path("event").asString())) {
        return events.remove(i);
      }
    }
    while (true) {
      JsonNode m = read();
      if (name.equals(m.path("event").asString())) {
        return m;
      }
    }
  }

  /**
   * Does what VS Code does for {@code "request": "attach", "mode": "remote"} with one function
   * breakpoint, waits until it is hit, reads the stack and disconnects (ending the program, as the
   * debug toolbar's stop button does).
   *
   * @param function the function to stop in, e.g. {@code main.work}
   * @return the names of the stack's frames, innermost first, with their source paths after a tab
   */
  public List<String> stopIn(String function) {
    require(
        request(
            "initialize",
            Map.of(
                "adapterID", "go",
                "clientID", "vscode",
                "linesStartAt1", true,
                "columnsStartAt1", true,
                "pathFormat", "path")));
    require(request("attach", Map.of("request", "attach", "mode", "remote")));
    awaitEvent("initialized");
    JsonNode bp =
        require(
            request(
                "setFunctionBreakpoints",
                Map.of("breakpoints", List.of(Map.of("name", function)))));
    if (!bp.path("body").path("breakpoints").path(0).path("verified").asBoolean()) {
      throw new AssertionError("breakpoint not verified: " + bp);
    }
    require(request("configurationDone", Map.of()));
    JsonNode stopped = awaitEvent("stopped");
    int thread = stopped.path("body").path("threadId").asInt();
    JsonNode trace =
        require(request("stackTrace", Map.of("threadId", thread, "startFrame", 0, "levels", 5)));
    List<String> frames = new ArrayList<>();
    for (JsonNode f : trace.path("body").path("stackFrames")) {
      frames.add(f.path("name").asString() + "\t" + f.path("source").path("path").asString());
    }
    require(request("disconnect", Map.of("terminateDebuggee", true)));
    return frames;
  }

  private static JsonNode require(JsonNode response) {
    if (!response.path("success").asBoolean()) {
      throw new AssertionError("DAP request failed: " + response);
    }
    return response;
  }

  private JsonNode read() {
    try {
      int length = -1;
      String line;
      while (!(line = header()).isEmpty()) {
        if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
          length = Integer.parseInt(line.substring(15).strip());
        }
      }
      if (length < 0) {
        throw new IOException("DAP message without Content-Length");
      }
      byte[] body = in.readNBytes(length);
      if (body.length != length) {
        throw new IOException("DAP connection closed mid-message");
      }
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String header() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != '\n') {
      if (b < 0) {
        throw new IOException("DAP connection closed");
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Closing a socket that is already gone.
    }
  }
}
