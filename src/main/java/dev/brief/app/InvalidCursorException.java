package dev.brief.app;

/** A pagination cursor that is malformed, tampered with, or issued for another query. */
public final class InvalidCursorException extends RuntimeException {
  public InvalidCursorException(String message) {
    super(message);
  }
}
