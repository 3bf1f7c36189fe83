package dev.brief.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummarizerTest {
  private static List<Sentence> sentences(String... texts) {
    List<Sentence> out = new ArrayList<>();
    int at = 0;
    for (String t : texts) {
      out.add(new Sentence(out.size(), t, at, at + t.length(), out.size(), Block.Kind.PARAGRAPH));
      at += t.length() + 1;
    }
    return out;
  }

  private static final List<Sentence> ARTICLE =
      sentences(
          "The central bank raised interest rates to 5% on Thursday, citing stubborn inflation.",
          "Markets had expected the bank to hold rates steady this month.",
          "Shares in banks rose while housebuilders fell after the rate decision.",
          "The governor said inflation would fall back to target next year.",
          "The central bank raised interest rates to 5% on Thursday, citing stubborn inflation again.",
          "Economists were split on whether the rate rise would be the last.",
          "A bakery in the north reported record sales of bread.");

  @Test
  void summarise_returnsTheRequestedCountInDocumentOrder() {
    List<SummarySentence> s =
        Summarizer.summarise(ARTICLE, "Bank raises rates", SummaryLength.sentences(3));

    assertThat(s).hasSize(3);
    assertThat(s).extracting(SummarySentence::index).isSorted();
    assertThat(s).allSatisfy(x -> assertThat(x.text()).isEqualTo(ARTICLE.get(x.index()).text()));
  }

  @Test
  void summarise_neverTakesANearRepeat() {
    List<SummarySentence> s = Summarizer.summarise(ARTICLE, null, SummaryLength.sentences(5));

    assertThat(s).extracting(SummarySentence::index).doesNotContain(4).contains(0);
  }

  @Test
  void summarise_ratioAndWordBudgets() {
    assertThat(Summarizer.summarise(ARTICLE, null, SummaryLength.ratio(0.3))).hasSize(2);
    List<SummarySentence> words = Summarizer.summarise(ARTICLE, null, SummaryLength.words(25));
    int total = words.stream().mapToInt(w -> Layout.wordCount(w.text())).sum();
    assertThat(words).isNotEmpty();
    assertThat(total).isLessThanOrEqualTo(25);
  }

  @Test
  void summarise_shortArticle_returnsWhatThereIs() {
    List<Sentence> two = sentences("Talks failed today.", "Both sides blamed each other.");

    assertThat(Summarizer.summarise(two, null, SummaryLength.sentences(3))).hasSize(2);
  }

  @Test
  void summarise_nothing_isEmpty() {
    assertThat(Summarizer.summarise(List.of(), null, SummaryLength.sentences(3))).isEmpty();
  }
}
