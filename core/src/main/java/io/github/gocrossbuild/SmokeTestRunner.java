package io.github.gocrossbuild;

import java.util.Objects;

/**
 * How a smoke test ran an artifact: its {@link Kind} and the name {@link SmokeTestResult#runner()}
 * shows, e.g. {@code native}, {@code qemu-aarch64-static}, {@code ssh pi@raspberry:22} or {@code
 * none}. {@code docs/ids.md} lists the kinds, and a test keeps that list equal to {@link Kind}.
 *
 * @param kind the kind of run
 * @param name the runner as shown
 */
public record SmokeTestRunner(Kind kind, String name) {
  /** The ways an artifact can be run once after its build. */
  public enum Kind {
    /** Started directly: the machine's platform matches the target. */
    NATIVE("native"),
    /** Started under a qemu-user emulator, named by its file name. */
    EMULATOR("<qemu-user emulator>"),
    /** Started on the SSH build host, named {@code ssh} and the host's address. */
    SSH("ssh <user@host:port>"),
    /** Not started: {@link SmokeTestResult#skipReason()} says why. */
    NONE("none");

    private final String documented;

    Kind(String documented) {
      this.documented = documented;
    }

    /**
     * Returns the runner name as documented; angle brackets stand for the part that varies.
     *
     * @return e.g. {@code native}, {@code ssh <user@host:port>}
     */
    public String documented() {
      return documented;
    }
  }

  /**
   * Checks that the name fits the kind.
   *
   * @param kind the kind of run
   * @param name the runner as shown
   * @throws IllegalArgumentException naming the name when it does not fit the kind
   */
  public SmokeTestRunner {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    boolean fits =
        switch (kind) {
          case NATIVE, NONE -> name.equals(kind.documented());
          case EMULATOR -> !name.isBlank() && !name.contains(" ");
          case SSH -> name.startsWith("ssh ") && name.length() > 4;
        };
    if (!fits) {
      throw new IllegalArgumentException(
          String.format("name: \"%s\" is not a runner of kind %s", name, kind));
    }
  }

  /**
   * Returns the runner of an artifact started directly.
   *
   * @return {@code native}
   */
  public static SmokeTestRunner nativeRun() {
    return new SmokeTestRunner(Kind.NATIVE, Kind.NATIVE.documented());
  }

  /**
   * Returns the runner of an artifact started under an emulator.
   *
   * @param emulator the emulator's file name, e.g. {@code qemu-aarch64-static}
   * @return the runner
   */
  public static SmokeTestRunner emulator(String emulator) {
    return new SmokeTestRunner(Kind.EMULATOR, emulator);
  }

  /**
   * Returns the runner of an artifact started on an SSH host.
   *
   * @param address the host, e.g. {@code pi@raspberry:22}
   * @return the runner, named {@code ssh pi@raspberry:22}
   */
  public static SmokeTestRunner ssh(String address) {
    return new SmokeTestRunner(Kind.SSH, "ssh " + address);
  }

  /**
   * Returns the runner of a skipped run.
   *
   * @return {@code none}
   */
  public static SmokeTestRunner none() {
    return new SmokeTestRunner(Kind.NONE, Kind.NONE.documented());
  }

  /**
   * Returns the name.
   *
   * @return the same as {@link #name()}
   */
  @Override
  public String toString() {
    return name;
  }
}
