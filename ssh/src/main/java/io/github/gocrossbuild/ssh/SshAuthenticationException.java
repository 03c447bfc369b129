package io.github.gocrossbuild.ssh;

import java.util.List;

/**
 * Thrown when the server accepts none of the credentials offered. The message lists the methods and
 * key files tried and the methods the server allows; it never contains a secret.
 */
public class SshAuthenticationException extends SshException {
  private static final long serialVersionUID = 1L;

  private final String user;
  private final List<String> methodsTried;
  private final List<String> methodsAllowed;

  /**
   * Creates the exception.
   *
   * @param address the host as {@code host:port}
   * @param user the user name offered
   * @param methodsTried what was tried, e.g. {@code publickey /home/me/.ssh/id_ed25519}
   * @param methodsAllowed what the server said it accepts, e.g. {@code publickey}
   * @param cause the underlying failure, or null
   */
  public SshAuthenticationException(
      String address,
      String user,
      List<String> methodsTried,
      List<String> methodsAllowed,
      Throwable cause) {
    super(
        "SSH authentication as "
            + user
            + " on "
            + address
            + " failed. Tried: "
            + (methodsTried.isEmpty()
                ? "nothing (no identity file found and no password given)"
                : String.join("; ", methodsTried))
            + ". The server accepts: "
            + (methodsAllowed.isEmpty() ? "(not reported)" : String.join(", ", methodsAllowed))
            + ". Check identityFile(...) and that its public key is in ~"
            + user
            + "/.ssh/authorized_keys on the host.",
        address,
        "authenticate",
        cause);
    this.user = user;
    this.methodsTried = List.copyOf(methodsTried);
    this.methodsAllowed = List.copyOf(methodsAllowed);
  }

  /**
   * Returns the user name offered.
   *
   * @return the remote user
   */
  public String user() {
    return user;
  }

  /**
   * Returns what was tried, in order.
   *
   * @return e.g. {@code [publickey /home/me/.ssh/id_ed25519, password]}
   */
  public List<String> methodsTried() {
    return methodsTried;
  }

  /**
   * Returns the methods the server allows.
   *
   * @return e.g. {@code [publickey]}; empty when the server did not say
   */
  public List<String> methodsAllowed() {
    return methodsAllowed;
  }
}
