package dev.brief.core;

import java.util.List;

/**
 * A party's position on one issue: the verdict, the cue word that shows it, the indexes of the
 * sentences that are the evidence, a confidence in [0, 1], and the parties it acted together with.
 */
public record Stance(
    String issue,
    StanceValue stance,
    String cue,
    List<Integer> evidence,
    double confidence,
    List<String> with) {
  public Stance {
    evidence = List.copyOf(evidence);
    with = List.copyOf(with);
  }
}
