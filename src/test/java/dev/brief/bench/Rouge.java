package dev.brief.bench;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * ROUGE-1, ROUGE-2 and summary-level ROUGE-L ("ROUGE-Lsum") F1, computed the way Google's
 * rouge-score 0.1.2 does with stemming on: lower-case, every character that is not a-z or 0-9 a
 * separator, Porter stemming of tokens longer than three characters, sentences separated by
 * newlines for ROUGE-Lsum.
 */
public final class Rouge {
  /** The three F1 scores, each in [0, 1]. */
  public record Scores(double r1, double r2, double rLsum) {}

  private Rouge() {}

  public static Scores score(String reference, String candidate) {
    List<List<String>> refSentences = sentences(reference);
    List<List<String>> candSentences = sentences(candidate);
    List<String> ref = flatten(refSentences);
    List<String> cand = flatten(candSentences);
    return new Scores(
        ngramF1(ref, cand, 1), ngramF1(ref, cand, 2), lsum(refSentences, candSentences));
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i <= lower.length(); i++) {
      char c = i < lower.length() ? lower.charAt(i) : ' ';
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
      } else if (b.length() > 0) {
        out.add(stem(b.toString()));
        b.setLength(0);
      }
    }
    return out;
  }

  private static String stem(String token) {
    if (token.length() <= 3) {
      return token;
    }
    PorterStemmer s = new PorterStemmer();
    s.setCurrent(token);
    s.stem();
    return s.getCurrent();
  }

  private static List<List<String>> sentences(String text) {
    List<List<String>> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      List<String> t = tokens(line);
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private static List<String> flatten(List<List<String>> sentences) {
    List<String> all = new ArrayList<>();
    sentences.forEach(all::addAll);
    return all;
  }

  private static double f1(int hits, int refTotal, int candTotal) {
    if (hits == 0 || refTotal == 0 || candTotal == 0) {
      return 0;
    }
    double p = (double) hits / candTotal;
    double r = (double) hits / refTotal;
    return 2 * p * r / (p + r);
  }

  static double ngramF1(List<String> ref, List<String> cand, int n) {
    Map<String, Integer> refGrams = ngrams(ref, n);
    Map<String, Integer> candGrams = ngrams(cand, n);
    int hits = 0;
    for (var e : candGrams.entrySet()) {
      hits += Math.min(e.getValue(), refGrams.getOrDefault(e.getKey(), 0));
    }
    return f1(hits, Math.max(0, ref.size() - n + 1), Math.max(0, cand.size() - n + 1));
  }

  private static Map<String, Integer> ngrams(List<String> tokens, int n) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      out.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
    }
    return out;
  }

  /**
   * Summary-level LCS: for each reference sentence, the union of its LCS with every candidate
   * sentence.
   */
  static double lsum(List<List<String>> ref, List<List<String>> cand) {
    Map<String, Integer> refCounts = counts(flatten(ref));
    Map<String, Integer> candCounts = counts(flatten(cand));
    int m = flatten(ref).size();
    int n = flatten(cand).size();
    int hits = 0;
    for (List<String> r : ref) {
      BitSet union = new BitSet(r.size());
      for (List<String> c : cand) {
        for (int i : lcsIndexes(r, c)) {
          union.set(i);
        }
      }
      for (int i = union.nextSetBit(0); i >= 0; i = union.nextSetBit(i + 1)) {
        String t = r.get(i);
        if (candCounts.getOrDefault(t, 0) > 0 && refCounts.getOrDefault(t, 0) > 0) {
          hits++;
          candCounts.merge(t, -1, Integer::sum);
          refCounts.merge(t, -1, Integer::sum);
        }
      }
    }
    return f1(hits, m, n);
  }

  private static Map<String, Integer> counts(List<String> tokens) {
    Map<String, Integer> out = new HashMap<>();
    tokens.forEach(t -> out.merge(t, 1, Integer::sum));
    return out;
  }

  /** Indexes into {@code ref} of one LCS with {@code can}, backtracked as rouge-score does. */
  static List<Integer> lcsIndexes(List<String> ref, List<String> can) {
    int[][] t = new int[ref.size() + 1][can.size() + 1];
    for (int i = 1; i <= ref.size(); i++) {
      for (int j = 1; j <= can.size(); j++) {
        t[i][j] =
            ref.get(i - 1).equals(can.get(j - 1))
                ? t[i - 1][j - 1] + 1
                : Math.max(t[i - 1][j], t[i][j - 1]);
      }
    }
    List<Integer> out = new ArrayList<>();
    int i = ref.size();
    int j = can.size();
    while (i > 0 && j > 0) {
      if (ref.get(i - 1).equals(can.get(j - 1))) {
        out.add(0, i - 1);
        i--;
        j--;
      } else if (t[i][j - 1] > t[i - 1][j]) {
        j--;
      } else {
        i--;
      }
    }
    return out;
  }
}
