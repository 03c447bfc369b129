package io.github.gocrossbuild.internal.cache;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Says what went wrong with one request to an HTTP cache and how to fix it, in one sentence that
 * names the method and the URL (which carries no credentials) and never the token.
 *
 * @param tokenVariable the environment variable the token comes from
 * @param tokenSet whether that variable was set
 * @param timeout the connect and request timeout
 */
record HttpProblem(String tokenVariable, boolean tokenSet, Duration timeout) {

  /**
   * Describes an answer that is neither success nor "not found".
   *
   * @param method {@code GET} or {@code PUT}
   * @param url the request's URL
   * @param status the HTTP status
   * @return the problem and the fix
   */
  String status(String method, URI url, int status) {
    return String.format("%s %s answered HTTP %d: %s", method, url, status, fix(method, status));
  }

  private String fix(String method, int status) {
    boolean put = method.equals("PUT");
    if (status == 401) {
      return tokenSet
          ? String.format(
              "the server refused the bearer token in %s; set it to a token the server accepts",
              tokenVariable)
          : String.format(
              "the server wants credentials and %s is not set; set it to a bearer token the"
                  + " server accepts",
              tokenVariable);
    }
    if (status == 403) {
      return String.format(
          "the server forbids it; give %s a token that may %s%s",
          tokenVariable, put ? "write" : "read", put ? ", or use readOnly() to only read" : "");
    }
    if (status == 413) {
      return "the server refused the upload's size; raise its request body limit (nginx:"
          + " client_max_body_size 0)";
    }
    if (put && (status == 405 || status == 501)) {
      return "the server does not take uploads; enable PUT (nginx: dav_methods PUT;"
          + " create_full_put_path on)";
    }
    if (status >= 500) {
      return "the server failed; see its error log";
    }
    return "check that the URL is the cache's base URL, under which ac/ and cas/ are served";
  }

  /**
   * Describes a request that got no answer.
   *
   * @param method {@code GET} or {@code PUT}
   * @param url the request's URL
   * @param e what the client threw
   * @return the problem and the fix
   */
  String failure(String method, URI url, IOException e) {
    String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof HttpTimeoutException || e instanceof SocketTimeoutException) {
      return String.format(
          "%s %s got no answer within %s; check the server, or raise BuildCache.timeout(...)",
          method, url, timeout);
    }
    if (e instanceof ConnectException) {
      return String.format(
          "%s %s cannot connect (%s); check the URL and that the server runs", method, url, cause);
    }
    return String.format(
        "%s %s lost the connection (%s: %s); check the server's error log and the network",
        method, url, e.getClass().getSimpleName(), cause);
  }
}
