package dev.brief.app;

/** A line of the article list. */
public record ArticleListItem(
    String id, String title, Status status, String reason, String processedAt, String key) {}
