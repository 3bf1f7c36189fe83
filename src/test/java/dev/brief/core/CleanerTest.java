package dev.brief.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CleanerTest {
  private static CleanDocument clean(String text) {
    return Cleaner.clean(PlainTextReader.read(text));
  }

  private static List<String> texts(CleanDocument d) {
    return d.sentences().stream().map(Sentence::text).toList();
  }

  @Test
  void clean_firstShortLine_becomesTheTitle() {
    CleanDocument d =
        clean("Strike talks collapse\n\nUnion leaders walked out on Monday. Talks will resume.");

    assertThat(d.title()).isEqualTo("Strike talks collapse");
    assertThat(texts(d))
        .containsExactly("Union leaders walked out on Monday.", "Talks will resume.");
  }

  @Test
  void clean_hashtagLineAndByline_areBoilerplate() {
    CleanDocument d =
        clean(
            "Jane Roe | Published 3 May\nThe merger was approved by regulators on Friday.\n#Business #Mergers #News");

    assertThat(texts(d)).containsExactly("The merger was approved by regulators on Friday.");
    assertThat(d.removedBoilerplate()).isEqualTo(2);
  }

  @Test
  void clean_siteNoticeAndTrailingLinkList_areRemoved() {
    String text =
        String.join(
            "\n",
            "Ministers backed the plan. The opposition rejected it.",
            "Notice",
            "Some text here was generated using AI tools. Our editors check it; readers should verify facts themselves.",
            "More from us",
            "Budget row deepens in parliament",
            "Unions plan new strikes over pay",
            "Markets rally after rate decision");

    CleanDocument d = clean(text);

    assertThat(texts(d))
        .containsExactly("Ministers backed the plan.", "The opposition rejected it.");
  }

  @Test
  void clean_longArticleMentioningFurnitureWords_keepsItsSentences() {
    StringBuilder article = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      article
          .append("The court heard evidence about the company's accounts on day ")
          .append(i)
          .append(". ");
    }
    article.append(
        "Lawyers said the copyright claim would fail. Read more about the case in the filing. ");
    article.append("Subscribe-only documents were also cited.");

    CleanDocument d = clean(article.toString());

    assertThat(d.sentences()).hasSize(33);
  }

  @Test
  void clean_siteNoticeSentenceInsideLongParagraph_isDropped() {
    StringBuilder article = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      article.append("Ministers met union leaders again on day ").append(i).append(". ");
    }
    article.append("Subscribe to our newsletter and follow us for more stories like this.");

    assertThat(texts(clean(article.toString())))
        .hasSize(30)
        .noneMatch(t -> t.contains("newsletter"));
  }

  @Test
  void clean_articlePastedTwice_keepsOneCopyAndCountsTheRest() {
    String body =
        "The council raised taxes by 5%. Residents protested outside the town hall. The mayor defended it.";
    CleanDocument d = clean("Tax rise\n\n" + body + "\n" + body);

    assertThat(texts(d)).hasSize(3).doesNotHaveDuplicates();
    assertThat(d.removedDuplicates()).isEqualTo(3);
  }

  @Test
  void clean_nearIdenticalRepeat_isADuplicate() {
    String a =
        "Talks between the two companies ended without agreement on the price of the deal, sources said.";
    String b =
        "Talks between the two companies ended without agreement on the price of the deal, sources say.";

    assertThat(texts(clean(a + "\n" + b))).containsExactly(a);
  }

  @Test
  void clean_bulletHighlights_areSentencesOfTheirOwn() {
    CleanDocument d =
        clean(
            "Highlights\n- The bank raised rates.\n- Markets fell sharply.\nThe decision surprised analysts.");

    assertThat(texts(d))
        .containsExactly(
            "The bank raised rates.", "Markets fell sharply.", "The decision surprised analysts.");
    assertThat(d.sentences().get(0).kind()).isEqualTo(Block.Kind.ITEM);
  }

  @Test
  void clean_sentenceOffsets_pointAtTheSentenceInTheText() {
    String text = "Title here\n\nFirst sentence is here. Second follows.";
    CleanDocument d = clean(text);

    for (Sentence s : d.sentences()) {
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
    }
  }
}
