package dev.brief.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFormatTest {

  private static TextFormat sniff(String text) {
    return TextFormat.detect(null, "upload", text);
  }

  @Test
  void contentTypeAndFileNameDecideBeforeTheText() {
    assertThat(TextFormat.detect("text/html; charset=utf-8", "a", "Plain words."))
        .isEqualTo(TextFormat.HTML);
    assertThat(TextFormat.detect(null, "notes.md", "Plain words.")).isEqualTo(TextFormat.MARKDOWN);
  }

  @Test
  void eachMarkOfHtmlOrMarkdownIsSniffedFromTheText() {
    assertThat(sniff("  <!DOCTYPE html><title>x</title>")).isEqualTo(TextFormat.HTML);
    assertThat(sniff("Intro line\n<p>Body text.</p>")).isEqualTo(TextFormat.HTML);
    assertThat(sniff("## Budget day\n\nThe chancellor spoke.")).isEqualTo(TextFormat.MARKDOWN);
    assertThat(sniff("See [the report](https://example.org/r) for more."))
        .isEqualTo(TextFormat.MARKDOWN);
    assertThat(sniff("Lead in.\n**Update** the vote was delayed.")).isEqualTo(TextFormat.MARKDOWN);
    assertThat(sniff("Code below\n```\nx = 1\n```")).isEqualTo(TextFormat.MARKDOWN);
    assertThat(sniff("Items:\n - one ](x)")).isEqualTo(TextFormat.MARKDOWN);
  }

  @Test
  void proseWithStraySymbolsStaysPlain() {
    assertThat(sniff("Shares rose 3% after the #1 seller's report; 2 < 3 and 5 > 4."))
        .isEqualTo(TextFormat.PLAIN);
    assertThat(sniff("He said [sic] it was *not* over.")).isEqualTo(TextFormat.PLAIN);
  }
}
