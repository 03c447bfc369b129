package io.github.gocrossbuild.ssh.internal;

import io.github.gocrossbuild.ssh.SshHost;
import io.github.gocrossbuild.ssh.internal.agent.AgentAuthMethod;
import io.github.gocrossbuild.ssh.internal.agent.AgentClient;
import io.github.gocrossbuild.ssh.internal.agent.AgentIdentity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.schmizz.sshj.userauth.method.AuthMethod;

/**
 * The agent's keys for one authentication, in OpenSSH's order: those matching the identity files
 * (by their {@code .pub} files) first, in the files' order, then the agent's others unless {@link
 * SshHost#identitiesOnly()}. The agent connection stays open until the authentication is over.
 */
final class AgentKeys implements AutoCloseable {
  private final AgentClient agent;
  private final List<AuthMethod> methods;
  private final List<Path> held;

  private AgentKeys(AgentClient agent, List<AuthMethod> methods, List<Path> held) {
    this.agent = agent;
    this.methods = methods;
    this.held = held;
  }

  /**
   * Connects to the host's agent, if it uses one, and lists its keys.
   *
   * @param host the host, with its agent settings
   * @param files the identity files in order
   * @param tried what was offered, for the authentication error; the agent's keys are added
   * @return the keys; none when there is no agent or it cannot be reached
   */
  static AgentKeys open(SshHost host, List<Path> files, List<String> tried) {
    Optional<Path> socket = socket(host);
    if (socket.isEmpty()) {
      return new AgentKeys(null, List.of(), List.of());
    }
    AgentClient agent;
    List<AgentIdentity> ids;
    try {
      agent = AgentClient.connect(socket.get(), host.connectTimeout());
    } catch (IOException | RuntimeException e) {
      tried.add("agent " + socket.get() + " (not reachable: " + e.getClass().getSimpleName() + ")");
      return new AgentKeys(null, List.of(), List.of());
    }
    try {
      ids = agent.identities().stream().filter(AgentAuthMethod::usable).toList();
    } catch (IOException e) {
      tried.add("agent " + socket.get() + " (" + e.getMessage() + ")");
      closeQuietly(agent);
      return new AgentKeys(null, List.of(), List.of());
    }
    List<AgentIdentity> ordered = new ArrayList<>();
    List<Path> held = new ArrayList<>();
    for (Path f : files) {
      Optional<String> pub = publicKeyLine(f);
      for (AgentIdentity id : ids) {
        if (pub.map(id::matches).orElse(false) && !ordered.contains(id)) {
          ordered.add(id);
          held.add(f);
        }
      }
    }
    if (!host.identitiesOnly()) {
      ids.stream().filter(id -> !ordered.contains(id)).forEach(ordered::add);
    }
    List<AuthMethod> methods = new ArrayList<>();
    for (AgentIdentity id : ordered) {
      methods.add(new AgentAuthMethod(agent, id));
      tried.add("publickey " + id.keyType() + " " + id.comment() + " (agent " + socket.get() + ")");
    }
    return new AgentKeys(agent, List.copyOf(methods), List.copyOf(held));
  }

  private static Optional<Path> socket(SshHost host) {
    if (!host.agent()) {
      return Optional.empty();
    }
    return host.identityAgent()
        .or(
            () ->
                Optional.ofNullable(System.getenv("SSH_AUTH_SOCK"))
                    .filter(s -> !s.isEmpty())
                    .map(Path::of));
  }

  /** The first line of {@code <file>.pub}, where OpenSSH also looks for a key's public half. */
  static Optional<String> publicKeyLine(Path keyFile) {
    Path pub = keyFile.resolveSibling(keyFile.getFileName() + ".pub");
    try {
      return Files.isRegularFile(pub)
          ? Files.readAllLines(pub, StandardCharsets.UTF_8).stream().findFirst()
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  List<AuthMethod> methods() {
    return methods;
  }

  /**
   * Tells whether the agent holds a file's key, which then need not be loaded (nor decrypted).
   *
   * @param file an identity file
   * @return true when one of the agent's keys is this file's
   */
  boolean holds(Path file) {
    return held.contains(file);
  }

  @Override
  public void close() {
    if (agent != null) {
      closeQuietly(agent);
    }
  }

  private static void closeQuietly(AgentClient agent) {
    try {
      agent.close();
    } catch (IOException e) {
      // The authentication is over either way.
    }
  }
}
