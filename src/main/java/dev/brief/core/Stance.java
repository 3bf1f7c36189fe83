package dev.brief.core;

import java.util.List;

/**
 * A party's position on one issue: the verdict, the cue word that shows it, the indexes of the
 * sentences that are the evidence, a confidence in [0, 1], the parties it acted together with, and
 * whether it was only given on a condition ("will vote against it unless ...").
 */
public record Stance(
    String issue,
    StanceValue stance,
    String cue,
    List<Integer> evidence,
    double confidence,
    List<String> with,
    boolean conditional) {
  public Stance {
    evidence = List.copyOf(evidence);
    with = List.copyOf(with);
  }
}
