package dev.brief.app;

import java.util.Locale;

/**
 * S3 sequencers order the events of one key. They are hex strings of varying length; compared after
 * right-padding with zeros to a common length, a greater value is a later event. Normalised to 32
 * upper-case digits they compare as plain strings, also inside a DynamoDB condition.
 */
public final class Sequencers {
  static final int WIDTH = 32;

  private Sequencers() {}

  /**
   * The normalised form of {@code sequencer}.
   *
   * @param fallbackMillis used when the event has no sequencer (e.g. a hand-written test event):
   *     the event time, so later events still win
   */
  public static String normalise(String sequencer, long fallbackMillis) {
    String hex;
    if (sequencer == null || sequencer.isBlank()) {
      hex = String.format(Locale.ROOT, "%016X", fallbackMillis);
    } else {
      hex = sequencer.strip().toUpperCase(Locale.ROOT);
      if (!hex.matches("[0-9A-F]{1," + WIDTH + "}")) {
        throw new IllegalArgumentException("An S3 sequencer is hexadecimal, got: " + sequencer);
      }
    }
    StringBuilder b = new StringBuilder(WIDTH).append(hex);
    while (b.length() < WIDTH) {
      b.append('0');
    }
    return b.toString();
  }
}
