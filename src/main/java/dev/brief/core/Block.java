package dev.brief.core;

/**
 * A unit of the article's layout: a paragraph, a heading or a list item, with its character offset
 * in the extracted text.
 */
public record Block(Kind kind, String text, int start) {
  /** What the block is in the layout. */
  public enum Kind {
    HEADING,
    PARAGRAPH,
    ITEM
  }

  public int end() {
    return start + text.length();
  }

  Block withKind(Kind newKind) {
    return new Block(newKind, text, start);
  }
}
