package dev.brief.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Extractive summary: every sentence gets a score that mixes where it stands with what it says,
 * then the best are taken greedily, skipping any that repeat one already taken, and returned in
 * document order.
 *
 * <ul>
 *   <li>position: news puts its point first; the lead prior decays over the first few sentences
 *       relative to the summary's size, {@code exp(-rank / (budget + 1))};
 *   <li>content: degree centrality - how many other sentences share each of the sentence's content
 *       words - normalised by the log of its length, as in similarity-graph extractors but computed
 *       from word document frequencies in linear time; plus the share of the title's words the
 *       sentence contains;
 *   <li>the mix follows how selective the summary is: taking 3 of 30 sentences is picking the lead,
 *       taking half the article is picking its most central sentences, so the content weight rises
 *       linearly from 0 at {@link #LEAD_SHARE} of the sentences to 1 at {@link #CENTRAL_SHARE}.
 *       Position never overrides quality: fragments are halved and repeats skipped, so a weak or
 *       duplicated lead sentence gives way.
 * </ul>
 *
 * Runs in O(n + k*n) for n sentences and k selected: no sentence graph.
 */
public final class Summarizer {
  /** A summary of this share of the article or less is the lead: position alone decides. */
  static final double LEAD_SHARE = 0.1;

  /** A summary of this share or more is the article's core: content alone decides. */
  static final double CENTRAL_SHARE = 0.5;

  static final double W_TITLE = 0.2;
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
    int n = candidates.size();
    List<Set<String>> stems = new ArrayList<>(n);
    Map<String, Integer> df = new HashMap<>();
    for (Sentence s : candidates) {
      Set<String> set = new HashSet<>(Words.contentStems(s.text()));
      stems.add(set);
      for (String t : set) {
        df.merge(t, 1, Integer::sum);
      }
    }
    Set<String> titleStems = title == null ? Set.of() : new HashSet<>(Words.contentStems(title));
    double[] centrality = new double[n];
    double maxCentrality = 1e-9;
    for (int i = 0; i < n; i++) {
      int shared = 0;
      for (String t : stems.get(i)) {
        shared += df.get(t) - 1;
      }
      centrality[i] = shared / Math.log(2.0 + stems.get(i).size());
      maxCentrality = Math.max(maxCentrality, centrality[i]);
    }
    int budget = length.sentenceBudget(n);
    double share = (double) budget / n;
    double content =
        Math.max(0.0, Math.min(1.0, (share - LEAD_SHARE) / (CENTRAL_SHARE - LEAD_SHARE)));
    double[] score = new double[n];
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      double position = Math.exp(-i / (budget + 1.0));
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
      double what = (1 - W_TITLE) * centrality[i] / maxCentrality + W_TITLE * titleShare;
      score[i] = shape * ((1 - content) * position + content * what);
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -score[i]));

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
