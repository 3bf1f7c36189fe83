package dev.brief.app;

import dev.brief.core.Analysis;
import dev.brief.core.Issue;
import dev.brief.core.Party;
import dev.brief.core.Sentence;
import dev.brief.core.Stats;
import dev.brief.core.SummarySentence;
import java.util.List;

/**
 * The result Brief stores and serves for one object: the schema of the API's {@code GET
 * /articles/{id}} and of the CLI's JSON output.
 *
 * @param reason machine-readable cause when the status is not DONE (e.g. {@code too-large})
 * @param message human-readable explanation when the status is not DONE
 * @param sentences the sentences cited by the summary and the stance evidence
 */
public record ArticleResult(
    String id,
    SourceRef source,
    Status status,
    String reason,
    String message,
    String title,
    String processedAt,
    String format,
    String charset,
    Stats stats,
    List<SummarySentence> summary,
    List<Party> parties,
    List<Issue> issues,
    List<Sentence> sentences) {

  public static ArticleResult done(String id, SourceRef source, Analysis a, String processedAt) {
    return new ArticleResult(
        id,
        source,
        Status.DONE,
        null,
        null,
        a.title(),
        processedAt,
        a.format().name(),
        a.charset(),
        a.stats(),
        a.summary(),
        a.parties(),
        a.issues(),
        a.evidence());
  }

  /** A DONE result that carries only the summary (the CLI's summary format: no stance table). */
  public static ArticleResult summaryOnly(
      String id, SourceRef source, List<SummarySentence> summary, String processedAt) {
    return new ArticleResult(
        id,
        source,
        Status.DONE,
        null,
        null,
        null,
        processedAt,
        null,
        null,
        null,
        summary,
        List.of(),
        List.of(),
        List.of());
  }

  public static ArticleResult notDone(
      String id,
      SourceRef source,
      Status status,
      String reason,
      String message,
      String processedAt) {
    if (status == Status.DONE) {
      throw new IllegalArgumentException("a DONE result needs an analysis");
    }
    return new ArticleResult(
        id,
        source,
        status,
        reason,
        message,
        null,
        processedAt,
        null,
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }
}
