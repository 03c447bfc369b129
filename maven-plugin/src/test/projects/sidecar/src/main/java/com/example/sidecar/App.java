package com.example.sidecar;

/** The Java side of the sample project; the Go sidecar is built by the plugin. */
public final class App {
  private App() {}

  /**
   * Prints a greeting.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("sidecar-app");
  }
}
