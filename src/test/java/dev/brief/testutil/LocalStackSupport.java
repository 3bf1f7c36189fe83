package dev.brief.testutil;

/** Public entry to the LocalStack availability check, for test classes outside this package. */
public final class LocalStackSupport {
  private LocalStackSupport() {}

  /** Why LocalStack cannot run here, or null when it can. */
  public static String unavailableReason() {
    return LocalStackEmulators.unavailableReason();
  }
}
