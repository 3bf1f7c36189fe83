package dev.brief.core;

/** The input is not an article Brief can read (binary data, an unsupported encoding or format). */
public final class UnsupportedContentException extends RuntimeException {
  private final String reason;

  public UnsupportedContentException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** A short machine-readable code, e.g. {@code unsupported-content}. */
  public String reason() {
    return reason;
  }
}
