package dev.brief.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Extractive summary: every sentence gets a score from three signals, then the best are taken
 * greedily, skipping any that repeat one already taken, and returned in document order.
 *
 * <ul>
 *   <li>position: news puts its point first, so earlier sentences score higher (1/sqrt(rank));
 *   <li>centrality: the sentence's content words weighted by how often the article uses them;
 *   <li>title: the share of the title's content words the sentence contains.
 * </ul>
 *
 * Runs in O(n + k·n) for n sentences and k selected: no sentence graph.
 */
public final class Summarizer {
  static final double W_POSITION = 0.5;
  static final double W_CENTRALITY = 0.35;
  static final double W_TITLE = 0.15;
  static final double MAX_OVERLAP = 0.6;
  static final int MIN_WORDS = 5;
  static final int MAX_WORDS = 90;

  private Summarizer() {}

  public static List<SummarySentence> summarise(
      List<Sentence> sentences, String title, SummaryLength length) {
    List<Sentence> candidates = new ArrayList<>(sentences);
    if (candidates.isEmpty()) {
      return List.of();
    }
    List<Set<String>> stems = new ArrayList<>(candidates.size());
    Map<String, Integer> tf = new HashMap<>();
    for (Sentence s : candidates) {
      Set<String> set = new HashSet<>(Words.contentStems(s.text()));
      stems.add(set);
      for (String t : set) {
        tf.merge(t, 1, Integer::sum);
      }
    }
    Set<String> titleStems = title == null ? Set.of() : new HashSet<>(Words.contentStems(title));
    double[] centrality = new double[candidates.size()];
    double maxCentrality = 1e-9;
    for (int i = 0; i < candidates.size(); i++) {
      double sum = 0;
      for (String t : stems.get(i)) {
        int f = tf.get(t);
        if (f > 1) {
          sum += Math.log(f);
        }
      }
      centrality[i] = stems.get(i).isEmpty() ? 0 : sum / Math.sqrt(stems.get(i).size());
      maxCentrality = Math.max(maxCentrality, centrality[i]);
    }
    double[] score = new double[candidates.size()];
    Integer[] order = new Integer[candidates.size()];
    for (int i = 0; i < candidates.size(); i++) {
      double position = 1 / Math.sqrt(i + 1.0);
      double titleShare = 0;
      if (!titleStems.isEmpty()) {
        int hit = 0;
        for (String t : titleStems) {
          if (stems.get(i).contains(t)) {
            hit++;
          }
        }
        titleShare = (double) hit / titleStems.size();
      }
      int words = Layout.wordCount(candidates.get(i).text());
      // fragments and run-on lists make poor summary sentences: taken only when nothing else is
      // left
      double shape = words < MIN_WORDS || words > MAX_WORDS ? 0.5 : 1.0;
      score[i] =
          shape
              * (W_POSITION * position
                  + W_CENTRALITY * centrality[i] / maxCentrality
                  + W_TITLE * titleShare);
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -score[i]));

    int budget = length.sentenceBudget(candidates.size());
    int wordBudget =
        length.mode() == SummaryLength.Mode.WORDS ? (int) length.value() : Integer.MAX_VALUE;
    List<Integer> chosen = new ArrayList<>();
    int words = 0;
    for (int i : order) {
      if (chosen.size() >= budget) {
        break;
      }
      boolean redundant = false;
      for (int c : chosen) {
        if (overlap(stems.get(i), stems.get(c)) > MAX_OVERLAP) {
          redundant = true;
          break;
        }
      }
      if (redundant) {
        continue;
      }
      int w = Layout.wordCount(candidates.get(i).text());
      if (words + w > wordBudget && !chosen.isEmpty()) {
        continue;
      }
      chosen.add(i);
      words += w;
    }
    chosen.sort(Comparator.comparingInt(i -> candidates.get(i).index()));
    List<SummarySentence> out = new ArrayList<>(chosen.size());
    for (int i : chosen) {
      Sentence s = candidates.get(i);
      out.add(new SummarySentence(s.index(), s.text(), Math.round(score[i] * 10000) / 10000.0));
    }
    return out;
  }

  /** Overlap coefficient of two stem sets: shared / size of the smaller. */
  private static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int shared = 0;
    for (String t : small) {
      if (large.contains(t)) {
        shared++;
      }
    }
    return (double) shared / small.size();
  }
}
