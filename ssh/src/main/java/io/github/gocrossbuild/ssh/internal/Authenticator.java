package io.github.gocrossbuild.ssh.internal;

import io.github.gocrossbuild.ssh.SshAuthenticationException;
import io.github.gocrossbuild.ssh.SshConnectionException;
import io.github.gocrossbuild.ssh.SshHost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.transport.TransportException;
import net.schmizz.sshj.userauth.UserAuthException;
import net.schmizz.sshj.userauth.method.AuthMethod;
import net.schmizz.sshj.userauth.method.AuthPublickey;
import net.schmizz.sshj.userauth.password.PasswordFinder;
import net.schmizz.sshj.userauth.password.Resource;

/**
 * Offers the agent's keys, then the key files, then the password, in OpenSSH's order, and reports
 * what was tried without any secret.
 */
final class Authenticator {
  private static final List<String> DEFAULT_KEYS = List.of("id_ed25519", "id_ecdsa", "id_rsa");

  private Authenticator() {}

  static void authenticate(SSHClient client, SshHost host) {
    List<String> tried = new ArrayList<>();
    try (AgentKeys agent = AgentKeys.open(host, keyFiles(host), tried)) {
      List<AuthMethod> methods = new ArrayList<>(agent.methods());
      for (Path file : keyFiles(host)) {
        if (agent.holds(file)) {
          continue;
        }
        try {
          methods.add(new AuthPublickey(client.loadKeys(file.toString(), finder(host, file))));
          tried.add("publickey " + file);
        } catch (IOException | RuntimeException e) {
          // An unreadable or undecryptable key is reported, never its content or passphrase.
          tried.add("publickey " + file + " (not loaded: " + e.getClass().getSimpleName() + ")");
        }
      }
      authenticate(client, host, methods, tried);
    }
  }

  private static void authenticate(
      SSHClient client, SshHost host, List<AuthMethod> methods, List<String> tried) {
    try {
      if (!methods.isEmpty()) {
        try {
          client.auth(host.user(), methods);
          return;
        } catch (UserAuthException e) {
          if (host.password().isEmpty()) {
            throw e;
          }
        }
      }
      if (host.password().isPresent()) {
        tried.add("password");
        char[] pw = host.password().get().get();
        try {
          client.authPassword(host.user(), pw);
          return;
        } finally {
          Arrays.fill(pw, '\0');
        }
      }
      throw new UserAuthException("no credentials to offer");
    } catch (UserAuthException e) {
      List<String> allowed = new ArrayList<>(client.getUserAuth().getAllowedMethods());
      throw new SshAuthenticationException(host.address(), host.user(), tried, allowed, e);
    } catch (TransportException e) {
      throw new SshConnectionException(
          "Connection to "
              + host.address()
              + " was lost during"
              + " authentication: "
              + SshConnection.describe(e),
          host.address(),
          "authenticate",
          e);
    }
  }

  static List<Path> keyFiles(SshHost host) {
    if (!host.identityFiles().isEmpty()) {
      return host.identityFiles();
    }
    Path ssh = Path.of(System.getProperty("user.home", "."), ".ssh");
    List<Path> out = new ArrayList<>();
    for (String name : DEFAULT_KEYS) {
      if (Files.isRegularFile(ssh.resolve(name))) {
        out.add(ssh.resolve(name));
      }
    }
    return out;
  }

  private static PasswordFinder finder(SshHost host, Path file) {
    return new PasswordFinder() {
      @Override
      public char[] reqPassword(Resource<?> resource) {
        return host.passphrase().map(p -> p.forKey(file)).orElse(null);
      }

      @Override
      public boolean shouldRetry(Resource<?> resource) {
        return false;
      }
    };
  }
}
