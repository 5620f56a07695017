package org.gridgov.core.io;

import com.fasterxml.jackson.core.Version;

/**
 * The Jackson versions the JSON loaders hold their guarantees on. A host brings its own Jackson (a
 * Spring Boot host the one its Boot version manages); on one older than {@link #MINIMUM} the
 * loaders refuse to read anything, with a message naming the minimum, rather than read leniently.
 */
final class JacksonSupport {

  /**
   * The lowest Jackson the loaders are tested on: 2.15, which Spring Boot 3.1 and 3.2 manage (Boot
   * 3.3 to 3.5 manage 2.17 to 2.19). 2.14, Spring Boot 3.0's, has neither the limits on nesting and
   * on the length of numbers and names the loaders rely on nor the tree methods they use.
   */
  static final Version MINIMUM =
      new Version(2, 15, 0, null, "com.fasterxml.jackson.core", "jackson-core");

  private static final String FOUND = check();

  private JacksonSupport() {}

  /**
   * Refuses to go on with a Jackson older than {@link #MINIMUM}.
   *
   * @throws IllegalStateException naming the versions found and the minimum
   */
  static void require() {
    if (FOUND != null) {
      throw new IllegalStateException(FOUND);
    }
  }

  /** What is wrong with the Jackson on the class path, or null if it is recent enough. */
  static String check() {
    return check(
        com.fasterxml.jackson.core.json.PackageVersion.VERSION,
        com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
  }

  /** What is wrong with these versions of jackson-core and jackson-databind, or null. */
  static String check(Version core, Version databind) {
    for (Version v : new Version[] {core, databind}) {
      if (v.getMajorVersion() != MINIMUM.getMajorVersion()
          || v.getMinorVersion() < MINIMUM.getMinorVersion()) {
        return "GridGov's JSON loaders need Jackson "
            + MINIMUM.getMajorVersion()
            + "."
            + MINIMUM.getMinorVersion()
            + " or later in the 2.x line (jackson-core and jackson-databind), found"
            + " jackson-core "
            + core
            + " and jackson-databind "
            + databind
            + "; set the host's Jackson version (jackson-bom, or Spring Boot's jackson.version) to"
            + " at least "
            + MINIMUM.getMajorVersion()
            + "."
            + MINIMUM.getMinorVersion();
      }
    }
    return null;
  }
}
