package dev.brief.app;

import java.util.List;

/** A party's stance on an issue in one article, as served across articles. */
public record StanceRow(
    String articleId,
    String title,
    String processedAt,
    String party,
    String partyKind,
    String issue,
    String stance,
    String cue,
    double confidence,
    boolean conditional,
    List<Evidence> evidence) {
  public StanceRow {
    evidence = List.copyOf(evidence);
  }

  /** A sentence that shows the stance. */
  public record Evidence(int index, String text) {}
}
