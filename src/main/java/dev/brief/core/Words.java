package dev.brief.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Word tokens, stop words and a light suffix stemmer for similarity between sentences. */
public final class Words {
  static final Set<String> STOP =
      lookup(
          Set.of(
              "a",
              "about",
              "above",
              "after",
              "again",
              "against",
              "all",
              "also",
              "am",
              "an",
              "and",
              "any",
              "are",
              "as",
              "at",
              "be",
              "because",
              "been",
              "before",
              "being",
              "below",
              "between",
              "both",
              "but",
              "by",
              "can",
              "could",
              "did",
              "do",
              "does",
              "doing",
              "down",
              "during",
              "each",
              "few",
              "for",
              "from",
              "further",
              "had",
              "has",
              "have",
              "having",
              "he",
              "her",
              "here",
              "hers",
              "herself",
              "him",
              "himself",
              "his",
              "how",
              "i",
              "if",
              "in",
              "into",
              "is",
              "it",
              "its",
              "itself",
              "just",
              "me",
              "more",
              "most",
              "my",
              "myself",
              "no",
              "nor",
              "not",
              "now",
              "of",
              "off",
              "on",
              "once",
              "only",
              "or",
              "other",
              "our",
              "ours",
              "ourselves",
              "out",
              "over",
              "own",
              "same",
              "she",
              "should",
              "so",
              "some",
              "such",
              "than",
              "that",
              "the",
              "their",
              "theirs",
              "them",
              "themselves",
              "then",
              "there",
              "these",
              "they",
              "this",
              "those",
              "through",
              "to",
              "too",
              "under",
              "until",
              "up",
              "very",
              "was",
              "we",
              "were",
              "what",
              "when",
              "where",
              "which",
              "while",
              "who",
              "whom",
              "why",
              "will",
              "with",
              "would",
              "you",
              "your",
              "yours",
              "said",
              "says",
              "say",
              "mr",
              "mrs",
              "ms",
              "one",
              "two",
              "new",
              "may",
              "might",
              "must",
              "shall",
              "s",
              "t",
              "yet",
              "us",
              "however",
              "last",
              "year",
              "years",
              "time",
              "told",
              "according",
              "since",
              "still",
              "many",
              "much",
              "even",
              "well"));

  /** Verbs that report speech: "X said", "said a spokesman". */
  static final Set<String> REPORTING =
      lookup(
          Set.of(
              "said",
              "says",
              "told",
              "added",
              "stated",
              "argued",
              "warned",
              "insisted",
              "asserted",
              "remarked",
              "wrote",
              "tweeted",
              "explained",
              "acknowledged",
              "admitted",
              "claimed"));

  private Words() {}

  /** The words of {@code a} and {@code b}, as one immutable set. */
  static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  /**
   * A copy of a fixed word list for the lookups the analysis makes for every word. A HashSet
   * compares the word's cached hash before it calls equals; the table behind Set.of calls equals on
   * every slot it probes and divides to find the first one, which made a quarter of an article's
   * analysis. The copy is never changed.
   */
  static <T> Set<T> lookup(Set<T> words) {
    return new java.util.HashSet<>(words);
  }

  /** A copy of a fixed word map for the same lookups; see {@link #lookup(Set)}. */
  static <K, V> java.util.Map<K, V> lookup(java.util.Map<K, V> words) {
    return new java.util.HashMap<>(words);
  }

  /** True for a lower-case auxiliary with "not" in it: "cannot", "won't", "can\u2019t". */
  /** True for an adverb in "-ly" ("strongly", "firmly"), not a short word such as "fly". */
  static boolean adverb(String lower) {
    return lower.endsWith("ly") && lower.length() > 4;
  }

  static boolean deniedAuxiliary(String lower) {
    return lower.equals("cannot") || lower.endsWith("n't") || lower.endsWith("n\u2019t");
  }

  /** True when a comma stands in {@code text} at or after {@code from} and before {@code to}. */
  static boolean hasComma(String text, int from, int to) {
    return hasAnyOf(text, from, to, ",");
  }

  /**
   * True when one of the characters {@code chars} stands in {@code text} at or after {@code from}
   * and before {@code to}.
   */
  static boolean hasAnyOf(String text, int from, int to, String chars) {
    for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return true; // looks only between the two: indexOf would scan on past them
      }
    }
    return false;
  }

  /** Lower-cased word tokens (letters and digits, inner apostrophes and hyphens kept). */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < n) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          i++;
        } else if ((c == '\'' || c == '\u2019' || c == '-')
            && i + 1 < n
            && Character.isLetterOrDigit(text.charAt(i + 1))) {
          i++;
        } else {
          break;
        }
      }
      if (i > s) {
        out.add(text.substring(s, i).toLowerCase(Locale.ROOT).replace('\u2019', '\''));
      }
    }
    return out;
  }

  /** Tokens of {@code text} as written, the way the gazetteer keys and matches phrases. */
  static List<String> surfaceTokens(String text) {
    List<String> out = new ArrayList<>();
    for (Token t : Token.of(text)) {
      out.add(t.text());
    }
    return out;
  }

  /** Content stems of {@code text}: tokens minus stop words, possessives and light suffixes. */
  public static List<String> contentStems(String text) {
    List<String> out = new ArrayList<>();
    for (String t : tokens(text)) {
      if (t.endsWith("'s")) {
        t = t.substring(0, t.length() - 2);
      }
      if (t.length() < 2 || STOP.contains(t)) {
        continue;
      }
      out.add(stem(t));
    }
    return out;
  }

  /** A light English stemmer: plural and common verb suffixes, enough to match word forms. */
  public static String stem(String w) {
    int n = w.length();
    if (n <= 3) {
      return w;
    }
    if (w.endsWith("ies") && n > 4) {
      return w.substring(0, n - 3) + "y";
    }
    if (w.endsWith("sses")) {
      return w.substring(0, n - 2);
    }
    if (w.endsWith("ing") && n > 5) {
      return w.substring(0, n - 3);
    }
    if (w.endsWith("ed") && n > 4) {
      return w.substring(0, n - 2);
    }
    if (w.endsWith("es")
        && n > 4
        && (w.charAt(n - 3) == 's'
            || w.charAt(n - 3) == 'x'
            || w.endsWith("ches")
            || w.endsWith("shes"))) {
      return w.substring(0, n - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, n - 1);
    }
    return w;
  }
}
