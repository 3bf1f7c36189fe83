package dev.brief.core;

/**
 * How long a summary should be: a number of sentences, a ratio of the article, or a word budget.
 */
public record SummaryLength(Mode mode, double value) {
  /** The unit of {@link #value()}. */
  public enum Mode {
    SENTENCES,
    RATIO,
    WORDS
  }

  public SummaryLength {
    if (mode == null) {
      throw new IllegalArgumentException("summary length mode is required");
    }
    boolean ok =
        switch (mode) {
          case SENTENCES, WORDS -> value >= 1 && value == Math.rint(value);
          case RATIO -> value > 0 && value <= 1;
        };
    if (!ok) {
      throw new IllegalArgumentException(
          "summary length "
              + mode.name().toLowerCase(java.util.Locale.ROOT)
              + " must be "
              + (mode == Mode.RATIO ? "in (0, 1]" : "a whole number >= 1")
              + ", got "
              + value);
    }
  }

  public static SummaryLength sentences(int n) {
    return new SummaryLength(Mode.SENTENCES, n);
  }

  public static SummaryLength ratio(double r) {
    return new SummaryLength(Mode.RATIO, r);
  }

  public static SummaryLength words(int n) {
    return new SummaryLength(Mode.WORDS, n);
  }

  /** The number of sentences to select from an article with {@code available} candidates. */
  int sentenceBudget(int available) {
    return switch (mode) {
      case SENTENCES -> (int) Math.min(value, available);
      case RATIO -> Math.min(available, Math.max(1, (int) Math.round(value * available)));
      case WORDS -> available;
    };
  }
}
