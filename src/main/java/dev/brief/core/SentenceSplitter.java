package dev.brief.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rule-based sentence boundary detection for English news text, in one linear pass. A boundary is a
 * terminator ({@code . ! ? …}), then any closing quotes or brackets, then white space, then
 * something that can start a sentence. A period after a known abbreviation (Mr., Gen., e.g.), an
 * initial (F.) or a dotted acronym (U.S.) is no boundary unless a typical sentence opener follows.
 */
public final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS =
      Words.lookup(
          Set.of(
              "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col",
              "capt", "cmdr", "cmdt", "sgt", "cpl", "maj", "adm", "brig", "st", "ste", "jr", "sr",
              "rev", "fr", "hon", "pres", "supt", "insp", "det", "no", "nos", "vs", "v", "e.g",
              "i.e", "cf", "approx", "est", "dept", "univ", "inc", "corp", "ltd", "co", "jan",
              "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
              "fig", "vol", "op", "al", "rt", "mx", "u.s", "u.k", "u.n", "e.u", "u.s.a", "d.c",
              "p.m", "a.m"));
  private static final Set<String> OPENERS =
      Words.lookup(
          Set.of(
              "the",
              "a",
              "an",
              "he",
              "she",
              "it",
              "they",
              "we",
              "i",
              "you",
              "but",
              "and",
              "in",
              "on",
              "at",
              "this",
              "that",
              "these",
              "those",
              "his",
              "her",
              "their",
              "its",
              "our",
              "there",
              "however",
              "meanwhile",
              "after",
              "before",
              "when",
              "while",
              "if",
              "as",
              "for",
              "so",
              "yet",
              "now",
              "then",
              "some",
              "many",
              "most",
              "officials",
              "mr",
              "mrs",
              "ms"));

  private SentenceSplitter() {}

  /** Sentence spans of {@code text}, trimmed of surrounding white space. */
  public static List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
        int j = i + 1;
        while (j < n && isTerminator(text.charAt(j))) {
          j++;
        }
        while (j < n && isCloser(text.charAt(j))) {
          j++;
        }
        if (j >= n) {
          break;
        }
        if (!Character.isWhitespace(text.charAt(j))) {
          i = j;
          continue;
        }
        int k = j;
        while (k < n && Character.isWhitespace(text.charAt(k))) {
          k++;
        }
        if (k < n
            && canStart(text, k)
            && !(c == '.' && j == i + 1 && protectedPeriod(text, i, k))) {
          add(out, text, start, j);
          start = k;
        }
        i = k;
      } else {
        i++;
      }
    }
    add(out, text, start, n);
    return out;
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  private static boolean isCloser(char c) {
    return c == '"'
        || c == '\''
        || c == '\u201D'
        || c == '\u2019'
        || c == ')'
        || c == ']'
        || c == '\u00BB';
  }

  private static boolean canStart(String text, int k) {
    char c = text.charAt(k);
    if (Character.isUpperCase(c) || Character.isDigit(c)) {
      return true;
    }
    if (c == '"'
        || c == '\u201C'
        || c == '\''
        || c == '\u2018'
        || c == '('
        || c == '['
        || c == '\u00AB'
        || c == '-'
        || c == '\u2013'
        || c == '\u2014') {
      return true;
    }
    return Character.isLetter(c) && !Character.isLowerCase(c); // scripts without case
  }

  /** True when the period at {@code dot} belongs to an abbreviation, not a sentence end. */
  private static boolean protectedPeriod(String text, int dot, int next) {
    int s = dot;
    while (s > 0 && !Character.isWhitespace(text.charAt(s - 1)) && text.charAt(s - 1) != '(') {
      s--;
    }
    String token = text.substring(s, dot);
    while (!token.isEmpty() && !Character.isLetterOrDigit(token.charAt(0))) {
      token = token.substring(1);
    }
    if (token.isEmpty()) {
      return false;
    }
    String lower = token.toLowerCase(Locale.ROOT);
    boolean initial = token.length() == 1 && Character.isUpperCase(token.charAt(0));
    boolean dotted = token.indexOf('.') > 0 && token.matches("(?:\\p{L}\\.)+\\p{L}");
    if (!(ABBREVIATIONS.contains(lower) || initial || dotted)) {
      return false;
    }
    // "in the U.S. The ..." still ends a sentence; "Mr. Smith" never does.
    boolean title =
        lower.length() <= 4
            && !dotted
            && !initial
            && !lower.equals("no")
            && !lower.equals("inc")
            && !lower.equals("corp")
            && !lower.equals("ltd")
            && !lower.equals("co")
            && !lower.equals("est")
            && !lower.equals("jr")
            && !lower.equals("sr");
    if (title) {
      return true;
    }
    return !OPENERS.contains(nextWord(text, next));
  }

  private static String nextWord(String text, int k) {
    int e = k;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return text.substring(k, e).toLowerCase(Locale.ROOT);
  }

  private static void add(List<Span> out, String text, int s, int e) {
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new Span(s, e));
    }
  }
}
