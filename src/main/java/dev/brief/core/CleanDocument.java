package dev.brief.core;

import java.util.List;

/**
 * The article after cleaning: title (from the markup, the first heading, or null), the headings
 * kept as structure, the sentences in reading order, and what cleaning removed.
 */
public record CleanDocument(
    String title,
    String byline,
    String text,
    List<Block> headings,
    List<Sentence> sentences,
    int removedBoilerplate,
    int removedDuplicates) {
  public CleanDocument {
    headings = List.copyOf(headings);
    sentences = List.copyOf(sentences);
  }
}
