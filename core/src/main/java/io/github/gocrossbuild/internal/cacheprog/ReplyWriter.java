package io.github.gocrossbuild.internal.cacheprog;

import io.github.gocrossbuild.internal.Sha256;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Base64;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes one session's responses. A get hit for a bridge on another machine goes as {@code
 * "Held":true} when the bridge holds its output (its inventory, or bytes sent earlier on this
 * connection), else with its bytes after the line ({@code BodySize}).
 *
 * <p>A pushing writer also fills the time the link would be idle (the go command thinks between
 * requests) with outputs the bridge will probably ask for: those of a {@link WarmSet}'s actions
 * that the bridge does not hold, each a line {@code {"Push":true,"OutputID":...,"Size":N,
 * "BodySize":M}} and M bytes ({@link WireBody}: deflated when that is smaller), read into memory
 * and checked against their output ID first. One thread writes, a response whenever one is waiting,
 * a push only when none is, so a later response about a pushed output can say Held: the bridge read
 * the push before it. Pushes stop at the close reply, and after {@link #MAX_PUSH_BYTES}; outputs
 * over {@link #MAX_PUSH_OBJECT} are only sent on request.
 */
final class ReplyWriter {
  /** The largest output pushed before it is asked for. */
  static final long MAX_PUSH_OBJECT = 64L << 20;

  /** The most bytes pushed in one session. */
  static final long MAX_PUSH_BYTES = 1L << 30;

  private static final HexFormat HEX = HexFormat.of();

  /** A response line, or for a hit its line without the closing brace and the output. */
  private record Reply(String line, Optional<ActionStore.Output> hit) {}

  private final OutputStream out;
  private final Set<String> held;
  private final ActionStore store;
  private final Iterator<byte[]> warm;
  private final Deque<Reply> queue = new ArrayDeque<>();
  private final Thread thread;
  private long pushedBytes;
  private int pushed;
  private int heldHits;
  private int bodyHits;
  private boolean ending;
  private boolean pushing;
  private IOException failure;

  private ReplyWriter(
      OutputStream out, Set<String> held, ActionStore store, List<byte[]> warm, String first)
      throws IOException {
    this.out = out;
    this.held = new HashSet<>(held);
    this.store = store;
    this.warm = List.copyOf(warm).iterator();
    this.pushing = !warm.isEmpty();
    this.thread = pushing ? new Thread(this::run, "gocrossbuild-cacheprog-push") : null;
    line(first);
    if (thread != null) {
      thread.setDaemon(true);
      thread.start();
    }
  }

  /**
   * A writer that writes each response as it is given.
   *
   * @param out the connection
   * @param held the outputs the bridge holds, each {@code <output ID in hex> <size>}
   * @param first the first response
   * @return the writer
   * @throws IOException when the connection failed
   */
  static ReplyWriter direct(OutputStream out, Set<String> held, String first) throws IOException {
    return new ReplyWriter(out, held, null, List.of(), first);
  }

  /**
   * A writer that pushes the outputs of recorded actions while no response is waiting.
   *
   * @param out the connection to a bridge on another machine
   * @param held the outputs the bridge holds, each {@code <output ID in hex> <size>}
   * @param store where the actions are looked up
   * @param warm the actions whose outputs to push, in order
   * @param first the first response, written before any push
   * @return the writer
   * @throws IOException when the connection failed
   */
  static ReplyWriter pushing(
      OutputStream out, Set<String> held, ActionStore store, List<byte[]> warm, String first)
      throws IOException {
    return new ReplyWriter(out, held, store, warm, first);
  }

  /**
   * Returns what was sent; complete after {@link #end()}.
   *
   * @return the counts
   */
  ProgSession.Sent sent() {
    synchronized (this) {
      return new ProgSession.Sent(pushed, heldHits, bodyHits);
    }
  }

  /**
   * Writes a response line.
   *
   * @param json the response, one line without its newline
   * @throws IOException when the connection failed
   */
  void line(String json) throws IOException {
    reply(new Reply(json, Optional.empty()));
  }

  /**
   * Writes a get hit for a bridge on another machine.
   *
   * @param head the response without its closing brace
   * @param output the output
   * @throws IOException when the connection failed
   */
  void hit(String head, ActionStore.Output output) throws IOException {
    reply(new Reply(head, Optional.of(output)));
  }

  /**
   * Writes what is waiting, stops pushing and flushes.
   *
   * @throws IOException when the connection failed
   */
  void end() throws IOException {
    if (thread == null) {
      out.flush();
      return;
    }
    synchronized (this) {
      ending = true;
      notifyAll();
    }
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while the last responses were written");
    }
    synchronized (this) {
      if (failure != null) {
        throw failure;
      }
    }
  }

  /** Stops the writing thread without waiting: the session failed and its socket is closed. */
  void abort() {
    if (thread != null) {
      synchronized (this) {
        ending = true;
        queue.clear();
        notifyAll();
      }
    }
  }

  private void reply(Reply r) throws IOException {
    if (thread == null) {
      write(r);
      out.flush();
      return;
    }
    synchronized (this) {
      if (failure != null) {
        throw failure;
      }
      queue.add(r);
      notifyAll();
    }
  }

  private void run() {
    try {
      while (true) {
        Reply next;
        boolean last;
        synchronized (this) {
          while (queue.isEmpty() && !ending && !pushing) {
            wait();
          }
          next = queue.poll();
          last = queue.isEmpty();
          if (next == null && ending) {
            break;
          }
        }
        if (next != null) {
          write(next);
          if (last) {
            out.flush();
          }
        } else if (!pushNext()) {
          synchronized (this) {
            pushing = false;
          }
        }
      }
      out.flush();
    } catch (IOException e) {
      synchronized (this) {
        failure = e;
      }
    } catch (InterruptedException e) {
      synchronized (this) {
        failure = new InterruptedIOException("the push writer was interrupted");
      }
    }
  }

  private void write(Reply r) throws IOException {
    if (r.hit().isEmpty()) {
      send(r.line());
      return;
    }
    ActionStore.Output o = r.hit().get();
    String entry = entry(o);
    if (held.contains(entry)) {
      send(r.line() + ",\"Held\":true}");
      count(0, 1, 0);
      return;
    }
    if (o.size() >= WireBody.MIN_DEFLATE && o.size() <= MAX_PUSH_OBJECT) {
      count(0, 0, 1);
      WireBody.write(out, r.line(), Files.readAllBytes(o.file()));
      held.add(entry);
      return;
    }
    send(r.line() + ",\"BodySize\":" + o.size() + "}");
    if (o.size() > 0) {
      count(0, 0, 1);
      Files.copy(o.file(), out);
      // The bridge writes every body it gets to its own disk.
      held.add(entry);
    }
  }

  /** Pushes the next output worth pushing; false when there is none left. */
  private boolean pushNext() throws IOException {
    while (warm.hasNext() && pushedBytes < MAX_PUSH_BYTES) {
      Optional<ActionStore.Output> found;
      try {
        found = store.get(warm.next());
      } catch (IOException e) {
        continue;
      }
      if (found.isEmpty()) {
        continue;
      }
      ActionStore.Output o = found.get();
      String entry = entry(o);
      if (o.size() == 0 || o.size() > MAX_PUSH_OBJECT || held.contains(entry)) {
        continue;
      }
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(o.file());
      } catch (IOException e) {
        continue;
      }
      // Only bytes checked here are pushed: the file may have changed since the store looked.
      if (bytes.length != o.size()
          || !Arrays.equals(HEX.parseHex(Sha256.of(bytes)), o.outputId())) {
        continue;
      }
      WireBody.write(
          out,
          String.format(
              "{\"Push\":true,\"OutputID\":\"%s\",\"Size\":%d",
              Base64.getEncoder().encodeToString(o.outputId()), o.size()),
          bytes);
      out.flush();
      held.add(entry);
      pushedBytes += bytes.length;
      count(1, 0, 0);
      return true;
    }
    return false;
  }

  private synchronized void count(int push, int heldHit, int bodyHit) {
    pushed += push;
    heldHits += heldHit;
    bodyHits += bodyHit;
  }

  private static String entry(ActionStore.Output o) {
    return HEX.formatHex(o.outputId()) + " " + o.size();
  }

  private void send(String line) throws IOException {
    out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
