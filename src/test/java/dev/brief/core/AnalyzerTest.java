package dev.brief.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnalyzerTest {
  @Test
  void anIssueNoPartyTakesAStanceOn_isNotListed() {
    String text =
        "Peru backs the steel tariff. The steel tariff starts in May. The harbour fog was"
            + " thick. The harbour fog lifted at noon.";

    Analysis a =
        Analyzer.standard()
            .analyseText(text, TextFormat.PLAIN, "UTF-8", SummaryLength.sentences(2));

    assertThat(IssueExtractorTest.ranked(text))
        .extracting(Issue::name)
        .contains("steel tariff", "harbour fog");
    assertThat(a.issues()).extracting(Issue::name).containsExactly("steel tariff");
    assertThat(a.parties())
        .flatExtracting(Party::stances)
        .extracting(Stance::issue)
        .containsOnly("steel tariff");
  }
}
