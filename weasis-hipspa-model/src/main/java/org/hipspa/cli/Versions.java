package org.hipspa.cli;

/** This build's version, from the jar manifest, or "development" when run from classes. */
final class Versions {
  private Versions() {}

  static String software() {
    String v = HipspaCommand.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }
}
