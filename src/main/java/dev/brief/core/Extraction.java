package dev.brief.core;

import java.util.List;

/**
 * What the format readers produce: the extracted text, the title and byline when the markup names
 * them, the blocks (offsets into {@code text}) and how many blocks the reader itself dropped as
 * boilerplate (navigation, link lists).
 */
public record Extraction(
    String text, String title, String byline, List<Block> blocks, int removedBoilerplate) {
  public Extraction {
    blocks = List.copyOf(blocks);
  }
}
