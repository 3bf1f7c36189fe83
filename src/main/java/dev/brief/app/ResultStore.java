package dev.brief.app;

import java.util.Optional;

/** Stores and reads analysis results (DynamoDB in production, an in-memory map in tests). */
public interface ResultStore {
  /** The ordering token of the last event applied to the article, if any (normalised). */
  Optional<String> lastSequencer(String articleId);

  /**
   * Replaces the article's result and its stance rows in one atomic write, unless an event with an
   * equal or later sequencer was applied first.
   *
   * @return false when the write was skipped because a newer (or the same) event won
   */
  boolean put(ArticleResult result, String sequencer);

  /**
   * Removes the article's result and stance rows, leaving a tombstone that carries the sequencer so
   * that a late create event for an older version cannot bring the article back.
   *
   * @return false when skipped because a newer event was already applied
   */
  boolean delete(String articleId, String sequencer);

  /** The stored result, or empty when unknown or deleted. */
  Optional<ArticleResult> get(String articleId);

  /** Articles, newest first. */
  Page<ArticleListItem> list(int limit, String cursor);

  /** A party's stances across articles, newest first, optionally on one issue. */
  Page<StanceRow> stancesByParty(String party, String issue, int limit, String cursor);

  /** All parties' stances on an issue across articles, newest first. */
  Page<StanceRow> stancesByIssue(String issue, int limit, String cursor);
}
