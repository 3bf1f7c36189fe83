package dev.brief.core;

import java.util.List;

/**
 * Everything Brief derives from one article: title, format and charset read, stats, the extractive
 * summary (document order), the parties with their stances, the issues, and the sentences that the
 * summary and the stances cite as evidence.
 */
public record Analysis(
    String title,
    String byline,
    TextFormat format,
    String charset,
    Stats stats,
    List<SummarySentence> summary,
    List<Party> parties,
    List<Issue> issues,
    List<Sentence> evidence) {
  public Analysis {
    summary = List.copyOf(summary);
    parties = List.copyOf(parties);
    issues = List.copyOf(issues);
    evidence = List.copyOf(evidence);
  }
}
