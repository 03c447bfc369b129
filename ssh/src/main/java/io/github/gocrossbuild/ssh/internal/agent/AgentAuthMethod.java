package io.github.gocrossbuild.ssh.internal.agent;

import com.hierynomus.sshj.key.KeyAlgorithm;
import java.io.IOException;
import java.util.LinkedList;
import java.util.Queue;
import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.KeyType;
import net.schmizz.sshj.common.Message;
import net.schmizz.sshj.common.SSHPacket;
import net.schmizz.sshj.transport.TransportException;
import net.schmizz.sshj.userauth.UserAuthException;
import net.schmizz.sshj.userauth.method.AbstractAuthMethod;

/**
 * SSH's {@code publickey} authentication with a key held by an agent: the request carries the
 * agent's public key blob, and once the server accepts the key ({@code SSH_MSG_USERAUTH_PK_OK}) the
 * agent signs the session-bound request. Like SSHJ's own {@code AuthPublickey}, an RSA key is tried
 * with each signature algorithm the server accepts ({@code rsa-sha2-512}, {@code rsa-sha2-256}, the
 * matching agent flag set), one per retry.
 */
public final class AgentAuthMethod extends AbstractAuthMethod {
  private final AgentClient agent;
  private final AgentIdentity identity;
  private Queue<KeyAlgorithm> algorithms;

  /**
   * Creates the method for one key.
   *
   * @param agent the agent, open for the whole authentication
   * @param identity one of its keys
   */
  public AgentAuthMethod(AgentClient agent, AgentIdentity identity) {
    super("publickey");
    this.agent = agent;
    this.identity = identity;
  }

  /**
   * Tells whether SSHJ knows the key's type, so the key can be offered.
   *
   * @param identity a key the agent holds
   * @return false for types SSHJ cannot name (security keys, for instance)
   */
  public static boolean usable(AgentIdentity identity) {
    return KeyType.fromString(identity.keyType()) != KeyType.UNKNOWN;
  }

  private KeyAlgorithm algorithm() throws UserAuthException {
    try {
      if (algorithms == null) {
        algorithms =
            new LinkedList<>(
                params
                    .getTransport()
                    .getClientKeyAlgorithms(KeyType.fromString(identity.keyType())));
      }
    } catch (TransportException e) {
      throw new UserAuthException("no signature algorithm for " + identity, e);
    }
    KeyAlgorithm a = algorithms.peek();
    if (a == null) {
      throw new UserAuthException("no signature algorithm for " + identity);
    }
    return a;
  }

  @Override
  public boolean shouldRetry() {
    if (algorithms == null) {
      return false;
    }
    algorithms.poll();
    return !algorithms.isEmpty();
  }

  @Override
  protected SSHPacket buildReq() throws UserAuthException {
    return buildReq(false);
  }

  private SSHPacket buildReq(boolean signed) throws UserAuthException {
    return super.buildReq()
        .putBoolean(signed)
        .putString(algorithm().getKeyAlgorithm())
        .putString(identity.blob());
  }

  @Override
  public void handle(Message cmd, SSHPacket buf) throws UserAuthException, TransportException {
    if (cmd != Message.USERAUTH_60) {
      super.handle(cmd, buf);
      return;
    }
    SSHPacket req = buildReq(true);
    byte[] signed =
        new Buffer.PlainBuffer()
            .putString(params.getTransport().getSessionID())
            .putBuffer(req)
            .getCompactData();
    try {
      req.putString(agent.sign(identity.blob(), signed, flags(algorithm().getKeyAlgorithm())));
    } catch (IOException e) {
      throw new UserAuthException("the agent did not sign with " + identity, e);
    }
    params.getTransport().write(req);
  }

  static int flags(String algorithm) {
    return switch (algorithm) {
      case "rsa-sha2-256" -> AgentClient.RSA_SHA2_256;
      case "rsa-sha2-512" -> AgentClient.RSA_SHA2_512;
      default -> 0;
    };
  }

  @Override
  public String toString() {
    return "agent key " + identity;
  }
}
