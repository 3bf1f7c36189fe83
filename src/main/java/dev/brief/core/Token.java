package dev.brief.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word of a sentence as written (case kept), with its offsets in that sentence. A trailing
 * possessive ('s) is cut off and remembered. The lower-case form is computed once.
 */
final class Token {
  private final String text;
  private final int start;
  private final int end;
  private final boolean possessive;
  private final String lower;
  private String key;
  private String concept;
  private boolean conceptKnown;

  Token(String text, int start, int end, boolean possessive) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.possessive = possessive;
    this.lower = text.toLowerCase(Locale.ROOT);
  }

  String text() {
    return text;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  boolean possessive() {
    return possessive;
  }

  String lower() {
    return lower;
  }

  /** The word's identity in issue phrases (stem, synonyms folded); computed on first use. */
  String key() {
    if (key == null) {
      key = IssueExtractor.keyOf(lower);
    }
    return key;
  }

  /** The issue concept the word belongs to ("territory"), or null; computed on first use. */
  String concept() {
    if (!conceptKnown) {
      concept = IssueExtractor.conceptOf(text);
      conceptKnown = true;
    }
    return concept;
  }

  boolean capitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }

  boolean allCaps() {
    boolean letter = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  @Override
  public String toString() {
    return text;
  }

  /**
   * Words and numbers of {@code s}; inner dots, apostrophes, hyphens and ampersands are kept, and
   * an ampersand standing alone between spaces is a token of its own.
   */
  static List<Token> of(String s) {
    List<Token> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(s.charAt(i))) {
        if (s.charAt(i) == '&'
            && i > 0
            && i + 1 < n
            && Character.isWhitespace(s.charAt(i - 1))
            && Character.isWhitespace(s.charAt(i + 1))) {
          out.add(new Token("&", i, i + 1, false)); // "Reed & Vale": a name's connector
        }
        i++;
      }
      int start = i;
      while (i < n) {
        char c = s.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          i++;
        } else if ((c == '.' || c == '\'' || c == '\u2019' || c == '-' || c == '&')
            && i + 1 < n
            && Character.isLetterOrDigit(s.charAt(i + 1))) {
          i++;
        } else {
          break;
        }
      }
      if (i > start) {
        String t = s.substring(start, i);
        boolean possessive = false;
        if (t.length() > 2 && (t.endsWith("'s") || t.endsWith("\u2019s"))) {
          t = t.substring(0, t.length() - 2);
          possessive = true;
        }
        out.add(new Token(t, start, i, possessive));
      }
    }
    return out;
  }
}
