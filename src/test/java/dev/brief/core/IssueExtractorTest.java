package dev.brief.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IssueExtractorTest {
  @Test
  void landNamedByWhoHoldsIt_isTheTerritoryQuestion() {
    assertThat(IssueExtractor.conceptOf("Russian-held")).isEqualTo("territory");
    assertThat(IssueExtractor.conceptOf("rebel-held")).isEqualTo("territory");
    assertThat(IssueExtractor.conceptOf("occupied")).isEqualTo("territory");
  }

  @Test
  void heldInOtherSenses_isNoConcept() {
    assertThat(IssueExtractor.conceptOf("long-held")).isNull();
    assertThat(IssueExtractor.conceptOf("Long-held")).isNull();
    assertThat(IssueExtractor.conceptOf("hand-held")).isNull();
    assertThat(IssueExtractor.conceptOf("Privately-held")).isNull();
    assertThat(IssueExtractor.conceptOf("-held")).isNull();
  }
}
