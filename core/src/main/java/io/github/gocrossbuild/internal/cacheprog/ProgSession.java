package io.github.gocrossbuild.internal.cacheprog;

import io.github.gocrossbuild.internal.jsonc.JsonText;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Serves one go command's cache program over a pair of streams, one request at a time: the
 * capabilities first, then a response to each {@code get}, {@code put} and {@code close}, and after
 * the reply to {@code close} nothing more. A put whose body does not hash to its OutputID, or is
 * larger than allowed, is answered with an error and nothing is stored. A request that breaks the
 * framing (a truncated or malformed line, bad base64) ends the session without a reply.
 *
 * <p>With {@code bodies} (a bridge on another machine) a get hit carries no DiskPath but a {@code
 * BodySize} member, and exactly that many raw bytes follow its line (our own framing between this
 * server and the bridge, a quarter smaller than the go command's base64); the bridge writes them to
 * its own disk. A hit whose output the bridge said it already holds ({@code held}: the bridge's
 * inventory of its object files) carries {@code "Held":true} instead and no bytes: the bridge names
 * its own file, which it wrote earlier from bytes checked here. Given the actions a build of the
 * same kind used earlier ({@link WarmSet}), such a session also pushes their outputs while no
 * response is waiting ({@link ReplyWriter}); a hit on a pushed output is then Held as well.
 */
public final class ProgSession {
  private static final String CAPABILITIES =
      "{\"ID\":0,\"KnownCommands\":[\"get\",\"put\",\"close\"]}";

  private final ActionStore store;
  private final boolean bodies;
  private final long maxBody;
  private final Set<String> held;
  private final List<byte[]> warm;
  private final Map<String, byte[]> used = new LinkedHashMap<>();
  private Sent sent = new Sent(0, 0, 0);

  /**
   * What a session sent a bridge on another machine.
   *
   * @param pushed outputs pushed before they were asked for
   * @param held get hits answered {@code "Held":true} (the bridge's inventory or pushed earlier)
   * @param bodies get hits answered with their bytes (an empty output's hit is not counted)
   */
  public record Sent(int pushed, int held, int bodies) {}

  /**
   * Creates a session.
   *
   * @param store where entries are kept
   * @param bodies true to send get hits' bytes over the connection instead of a local DiskPath
   * @param maxBody the largest put body accepted, in bytes
   */
  public ProgSession(ActionStore store, boolean bodies, long maxBody) {
    this(store, bodies, maxBody, Set.of());
  }

  /**
   * Creates a session with a bridge that already holds some outputs.
   *
   * @param store where entries are kept
   * @param bodies true to send get hits' bytes over the connection instead of a local DiskPath
   * @param maxBody the largest put body accepted, in bytes
   * @param held the outputs the bridge holds, each {@code <output ID in hex> <size>}; their hits
   *     are sent without bytes
   */
  public ProgSession(ActionStore store, boolean bodies, long maxBody, Set<String> held) {
    this(store, bodies, maxBody, held, List.of());
  }

  /**
   * Creates a session that pushes the outputs of actions the bridge will probably ask for.
   *
   * @param store where entries are kept
   * @param bodies true to send get hits' bytes over the connection instead of a local DiskPath
   * @param maxBody the largest put body accepted, in bytes
   * @param held the outputs the bridge holds, each {@code <output ID in hex> <size>}; their hits
   *     are sent without bytes
   * @param warm actions whose outputs are pushed to the bridge before it asks (with {@code bodies}
   *     only), most likely first
   */
  public ProgSession(
      ActionStore store, boolean bodies, long maxBody, Set<String> held, List<byte[]> warm) {
    this.store = store;
    this.bodies = bodies;
    this.maxBody = maxBody;
    this.held = Set.copyOf(held);
    this.warm = bodies ? List.copyOf(warm) : List.of();
  }

  /**
   * Returns the actions this session got (hits) or put, in order, each once.
   *
   * @return the action IDs
   */
  public List<byte[]> used() {
    return List.copyOf(used.values());
  }

  /**
   * Serves until {@code close} or the end of the input.
   *
   * @param input the go command's requests
   * @param output where responses go; flushed after each
   * @return true when the session ended with {@code close}
   * @throws ProtocolException when the peer broke the framing
   * @throws IOException when a stream fails
   */
  public boolean serve(InputStream input, OutputStream output) throws IOException {
    ProgReader reader = new ProgReader(new BufferedInputStream(input, 1 << 16));
    ReplyWriter replies =
        warm.isEmpty()
            ? ReplyWriter.direct(output, held, CAPABILITIES)
            : ReplyWriter.pushing(output, held, store, warm, CAPABILITIES);
    try {
      boolean closed = serve(reader, replies);
      replies.end();
      sent = replies.sent();
      return closed;
    } finally {
      replies.abort();
    }
  }

  /**
   * Returns what the session sent a bridge on another machine; all zero before {@link #serve}
   * returns.
   *
   * @return the counts
   */
  public Sent sent() {
    return sent;
  }

  private boolean serve(ProgReader reader, ReplyWriter replies) throws IOException {
    while (true) {
      Optional<String> line = reader.nextLine();
      if (line.isEmpty()) {
        return false;
      }
      ProgRequest request = ProgRequest.parse(line.get());
      switch (request.command()) {
        case "get" -> get(request, replies);
        case "put" -> put(request, reader, replies);
        case "close" -> {
          replies.line(String.format("{\"ID\":%d}", request.id()));
          return true;
        }
        default -> {
          if (request.bodySize() > 0) {
            throw new ProtocolException("a " + request.command() + " request carries a body");
          }
          error(replies, request, "unknown command " + JsonText.quote(request.command()));
        }
      }
    }
  }

  private void get(ProgRequest request, ReplyWriter replies) throws IOException {
    if (request.actionId().length == 0) {
      error(replies, request, "get without an ActionID");
      return;
    }
    Optional<ActionStore.Output> hit;
    try {
      hit = store.get(request.actionId());
    } catch (IOException e) {
      // An unreadable store is a miss: the go command then builds and puts.
      hit = Optional.empty();
    }
    if (hit.isEmpty()) {
      replies.line(String.format("{\"ID\":%d,\"Miss\":true}", request.id()));
      return;
    }
    use(request.actionId());
    ActionStore.Output o = hit.get();
    String head =
        String.format(
            "{\"ID\":%d,\"OutputID\":\"%s\",\"Size\":%d,\"Time\":\"%s\"",
            request.id(), Base64.getEncoder().encodeToString(o.outputId()), o.size(), o.time());
    if (!bodies) {
      replies.line(head + ",\"DiskPath\":" + JsonText.quote(o.file().toString()) + "}");
      return;
    }
    replies.hit(head, o);
  }

  private void use(byte[] actionId) {
    if (used.size() < WarmSet.MAX_ACTIONS) {
      used.putIfAbsent(HexFormat.of().formatHex(actionId), actionId.clone());
    }
  }

  private void put(ProgRequest request, ProgReader reader, ReplyWriter replies) throws IOException {
    long size = request.bodySize();
    if (size > maxBody) {
      error(
          replies,
          request,
          String.format("a body of %d bytes is over the limit of %d", size, maxBody));
      throw new ProtocolException("a put's BodySize " + size + " is over the limit");
    }
    InputStream body = size > 0 ? new Framed(reader.body(size)) : InputStream.nullInputStream();
    if (request.actionId().length == 0 || request.outputId().length != 32) {
      body.transferTo(OutputStream.nullOutputStream());
      reader.endBody();
      error(replies, request, "a put needs an ActionID and a 32-byte OutputID");
      return;
    }
    try {
      ActionStore.Output stored = store.put(request.actionId(), request.outputId(), size, body);
      reader.endBody();
      use(request.actionId());
      replies.line(
          String.format(
              "{\"ID\":%d,\"DiskPath\":%s}",
              request.id(), JsonText.quote(stored.file().toString())));
    } catch (ActionStore.RefusedException e) {
      reader.endBody();
      error(replies, request, "refused: " + e.getMessage());
    } catch (ProtocolException e) {
      throw e;
    } catch (IOException e) {
      // The store failed (a full disk, a read-only directory): the body is read to its end so the
      // session goes on, and the go command keeps its output without the cache.
      body.transferTo(OutputStream.nullOutputStream());
      reader.endBody();
      error(replies, request, "cannot store: " + e.getMessage());
    }
  }

  private static void error(ReplyWriter replies, ProgRequest request, String message)
      throws IOException {
    replies.line(String.format("{\"ID\":%d,\"Err\":%s}", request.id(), JsonText.quote(message)));
  }

  /** Reports every failure to read a body (bad base64 included) as broken framing. */
  private static final class Framed extends FilterInputStream {
    Framed(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return in.read();
      } catch (IOException e) {
        throw framing(e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return in.read(b, off, len);
      } catch (IOException e) {
        throw framing(e);
      }
    }

    private static ProtocolException framing(IOException e) {
      return e instanceof ProtocolException p
          ? p
          : new ProtocolException("a put's body is not base64: " + e.getMessage());
    }
  }
}
