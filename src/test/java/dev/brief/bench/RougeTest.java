package dev.brief.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed ROUGE values, so the bench's scorer cannot drift silently. */
class RougeTest {
  @Test
  void score_prefixOfTheReference_hasKnownValues() {
    // ref: the cat sat on the mat (6 tokens, 5 bigrams); cand: the cat sat (3 tokens, 2 bigrams)
    Rouge.Scores s = Rouge.score("The cat sat on the mat.", "The cat sat.");

    assertThat(s.r1()).isCloseTo(2 * 1.0 * 0.5 / 1.5, within(1e-9));
    assertThat(s.r2()).isCloseTo(2 * 1.0 * 0.4 / 1.4, within(1e-9));
    assertThat(s.rLsum()).isCloseTo(s.r1(), within(1e-9));
  }

  @Test
  void tokens_lowerCaseAlphanumericAndPorterStemmedAboveThreeChars() {
    assertThat(Rouge.tokens("Running, RUNS; ran-away U.S. cats' 2.5%"))
        .containsExactly("run", "run", "ran", "awai", "u", "s", "cat", "2", "5");
  }

  @Test
  void lsum_unionOfLcsAcrossCandidateSentences() {
    // the reference sentence is covered by two candidate sentences together
    Rouge.Scores s = Rouge.score("a b c d", "a b\nc d");

    assertThat(s.rLsum()).isCloseTo(1.0, within(1e-9));
    assertThat(Rouge.lcsIndexes(List.of("a", "b", "c", "d"), List.of("b", "d")))
        .containsExactly(1, 3);
  }

  @Test
  void score_nothingInCommonOrEmpty_isZero() {
    assertThat(Rouge.score("alpha beta", "gamma delta").r1()).isZero();
    assertThat(Rouge.score("alpha beta", "").rLsum()).isZero();
  }
}
