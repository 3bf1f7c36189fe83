package dev.brief.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StanceDetectorTest {
  private static Optional<Stance> stance(String text, String party, String issue) {
    Analysis a =
        Analyzer.standard()
            .analyseText(text, TextFormat.PLAIN, "UTF-8", SummaryLength.sentences(2));
    return a.parties().stream()
        .filter(p -> p.name().equals(party))
        .flatMap(p -> p.stances().stream())
        .filter(s -> s.issue().equals(issue))
        .findFirst();
  }

  @Test
  void reportedSpeechOfAnActor_isTheActorsPartyStance() {
    String text =
        "Mexico has demanded water guarantees from its neighbour. "
            + "Canadian Trade Minister Paul Roy rejected the water guarantees on Tuesday.";

    assertThat(stance(text, "Mexico", "water guarantees"))
        .get()
        .extracting(Stance::stance)
        .isEqualTo(StanceValue.SUPPORT);
    Stance canada = stance(text, "Canada", "water guarantees").orElseThrow();
    assertThat(canada.stance()).isEqualTo(StanceValue.OPPOSE);
    assertThat(canada.cue()).isEqualTo("rejected");
    assertThat(canada.evidence()).containsExactly(1);
  }

  @Test
  void rejectingAnotherPartysProposal_opposesItWhileTheAuthorSupportsIt() {
    String text =
        "Labour tabled a housing amendment on Monday. "
            + "The Conservatives rejected Labour's housing amendment in the vote.";

    assertThat(stance(text, "Conservatives", "housing amendment"))
        .get()
        .extracting(Stance::stance)
        .isEqualTo(StanceValue.OPPOSE);
    assertThat(stance(text, "Labour", "housing amendment"))
        .get()
        .extracting(Stance::stance)
        .isEqualTo(StanceValue.SUPPORT);
  }

  @Test
  void rejectingControlOfHeldLand_opposesTheTerritorialIssue() {
    String text =
        "Serbia demands territorial concessions from its neighbour. "
            + "A plan from Austria and Italy rejected recognising Serbian-held villages.";

    assertThat(stance(text, "Serbia", "territorial concessions"))
        .get()
        .extracting(Stance::stance)
        .isEqualTo(StanceValue.SUPPORT);
    assertThat(stance(text, "Austria", "territorial concessions"))
        .get()
        .extracting(Stance::stance)
        .isEqualTo(StanceValue.OPPOSE);
  }

  @Test
  void partyNamingAProposal_isItsAuthorAndSupportsIt() {
    String text =
        "The Labour housing plan would build homes on farmland. "
            + "The Conservatives rejected the housing plan in the vote.";

    Stance labour = stance(text, "Labour", "housing plan").orElseThrow();
    assertThat(labour.stance()).isEqualTo(StanceValue.SUPPORT);
    assertThat(labour.cue()).isEqualTo("proposes");
    assertThat(stance(text, "Conservatives", "housing plan"))
        .get()
        .extracting(Stance::stance)
        .isEqualTo(StanceValue.OPPOSE);
  }

  @Test
  void partyNamedInADeal_isItsTopicNotItsAuthor() {
    String text =
        "Talks on a Chile trade deal ended on Monday. The trade deal covers copper exports.";

    assertThat(stance(text, "Chile", "trade deal")).isEmpty();
  }

  @Test
  void passiveCue_actsOnlyOnThePhraseBeforeIt() {
    String text =
        "The talks covered fishing rights and port access, a move strongly opposed by Chile. "
            + "Peru wants fishing rights before winter.";

    assertThat(stance(text, "Chile", "port access"))
        .get()
        .extracting(Stance::stance)
        .isEqualTo(StanceValue.OPPOSE);
    assertThat(stance(text, "Chile", "fishing rights")).isEmpty();
  }

  @Test
  void negatedSupport_isOpposition() {
    String text = "Norway would not back the fishing quota. The fishing quota divides the region.";

    assertThat(stance(text, "Norway", "fishing quota"))
        .get()
        .extracting(Stance::stance)
        .isEqualTo(StanceValue.OPPOSE);
  }

  @Test
  void supportAndOppositionByOneParty_isMixed() {
    String text = "Japan welcomed the trade pact in March. In May Japan criticised the trade pact.";

    assertThat(stance(text, "Japan", "trade pact"))
        .get()
        .extracting(Stance::stance)
        .isEqualTo(StanceValue.MIXED);
  }
}
