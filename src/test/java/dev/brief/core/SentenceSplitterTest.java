package dev.brief.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static List<String> sentences(String text) {
    return SentenceSplitter.split(text).stream()
        .map(s -> text.substring(s.start(), s.end()))
        .toList();
  }

  @Test
  void split_titlesAndInitials_areNotBoundaries() {
    assertThat(sentences("Mr. Smith met Dr. Jones and Gen. Milley. John F. Kennedy was not there."))
        .containsExactly(
            "Mr. Smith met Dr. Jones and Gen. Milley.", "John F. Kennedy was not there.");
  }

  @Test
  void split_dottedAcronym_boundaryOnlyBeforeAnOpener() {
    assertThat(
            sentences("Aid from the U.S. Treasury arrived. It went to the U.K. The rest waited."))
        .containsExactly(
            "Aid from the U.S. Treasury arrived.", "It went to the U.K.", "The rest waited.");
  }

  @Test
  void split_decimalsTimesAndEg_stayInside() {
    assertThat(sentences("Growth was 2.5% at 10.30 a.m. on Monday, e.g. in exports. Prices fell."))
        .containsExactly(
            "Growth was 2.5% at 10.30 a.m. on Monday, e.g. in exports.", "Prices fell.");
  }

  @Test
  void split_closingQuote_staysWithItsSentence() {
    assertThat(
            sentences(
                "He said: \u201cWe are ready.\u201d Russia disagreed. (It always does.) Fine."))
        .containsExactly(
            "He said: \u201cWe are ready.\u201d",
            "Russia disagreed.",
            "(It always does.)",
            "Fine.");
  }

  @Test
  void split_offsets_pointIntoTheOriginal() {
    String text = "  First one.   Second one!  ";
    List<Span> spans = SentenceSplitter.split(text);

    assertThat(spans).containsExactly(new Span(2, 12), new Span(15, 26));
  }

  @Test
  void split_noPunctuation_isOneSentence() {
    assertThat(sentences("a line without any final punctuation at all")).hasSize(1);
  }

  @Test
  void split_empty_isNothing() {
    assertThat(SentenceSplitter.split("")).isEmpty();
    assertThat(SentenceSplitter.split("   \n ")).isEmpty();
  }
}
