package dev.brief.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LayoutTest {

  @Test
  void wordBoundIsInclusiveAndIgnoresRunsOfWhitespace() {
    String three = "  Markets \t fell\n sharply ";
    assertThat(Layout.wordCount(three)).isEqualTo(3);
    assertThat(Layout.hasAtMostWords(three, 3)).isTrue();
    assertThat(Layout.hasAtMostWords(three, 2)).isFalse();
    assertThat(Layout.hasAtMostWords("", 0)).isTrue();
    assertThat(Layout.hasAtMostWords("one", 0)).isFalse();
  }

  @Test
  void headingsAreShortLinesWithoutSentencePunctuation() {
    assertThat(Layout.looksLikeHeading("Budget talks stall again")).isTrue();
    assertThat(Layout.looksLikeHeading("What's Next?")).isTrue();
    assertThat(Layout.looksLikeHeading("The talks stalled.")).isFalse();
    assertThat(
            Layout.looksLikeHeading(
                "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"))
        .isTrue();
    assertThat(
            Layout.looksLikeHeading(
                "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen"))
        .isFalse();
  }
}
