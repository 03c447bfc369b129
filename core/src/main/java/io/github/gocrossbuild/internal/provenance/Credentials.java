package io.github.gocrossbuild.internal.provenance;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides which variables a statement must not show: those whose name looks like a credential, and
 * the user part of URLs such as {@code GOPROXY=https://user:token@proxy}. A statement is signed and
 * shipped with the artifact, so it errs on the side of hiding.
 */
public final class Credentials {
  /** What replaces a hidden value. */
  public static final String REDACTED = "[redacted]";

  /** The rule, as the statement states it. */
  public static final String RULE =
      "values of variables whose names contain TOKEN, SECRET, PASSWORD, PASSWD, PASSPHRASE,"
          + " CREDENTIAL, AUTH, COOKIE, APIKEY, API_KEY, ACCESS_KEY, PRIVATE_KEY or end in _KEY,"
          + " and user information in URLs, are replaced by "
          + REDACTED;

  /** Parts of a name that mark a credential anywhere in it; a name ending in {@code _KEY} too. */
  private static final List<String> NAME_PARTS =
      List.of(
          "TOKEN",
          "SECRET",
          "PASSWORD",
          "PASSWD",
          "PASSPHRASE",
          "CREDENTIAL",
          "AUTH",
          "COOKIE",
          "APIKEY",
          "API_KEY",
          "ACCESS_KEY",
          "PRIVATE_KEY");

  private static final Pattern URL_USER = Pattern.compile("(?<=://)[^/@\\s,|]+@");

  private Credentials() {}

  /**
   * Tells whether a variable's value is hidden entirely.
   *
   * @param name the variable's name
   * @return true when the name looks like a credential
   */
  public static boolean isCredential(String name) {
    // Plain string tests, not a regular expression: every build's statement asks for ~40 names.
    String upper = name.toUpperCase(Locale.ROOT);
    if (upper.endsWith("_KEY")) {
      return true;
    }
    for (String part : NAME_PARTS) {
      if (upper.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns a value as a statement may show it.
   *
   * @param name the variable's name
   * @param value its value
   * @return {@value #REDACTED} for a credential, else the value with URL user information hidden
   */
  public static String shown(String name, String value) {
    if (isCredential(name)) {
      return REDACTED;
    }
    return value.indexOf('@') < 0 ? value : URL_USER.matcher(value).replaceAll(REDACTED + "@");
  }
}
