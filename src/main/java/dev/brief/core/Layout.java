package dev.brief.core;

import java.util.Locale;
import java.util.regex.Pattern;

/** Shape tests on single lines of text, shared by the readers and the cleaner. */
final class Layout {
  private static final Pattern BULLET =
      Pattern.compile("^\\s*(?:[-*\u2022\u2023\u25AA\u2013]|\\d{1,2}[.)])\\s+");
  private static final String SMALL_WORDS =
      " a an and as at but by for from in into of on or over the to up via with vs is are was ";

  private Layout() {}

  /** The length of a leading bullet marker, or 0. */
  static int bulletPrefix(String line) {
    var m = BULLET.matcher(line);
    return m.find() ? m.end() : 0;
  }

  static boolean endsSentence(String s) {
    String t = s.strip();
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(t.length() - 1);
    return c == '.'
        || c == '!'
        || c == '?'
        || c == '"'
        || c == '\u201D'
        || c == '\''
        || c == '\u2019'
        || c == ')'
        || c == ':'
        || c == ';'
        || c == '\u2026';
  }

  static int wordCount(String s) {
    return wordCount(s, Integer.MAX_VALUE);
  }

  /** True when {@code s} has at most {@code max} words; stops counting past that. */
  static boolean hasAtMostWords(String s, int max) {
    return wordCount(s, max + 1) <= max;
  }

  /** Whitespace-separated words in {@code s}, counted up to {@code limit}. */
  private static int wordCount(String s, int limit) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length() && n < limit; i++) {
      boolean w = !Character.isWhitespace(s.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }

  /** Share of words that start with a capital letter, ignoring short function words. */
  static double capitalisedShare(String s) {
    int words = 0;
    int caps = 0;
    for (String w : s.strip().split("\\s+")) {
      if (w.isEmpty()) {
        continue;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (SMALL_WORDS.contains(" " + lower + " ")) {
        continue;
      }
      words++;
      int first = firstLetter(w);
      if (first >= 0 && Character.isUpperCase(w.charAt(first))) {
        caps++;
      } else if (first < 0) {
        caps++;
      }
    }
    return words == 0 ? 0 : (double) caps / words;
  }

  private static int firstLetter(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetter(w.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A line that reads as a title or section heading rather than prose: short, with no sentence
   * punctuation, or a short title-cased question ("What's Next?").
   */
  static boolean looksLikeHeading(String line) {
    String t = line.strip();
    if (t.isEmpty()) {
      return false;
    }
    int words = wordCount(t, 17);
    if (words > 16) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    if (last == '.' || last == ',' || last == ';' || last == '"' || last == '\u201D') {
      return false;
    }
    if (last == '?' || last == '!') {
      return words <= 6 && capitalisedShare(t) >= 0.99;
    }
    return true;
  }
}
