package dev.brief.app;

import java.util.Optional;

/** The query use case: validates parameters, caps limits and reads from the store. */
public final class QueryService {
  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;
  static final int MAX_NAME_LENGTH = 200;

  private final ResultStore store;

  public QueryService(ResultStore store) {
    this.store = store;
  }

  /** The article, or empty when unknown; a malformed id is a bad request. */
  public Optional<ArticleResult> article(String id) {
    if (!ArticleIds.looksValid(id)) {
      throw new BadRequestException("id", "An article id is 20 lower-case hex digits.");
    }
    return store.get(id);
  }

  public Page<ArticleListItem> articles(String limit, String cursor) {
    return store.list(limit(limit), cursor(cursor));
  }

  public Page<StanceRow> partyStances(String party, String issue, String limit, String cursor) {
    String issueKey = issue == null ? null : name("issue", issue);
    return store.stancesByParty(name("party", party), issueKey, limit(limit), cursor(cursor));
  }

  public Page<StanceRow> issueStances(String issue, String limit, String cursor) {
    return store.stancesByIssue(name("issue", issue), limit(limit), cursor(cursor));
  }

  static int limit(String raw) {
    if (raw == null) {
      return DEFAULT_LIMIT;
    }
    int n;
    try {
      n = Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException(
          "limit", "limit must be a whole number from 1 to " + MAX_LIMIT + ".");
    }
    if (n < 1) {
      throw new BadRequestException(
          "limit", "limit must be a whole number from 1 to " + MAX_LIMIT + ".");
    }
    return Math.min(n, MAX_LIMIT);
  }

  private static String cursor(String raw) {
    if (raw == null) {
      return null;
    }
    if (raw.isEmpty() || raw.length() > 2048) {
      throw new BadRequestException("next", "The pagination cursor is not valid.");
    }
    return raw;
  }

  private static String name(String parameter, String raw) {
    if (raw == null || raw.isBlank() || raw.length() > MAX_NAME_LENGTH) {
      throw new BadRequestException(
          parameter, parameter + " must be a name of 1 to " + MAX_NAME_LENGTH + " characters.");
    }
    return Names.key(raw);
  }

  /** A request parameter is malformed. */
  public static final class BadRequestException extends RuntimeException {
    private final String parameter;

    public BadRequestException(String parameter, String message) {
      super(message);
      this.parameter = parameter;
    }

    public String parameter() {
      return parameter;
    }
  }
}
