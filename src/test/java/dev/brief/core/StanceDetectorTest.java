package dev.brief.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StanceDetectorTest {
  private static Analysis analyse(String text) {
    return Analyzer.standard()
        .analyseText(text, TextFormat.PLAIN, "UTF-8", SummaryLength.sentences(2));
  }

  private static Optional<Stance> stance(String text, String party, String issue) {
    Analysis a = analyse(text);
    return a.parties().stream()
        .filter(p -> p.name().equals(party))
        .flatMap(p -> p.stances().stream())
        .filter(s -> s.issue().equals(issue))
        .findFirst();
  }

  private static Optional<StanceValue> value(String text, String party, String issue) {
    return stance(text, party, issue).map(Stance::stance);
  }

  @Test
  void reportedSpeechOfAnActor_isTheActorsPartyStance() {
    String text =
        "Mexico has demanded water guarantees from its neighbour. "
            + "Canadian Trade Minister Paul Roy rejected the water guarantees on Tuesday.";

    assertThat(value(text, "Mexico", "water guarantees")).contains(StanceValue.SUPPORT);
    Stance canada = stance(text, "Canada", "water guarantees").orElseThrow();
    assertThat(canada.stance()).isEqualTo(StanceValue.OPPOSE);
    assertThat(canada.cue()).isEqualTo("rejected");
    assertThat(canada.evidence()).containsExactly(1);
  }

  @Test
  void aPlaceInTheSubjectsApposition_takesNoSideOnTheCue() {
    String text =
        "Acme backed the port tax. Karl Vogt, a campaigner in the European Union, rejected the"
            + " port tax as weak. Mr Vogt said so. The European Union met on Monday.";

    assertThat(value(text, "European Union", "port tax")).isEmpty();
    assertThat(value(text, "Karl Vogt", "port tax")).contains(StanceValue.OPPOSE);
    // the body a post is at speaks through it
    String post =
        "Acme backed the port tax. Ann Hale, president and director at Kestrel Bank, said the"
            + " port tax was bad. Ms Hale left.";
    assertThat(stance(post, "Kestrel Bank", "port tax")).isPresent();
  }

  @Test
  void aNameThatIsNoPartyOpeningAReportedClause_holdsItsCueNotTheReporter() {
    for (String agreed : List.of("had \"fully agreed\" to", "had agreed to")) {
      String text =
          "Kestrel Rovers chairman Tom Vale offered a deal to the coach. Vale claimed that Aizle "
              + agreed
              + " the offer. Vale said the offer was fair.";
      assertThat(value(text, "Tom Vale", "offer")).as(agreed).contains(StanceValue.NEUTRAL);
    }
    String party =
        "Kestrel Rovers chairman Tom Vale offered a deal to Peru. Vale claimed that Peru had"
            + " \"fully agreed\" to the offer.";
    assertThat(value(party, "Peru", "offer")).contains(StanceValue.SUPPORT);
  }

  @Test
  void aNameThatIsNoPartyAfterAndOrBut_holdsItsCueNotTheSpeaker() {
    String named =
        "Peru backed the port tax. \"Sales are strong and Kestrel has promised the port tax but"
            + " ships may struggle,\" said Harbour Bank chief Tom Vale.";
    assertThat(value(named, "Harbour Bank", "port tax").filter(v -> v != StanceValue.NEUTRAL))
        .isEmpty();
    // the speaker's own "I", and a name in a list closed by a comma, are no such subjects
    String own =
        "Peru backed the port tax. \"Sales are strong and I have promised the port tax,\" said"
            + " Harbour Bank chief Tom Vale.";
    assertThat(value(own, "Harbour Bank", "port tax")).contains(StanceValue.SUPPORT);
    String listed =
        "Chile backed the port tax. Harbour Bank, whose brands include Kestrel, Lark and Vale,"
            + " rejected the port tax.";
    assertThat(value(listed, "Harbour Bank", "port tax")).contains(StanceValue.OPPOSE);
  }

  @Test
  void whatMayHappenOrIsHopedFor_isNoStanceOfThoseItNames() {
    String hoped =
        "Chile backed the port tax. \"We must hope that Peru has the strength to reject the"
            + " port tax,\" said Ann Hale.";
    assertThat(value(hoped, "Peru", "port tax").filter(v -> v != StanceValue.NEUTRAL)).isEmpty();
    String feared =
        "Peru met Chile on the port tax. Chile made two copies of the port tax in case Peru"
            + " wanted to oppose the port tax.";
    assertThat(value(feared, "Peru", "port tax").filter(v -> v != StanceValue.NEUTRAL)).isEmpty();
    // the hoping party's own cue stands
    String hoping = "Peru hopes that the talks succeed, and Peru rejects the port tax.";
    assertThat(value(hoping, "Peru", "port tax")).contains(StanceValue.OPPOSE);
    String itself = "Chile backed the port tax. Peru hoped that it could block the port tax.";
    assertThat(value(itself, "Peru", "port tax")).contains(StanceValue.OPPOSE);
  }

  @Test
  void rejectingAnotherPartysProposal_opposesItWhileTheAuthorSupportsIt() {
    String text =
        "Labour tabled a housing amendment on Monday. "
            + "The Conservatives rejected Labour's housing amendment in the vote.";

    assertThat(value(text, "Conservatives", "housing amendment")).contains(StanceValue.OPPOSE);
    assertThat(value(text, "Labour", "housing amendment")).contains(StanceValue.SUPPORT);
  }

  @Test
  void rejectingControlOfHeldLand_opposesTheTerritorialIssue() {
    String text =
        "Serbia demands territorial concessions from its neighbour. "
            + "A plan from Austria and Italy rejected recognising Serbian-held villages.";

    assertThat(value(text, "Serbia", "territorial concessions")).contains(StanceValue.SUPPORT);
    assertThat(value(text, "Austria", "territorial concessions")).contains(StanceValue.OPPOSE);
  }

  @Test
  void partyNamingAProposal_isItsAuthorAndSupportsIt() {
    String text =
        "The Labour housing plan would build homes on farmland. "
            + "The Conservatives rejected the housing plan in the vote.";

    Stance labour = stance(text, "Labour", "housing plan").orElseThrow();
    assertThat(labour.stance()).isEqualTo(StanceValue.SUPPORT);
    assertThat(labour.cue()).isEqualTo("proposes");
    assertThat(value(text, "Conservatives", "housing plan")).contains(StanceValue.OPPOSE);
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

    assertThat(value(text, "Chile", "port access")).contains(StanceValue.OPPOSE);
    assertThat(stance(text, "Chile", "fishing rights")).isEmpty();
  }

  @Test
  void laterCueInTheClause_governsTheIssuesNamedAfterIt() {
    String text =
        "The Drivers Union struck on Friday, demanding a wage rise and in protest against new "
            + "ticket machines.";

    assertThat(value(text, "Drivers Union", "wage rise")).contains(StanceValue.SUPPORT);
    assertThat(value(text, "Drivers Union", "ticket machines")).contains(StanceValue.OPPOSE);
  }

  @Test
  void negatedSupport_isOpposition() {
    String text = "Norway would not back the fishing quota. The fishing quota divides the region.";
    String refusal =
        "Norway's refusal to accept the fishing quota angered Iceland. The fishing quota stays.";

    assertThat(value(text, "Norway", "fishing quota")).contains(StanceValue.OPPOSE);
    assertThat(value(refusal, "Norway", "fishing quota")).contains(StanceValue.OPPOSE);
  }

  @Test
  void notOnlyOrNotJust_addsAndDeniesNothing() {
    String only =
        "Norway not only backs the fishing quota but wants a port levy. The fishing quota";
    String just =
        "Norway does not just back the fishing quota, it wants a port levy. The fishing quota";

    assertThat(value(only + " stays.", "Norway", "fishing quota")).contains(StanceValue.SUPPORT);
    assertThat(value(just + " stays.", "Norway", "fishing quota")).contains(StanceValue.SUPPORT);
  }

  @Test
  void dismissingAClaim_takesNoSideOnWhatTheClaimIsAbout() {
    String claim =
        "Chile dismissed claims that the tariff plan was its idea. Peru rejected the tariff plan.";
    String thing = "Chile dismissed the tariff plan as a gimmick. Peru rejected the tariff plan.";
    String about =
        "Chile dismissed questions about the tariff plan. Peru rejected the tariff plan.";
    String pronoun =
        "Chile rejected allegations it had hidden the tariff plan. Peru rejected the tariff plan.";

    assertThat(stance(claim, "Chile", "tariff plan")).isEmpty();
    assertThat(stance(about, "Chile", "tariff plan")).isEmpty();
    assertThat(stance(pronoun, "Chile", "tariff plan")).isEmpty();
    assertThat(value(thing, "Chile", "tariff plan")).contains(StanceValue.OPPOSE);
    String linking =
        "Chile dismissed press reports naming it in the tariff plan. Peru rejected the tariff"
            + " plan.";
    String saying =
        "Chile denied the reports, saying it rejected the tariff plan. Peru rejected the tariff"
            + " plan.";
    assertThat(stance(linking, "Chile", "tariff plan")).isEmpty();
    assertThat(value(saying, "Chile", "tariff plan")).contains(StanceValue.OPPOSE);
  }

  @Test
  void dismissingAClaimLeftUnsaid_leavesWhatFollowsToItsOwnCues() {
    String unsaid =
        "Chile dismissed the new claims, adding that it was keen to meet the tariff plan. Peru"
            + " rejected the tariff plan.";
    String cue =
        "Chile dismissed the new claims, adding that it firmly backs the tariff plan. Peru rejected"
            + " the tariff plan.";
    String owner =
        "Chile denied Ana Reed's claims, adding that it was keen to meet the tariff plan. Peru"
            + " rejected the tariff plan.";

    assertThat(value(unsaid, "Chile", "tariff plan")).isNotEqualTo(Optional.of(StanceValue.OPPOSE));
    assertThat(value(cue, "Chile", "tariff plan")).contains(StanceValue.SUPPORT);
    assertThat(value(owner, "Chile", "tariff plan")).isNotEqualTo(Optional.of(StanceValue.OPPOSE));
  }

  @Test
  void backingDown_isNoSupport() {
    String retreat =
        "Chile backed down from the tariff plan after the vote. Peru rejected the tariff plan.";
    String support = "Chile backed the tariff plan after the vote. Peru rejected the tariff plan.";

    assertThat(value(retreat, "Chile", "tariff plan"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(support, "Chile", "tariff plan")).contains(StanceValue.SUPPORT);
  }

  @Test
  void backingUp_isNoSupport() {
    String copies =
        "Chile said firms were backing up their files on the tariff plan. Peru rejected the"
            + " tariff plan.";
    String figures =
        "Chile said its view on the tariff plan was backed up by figures. Peru rejected the"
            + " tariff plan.";

    assertThat(value(copies, "Chile", "tariff plan")).contains(StanceValue.NEUTRAL);
    assertThat(value(figures, "Chile", "tariff plan")).contains(StanceValue.NEUTRAL);
  }

  @Test
  void participleDescribingANoun_takesNoSide() {
    String adjective =
        "Chile said the agreed procedures ignore the tariff plan. Peru rejected the tariff plan.";
    String verb = "Chile has agreed the tariff plan. Peru rejected the tariff plan.";
    String counted =
        "Chile steered the tariff plan to other favoured firms. Peru rejected the tariff plan.";

    assertThat(value(adjective, "Chile", "tariff plan"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(verb, "Chile", "tariff plan")).contains(StanceValue.SUPPORT);
    assertThat(value(counted, "Chile", "tariff plan"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
  }

  @Test
  void supportInsideACompoundNoun_takesNoSide() {
    String scheme = "Peru runs a farmer support scheme for the water tax. The water tax rose.";
    String list =
        "Chile said the Greens are weak on trade, support higher water taxes and oppose fees."
            + " Higher water taxes were debated.";

    assertThat(analyse(scheme).parties())
        .filteredOn(p -> p.name().equals("Peru"))
        .allSatisfy(p -> assertThat(p.stances()).isEmpty());
    // a comma before it makes it a verb again
    assertThat(value(list, "Green Party", "higher water taxes")).contains(StanceValue.SUPPORT);
  }

  @Test
  void supportingOrOpposingBeforeANoun_describesIt() {
    String papers = "Chile sent the supporting papers on the tariff plan. Peru rejected it.";
    String side = "Chile praised the opposing side in the tariff plan row. Peru joined the row.";
    String verb = "Chile is supporting the tariff plan. Peru rejected the tariff plan.";

    assertThat(value(papers, "Chile", "tariff plan")).isEmpty();
    assertThat(analyse(side).parties())
        .filteredOn(p -> p.name().equals("Chile"))
        .flatMap(p -> p.stances())
        .noneMatch(st -> st.stance() == StanceValue.OPPOSE);
    assertThat(value(verb, "Chile", "tariff plan")).contains(StanceValue.SUPPORT);
  }

  @Test
  void deniedUnease_takesNoSide() {
    String text = "Chile does not fear the tariff plan. Peru rejected the tariff plan.";

    assertThat(value(text, "Chile", "tariff plan")).contains(StanceValue.NEUTRAL);
  }

  @Test
  void supportAndOppositionByOneParty_isMixed() {
    String text = "Japan welcomed the trade pact in March. In May Japan criticised the trade pact.";

    assertThat(value(text, "Japan", "trade pact")).contains(StanceValue.MIXED);
  }

  @Test
  void partyNamedAsTheSubjectOfALaterCue_holdsIt() {
    String text =
        "Labour said on Wednesday that the Conservatives had rejected the housing amendment. "
            + "The housing amendment failed.";

    assertThat(value(text, "Conservatives", "housing amendment")).contains(StanceValue.OPPOSE);
    assertThat(stance(text, "Labour", "housing amendment")).isEmpty();
  }

  @Test
  void passiveSubjectOrJudgedOwner_doesNotHoldTheLaterCue() {
    String slammed =
        "Rosa Vale said Norway were criticised for the draw, the way Chile were slammed for"
            + " poor results. Poor results cost the coach.";
    String unfair =
        "Liberal Democrat spokesman Owen Pryce spoke on Monday. Mr Pryce said Labour's unfair "
            + "council tax was hurting pensioners. The council tax rose again.";

    assertThat(stance(slammed, "Chile", "poor results")).isEmpty();
    Analysis judged = analyse(unfair);
    // the judge, not the owner, holds "unfair" on whatever the tax issue is called
    assertThat(judged.parties())
        .filteredOn(p -> p.name().equals("Labour"))
        .allSatisfy(p -> assertThat(p.stances()).isEmpty());
    assertThat(judged.parties())
        .filteredOn(p -> p.name().equals("Liberal Democrats"))
        .singleElement()
        .satisfies(p -> assertThat(p.stances()).isNotEmpty());
  }

  @Test
  void possessiveOwnerOfAThing_doesNotHoldALaterCueButItsOfficialsDo() {
    String owned =
        "Exporters welcomed Peru's long-awaited cut in tariffs and warned against new levies. "
            + "New levies would hurt farmers.";
    String official =
        "Peru's trade minister Ana Soto warned against new levies. New levies would hurt farmers.";

    assertThat(stance(owned, "Peru", "levies")).isEmpty();
    assertThat(value(official, "Peru", "levies")).contains(StanceValue.OPPOSE);
  }

  @Test
  void possessiveOwnerOfTheSubject_doesNotHoldItsVerb() {
    String rivals = "Peru's rivals have often opposed new levies. New levies would hurt farmers.";
    String demand = "Peru's repeated demand for new levies grew. New levies would hurt farmers.";

    assertThat(stance(rivals, "Peru", "levies")).isEmpty();
    assertThat(value(demand, "Peru", "levies")).contains(StanceValue.SUPPORT);
  }

  @Test
  void partyInsideARelativeClause_doesNotHoldTheCueAfterIt() {
    String unnamed =
        "The firm, which supplies the area around Lima in Peru, wants a tariff rise of 40%. "
            + "The tariff rise is due in May.";
    String named =
        "Norvik Holdings, which supplies the area around Lima in Peru, wants a tariff rise of 40%. "
            + "The tariff rise is due in May.";

    assertThat(stance(unnamed, "Peru", "tariff rise")).isEmpty();
    assertThat(stance(named, "Peru", "tariff rise")).isEmpty();
    assertThat(value(named, "Norvik Holdings", "tariff rise")).contains(StanceValue.SUPPORT);
  }

  @Test
  void supportForTakingAThingAway_opposesTheThing() {
    String awayWith =
        "The Green Party wants to do away with the water tax. The water tax rose again.";
    String endTo = "Chile called for an end to the tariff plan. The tariff plan starts in May.";
    String lifting = "Chile opposes lifting the tariff plan. The tariff plan starts in May.";
    String drop = "Chile warned of a drop in the tariff plan. The tariff plan starts in May.";

    assertThat(value(awayWith, "Green Party", "water tax")).contains(StanceValue.OPPOSE);
    assertThat(value(endTo, "Chile", "tariff plan")).contains(StanceValue.OPPOSE);
    assertThat(value(lifting, "Chile", "tariff plan")).contains(StanceValue.SUPPORT);
    // a noun that only looks like a removal verb turns nothing
    assertThat(value(drop, "Chile", "tariff plan")).contains(StanceValue.OPPOSE);
  }

  @Test
  void supportForCurbingOrFightingAThing_opposesItUnlessTheIssueIsNamedByTheCurb() {
    String cut = "Chile promised to cut the water tax. The water tax rose again.";
    String stop = "Chile wants to stop the tariff plan. The tariff plan starts in May.";
    String noun = "Chile called for the abolition of the water tax. The water tax rose again.";
    String amount =
        "Chile backs a cut in the retirement age. The retirement age was debated again.";
    String named =
        "Chile pledged to keep cutting subsidies. Peru opposes cutting subsidies, and cutting"
            + " subsidies is debated.";

    assertThat(value(cut, "Chile", "water tax")).contains(StanceValue.OPPOSE);
    assertThat(value(stop, "Chile", "tariff plan")).contains(StanceValue.OPPOSE);
    assertThat(value(noun, "Chile", "water tax")).contains(StanceValue.OPPOSE);
    assertThat(value(amount, "Chile", "retirement age"))
        .isNotEqualTo(Optional.of(StanceValue.OPPOSE));
    assertThat(value(named, "Chile", "cutting subsidies")).contains(StanceValue.SUPPORT);
  }

  @Test
  void aSideOnTheThingItself_isTheOtherSideOnAnIssueNamedByItsRemoval() {
    String text =
        "Chile wants a unit combating port fees. The unit combating port fees is small. Peru"
            + " wants to keep the port fees.";

    assertThat(value(text, "Peru", "combating port fees")).contains(StanceValue.OPPOSE);
    // named with its removal where it is found, the side stays
    assertThat(value(text, "Chile", "combating port fees")).contains(StanceValue.SUPPORT);
  }

  @Test
  void condemningTheDestructionOfAThing_supportsTheThing() {
    String text = "Chile condemned the %s of the fishing records. The fishing records were old.";

    assertThat(value(text.formatted("deletion"), "Chile", "fishing records"))
        .contains(StanceValue.SUPPORT);
    assertThat(value(text.formatted("destruction"), "Chile", "fishing records"))
        .contains(StanceValue.SUPPORT);
    assertThat(value(text.formatted("publication"), "Chile", "fishing records"))
        .contains(StanceValue.OPPOSE);
  }

  @Test
  void vowToTakeAThingAway_opposesIt_otherVowsTakeNoSide() {
    String fight = "Chile vowed to fight the water tax. The water tax rose again.";
    String scrap = "Chile vows to scrap the water tax. The water tax rose again.";
    String deed = "Chile vowed to sue over the water tax. The water tax rose again.";
    String run = "Chile vowed to run the water tax below the cap. The water tax rose again.";

    assertThat(value(fight, "Chile", "water tax")).contains(StanceValue.OPPOSE);
    assertThat(value(scrap, "Chile", "water tax")).contains(StanceValue.OPPOSE);
    assertThat(stance(deed, "Chile", "water tax")).isEmpty();
    assertThat(stance(run, "Chile", "water tax")).isEmpty();
  }

  @Test
  void refusalBeforeALaterCue_deniesIt() {
    String back = "Chile refused to back the water tax. The water tax rose again.";
    String accept = "Chile refuses to accept the water tax. The water tax rose again.";
    String reject = "Chile refused to reject the water tax. The water tax rose again.";
    String agreed = "Chile agreed to back the water tax. The water tax rose again.";

    assertThat(value(back, "Chile", "water tax")).contains(StanceValue.OPPOSE);
    assertThat(value(accept, "Chile", "water tax")).contains(StanceValue.OPPOSE);
    assertThat(value(reject, "Chile", "water tax")).contains(StanceValue.SUPPORT);
    assertThat(value(agreed, "Chile", "water tax")).contains(StanceValue.SUPPORT);
  }

  @Test
  void cueInAnAsideByWhoOrWhich_stopsAtTheAsidesComma() {
    String past =
        "Peru, which supports open media, said the water tax was a bad idea. The water tax rose"
            + " again.";
    String inside =
        "Peru, which backs the water tax, said prices were rising. The water tax rose again.";
    String later =
        "Peru, which backs the Chilean idea, said it opposed the water tax. The water tax rose"
            + " again.";

    assertThat(value(past, "Peru", "water tax")).isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(inside, "Peru", "water tax")).contains(StanceValue.SUPPORT);
    assertThat(value(later, "Peru", "water tax")).contains(StanceValue.OPPOSE);
  }

  @Test
  void pluralNounOpeningAQuotation_holdsItsCueNotTheSpeaker() {
    String noun =
        "\"Creditors would welcome the water tax,\" said Ann Lee, the Peruvian finance minister."
            + " The water tax rose again.";
    String we =
        "\"We would welcome the water tax,\" said Ann Lee, the Peruvian finance minister. The"
            + " water tax rose again.";
    String party =
        "\"Peru would welcome the water tax,\" said Ann Lee, the Chilean finance minister. The"
            + " water tax rose again.";

    // a party's name there is its own subject, also when it ends like a plural
    String demonym =
        "\"Brazilians would welcome the water tax,\" said Ann Lee, the Chilean finance minister."
            + " The water tax rose again.";

    assertThat(value(noun, "Peru", "water tax")).isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(we, "Peru", "water tax")).contains(StanceValue.SUPPORT);
    assertThat(value(party, "Peru", "water tax")).contains(StanceValue.SUPPORT);
    assertThat(value(demonym, "Brazil", "water tax")).contains(StanceValue.SUPPORT);
  }

  @Test
  void quotationWithANamedSpeakerOfItsOwn_isNotTheLastSpeakersGoingOn() {
    String first = "\"We back the water tax,\" the Peruvian minister Ana Ruiz told reporters. ";
    String named = first + "\"We worry about the water tax,\" said Jo Reed, a trader.";
    String pronoun = first + "\"We worry about the water tax,\" she said.";
    String honorific = first + "\"We worry about the water tax,\" said Mr Reed, her deputy.";

    assertThat(value(named, "Peru", "water tax")).contains(StanceValue.SUPPORT);
    assertThat(value(pronoun, "Peru", "water tax")).contains(StanceValue.MIXED);
    assertThat(value(honorific, "Peru", "water tax")).contains(StanceValue.MIXED);
    // a party named outside the quotation, past a speaker the text does not know
    String from =
        "The Kestrel Water Trust said: \"We back the water tax.\" \"We worry about the water"
            + " tax,\" said Karen Lee, from the Kestrel Water Trust.";
    assertThat(value(from, "Kestrel Water Trust", "water tax")).contains(StanceValue.MIXED);
  }

  @Test
  void aSpeakerBeforeAnAside_isTheOneAPronounGoesOnWith() {
    String first = "Jo Reed, director of research firm Acme Data, said the fuel levy was fair. ";
    String quote = " said the fuel levy was unfair. \"We oppose the fuel levy,\" he said.";
    String commas =
        first + "The Road Haulage Association, the body that speaks for hauliers," + quote;
    String relative =
        first
            + "A spokesman for the Road Haulage Association (Roadhaul) which represents most hauliers"
            + quote;
    String list = first + "The Road Haulage Association, the farmers and the bus firms" + quote;
    String afterQuote =
        "\"We oppose the fuel levy,\" the Road Haulage Association, the body that speaks for"
            + " hauliers, said. The fuel levy rose.";
    String inQuote =
        first
            + "\"The Road Haulage Association, the body that speaks for hauliers, said the fuel"
            + " levy was unfair,\" he said. \"We oppose the fuel levy,\" he said.";

    assertThat(value(commas, "Acme Data", "fuel levy")).contains(StanceValue.NEUTRAL);
    assertThat(value(relative, "Acme Data", "fuel levy")).contains(StanceValue.NEUTRAL);
    assertThat(stance(list, "Road Haulage Association", "fuel levy").orElseThrow().evidence())
        .containsExactly(1);
    assertThat(value(afterQuote, "Road Haulage Association", "fuel levy"))
        .contains(StanceValue.OPPOSE);
    assertThat(stance(inQuote, "Acme Data", "fuel levy").orElseThrow().evidence())
        .containsExactly(0, 1, 2);
  }

  @Test
  void itInTheQuoteOfAPersonOfNoBody_isTheBodyTheQuoteNames() {
    String said = "Tom Lane said he was leaving. ";
    String named =
        said
            + "\"The Labour Party's distrust of Europe is now so deep that it advocates the fuel"
            + " levy,\" he wrote.";
    String unnamed =
        said + "\"At this point it advocates the fuel levy,\" he wrote. The fuel levy rose.";
    String body = "\"At this point it advocates the fuel levy,\" the Labour Party said on Monday.";

    assertThat(value(named, "Labour", "fuel levy")).contains(StanceValue.SUPPORT);
    assertThat(stance(named, "Tom Lane", "fuel levy")).isEmpty();
    assertThat(stance(unnamed, "Tom Lane", "fuel levy")).isEmpty();
    assertThat(value(body, "Labour", "fuel levy")).contains(StanceValue.SUPPORT);
  }

  @Test
  void aQuoteAttributedToHeOrShe_goesOnWithTheLastSpeakerOfThatSex() {
    String first =
        "Labour MP Jo Reed said the fuel levy was unfair. Tory MP Tom Lane said the fuel levy was"
            + " welcome. ";
    String quote = "\"We back the fuel levy,\" ";
    String honorifics = "Ms Reed and Mr Lane met on Monday. ";
    String she = first + honorifics + quote + "she said.";
    String he = first + honorifics + quote + "he said.";
    String unknown = first + "They met on Monday. " + quote + "she said.";
    String nobody = first + "Mr Reed and Mr Lane met on Monday. " + quote + "she said.";
    String both = first + "Mrs Lane and Mr Lane met on Monday. " + quote + "she said.";

    assertThat(value(she, "Labour", "fuel levy")).contains(StanceValue.MIXED);
    assertThat(stance(she, "Conservatives", "fuel levy").orElseThrow().evidence())
        .containsExactly(1);
    assertThat(value(he, "Conservatives", "fuel levy")).contains(StanceValue.SUPPORT);
    assertThat(value(unknown, "Conservatives", "fuel levy")).contains(StanceValue.SUPPORT);
    assertThat(value(nobody, "Labour", "fuel levy")).contains(StanceValue.OPPOSE);
    assertThat(value(both, "Conservatives", "fuel levy")).contains(StanceValue.SUPPORT);
    assertThat(stance(nobody, "Conservatives", "fuel levy").orElseThrow().evidence())
        .containsExactly(1);
  }

  @Test
  void verbRightAfterBut_sharesTheSubjectOfTheSentencesFirstVerb() {
    String shared =
        "Peru said Chile needed to act but praised the water tax. The water tax rose again.";
    String own =
        "Peru backed the fishing plan but Chile rejected the water tax. The water tax rose again.";

    assertThat(value(shared, "Peru", "water tax")).contains(StanceValue.SUPPORT);
    assertThat(stance(shared, "Chile", "water tax")).isEmpty();
    assertThat(value(own, "Chile", "water tax")).contains(StanceValue.OPPOSE);
    assertThat(stance(own, "Peru", "water tax")).isEmpty();
  }

  @Test
  void someOrOthersAsTheSubject_holdTheirOwnCue() {
    String others = "Peru backs the water tax, while others fear it. The water tax rose again.";
    String some =
        "Peru said the water tax rose less than some had feared. The water tax rose again.";

    assertThat(value(others, "Peru", "water tax")).contains(StanceValue.SUPPORT);
    assertThat(value(some, "Peru", "water tax")).contains(StanceValue.NEUTRAL);
  }

  @Test
  void relativePronounPastAnAdverb_stillGivesTheCueToItsAntecedent() {
    String farmers =
        "Peru said the move irritated farmers, who have long rejected the water tax. The water"
            + " tax rose again.";
    String peru =
        "Chile said Peru, which has long backed the water tax, was wrong. The water tax rose"
            + " again.";

    assertThat(stance(farmers, "Peru", "water tax")).isEmpty();
    assertThat(value(peru, "Peru", "water tax")).contains(StanceValue.SUPPORT);
    assertThat(stance(peru, "Chile", "water tax")).isEmpty();
  }

  @Test
  void partyQuotedInAState_holdsItNotTheSpeaker() {
    String committed =
        "\"Labour is committed to cutting the water tax,\" said Ann Lee, the Peruvian minister."
            + " The water tax rose again.";
    String passive =
        "\"Labour was criticised over the water tax,\" said Ann Lee, the Peruvian minister. The"
            + " water tax rose again.";

    assertThat(value(committed, "Labour", "water tax")).contains(StanceValue.OPPOSE);
    assertThat(stance(committed, "Peru", "water tax")).isEmpty();
    assertThat(value(passive, "Labour", "water tax")).isNotEqualTo(Optional.of(StanceValue.OPPOSE));
  }

  @Test
  void passiveRemovalAfterTheIssue_opposesIt() {
    String scrapped = "Peru wants the water tax scrapped. The water tax rose again.";
    String bePut = "Peru demanded that the water tax be put on hold. The water tax rose again.";
    String toBe = "Peru called for the water tax to be abolished. The water tax rose again.";
    // a bare participle after other cues describes: "backed the tax, dropped by Chile"
    String aside = "Peru backed the water tax dropped by Chile. The water tax rose again.";

    assertThat(value(scrapped, "Peru", "water tax")).contains(StanceValue.OPPOSE);
    assertThat(value(bePut, "Peru", "water tax")).contains(StanceValue.OPPOSE);
    assertThat(value(toBe, "Peru", "water tax")).contains(StanceValue.OPPOSE);
    assertThat(value(aside, "Peru", "water tax")).contains(StanceValue.SUPPORT);
  }

  @Test
  void passiveLimitAfterTheIssue_opposesIt() {
    String toBe = "Norway wants the fishing quota to be capped. Denmark backed the fishing quota.";
    String bare = "Norway wants the fishing quota trimmed. Denmark backed the fishing quota.";

    assertThat(value(toBe, "Norway", "fishing quota")).contains(StanceValue.OPPOSE);
    assertThat(value(bare, "Norway", "fishing quota")).contains(StanceValue.OPPOSE);
  }

  @Test
  void partiesListedWithTheBeforeOne_allHoldTheCue() {
    String listed =
        "Peru, Chile, the Netherlands and Sweden rejected the fishing plan. Denmark backed the"
            + " fishing plan.";

    assertThat(value(listed, "Peru", "fishing plan")).contains(StanceValue.OPPOSE);
    assertThat(value(listed, "Chile", "fishing plan")).contains(StanceValue.OPPOSE);
  }

  @Test
  void backingAPlanToFreezeAThing_opposesIt() {
    String freeze = "Norway supported a move to freeze the port fees of poor nations. It rose.";
    String trim = "Norway wants to trim the port fees. Sweden backed the port fees.";

    assertThat(value(freeze, "Norway", "port fees")).contains(StanceValue.OPPOSE);
    assertThat(value(trim, "Norway", "port fees")).contains(StanceValue.OPPOSE);
  }

  @Test
  void askingForLessOfAThing_opposesIt() {
    String less = "Norway called for less red tape. Denmark backed red tape.";
    String more = "Norway called for more red tape. Denmark backed red tape.";

    assertThat(value(less, "Norway", "red tape")).contains(StanceValue.OPPOSE);
    assertThat(value(more, "Norway", "red tape")).contains(StanceValue.SUPPORT);
  }

  @Test
  void aCountedObjectThatNamesNoIssue_takesNoSideOnAnother() {
    String other =
        "The fishing quota rose, and Norway wants fewer migrants in the towns. Denmark backed the"
            + " fishing quota.";
    String same = "Norway, which set the fishing quota, wants fewer fishing quotas. It rose.";

    assertThat(stance(other, "Norway", "fishing quota")).isEmpty();
    assertThat(value(same, "Norway", "fishing quota")).contains(StanceValue.OPPOSE);
  }

  @Test
  void removalVerbOpeningTheFoundPhrase_stillOpposesTheIssue() {
    String suspend =
        "Acme Corp agreed to suspend cotton sales in its stores. Cotton sales have fallen. Shops"
            + " want cotton sales to grow.";
    // an issue named with its verb is what the holder backs
    String named =
        "Peru backs the push to end US isolation through a pact. Brazil also backs the push to end"
            + " US isolation.";
    // after a verb that takes an infinitive, "end" is a verb and the issue is what it ends
    String wanted =
        "Peru wants to end US isolation through a pact. Brazil also wants to end US isolation.";

    assertThat(value(suspend, "Acme Corp", "cotton sales")).contains(StanceValue.OPPOSE);
    assertThat(value(named, "Peru", "end US isolation")).contains(StanceValue.SUPPORT);
    assertThat(value(wanted, "Peru", "US isolation")).contains(StanceValue.OPPOSE);
    // an "-ing" form right after the cue opens the phrase too
    String scrapping =
        "The Greens back scrapping port fees. Scrapping port fees would help trade. Unions oppose"
            + " scrapping port fees. Peru backs port fees.";
    assertThat(value(scrapping, "Green Party", "port fees")).contains(StanceValue.OPPOSE);
  }

  @Test
  void warningThatNamesWhomItWarns_takesNoSideOnThem() {
    String advice = "Peru warned water tax payers to check their bills. Water tax payers wait.";
    String addressed =
        "Peru warned banks and water tax collectors that gangs may apply for jobs. Water tax"
            + " collectors wait.";
    String dated = "Peru warned on Monday that the water tax was too high. The water tax rose.";

    assertThat(stance(advice, "Peru", "water tax payers")).isEmpty();
    assertThat(stance(addressed, "Peru", "water tax collectors")).isEmpty();
    assertThat(value(dated, "Peru", "water tax")).contains(StanceValue.OPPOSE);
  }

  @Test
  void againstTheLawOrTheNationalInterest_opposesNoNorm() {
    String law = "Peru said it knew the water tax was against the law. The law was old.";
    String interest =
        "Peru said the water tax is against the national interest. The national interest was"
            + " debated.";
    String campaign =
        "Peru campaigned against the public water tax. The public water tax rose again.";

    assertThat(value(law, "Peru", "law")).isNotEqualTo(Optional.of(StanceValue.OPPOSE));
    assertThat(value(interest, "Peru", "national interest"))
        .isNotEqualTo(Optional.of(StanceValue.OPPOSE));
    assertThat(value(campaign, "Peru", "public water tax")).contains(StanceValue.OPPOSE);
  }

  @Test
  void exampleOpeningTheSentence_endsAtItsComma() {
    String opening = "Like Chile, Peru opposes the water tax. The water tax rose again.";
    String list = "Countries such as Chile, Peru and Bolivia oppose the water tax. It rose again.";

    assertThat(value(opening, "Peru", "water tax")).contains(StanceValue.OPPOSE);
    assertThat(stance(list, "Peru", "water tax")).isEmpty();
  }

  @Test
  void supportThatRisesFallsOrLiesAmongOthers_isAMeasureNotTheHoldersSide() {
    String fell =
        "Chile saw support fall after the water tax was raised. The water tax rose again.";
    String has =
        "Chile said farm support has been falling since the water tax began. The water tax rose"
            + " again.";
    String among = "Chile found backing among farmers for the water tax. The water tax rose again.";
    String was = "Chile said farm support was weak under the water tax. The water tax rose again.";
    String gives = "Chile gave its support to the water tax. The water tax rose again.";

    assertThat(value(fell, "Chile", "water tax")).isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(has, "Chile", "water tax")).isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(among, "Chile", "water tax")).isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(was, "Chile", "water tax")).isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(gives, "Chile", "water tax")).contains(StanceValue.SUPPORT);
  }

  @Test
  void aSecondVerbAfterAnd_takesItsOwnObjects() {
    String base =
        "Chile wants to scrap the water tax and restore farm grants. Farm grants are debated.";
    String prefixed =
        "Chile wants to scrap the water tax and reimpose the farm grants. The farm grants are"
            + " debated.";
    String past =
        "Chile rejected the water tax and introduced a farm grant. The farm grant is debated.";
    String adjective =
        "Chile is concerned about water rates and fixed charges. Fixed charges are debated.";

    assertThat(value(base, "Chile", "water tax")).contains(StanceValue.OPPOSE);
    assertThat(stance(base, "Chile", "farm grants")).isEmpty();
    assertThat(stance(prefixed, "Chile", "farm grants")).isEmpty();
    assertThat(stance(past, "Chile", "farm grant")).isEmpty();
    assertThat(value(adjective, "Chile", "fixed charges")).contains(StanceValue.OPPOSE);
    // also when what the first verb took names no issue; a verb sharing the object still acts
    String unnamed =
        "Chile pledged to keep its word and set out the farm grants. The farm grants are"
            + " debated.";
    String shared =
        "Chile welcomed moves to review and extend the farm grants. The farm grants are debated.";
    assertThat(stance(unnamed, "Chile", "farm grants")).isEmpty();
    assertThat(value(shared, "Chile", "farm grants")).contains(StanceValue.SUPPORT);
  }

  @Test
  void passiveAgentAfterAFewWords_holdsTheCue() {
    String party =
        "The tariff plan was welcomed last week by Chile. Peru dismissed the tariff plan.";
    String noParty =
        "Chile was criticised last week by farm groups over the tariff plan. "
            + "The tariff plan starts in May.";

    assertThat(value(party, "Chile", "tariff plan")).contains(StanceValue.SUPPORT);
    assertThat(stance(noParty, "Chile", "tariff plan")).isEmpty();
  }

  @Test
  void challengeThatIsADifficulty_takesNoSide() {
    String difficulty =
        "Chile faces big challenges from the tariff plan. The tariff plan starts in May.";
    String condition =
        "Chile saw challenging conditions under the tariff plan. The tariff plan starts in May.";
    String legal =
        "Chile launched a legal challenge to the tariff plan. The tariff plan starts in May.";
    String verb = "Chile is challenging the tariff plan. The tariff plan starts in May.";
    String posed =
        "Chile said floods pose challenges to the tariff plan. The tariff plan starts in May.";

    assertThat(stance(difficulty, "Chile", "tariff plan")).isEmpty();
    assertThat(value(posed, "Chile", "tariff plan")).isNotEqualTo(Optional.of(StanceValue.OPPOSE));
    assertThat(stance(condition, "Chile", "tariff plan")).isEmpty();
    assertThat(value(legal, "Chile", "tariff plan")).contains(StanceValue.OPPOSE);
    assertThat(value(verb, "Chile", "tariff plan")).contains(StanceValue.OPPOSE);
  }

  @Test
  void marketDemand_isNoPartysDemand() {
    String market =
        "Chile expects rising consumer demand for copper wire. Copper wire sold well in May.";
    String verb = "Chile will demand copper wire from Peru. Copper wire sold well in May.";
    String owned = "Chile's key demand for copper wire was met. Copper wire sold well in May.";

    assertThat(stance(market, "Chile", "copper wire")).isEmpty();
    assertThat(value(verb, "Chile", "copper wire")).contains(StanceValue.SUPPORT);
    assertThat(value(owned, "Chile", "copper wire")).contains(StanceValue.SUPPORT);
  }

  @Test
  void cueAfterARelativePronoun_isItsAntecedents() {
    String nobody =
        "Peru's envoy will meet farmers who want the tariff plan. The tariff plan starts in May.";
    String party =
        "Bolivia met the envoy of Peru, which wants the tariff plan. The tariff plan starts in May.";

    assertThat(stance(nobody, "Peru", "tariff plan")).isEmpty();
    assertThat(value(party, "Peru", "tariff plan")).contains(StanceValue.SUPPORT);
  }

  @Test
  void cueAfterARelativePronoun_isItsAntecedentsAfterAnEarlierCueToo() {
    String later =
        "Peru announced help for farmers who want the tariff plan. The tariff plan starts in May.";
    String marched =
        "Peru pointed to the farmers who marched against the tariff plan. The tariff plan starts"
            + " in May.";
    String speaksFor =
        "Dale Farm Action, representing 80 families who appealed against the tariff plan, met"
            + " Chile. The tariff plan starts in May.";

    assertThat(stance(later, "Peru", "tariff plan")).isEmpty();
    assertThat(stance(marched, "Peru", "tariff plan")).isEmpty();
    assertThat(value(speaksFor, "Dale Farm Action", "tariff plan")).contains(StanceValue.OPPOSE);
  }

  @Test
  void passiveWithoutAnAgent_isNotItsSubjectsStanceButAStateIs() {
    String accused =
        "Chile has been accused of blocking the tariff plan. The tariff plan starts in May.";
    String urged = "Chile is being urged to back the tariff plan. The tariff plan starts in May.";
    String state = "Chile is opposed to the tariff plan. The tariff plan starts in May.";

    assertThat(stance(accused, "Chile", "tariff plan")).isEmpty();
    assertThat(stance(urged, "Chile", "tariff plan")).isEmpty();
    assertThat(value(state, "Chile", "tariff plan")).contains(StanceValue.OPPOSE);
  }

  @Test
  void participleRightBeforeWhatItBlamesFor_isAPassiveWithoutBe() {
    String participle =
        "Labour, criticised for the steel tax, kept quiet. The steel tax starts in May.";
    String active = "Labour criticised the unions for the steel tax. The steel tax starts in May.";
    String reported =
        "Norway announced that Jo Reed, previously accused of blocking the steel tax, will be"
            + " freed. The steel tax starts in May.";

    assertThat(stance(participle, "Labour", "steel tax")).isEmpty();
    assertThat(value(active, "Labour", "steel tax")).contains(StanceValue.OPPOSE);
    assertThat(value(reported, "Norway", "steel tax"))
        .isNotEqualTo(Optional.of(StanceValue.OPPOSE));
  }

  @Test
  void callsTakenUpByAnEarlierCue_keepThatCuesSide() {
    String tax = " The fuel levy was debated.";

    assertThat(value("Acme Corp rejected calls for a fuel levy." + tax, "Acme Corp", "fuel levy"))
        .contains(StanceValue.OPPOSE);
    assertThat(
            value(
                "Acme Corp backed growing calls for a fuel levy." + tax, "Acme Corp", "fuel levy"))
        .contains(StanceValue.SUPPORT);
    assertThat(
            value(
                "Acme Corp said calls for a fuel levy were growing." + tax,
                "Acme Corp",
                "fuel levy"))
        .contains(StanceValue.NEUTRAL);
    assertThat(
            value(
                "Acme Corp rejected the plan and calls for a fuel levy." + tax,
                "Acme Corp",
                "fuel levy"))
        .contains(StanceValue.SUPPORT);
  }

  @Test
  void sideTakenOnAPartyAlone_isNoStanceOnTheSentencesIssues() {
    String rival =
        "The fuel levy will be a close fight, and Labour will challenge the Greens in their"
            + " strongholds, he said. The fuel levy was debated.";
    String owned = "The Greens backed Labour's fuel levy. The fuel levy was debated.";
    String speaker = "\"You cannot keep the fuel levy,\" warned Labour. The fuel levy was debated.";

    assertThat(stance(rival, "Labour", "fuel levy")).isEmpty();
    assertThat(value(owned, "Green Party", "fuel levy")).contains(StanceValue.SUPPORT);
    assertThat(value(speaker, "Labour", "fuel levy")).contains(StanceValue.OPPOSE);
  }

  @Test
  void stateOfAThirdPersonInAQuote_isNotTheSpeakers() {
    String said = " Labour leader Jo Reed said. The fuel levy was debated.";

    assertThat(value("\"They were worried about the fuel levy,\"" + said, "Labour", "fuel levy"))
        .isNotEqualTo(Optional.of(StanceValue.OPPOSE));
    assertThat(value("\"They are opposed to the fuel levy,\"" + said, "Labour", "fuel levy"))
        .isNotEqualTo(Optional.of(StanceValue.OPPOSE));
    assertThat(value("\"We were worried about the fuel levy,\"" + said, "Labour", "fuel levy"))
        .contains(StanceValue.OPPOSE);
  }

  @Test
  void theGovernment_actsForAStateButNotForAFirm() {
    String deal = " The steel deal was debated.";

    assertThat(
            value(
                "Acme Corp said the government would oppose the steel deal." + deal,
                "Acme Corp",
                "steel deal"))
        .isNotEqualTo(Optional.of(StanceValue.OPPOSE));
    assertThat(
            value(
                "Acme Corp said Bell will pay, once the government approves the steel deal." + deal,
                "Acme Corp",
                "steel deal"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(
            value(
                "Peru said the government would oppose the steel deal." + deal,
                "Peru",
                "steel deal"))
        .contains(StanceValue.OPPOSE);
    assertThat(value("G7 finance ministers backed the steel deal." + deal, "G7", "steel deal"))
        .contains(StanceValue.SUPPORT);
  }

  @Test
  void firmWhoseStakeIsHeld_isNotTheSubjectButATopicFirmIs() {
    String deal = " The steel deal was debated.";
    String owned =
        "The fund holds 6% of Acme Corp and can demand a vote over the steel deal." + deal;
    String stake = "Bell Capital, which has a stake in Acme Corp, backs the steel deal." + deal;
    String topic = "Shares in Acme Corp fell after it said it would back the steel deal." + deal;

    assertThat(value(owned, "Acme Corp", "steel deal"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(stake, "Acme Corp", "steel deal"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(stake, "Bell Capital", "steel deal")).contains(StanceValue.SUPPORT);
    assertThat(value(topic, "Acme Corp", "steel deal")).contains(StanceValue.SUPPORT);
  }

  @Test
  void votersOrCustomersOfAParty_areNotThePartyButACountrysVotersAre() {
    String levy = " oppose the fuel levy. The fuel levy was debated.";

    assertThat(value("Labour voters" + levy, "Labour", "fuel levy")).isEmpty();
    assertThat(value("Many Acme Corp customers" + levy, "Acme Corp", "fuel levy")).isEmpty();
    assertThat(value("Labour MPs" + levy, "Labour", "fuel levy")).contains(StanceValue.OPPOSE);
    assertThat(value("French voters" + levy, "France", "fuel levy")).contains(StanceValue.OPPOSE);
  }

  @Test
  void aJudgingAdjectiveBeforeANoun_judgesThatNounOnly() {
    String later = " The port tax was debated.";

    assertThat(
            value(
                "\"It must ease the terrible hardship brought by the port tax,\""
                    + " said Peru's minister Jo Reed."
                    + later,
                "Peru",
                "port tax"))
        .isEmpty();
    // after "be" it judges its subject
    assertThat(value("Peru said the port tax was unfair." + later, "Peru", "port tax"))
        .contains(StanceValue.OPPOSE);
  }

  @Test
  void aBodyInAnOpeningPhraseThatDescribesHim_isNotTheHolder() {
    String later = " The port tax was debated.";

    assertThat(
            value(
                "A long-time foe of the Harbour Council, he now says he would use his seat to"
                    + " back the port tax."
                    + later,
                "Harbour Council",
                "port tax"))
        .isEmpty();
    // without a pronoun after its first comma, "A ..." opens the sentence's own subject
    assertThat(
            value(
                "A spokesman for the Harbour Council said he would not comment, but backed the"
                    + " port tax."
                    + later,
                "Harbour Council",
                "port tax"))
        .contains(StanceValue.SUPPORT);
    // a body that opens the sentence is its subject
    assertThat(
            value(
                "The Harbour Council, a long-time foe of the port tax, now backs the port tax."
                    + later,
                "Harbour Council",
                "port tax"))
        .contains(StanceValue.SUPPORT);
  }

  @Test
  void aPartysShareholdersOrInvestors_areNotTheParty() {
    String backed = "Acme Corp backed the steel deal. ";

    assertThat(
            value(
                backed + "A paper listed one Acme Corp shareholder as opposed to a steel deal.",
                "Acme Corp",
                "steel deal"))
        .contains(StanceValue.SUPPORT);
    assertThat(
            value(backed + "Acme Corp investors oppose the steel deal.", "Acme Corp", "steel deal"))
        .contains(StanceValue.SUPPORT);
  }

  @Test
  void colleaguesOrRivalsNamedByAPartysPossessive_areNotTheParty() {
    String levy = " The fuel levy was debated.";
    String marsh = "Union leader John Marsh spoke in May. ";

    assertThat(
            value(
                marsh + "Mr Marsh's colleagues refused to back the fuel levy." + levy,
                "John Marsh",
                "fuel levy"))
        .isEmpty();
    assertThat(value("Acme Corp's rivals oppose the fuel levy." + levy, "Acme Corp", "fuel levy"))
        .isEmpty();
    assertThat(value("Acme Corp's bosses oppose the fuel levy." + levy, "Acme Corp", "fuel levy"))
        .contains(StanceValue.OPPOSE);
    // without the possessive they are the party's own: "Labour critics" are Labour members
    assertThat(value("Labour critics oppose the fuel levy." + levy, "Labour", "fuel levy"))
        .contains(StanceValue.OPPOSE);
    assertThat(
            value(
                marsh + "Mr Marsh refused to back the fuel levy." + levy,
                "John Marsh",
                "fuel levy"))
        .contains(StanceValue.OPPOSE);
  }

  @Test
  void personNamedAfterAPreposition_isNoAntecedentOfHeOrSheUnlessSpokenFor() {
    String reed = "Union leader Jo Reed spoke in Leeds on Monday. ";
    String levy = " The fuel levy was debated.";

    assertThat(
            value(
                reed
                    + "She spoke warmly of Mr Tom Lane, saying he had done well, although she would"
                    + " not back the fuel levy."
                    + levy,
                "Tom Lane",
                "fuel levy"))
        .isEmpty();
    assertThat(
            value(
                reed + "A spokesman for Tom Lane said he will not back the fuel levy." + levy,
                "Tom Lane",
                "fuel levy"))
        .contains(StanceValue.OPPOSE);
  }

  @Test
  void acronymInThePluralBeforeAModal_isAThingPredictedNotTheParty() {
    String levy = " The fuel levy was debated.";

    assertThat(
            value(
                "Acme Holdings warned that ISAs could undermine the fuel levy." + levy,
                "Acme Holdings",
                "fuel levy"))
        .isEmpty();
    assertThat(
            value("Labour said its MPs could oppose the fuel levy." + levy, "Labour", "fuel levy"))
        .contains(StanceValue.OPPOSE);
  }

  @Test
  void passiveWhoseSubjectNamesNoIssue_takesNoSideOnWhatFollowsItsAgent() {
    String levy = " The fuel levy was debated.";

    assertThat(
            value(
                "The move was welcomed by Peru, which described the fuel levy as a relic." + levy,
                "Peru",
                "fuel levy"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(
            value(
                "Farmers are being promised the fuel levy by the Liberal Democrats." + levy,
                "Liberal Democrats",
                "fuel levy"))
        .contains(StanceValue.SUPPORT);
  }

  @Test
  void nounSubjectOfACueThatAModalMakesAVerb_holdsIt() {
    String levy = " The fuel levy was debated.";
    String others = "Acme Corp opened in May, but tenants will now fear the fuel levy." + levy;
    String own = "Acme Corp will fear the fuel levy." + levy;

    assertThat(value(others, "Acme Corp", "fuel levy"))
        .isNotEqualTo(Optional.of(StanceValue.OPPOSE));
    assertThat(value(own, "Acme Corp", "fuel levy")).contains(StanceValue.OPPOSE);
  }

  @Test
  void backAsAParticleOfAnotherVerb_takesNoSide() {
    String bonds = " The steel bonds were sold in May.";

    assertThat(
            value(
                "Acme Corp will spend 5m euros buying back steel bonds." + bonds,
                "Acme Corp",
                "steel bonds"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value("Acme Corp will buy back steel bonds." + bonds, "Acme Corp", "steel bonds"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    // what follows the particle is no cue's object, so no issue either
    assertThat(
            IssueExtractorTest.ranked(
                "Jo Reed said the team would come back, thank heavens, after the break."))
        .extracting(Issue::name)
        .doesNotContain("thank heavens");
    assertThat(value("Acme Corp will back steel bonds." + bonds, "Acme Corp", "steel bonds"))
        .contains(StanceValue.SUPPORT);
  }

  @Test
  void partyInARelativeClauseWithoutCommas_isNotTheSubjectAfterIt() {
    String levy = " The fuel levy was debated.";
    String object = "Three unions which met Labour leader Jo Reed oppose the fuel levy." + levy;
    String subject =
        "The savings which Labour has pledged to spend on the fuel levy are large." + levy;

    assertThat(stance(object, "Labour", "fuel levy")).isEmpty();
    assertThat(value(subject, "Labour", "fuel levy")).contains(StanceValue.SUPPORT);
  }

  @Test
  void capitalisedCueWordInMidSentence_isAName() {
    String levy = " The fuel levy was debated.";

    assertThat(
            value(
                "Acme Corp said data from Endorse covered the fuel levy." + levy,
                "Acme Corp",
                "fuel levy"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(
            value(
                "Acme Corp said: \"Approve the fuel levy now.\"" + levy, "Acme Corp", "fuel levy"))
        .contains(StanceValue.SUPPORT);
  }

  @Test
  void pronounBeforeAVerbAndTo_isTheSubjectOfTheCueAfterThem() {
    String levy = " The fuel levy was debated.";
    String pronoun =
        "The fear among many on the Labour benches is that it could even try to undermine the"
            + " fuel levy."
            + levy;
    String party = "Labour could even try to undermine the fuel levy." + levy;

    assertThat(stance(pronoun, "Labour", "fuel levy")).isEmpty();
    assertThat(value(party, "Labour", "fuel levy")).contains(StanceValue.OPPOSE);
  }

  @Test
  void formerOfficialOfABody_doesNotSpeakForItButAFormerPartyLeaderDoes() {
    String levy = " has called for a fuel levy. The fuel levy was debated.";

    assertThat(stance("A former Cabinet Office minister" + levy, "Cabinet Office", "fuel levy"))
        .isEmpty();
    assertThat(value("A Cabinet Office minister" + levy, "Cabinet Office", "fuel levy"))
        .contains(StanceValue.SUPPORT);
    assertThat(value("Former Labour leader Jo Reed" + levy, "Labour", "fuel levy"))
        .contains(StanceValue.SUPPORT);
  }

  @Test
  void hopefulAsACandidate_takesNoSideButHopeAfterBeDoes() {
    String levy = " The fuel levy was debated.";
    String candidate =
        "Jo Reed of Labour, a leadership hopeful, said the fuel levy would pass." + levy;
    String state = "Labour is cautiously hopeful of the fuel levy." + levy;

    assertThat(value(candidate, "Labour", "fuel levy"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(state, "Labour", "fuel levy")).contains(StanceValue.SUPPORT);
  }

  @Test
  void nounSubjectOfAVerbBeforeTo_holdsTheCueAfterIt() {
    String said = ",\" said Jo Reed of Acme Corp. The fuel levy was debated.";

    assertThat(
            value(
                "\"The banks are beginning to fear the fuel levy" + said, "Acme Corp", "fuel levy"))
        .isNotEqualTo(Optional.of(StanceValue.OPPOSE));
    assertThat(value("\"We are beginning to fear the fuel levy" + said, "Acme Corp", "fuel levy"))
        .contains(StanceValue.OPPOSE);
    assertThat(
            value(
                "Acme Corp saw its new legal bid to block the fuel levy rejected. The fuel levy was"
                    + " debated.",
                "Acme Corp",
                "fuel levy"))
        .contains(StanceValue.OPPOSE);
  }

  @Test
  void commonNounRightBeforeTheCue_isItsSubjectUnlessItActsForTheParty() {
    String noun =
        "After talks with Chile the hospital rejected the tariff plan. The tariff plan starts in"
            + " May.";
    String later = "Chile said most farmers accept the tariff plan. The tariff plan starts in May.";
    String members =
        "Labour saw loyal members reject the tariff plan. The tariff plan starts in May.";

    assertThat(stance(noun, "Chile", "tariff plan")).isEmpty();
    assertThat(value(later, "Chile", "tariff plan")).contains(StanceValue.NEUTRAL);
    assertThat(value(members, "Labour", "tariff plan")).contains(StanceValue.OPPOSE);
  }

  @Test
  void nameAfterAReportingVerb_isTheSpeakerOnlyWhenTheVerbIsInverted() {
    String complement =
        "The minister insisted Chile will face the tariff plan. Peru rejected the tariff plan.";
    String inverted =
        "\"We back the tariff plan,\" said a Heron Holdings spokesman. Peru rejected the tariff"
            + " plan.";

    assertThat(stance(complement, "Chile", "tariff plan")).isEmpty();
    assertThat(value(inverted, "Heron Holdings", "tariff plan")).contains(StanceValue.SUPPORT);
  }

  @Test
  void verbCoordinatedAfterAComma_sharesTheSentencesSubject() {
    String unnamed =
        "The minister met Peru's envoy on Monday, and rejected the tariff plan. Chile backs the"
            + " tariff plan.";
    String named =
        "Chile met Peru on Monday, and rejected the tariff plan. Bolivia backs the tariff plan.";

    assertThat(stance(unnamed, "Peru", "tariff plan")).isEmpty();
    assertThat(value(named, "Chile", "tariff plan")).contains(StanceValue.OPPOSE);
    assertThat(stance(named, "Peru", "tariff plan")).isEmpty();
  }

  @Test
  void clauseWithoutAnIssue_leavesAnotherClausesIssueAloneUnlessItPointsBack() {
    String praised =
        "Chile welcomed the progress of the talks but stressed that the obstacle is Peru's demand for "
            + "fishing rights. Fishing rights divide the region.";
    String pointsBack =
        "Peru has been pushing for fishing rights, but Chile has rejected this demand. "
            + "Fishing rights divide the region.";

    assertThat(stance(praised, "Chile", "fishing rights")).isEmpty();
    assertThat(value(praised, "Peru", "fishing rights")).contains(StanceValue.SUPPORT);
    assertThat(value(pointsBack, "Chile", "fishing rights")).contains(StanceValue.OPPOSE);
  }

  @Test
  void partiesNamedAfterAnAuthoringParticiple_areTheProposalsAuthors() {
    String text =
        "The fishing plan, drawn up by Norwegian and Danish officials, was rejected by Sweden. "
            + "The fishing plan expires in May.";

    assertThat(stance(text, "Norway", "fishing plan").map(Stance::cue)).contains("proposes");
    assertThat(value(text, "Denmark", "fishing plan")).contains(StanceValue.SUPPORT);
    assertThat(value(text, "Sweden", "fishing plan")).contains(StanceValue.OPPOSE);
  }

  @Test
  void demonstrativeProposal_pointsBackToTheOneNamedBefore() {
    String text =
        "Peru put forward a fishing plan in March. A counter-proposal from Chile and Bolivia "
            + "followed in April. Argentina dismissed this plan as unworkable. "
            + "The fishing plan expires in May.";

    assertThat(value(text, "Argentina", "counter-proposal")).contains(StanceValue.OPPOSE);
    assertThat(stance(text, "Argentina", "fishing plan")).isEmpty();
    assertThat(value(text, "Chile", "counter-proposal")).contains(StanceValue.SUPPORT);
  }

  @Test
  void issueBeforeTheCue_isItsSubjectNotItsTarget() {
    String text =
        "A counter-proposal from Chile and Bolivia rejected the fishing quota. "
            + "The counter-proposal and the fishing quota go to a vote.";

    assertThat(value(text, "Chile", "counter-proposal")).contains(StanceValue.SUPPORT);
    assertThat(value(text, "Chile", "fishing quota")).contains(StanceValue.OPPOSE);
  }

  @Test
  void partyInAHyphenatedModifier_leadsOrBacksTheIssue() {
    String text =
        "Talks on the Chile-backed fishing plan resumed on Monday. Peru rejected the fishing "
            + "plan, and Chile said it would not give up Peruvian-held islands.";
    Analysis a = analyse(text);

    // the issue keeps its modifier in its name ("chile-backed fishing plan")
    assertThat(a.parties())
        .filteredOn(p -> p.name().equals("Chile"))
        .flatExtracting(Party::stances)
        .filteredOn(st -> st.issue().endsWith("fishing plan"))
        .singleElement()
        .satisfies(
            st -> {
              assertThat(st.stance()).isEqualTo(StanceValue.SUPPORT);
              assertThat(st.cue()).isEqualTo("backed");
            });
  }

  @Test
  void passiveCue_actsForEveryAgentCoordinatedAfterBy() {
    String text =
        "The fishing quota was challenged by Chile and Bolivia on Monday. "
            + "The fishing quota ends in May.";

    assertThat(value(text, "Chile", "fishing quota")).contains(StanceValue.OPPOSE);
    assertThat(value(text, "Bolivia", "fishing quota")).contains(StanceValue.OPPOSE);
  }

  @Test
  void condition_marksTheStanceConditionalAndTakesNoSideItself() {
    String unless =
        "Labour will vote against the housing bill unless ministers scrap the tax rise. "
            + "The housing bill and the tax rise go to a vote.";
    String opening =
        "If the Conservatives support the housing bill, Labour will back the housing bill too. "
            + "The housing bill goes to a vote.";
    String question =
        "Labour asked if ministers would back the housing bill. The housing bill goes to a vote.";

    Stance against = stance(unless, "Labour", "housing bill").orElseThrow();
    assertThat(against.stance()).isEqualTo(StanceValue.OPPOSE);
    assertThat(against.conditional()).isTrue();
    assertThat(against.confidence()).isLessThan(0.65);
    assertThat(stance(unless, "Labour", "tax rise")).isEmpty();
    assertThat(stance(opening, "Conservatives", "housing bill")).isEmpty();
    assertThat(stance(opening, "Labour", "housing bill").map(Stance::conditional)).contains(true);
    assertThat(stance(question, "Labour", "housing bill").map(Stance::conditional)).contains(false);
    // an auxiliary before its subject opens a condition too
    String inverted =
        "Labour would have lost the vote had it rejected the housing bill. The housing bill goes"
            + " to a vote.";
    assertThat(value(inverted, "Labour", "housing bill"))
        .isNotEqualTo(Optional.of(StanceValue.OPPOSE));
  }

  @Test
  void nameFollowedByACue_actsRatherThanQualifies() {
    String seeking =
        "The deal remains disputed, with Chile seeking fishing quotas. "
            + "Fishing quotas matter most.";
    String adverb =
        "Labour said the Conservatives were dragging Britain back and planning sharp spending cuts. "
            + "Sharp spending cuts would hurt schools.";

    assertThat(value(seeking, "Chile", "fishing quotas")).contains(StanceValue.SUPPORT);
    Analysis a = analyse(adverb);
    assertThat(a.parties())
        .filteredOn(p -> p.name().equals("United Kingdom"))
        .allSatisfy(p -> assertThat(p.stances()).isEmpty());
  }

  @Test
  void reportedJudgementOfTheIssue_takesTheSideTheReportDoesNot() {
    String offer = "Labour said the pay offer was wholly unacceptable. The pay offer expires soon.";
    String lifting =
        "The Conservatives said lifting the trade embargo would be irresponsible. "
            + "The trade embargo stays for now.";

    Stance labour = stance(offer, "Labour", "pay offer").orElseThrow();
    assertThat(labour.stance()).isEqualTo(StanceValue.OPPOSE);
    assertThat(labour.cue()).isEqualTo("unacceptable");
    assertThat(value(lifting, "Conservatives", "trade embargo")).contains(StanceValue.SUPPORT);
  }

  @Test
  void theKindNoun_refersToThatKindsOrganisationNamedLastBeforeIt() {
    String union =
        "The Rail Workers Union called a strike over pay. The union rejected the pay offer on "
            + "Monday. Managers said the pay offer was fair.";
    String company =
        "Rival bidder Vodafone Group made an offer last year. The company rejected the merger "
            + "offer from Telia Holdings on Monday. The merger offer lapses in May.";

    assertThat(value(union, "Rail Workers Union", "pay offer")).contains(StanceValue.OPPOSE);
    // Telia Holdings is named after "the company": it is the bidder, not the one rejecting
    assertThat(value(company, "Vodafone Group", "merger offer")).contains(StanceValue.OPPOSE);
    assertThat(value(company, "Telia Holdings", "merger offer")).contains(StanceValue.SUPPORT);
  }

  @Test
  void coordinatedCountriesAct_butACountryOpeningAnOrganisationsNameDoesNot() {
    String joined = "Norway and France back the fishing bill. The fishing bill was debated.";
    String named =
        "The Norwegian Fishing Association backs the fishing bill. The fishing bill was debated.";
    String ministry =
        "The Norwegian Fisheries Ministry backs the fishing bill. The fishing bill was debated.";

    assertThat(value(joined, "France", "fishing bill")).contains(StanceValue.SUPPORT);
    assertThat(value(joined, "Norway", "fishing bill")).contains(StanceValue.SUPPORT);
    assertThat(value(named, "Norwegian Fishing Association", "fishing bill"))
        .contains(StanceValue.SUPPORT);
    assertThat(value(named, "Norway", "fishing bill")).isEmpty();
    assertThat(value(ministry, "Norway", "fishing bill")).contains(StanceValue.SUPPORT);
  }

  @Test
  void bothKindNoun_isTheLastTwoOfThatKindActingTogether() {
    String text =
        "The Rail Workers Union and the Bus Drivers Union met on Monday. Both unions rejected the "
            + "pay offer. The pay offer stands.";

    Stance rail = stance(text, "Rail Workers Union", "pay offer").orElseThrow();
    assertThat(rail.stance()).isEqualTo(StanceValue.OPPOSE);
    assertThat(rail.with()).containsExactly("Bus Drivers Union");
    assertThat(value(text, "Bus Drivers Union", "pay offer")).contains(StanceValue.OPPOSE);
  }

  @Test
  void bothUnions_includesAnOrganisationOfUnknownKindAndRumoursAreNoIssue() {
    String text =
        "Unitas and the Port and General Staff Union may merge. A Unitas spokesman said "
            + "talks were early. The merger would create a giant. Both unions have stayed "
            + "tight-lipped over the merger rumours.";

    Analysis a = analyse(text);
    assertThat(a.parties())
        .filteredOn(p -> p.name().equals("Unitas"))
        .singleElement()
        .satisfies(p -> assertThat(p.kind()).isEqualTo(PartyKind.UNION));
    assertThat(value(text, "Unitas", "merger")).contains(StanceValue.NEUTRAL);
    assertThat(value(text, "Port and General Staff Union", "merger")).contains(StanceValue.NEUTRAL);
  }

  @Test
  void promise_isSupport() {
    String text =
        "The Conservatives have promised a council tax cut for pensioners. Labour said the "
            + "council tax cut was unaffordable.";

    Stance tories = stance(text, "Conservatives", "council tax cut").orElseThrow();
    assertThat(tories.stance()).isEqualTo(StanceValue.SUPPORT);
    assertThat(tories.cue()).isEqualTo("promised");
  }

  @Test
  void backingAnotherPartysActionAgainstAnIssue_opposesTheIssue() {
    String text =
        "The Harbour Residents Group went to court against the runway expansion in March. "
            + "Their action against the expansion is backed by Greenpeace and the Green Party.";

    assertThat(value(text, "Harbour Residents Group", "runway expansion"))
        .contains(StanceValue.OPPOSE);
    assertThat(value(text, "Greenpeace", "runway expansion")).contains(StanceValue.OPPOSE);
    assertThat(value(text, "Green Party", "runway expansion")).contains(StanceValue.OPPOSE);
  }

  @Test
  void backingTheActOfThePartyNamedBefore_takesThatPartysSide() {
    String text =
        "Riverside Tenants Association appealed against the eviction actions on Monday. "
            + "Their action is supported by the Green Party.";

    assertThat(value(text, "Green Party", "eviction actions")).contains(StanceValue.OPPOSE);
  }

  @Test
  void passiveCueWithAnAgentThatIsNoParty_isNotTheSubjectsStance() {
    String text =
        "Kenya accepted the loan offer, which was criticised by aid charities as too small for"
            + " the debt burden.";

    assertThat(value(text, "Kenya", "loan offer")).contains(StanceValue.SUPPORT);
    Analysis a = analyse(text);
    assertThat(a.parties().stream().flatMap(p -> p.stances().stream()))
        .noneMatch(st -> st.stance() == StanceValue.OPPOSE);
  }

  @Test
  void feelingCauseAfterBy_isWhatTheHolderOpposes() {
    String text = "The Federation of Corner Shops said it was worried by the parking fee rise.";

    assertThat(value(text, "Federation of Corner Shops", "parking fee rise"))
        .contains(StanceValue.OPPOSE);
  }

  @Test
  void reportedPrediction_takesTheSideItsVerbTakesNotTheReportingCues() {
    String text =
        "Hungary demands border concessions from Serbia. "
            + "Serbia insists that border concessions would only invite future attacks. "
            + "Austria said that the border concessions could undermine regional peace. "
            + "Croatia promised that border concessions will be honoured.";

    assertThat(value(text, "Hungary", "border concessions")).contains(StanceValue.SUPPORT);
    // insisting on a prediction that judges nothing backs nothing: no cell, or a report
    assertThat(value(text, "Serbia", "border concessions"))
        .isIn(Optional.empty(), Optional.of(StanceValue.NEUTRAL));
    assertThat(value(text, "Austria", "border concessions")).contains(StanceValue.OPPOSE);
    // a promise commits its holder to what will happen
    assertThat(value(text, "Croatia", "border concessions")).contains(StanceValue.SUPPORT);
    // "expected to" forecasts like a modal; a plain "were to" does not
    String forecast = "Norway warned that catches were %s fall under the fishing quota. The quota";
    assertThat(value(forecast.formatted("expected to") + " was set.", "Norway", "fishing quota"))
        .isEmpty();
    assertThat(value(forecast.formatted("to") + " was set.", "Norway", "fishing quota"))
        .contains(StanceValue.OPPOSE);
  }

  @Test
  void commaListAfterFromOrBy_coordinatesEveryParty() {
    String text =
        "A rescue plan from Spain, Portugal, and Italy was discussed on Monday. "
            + "The rescue plan was rejected by Germany, Austria and Finland.";

    for (String author : List.of("Spain", "Portugal", "Italy")) {
      assertThat(value(text, author, "rescue plan")).as(author).contains(StanceValue.SUPPORT);
    }
    for (String critic : List.of("Germany", "Austria", "Finland")) {
      assertThat(value(text, critic, "rescue plan")).as(critic).contains(StanceValue.OPPOSE);
    }
  }

  @Test
  void issuesAPartysNeedsInclude_areOnesItSupports() {
    String text =
        "The draft treaty addresses Chile's main concerns, including water rights and fishing"
            + " quotas. Peru signed the draft treaty.";

    assertThat(stance(text, "Chile", "water rights").orElseThrow().cue()).isEqualTo("concerns");
    assertThat(value(text, "Chile", "water rights")).contains(StanceValue.SUPPORT);
    assertThat(value(text, "Chile", "fishing quotas")).contains(StanceValue.SUPPORT);
    assertThat(value(text, "Peru", "water rights")).isEmpty();
  }

  @Test
  void partyAfterAParticiple_isItsObjectNotTheCuesHolder() {
    String text =
        "Minister Tom Reyes defended the pension regulations. The unions meeting Mr Reyes want"
            + " the government to withdraw the pension regulations.";

    Stance reyes = stance(text, "Tom Reyes", "pension regulations").orElseThrow();
    assertThat(reyes.stance()).isEqualTo(StanceValue.SUPPORT);
    assertThat(reyes.evidence()).containsExactly(0);
  }

  @Test
  void partyDirectedToAct_leavesTheSideToWhoDirectsIt() {
    String text =
        "Norway persuaded Finland to support the fuel tax. Sweden called on Denmark to reject the"
            + " fuel tax. MPs asked Iceland to back the fuel tax.";

    assertThat(value(text, "Norway", "fuel tax")).contains(StanceValue.SUPPORT);
    assertThat(value(text, "Finland", "fuel tax")).isEmpty();
    assertThat(value(text, "Sweden", "fuel tax")).contains(StanceValue.OPPOSE);
    assertThat(value(text, "Denmark", "fuel tax")).isEmpty();
    // asked by nobody the article makes a party: nobody's stance
    assertThat(value(text, "Iceland", "fuel tax")).isEmpty();
  }

  @Test
  void partyDirectedToAct_throughItsPeopleOrUnderATitle_takesNoSide() {
    String officials =
        "Norway asked Finnish officials to approve the fuel tax. The fuel tax rose again.";
    String titled =
        "Norway has been pressing Finnish President Aino Virta to accept the fuel tax. The fuel"
            + " tax rose again.";
    String own =
        "Finnish President Aino Virta agreed to accept the fuel tax. The fuel tax rose again.";

    assertThat(value(officials, "Norway", "fuel tax")).contains(StanceValue.SUPPORT);
    assertThat(value(officials, "Finland", "fuel tax")).isEmpty();
    assertThat(value(titled, "Norway", "fuel tax")).contains(StanceValue.SUPPORT);
    assertThat(value(titled, "Finland", "fuel tax")).isEmpty();
    assertThat(value(own, "Finland", "fuel tax")).contains(StanceValue.SUPPORT);
  }

  @Test
  void regretAndDelight_takeSides() {
    String text =
        "Norway said it regretted the fishing quota. The fishing quota starts in May. Iceland said"
            + " it was delighted with the fishing quota.";

    assertThat(stance(text, "Norway", "fishing quota").map(Stance::cue)).contains("regretted");
    assertThat(value(text, "Norway", "fishing quota")).contains(StanceValue.OPPOSE);
    assertThat(value(text, "Iceland", "fishing quota")).contains(StanceValue.SUPPORT);
  }

  @Test
  void callingSomethingANameCallsForNothing() {
    String text =
        "Norway called the fishing quota dangerous. Denmark called the fishing quota a test case."
            + " Iceland called for the fishing quota. Sweden called off the fishing quota.";

    assertThat(value(text, "Norway", "fishing quota")).contains(StanceValue.OPPOSE);
    assertThat(value(text, "Denmark", "fishing quota")).isEmpty();
    assertThat(value(text, "Iceland", "fishing quota")).contains(StanceValue.SUPPORT);
    assertThat(value(text, "Sweden", "fishing quota")).contains(StanceValue.OPPOSE);
  }

  @Test
  void aPartyRightBeforeTheProposal_isItsAuthor() {
    String named = "Iceland attacked the Norway plan. The Norway plan expires in May.";
    String opening =
        "Norway plans to cut the fishing quota were attacked by Iceland. Sweden said the plans"
            + " were unfair.";
    String verb = "Sweden dismissed this plan. The plan expires in May.";

    assertThat(stance(named, "Norway", "plan").map(Stance::cue)).contains("proposes");
    assertThat(stance(opening, "Norway", "plans to cut the fishing quota").map(Stance::cue))
        .contains("proposes");
    assertThat(stance(verb, "Sweden", "plan").map(Stance::cue))
        .isNotEqualTo(Optional.of("proposes"));
  }

  @Test
  void aCountrysSuperlative_ranksTheProposalWithoutAuthoringIt() {
    String record = "Norway's biggest-ever rescue plan was rejected by Sweden. It expires in May.";
    String latest = "Norway's latest fishing plan was rejected by Sweden. The plan expires in May.";
    String firm = "Kestrel Bank's largest fishing plan was rejected by Sweden. It expires in May.";

    assertThat(stance(record, "Norway", "rescue plan")).isEmpty();
    assertThat(value(record, "Sweden", "rescue plan")).contains(StanceValue.OPPOSE);
    assertThat(stance(latest, "Norway", "fishing plan").map(Stance::cue)).contains("proposes");
    assertThat(stance(firm, "Kestrel Bank", "fishing plan").map(Stance::cue)).contains("proposes");
  }

  @Test
  void accordingToASource_thatReportsANamedSubject_takesNoSide() {
    String reports =
        "According to Norway, Sweden had rejected the fishing treaty. Denmark backed the fishing"
            + " treaty.";
    String speaks =
        "According to Norway, the fishing treaty is unfair. Denmark backed the fishing treaty.";

    assertThat(stance(reports, "Norway", "fishing treaty")).isEmpty();
    assertThat(value(reports, "Sweden", "fishing treaty")).contains(StanceValue.OPPOSE);
    assertThat(value(speaks, "Norway", "fishing treaty")).contains(StanceValue.OPPOSE);
  }

  @Test
  void anAccusationOfBeingOrHaving_chargesTheAccusedAndTakesNoSide() {
    String being = "The Greens accused Mr Lane of being afraid of the water levy. It rose.";
    String later =
        "Labour's Ms Reed, who says she is standing by her remarks, had accused the Harbour Trust"
            + " of being like a cartel over the water levy. The water levy rose.";
    String doing = "The Greens accused Kestrel Water of raising the water levy. It rose.";

    assertThat(stance(being, "Green Party", "water levy")).isEmpty();
    assertThat(stance(later, "Labour", "water levy")).isEmpty();
    assertThat(value(doing, "Green Party", "water levy")).contains(StanceValue.OPPOSE);
  }

  @Test
  void aPartyThatSaysSomethingOfPlans_isNotTheirAuthor() {
    String says = "The Greens say fishing plans should wait. Norway backed the fishing plans.";
    String names = "The Greens fishing plans should wait. Norway backed the fishing plans.";

    assertThat(stance(says, "Green Party", "fishing plans")).isEmpty();
    assertThat(stance(names, "Green Party", "fishing plans").map(Stance::cue)).contains("proposes");
  }

  @Test
  void aPledgeNotToActOnAThing_isAgainstIt() {
    String verb = "Labour pledged not to increase fuel duty. Norway backed fuel duty.";
    String noun = "Labour's pledge in May not to raise fuel duty was welcomed. It rose.";
    String pledged = "Labour pledged to increase fuel duty. Norway backed fuel duty.";

    assertThat(value(verb, "Labour", "fuel duty")).contains(StanceValue.OPPOSE);
    assertThat(value(noun, "Labour", "fuel duty")).contains(StanceValue.OPPOSE);
    assertThat(value(pledged, "Labour", "fuel duty")).contains(StanceValue.SUPPORT);
  }

  @Test
  void anAcronymThatIsNoParty_subjectOfAQuotedCue_isNotTheSpeaker() {
    String body =
        "\"Growth is strong and the KPC may become concerned about inflation trends,\" said Jo"
            + " Reed of Kestrel Securities. Inflation trends worry many.";
    String own =
        "\"Growth is strong and we may become concerned about inflation trends,\" said Jo Reed"
            + " of Kestrel Securities. Inflation trends worry many.";

    assertThat(value(body, "Kestrel Securities", "inflation trends"))
        .isNotEqualTo(Optional.of(StanceValue.OPPOSE));
    assertThat(value(own, "Kestrel Securities", "inflation trends")).contains(StanceValue.OPPOSE);
    String named =
        "The Kestrel Pensions Council (KPC) met on Monday. \"But KPC fully supports the water"
            + " levy,\" said Jo Reed, its chairman. The water levy rose.";
    assertThat(value(named, "Kestrel Pensions Council", "water levy"))
        .contains(StanceValue.SUPPORT);
  }

  @Test
  void othersUnnamedOpeningAReportedClause_holdItsCue() {
    String ofThem = "Some of them oppose the water levy, Kestrel Bank said. The water levy rose.";
    String many = "Many oppose the water levy, Kestrel Bank said. The water levy rose.";
    String ofUs = "Some of us oppose the water levy, Kestrel Bank said. The water levy rose.";

    assertThat(value(ofThem, "Kestrel Bank", "water levy")).contains(StanceValue.NEUTRAL);
    assertThat(value(many, "Kestrel Bank", "water levy")).contains(StanceValue.NEUTRAL);
    assertThat(value(ofUs, "Kestrel Bank", "water levy")).contains(StanceValue.OPPOSE);
  }

  @Test
  void aPartyThatSomethingBefalls_doesNotActInIt() {
    String befalls = "The collapse of Norway forced Sweden to back the fishing quota. It rose.";
    String ownAct = "The collapse of Norway led to cuts, and Norway backed the fishing quota.";
    String actsFor = "The government of Norway forced Sweden to back the fishing quota. It rose.";

    String pronoun = "The collapse of Norway forced it to back the fishing quota. It rose.";
    assertThat(stance(befalls, "Norway", "fishing quota")).isEmpty();
    assertThat(stance(pronoun, "Norway", "fishing quota")).isEmpty();
    assertThat(value(ownAct, "Norway", "fishing quota")).contains(StanceValue.SUPPORT);
    assertThat(value(actsFor, "Norway", "fishing quota")).contains(StanceValue.SUPPORT);
  }

  @Test
  void aCueOnANameThatIsNoParty_takesNoSideOnTheSentencesIssue() {
    String named =
        "Kestrel Holdings will sell a video recorder inside a cable box to challenge Harbour Plus."
            + " The cable box costs more. Critics attacked the cable box.";

    assertThat(stance(named, "Kestrel Holdings", "cable box")).isEmpty();
  }

  @Test
  void whatDescribesTheHolderInAnApposition_isNoObjectOfItsCue() {
    String apposition =
        "Kestrel Holdings, a leading maker of fishing nets, warned that some of its business would"
            + " be sold. Norway backed fishing nets. Sweden opposed fishing nets.";
    String named =
        "Kestrel Holdings, which makes fishing nets, said the fishing nets were unsafe. Norway"
            + " backed fishing nets.";

    assertThat(stance(apposition, "Kestrel Holdings", "fishing nets")).isEmpty();
    assertThat(stance(named, "Kestrel Holdings", "fishing nets")).isPresent();
  }

  @Test
  void aDemandForAPartyToAct_namesADeedNotTheSentencesIssue() {
    String deed =
        "The fishing pact was signed in Oslo despite a Danish demand for Norway to free the"
            + " trawlers. Sweden backed the fishing pact.";
    String plain =
        "The fishing pact was signed in Oslo despite a Danish demand for a better fishing pact."
            + " Sweden backed the fishing pact.";

    assertThat(stance(deed, "Denmark", "fishing pact")).isEmpty();
    assertThat(stance(plain, "Denmark", "fishing pact")).isPresent();
  }

  @Test
  void aPartyThatSpeaksOfTheProposal_isNotItsAuthor() {
    String text = "Labour proposed the plan. The Liberal Democrats oppose the plan.";

    assertThat(value(text, "Liberal Democrats", "plan")).contains(StanceValue.OPPOSE);
  }

  @Test
  void aSpeakerInAnotherClause_doesNotHoldTheCue() {
    String text =
        "Unions oppose the plans but Norway said savings had already been made. The plans were"
            + " announced on Monday.";

    assertThat(value(text, "Norway", "plans")).isNotEqualTo(Optional.of(StanceValue.OPPOSE));
  }

  @Test
  void aProposalThatMayServeAsABasis_isWelcomed() {
    String text =
        "Norway said that the fishing plan could serve as a basis for talks. Sweden said that the"
            + " fishing plan could not serve as a starting point. Iceland drafted the fishing plan.";

    assertThat(value(text, "Norway", "fishing plan")).contains(StanceValue.SUPPORT);
    assertThat(value(text, "Sweden", "fishing plan")).contains(StanceValue.OPPOSE);
  }

  @Test
  void theBodyThatMadeARuling_supportsIt() {
    String possessive =
        "The Dairy Authority's ruling gave the name to one region. Norway said it would"
            + " challenge the ruling.";
    String indefinite =
        "Norway is challenging a Dairy Authority ruling on the name. The ruling takes effect in"
            + " May.";

    assertThat(value(possessive, "Dairy Authority", "ruling")).contains(StanceValue.SUPPORT);
    assertThat(value(possessive, "Norway", "ruling")).contains(StanceValue.OPPOSE);
    assertThat(value(indefinite, "Dairy Authority", "ruling on the name"))
        .contains(StanceValue.SUPPORT);
  }

  @Test
  void cueWordsInTheirOtherForms_takeTheirSide() {
    String welcoming =
        "Welcoming the rent cap, Jane Roe, head of the Tenants Union, said it was overdue. The"
            + " rent cap starts in May.";
    String denounced =
        "The Landlords Association denounced the rent cap. The rent cap starts soon.";

    assertThat(value(welcoming, "Tenants Union", "rent cap")).contains(StanceValue.SUPPORT);
    assertThat(value(denounced, "Landlords Association", "rent cap")).contains(StanceValue.OPPOSE);
  }

  @Test
  void backAsAnAdverb_backsNothing() {
    String adverb =
        "Norway said Sweden was taking the region back and planning a fishing plan. Iceland"
            + " backs the fishing plan.";
    String verb = "Norway would back the fishing plan. Sweden opposes the fishing plan.";

    assertThat(value(adverb, "Norway", "fishing plan"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(verb, "Norway", "fishing plan")).contains(StanceValue.SUPPORT);
  }

  @Test
  void backBeforeANounOrUnderOrAfterPush_andPushingBack_backNothing() {
    String taxes = "Norway owed $2bn in back taxes on the fishing plan. Iceland backs the plan.";
    String under = "Norway brought the fleet back under the fishing plan. Iceland backs the plan.";
    String pushed = "Norway pushed back the fishing plan by a year. Iceland backs the plan.";

    assertThat(value(taxes, "Norway", "fishing plan"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(under, "Norway", "fishing plan"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(pushed, "Norway", "fishing plan"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
  }

  @Test
  void committingADeed_takesNoSideButACommitmentToSomethingDoes() {
    String deed = "Norway admitted it had committed errors in the fishing plan. Iceland backs it.";
    String pledge = "Norway is committed to the fishing plan. Iceland backs the fishing plan.";
    String himself = "Norway will not commit itself to the fishing plan. Iceland backs it.";

    assertThat(value(deed, "Norway", "fishing plan")).isEmpty();
    assertThat(value(pledge, "Norway", "fishing plan")).contains(StanceValue.SUPPORT);
    assertThat(value(himself, "Norway", "fishing plan")).contains(StanceValue.OPPOSE);
  }

  @Test
  void aCueInADirectOrIndirectQuestion_takesNoSide() {
    String ballot =
        "Voters will be asked: \"Should the Norwegian government approve the fishing plan?\" "
            + "Iceland backs the fishing plan.";
    String how =
        "\"Why does the Norwegian government want the fishing plan?\" Iceland asked. "
            + "Iceland backs the fishing plan.";
    String indirect =
        "Norway declined to say whether its minister backed the fishing plan. Iceland backs the"
            + " fishing plan.";
    String reported =
        "Norway said a judge would rule on whether to block the fishing plan. Iceland backs the"
            + " fishing plan.";
    String owned =
        "Norway said it asked whether Sweden would match Iceland's promise to fund the fishing"
            + " plan.";
    String askVoters =
        "Norway wants voters to say whether they back the fishing plan. Iceland backs the fishing"
            + " plan.";
    String vote =
        "Norway backs a vote on whether to adopt the fishing plan. Iceland backs the fishing plan.";
    String doubt = "Norway questioned whether the fishing plan would work. Iceland backs it.";
    String after = "Norway backs the fishing plan, but will Sweden follow? Iceland backs it.";
    String colon = "Norway rejects the fishing plan: who will pay for it? Iceland backs it.";
    String quoted = "Norway rejects the fishing plan, asking 'who will pay?' Iceland backs it.";

    assertThat(value(ballot, "Norway", "fishing plan")).isEmpty();
    assertThat(value(how, "Norway", "fishing plan")).isEmpty();
    assertThat(stance(indirect, "Norway", "fishing plan")).isEmpty();
    assertThat(value(reported, "Norway", "fishing plan")).contains(StanceValue.NEUTRAL);
    assertThat(value(owned, "Iceland", "fishing plan")).contains(StanceValue.SUPPORT);
    assertThat(stance(askVoters, "Norway", "fishing plan")).isEmpty();
    assertThat(stance(vote, "Norway", "fishing plan")).isEmpty();
    assertThat(value(doubt, "Norway", "fishing plan")).contains(StanceValue.OPPOSE);
    assertThat(value(after, "Norway", "fishing plan")).contains(StanceValue.SUPPORT);
    assertThat(value(colon, "Norway", "fishing plan")).contains(StanceValue.OPPOSE);
    assertThat(value(quoted, "Norway", "fishing plan")).contains(StanceValue.OPPOSE);
  }

  @Test
  void againstACurrencyOrARivalAfterAReport_takesNoSide() {
    String currency =
        "The krona was strong against the dollar as the fishing plan began. Iceland backs the"
            + " fishing plan.";
    String reported =
        "Norway said the rise of the krona against the US dollar hurt the fishing plan. Iceland"
            + " backs the fishing plan.";
    String rival =
        "Norway said its team played well against a strong side before the fishing plan began."
            + " Iceland backs the fishing plan.";

    assertThat(value(currency, "Norway", "fishing plan")).isEmpty();
    assertThat(value(reported, "Norway", "fishing plan")).contains(StanceValue.NEUTRAL);
    assertThat(value(rival, "Norway", "fishing plan")).contains(StanceValue.NEUTRAL);
  }

  @Test
  void againstARivalInAContestOrEvidenceForAndAgainst_takesNoSide() {
    String game =
        "Norway said it was a hard game against the best fishing fleets. Iceland backs the best"
            + " fishing fleets.";
    String both =
        "Norway heard evidence for and against the fishing plan. Iceland backs the fishing plan.";
    String voted = "Norway voted against the fishing plan. Iceland backs the fishing plan.";

    assertThat(value(game, "Norway", "best fishing fleets"))
        .isNotEqualTo(Optional.of(StanceValue.OPPOSE));
    assertThat(stance(both, "Norway", "fishing plan")).isEmpty();
    assertThat(value(voted, "Norway", "fishing plan")).contains(StanceValue.OPPOSE);
  }

  @Test
  void aJudgingAdjectiveBeforeANoun_judgesOnlyInsideAQuote() {
    String narrative =
        "Norway's figures come from unfair dismissal cases. Iceland backs unfair dismissal cases.";
    String quoted =
        "Norway said: \"It is an unfair fishing plan.\" Iceland backs the unfair fishing plan.";

    assertThat(value(narrative, "Norway", "dismissal cases"))
        .isNotEqualTo(Optional.of(StanceValue.OPPOSE));
    assertThat(value(quoted, "Norway", "fishing plan")).contains(StanceValue.OPPOSE);
  }

  @Test
  void realOrWon_isACurrencyOnlyAfterItsCountry() {
    String word = "Norway voted against a real fishing plan. Iceland backs the fishing plan.";
    String real =
        "The Brazilian real fell against the dollar as the fishing plan began. Iceland backs the"
            + " fishing plan.";
    String won =
        "Norway saw the dollar rise against the South Korean won before the fishing plan."
            + " Iceland backs the fishing plan.";

    assertThat(value(word, "Norway", "fishing plan")).contains(StanceValue.OPPOSE);
    assertThat(value(real, "Norway", "fishing plan")).isEmpty();
    assertThat(value(won, "Norway", "fishing plan")).isEmpty();
  }

  @Test
  void agreeingWithAStatement_reportsItButAgreeingToAThingSupportsIt() {
    String statement =
        "Norway agreed that the fishing plan was slightly better than expected. Iceland backs the"
            + " fishing plan.";
    String noThat =
        "Norway agreed the fishing plan would start more slowly. Iceland backs the fishing plan.";
    String thing = "Norway agreed the fishing plan. Iceland backs the fishing plan.";

    assertThat(value(statement, "Norway", "fishing plan")).contains(StanceValue.NEUTRAL);
    assertThat(value(noThat, "Norway", "fishing plan"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(thing, "Norway", "fishing plan")).contains(StanceValue.SUPPORT);
  }

  @Test
  void denyingAStatementOrADeed_takesNoSideButDenyingAThingOpposesIt() {
    String statement =
        "Norway denied the fishing plan would raise costs. Iceland backs the fishing plan.";
    String pronoun =
        "Norway denied it was planning to drop the fishing plan. Iceland backs the fishing plan.";
    String thing = "Norway denied the fishing plan. Iceland backs the fishing plan.";
    String deed = "Norway denies breaking the fishing plan. Iceland backs the fishing plan.";
    String past = "Norway denied having signed the fishing plan. Iceland backs the fishing plan.";

    assertThat(value(statement, "Norway", "fishing plan")).isEmpty();
    assertThat(value(pronoun, "Norway", "fishing plan")).isEmpty();
    assertThat(value(thing, "Norway", "fishing plan")).contains(StanceValue.OPPOSE);
    assertThat(value(deed, "Norway", "fishing plan")).isEmpty();
    assertThat(value(past, "Norway", "fishing plan")).isEmpty();
  }

  @Test
  void heOrSheBeforeTheCue_isAPersonNotTheBodyNamedBetween() {
    String text =
        "Labour minister Jo Reed spoke at the Acme Society, where she also praised the fishing"
            + " plan. Iceland backs the fishing plan.";

    assertThat(stance(text, "Acme Society", "fishing plan")).isEmpty();
    assertThat(value(text, "Labour", "fishing plan")).contains(StanceValue.SUPPORT);
  }

  @Test
  void aQuestionAsANounOrASurveysQuestioned_takesNoSide() {
    String noun =
        "Norway said the big question is whether the fishing plan will pass. Iceland backs the"
            + " fishing plan.";
    String survey =
        "Norway said 40% of those questioned use the fishing plan. Iceland backs the fishing plan.";
    String verb = "Norway questioned the fishing plan. Iceland backs the fishing plan.";

    assertThat(value(noun, "Norway", "fishing plan")).contains(StanceValue.NEUTRAL);
    assertThat(value(survey, "Norway", "fishing plan")).contains(StanceValue.NEUTRAL);
    assertThat(value(verb, "Norway", "fishing plan")).contains(StanceValue.OPPOSE);
  }

  @Test
  void commonNounSubjectInsideAQuote_holdsItsCueNotTheSpeaker() {
    String text =
        "Labour MP Jo Reed said: \"While fishermen would welcome the fishing plan, it costs too"
            + " much.\" Iceland backs the fishing plan.";
    String own = "Labour MP Jo Reed said: \"We would welcome the fishing plan.\" Iceland backs it.";

    assertThat(value(text, "Labour", "fishing plan"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(own, "Labour", "fishing plan")).contains(StanceValue.SUPPORT);
  }

  @Test
  void peopleCountedOutInsideAQuote_areOthersNotTheSpeaker() {
    String quote = "\"I know %s are concerned about the fishing plan,\" said Labour MP Jo Reed.";
    String after = " Iceland backs the fishing plan.";

    assertThat(value(quote.formatted("many people") + after, "Labour", "fishing plan"))
        .contains(StanceValue.NEUTRAL);
    assertThat(value(quote.formatted("our people") + after, "Labour", "fishing plan"))
        .contains(StanceValue.OPPOSE);
  }

  @Test
  void commonNounSubjectOfAnUnquotedReport_holdsItsCueNotTheSpeaker() {
    String investors =
        "Most investors want a merger with Kestrel, Acme Corp said. The merger waits.";
    String farmers =
        "Farmers oppose the water tax, the Peruvian government said. The water tax rose.";
    String own = "It wants a merger with Kestrel, Acme Corp said. The merger waits.";

    assertThat(value(investors, "Acme Corp", "merger")).contains(StanceValue.NEUTRAL);
    assertThat(value(farmers, "Peru", "water tax")).contains(StanceValue.NEUTRAL);
    assertThat(value(own, "Acme Corp", "merger")).contains(StanceValue.SUPPORT);
  }

  @Test
  void aPartyBeforeAnAsideInsideAQuote_holdsTheCueAfterIt() {
    String text =
        "\"Peru, which is a small country, does not want the water tax,\" said Acme Corp spokesman"
            + " Jo Reed. The water tax rose.";

    assertThat(value(text, "Peru", "water tax")).contains(StanceValue.OPPOSE);
    assertThat(stance(text, "Acme Corp", "water tax")).isEmpty();
  }

  @Test
  void aPartyOrAThirdPersonActingInsideAQuote_holdsItsCueNotTheSpeaker() {
    String party =
        "\"Peru has rejected the fishing plan,\" said Labour MP Jo Reed. Iceland backs the"
            + " fishing plan.";
    String negated =
        "\"I think Peru does not really want the fishing plan,\" said Labour MP Jo Reed. Iceland"
            + " backs the fishing plan.";
    String they =
        "\"They want the fishing plan,\" said Labour MP Jo Reed. Iceland backs the fishing plan.";
    String we =
        "\"We want the fishing plan,\" said Labour MP Jo Reed. Iceland backs the fishing plan.";

    assertThat(value(party, "Peru", "fishing plan")).contains(StanceValue.OPPOSE);
    assertThat(value(party, "Labour", "fishing plan"))
        .isNotEqualTo(Optional.of(StanceValue.OPPOSE));
    assertThat(value(negated, "Peru", "fishing plan")).contains(StanceValue.OPPOSE);
    assertThat(value(negated, "Labour", "fishing plan")).isEmpty();
    assertThat(value(they, "Labour", "fishing plan"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(we, "Labour", "fishing plan")).contains(StanceValue.SUPPORT);
  }

  @Test
  void aPartyOpeningAQuotedVerbPhrase_holdsTheCueThatEndsIt() {
    String said = ",\" said Labour MP Jo Reed. Iceland backs the fishing plan.";
    String steps = "\"Peru is taking quite serious steps against the fishing plan" + said;
    String we = "\"Peru is wrong and we are taking steps against the fishing plan" + said;
    String comma = "\"Peru is wrong, taking steps against the fishing plan would help" + said;
    String owned =
        "\"Peru's bid will not go ahead without their support for the fishing plan" + said;

    assertThat(value(steps, "Peru", "fishing plan")).contains(StanceValue.OPPOSE);
    assertThat(value(steps, "Labour", "fishing plan")).isEmpty();
    assertThat(value(we, "Labour", "fishing plan")).contains(StanceValue.OPPOSE);
    assertThat(value(comma, "Labour", "fishing plan")).contains(StanceValue.OPPOSE);
    assertThat(value(owned, "Peru", "fishing plan")).isEmpty();
  }

  @Test
  void aCueActsOnItsObjectsNotOnAClauseAfterABoundary() {
    String relative =
        "Norway rejected the fishing plan, which would raise the water tax. The fishing plan and"
            + " the water tax were debated.";
    String after =
        "Norway backed the fishing plan after Iceland raised the water tax. The fishing plan and"
            + " the water tax were debated.";
    String means =
        "Norway tried to block the fishing plan by cutting the water tax. The fishing plan and the"
            + " water tax were debated.";
    String firstPast =
        "Norway wanted a period of calm after the water tax. The fishing plan and the water tax"
            + " were debated.";
    String inquiry =
        "Norway called for an inquiry into the water tax. The fishing plan and the water tax were"
            + " debated.";
    String adverb =
        "Norway has warned before that the water tax is just the beginning. The fishing plan and"
            + " the water tax were debated.";
    String list =
        "Norway rejected the fishing plan and the water tax. The fishing plan and the water tax"
            + " were debated.";
    String laterCue =
        "Norway backed the fishing plan, which Iceland rejected along with the water tax. The"
            + " fishing plan and the water tax were debated.";

    assertThat(value(relative, "Norway", "fishing plan")).contains(StanceValue.OPPOSE);
    assertThat(stance(relative, "Norway", "water tax")).isEmpty();
    assertThat(stance(after, "Norway", "water tax")).isEmpty();
    assertThat(stance(means, "Norway", "water tax")).isEmpty();
    assertThat(stance(firstPast, "Norway", "water tax")).isEmpty();
    assertThat(stance(inquiry, "Norway", "water tax")).isEmpty();
    assertThat(value(adverb, "Norway", "water tax")).contains(StanceValue.OPPOSE);
    assertThat(value(list, "Norway", "water tax")).contains(StanceValue.OPPOSE);
    assertThat(value(laterCue, "Iceland", "water tax")).contains(StanceValue.OPPOSE);
  }

  @Test
  void aParticipleAfterACommaEndsTheCuesObjects() {
    String result =
        "Norway rejected the fishing plan, leading to a row over the water tax. The fishing plan"
            + " and the water tax were debated.";
    String cue =
        "Norway rejected the fishing plan, backing the water tax instead. The fishing plan and the"
            + " water tax were debated.";

    assertThat(value(result, "Norway", "fishing plan")).contains(StanceValue.OPPOSE);
    assertThat(stance(result, "Norway", "water tax")).isEmpty();
    assertThat(value(cue, "Norway", "water tax")).contains(StanceValue.SUPPORT);
  }

  @Test
  void askingToBeToldAboutAThing_takesNoSideOnIt() {
    String explanation =
        "Norway demanded an explanation of the water tax. The fishing plan and the water tax were"
            + " debated.";
    String assurances =
        "Norway wants assurances that the water tax is temporary. The fishing plan and the water"
            + " tax were debated.";
    String thing =
        "Norway demanded the water tax. The fishing plan and the water tax were debated.";

    assertThat(stance(explanation, "Norway", "water tax")).isEmpty();
    assertThat(stance(assurances, "Norway", "water tax")).isEmpty();
    assertThat(value(thing, "Norway", "water tax")).contains(StanceValue.SUPPORT);
  }

  @Test
  void aLaterCueInAReport_doesNotReachPastABoundary() {
    String bounded =
        "Norway said it wanted more details about the water tax. The fishing plan and the water"
            + " tax were debated.";
    String reached =
        "Norway said it wanted the water tax. The fishing plan and the water tax were debated.";

    assertThat(value(bounded, "Norway", "water tax")).contains(StanceValue.NEUTRAL);
    assertThat(value(reached, "Norway", "water tax")).contains(StanceValue.SUPPORT);
  }

  @Test
  void aLaterCueJudgingAClaim_takesNoSideOnWhatTheClaimIsAbout() {
    String claim =
        "Norway said it rejected claims that the water tax would rise. The fishing plan and the"
            + " water tax were debated.";
    String thing =
        "Norway said it rejected the water tax. The fishing plan and the water tax were debated.";

    assertThat(value(claim, "Norway", "water tax")).contains(StanceValue.NEUTRAL);
    assertThat(value(thing, "Norway", "water tax")).contains(StanceValue.OPPOSE);
  }

  @Test
  void whatTheSubjectFaces_isNotItsStance() {
    String faces =
        "Norway faces further calls for the water tax. The fishing plan and the water tax were"
            + " debated.";
    String named =
        "Norway faces calls from the Acme Fishing Board for the water tax. The fishing plan and"
            + " the water tax were debated.";
    String made =
        "Norway calls for the water tax. The fishing plan and the water tax were debated.";

    assertThat(stance(faces, "Norway", "water tax")).isEmpty();
    assertThat(stance(named, "Norway", "water tax")).isEmpty();
    assertThat(value(named, "Acme Fishing Board", "water tax")).contains(StanceValue.SUPPORT);
    assertThat(value(made, "Norway", "water tax")).contains(StanceValue.SUPPORT);
    // what it causes others to do is theirs too
    String prompted =
        "Norway's speech prompted calls for the water tax. The fishing plan and the water tax were"
            + " debated.";
    assertThat(stance(prompted, "Norway", "water tax")).isEmpty();
  }

  @Test
  void aReactionNounAfterTheCue_isNoLaterCueOfTheHolder() {
    String text =
        "Norway called for a vote after sustained criticism over the water tax. The fishing plan"
            + " and the water tax were debated.";

    assertThat(value(text, "Norway", "water tax")).isNotEqualTo(Optional.of(StanceValue.OPPOSE));
  }

  @Test
  void aCommonNounInAStateBeforeTheCue_holdsItNotTheParty() {
    String remain =
        "While Norway's board may study the fishing plan, supporters remain fiercely opposed to"
            + " the fishing plan. Iceland backs the fishing plan.";
    String reported =
        "Norway said local fishermen are deeply concerned about the fishing plan. Iceland backs"
            + " the fishing plan.";
    String body =
        "The Norway fisheries agency is deeply concerned about the fishing plan. Iceland backs the"
            + " fishing plan.";
    String judged =
        "Norway ruled that the fishing plan is unlawful. Iceland backs the fishing plan.";

    assertThat(stance(remain, "Norway", "fishing plan")).isEmpty();
    assertThat(value(reported, "Norway", "fishing plan")).contains(StanceValue.NEUTRAL);
    assertThat(value(body, "Norway", "fishing plan")).contains(StanceValue.OPPOSE);
    assertThat(value(judged, "Norway", "fishing plan")).contains(StanceValue.OPPOSE);
  }

  @Test
  void aQuotedCue_actsOnTheQuotedWordsNotOnTheAttribution() {
    String text =
        "\"Our running costs are now excessive,\" said the Acme Fishing Board, which sets the"
            + " fishing quotas. Iceland backs the fishing quotas.";
    String phrase =
        "The Acme Fishing Board \"totally condemned\" the fishing quotas. Iceland backs them.";

    assertThat(stance(text, "Acme Fishing Board", "fishing quotas")).isEmpty();
    assertThat(value(phrase, "Acme Fishing Board", "fishing quotas")).contains(StanceValue.OPPOSE);
  }

  @Test
  void refusingToComment_takesNoSideButRefusingToAct_opposes() {
    String silent =
        "Norway refused to comment on the fishing plan. Iceland backs the fishing plan.";
    String open = "Norway declined to rule out the fishing plan. Iceland backs the fishing plan.";
    String act = "Norway refused to sign the fishing plan. Iceland backs the fishing plan.";

    assertThat(value(silent, "Norway", "fishing plan")).isEmpty();
    assertThat(value(open, "Norway", "fishing plan")).isEmpty();
    assertThat(value(act, "Norway", "fishing plan")).contains(StanceValue.OPPOSE);
  }

  @Test
  void wantingToSpeakOrSee_takesNoSideButWantingToAct_does() {
    String speak =
        "Norway wants to discuss the fishing plan with Iceland. Iceland backs the fishing plan.";
    String see =
        "Norway wanted to watch the fishing plan at work first. Iceland backs the fishing plan.";
    String act = "Norway wants to sign the fishing plan. Iceland backs the fishing plan.";

    assertThat(value(speak, "Norway", "fishing plan")).isEmpty();
    assertThat(value(see, "Norway", "fishing plan")).isEmpty();
    assertThat(value(act, "Norway", "fishing plan")).contains(StanceValue.SUPPORT);
  }

  @Test
  void aFearNoOneFeels_takesNoSide() {
    String unfelt =
        "Norway said the debate was ruled by the fear of the fishing plan. Iceland backs the"
            + " fishing plan.";
    String felt = "Norway said its fear of the fishing plan grew. Iceland backs the fishing plan.";

    assertThat(value(unfelt, "Norway", "fishing plan")).contains(StanceValue.NEUTRAL);
    assertThat(value(felt, "Norway", "fishing plan")).contains(StanceValue.OPPOSE);
  }

  @Test
  void insistingOnAStatement_reportsItButInsistingOnAThing_backsIt() {
    String statement =
        "Norway insisted that the fishing plan was now under way. Iceland backs the fishing plan.";
    String thing = "Norway insisted on the fishing plan. Iceland backs the fishing plan.";

    assertThat(value(statement, "Norway", "fishing plan")).contains(StanceValue.NEUTRAL);
    assertThat(value(thing, "Norway", "fishing plan")).contains(StanceValue.SUPPORT);
  }

  @Test
  void reportJoinedByAnd_onlyReportsWhatFollowsIt() {
    String denied =
        "Acme Corp denied Ms Lee's claims and said she lost her senior post because of losses."
            + " Ms Lee wanted a senior post. The senior post went to Tom Reed.";
    // the second report is the first speaker's, not the reported party's
    String nested =
        "Peru said Chile rejected the water tax and said the port plan was late. The port plan is"
            + " costly. The water tax rose.";

    assertThat(value(denied, "Acme Corp", "senior post")).contains(StanceValue.NEUTRAL);
    assertThat(value(nested, "Chile", "water tax")).contains(StanceValue.OPPOSE);
    assertThat(value(nested, "Peru", "port plan")).contains(StanceValue.NEUTRAL);
    assertThat(stance(nested, "Chile", "port plan")).isEmpty();
  }

  @Test
  void relativeThatAfterPeopleOrAPlural_givesTheCueToThem() {
    String those =
        "Peru said there was spin by those that support the water tax. The water tax rose. Chile"
            + " backs the water tax.";
    String firms =
        "Peru said the firms that backed the water tax were wrong. The water tax rose. Chile backs"
            + " the water tax.";
    // a conjunction: the subject after it holds the cue
    String conjunction =
        "Chile said that Peru backed the water tax. The water tax rose. Brazil backs the water"
            + " tax.";

    assertThat(stance(those, "Peru", "water tax")).isEmpty();
    assertThat(stance(firms, "Peru", "water tax")).isEmpty();
    assertThat(value(conjunction, "Peru", "water tax")).contains(StanceValue.SUPPORT);
  }

  @Test
  void phraseCompletingAnEarlierIssue_takesNoSideOfItsOwn() {
    String rest = " Fish exports rose. Chile backs fish exports. Brazil wants the %s.";
    String tax = "Peru rejected a water tax on fish exports." + rest.formatted("water tax");
    // what is given or planned for a thing backs it, its removal opposes it, a report names both
    String investment =
        "Peru backed state investment in fish exports." + rest.formatted("state investment");
    String ban = "Peru backed a state ban on fish exports." + rest.formatted("state ban");
    String plan = "Peru backed a state plan for fish exports." + rest.formatted("state plan");
    String report = "Peru said a water tax on fish exports was due." + rest.formatted("water tax");

    assertThat(value(tax, "Peru", "water tax")).contains(StanceValue.OPPOSE);
    assertThat(stance(tax, "Peru", "fish exports")).isEmpty();
    assertThat(value(investment, "Peru", "fish exports")).contains(StanceValue.SUPPORT);
    assertThat(value(ban, "Peru", "fish exports")).contains(StanceValue.OPPOSE);
    assertThat(value(plan, "Peru", "fish exports")).contains(StanceValue.SUPPORT);
    assertThat(value(report, "Peru", "fish exports")).contains(StanceValue.NEUTRAL);
  }

  @Test
  void asideAsOpposedTo_onlyContrasts() {
    String aside =
        "Chile said port checks, as opposed to checks by agents, should start as it could cut"
            + " port fraud. Port fraud is rife. Port fraud costs millions.";
    String stance =
        "The paper reported Peru as opposed to the port deal. The port deal is old. Brazil backs"
            + " the port deal.";

    assertThat(value(aside, "Chile", "port fraud")).contains(StanceValue.NEUTRAL);
    assertThat(value(stance, "Peru", "port deal")).contains(StanceValue.OPPOSE);
  }

  @Test
  void backsAsPlayersAndShotsBlastedOver_takeNoSide() {
    String players =
        "Peru raced upfield with a clever dummy from the backs. The clever dummy worked. Chile"
            + " backs the clever dummy.";
    String verb = "Peru backs the clever dummy. The clever dummy worked.";
    String shot = "Peru blasted wide of the crossbar rules. The crossbar rules held.";
    String criticism = "Peru blasted the crossbar rules. The crossbar rules held.";

    assertThat(stance(players, "Peru", "clever dummy")).isEmpty();
    assertThat(value(verb, "Peru", "clever dummy")).contains(StanceValue.SUPPORT);
    assertThat(stance(shot, "Peru", "crossbar rules")).isEmpty();
    assertThat(value(criticism, "Peru", "crossbar rules")).contains(StanceValue.OPPOSE);
  }

  @Test
  void fearOfAnActDoneToAThing_doesNotOpposeTheThing() {
    String system = " The grazing system was debated.";
    String fund = " The grazing fund was debated.";
    String fees = " The grazing fees were debated.";

    assertThat(
            value(
                "Peru capped grazing permits for fear of flooding the grazing system." + system,
                "Peru",
                "grazing system"))
        .isNotEqualTo(java.util.Optional.of(StanceValue.OPPOSE));
    assertThat(
            value(
                "Peru warned of overwhelming the grazing system." + system,
                "Peru",
                "grazing system"))
        .isNotEqualTo(java.util.Optional.of(StanceValue.OPPOSE));
    assertThat(
            value("Peru is worried about losing the grazing fund." + fund, "Peru", "grazing fund"))
        .isNotEqualTo(java.util.Optional.of(StanceValue.OPPOSE));
    // a feared removal values the thing; a feared rise in it, with no article, opposes it
    assertThat(
            value(
                "Peru is worried about scrapping the grazing fund." + fund, "Peru", "grazing fund"))
        .contains(StanceValue.SUPPORT);
    assertThat(value("Peru is worried about rising grazing fees." + fees, "Peru", "grazing fees"))
        .contains(StanceValue.OPPOSE);
  }

  @Test
  void aGradedParticipleBeforeANoun_describesIt() {
    String later = " Peru says it will consult farmers on any future port plans.";

    // the plans' opponents are not named: the author of the expansion does not oppose it
    assertThat(
            value(
                "Peru's expansion of Lima Port ranks among the most bitterly opposed plans."
                    + later,
                "Peru",
                "future port plans"))
        .contains(StanceValue.NEUTRAL);
    assertThat(
            value(
                "Peru's expansion of Lima Port is a widely rejected plan." + later,
                "Peru",
                "future port plans"))
        .contains(StanceValue.NEUTRAL);
    // an adverb before a verb leaves it a verb, after a quantifier too
    assertThat(
            value(
                "Chile and Bolivia both strongly opposed future port plans." + later,
                "Chile",
                "future port plans"))
        .contains(StanceValue.OPPOSE);
  }

  @Test
  void supportInTheVotersPlaces_isAPartysPopularity_notItsStance() {
    assertThat(
            stance(
                "Given Labour's shrinking support in rural towns, Chile doubts the claims."
                    + " The rural towns were debated.",
                "Labour",
                "rural towns"))
        .isEmpty();
    assertThat(
            stance(
                "Given Labour's shrinking support across rural towns, Chile doubts the claims."
                    + " The rural towns were debated.",
                "Labour",
                "rural towns"))
        .isEmpty();
    // support voiced in a place is given
    assertThat(
            value(
                "Peru voiced support in parliament for the grazing plan. The grazing plan was"
                    + " debated.",
                "Peru",
                "grazing plan"))
        .contains(StanceValue.SUPPORT);
  }

  @Test
  void contestingARuling_opposesIt_butContestingARaceTakesNoSide() {
    String later = " The grazing ruling was debated again.";

    assertThat(
            value(
                "Peru will contest the grazing ruling in court." + later, "Peru", "grazing ruling"))
        .contains(StanceValue.OPPOSE);
    assertThat(
            value(
                "Peru has promised to contest the grazing ruling." + later,
                "Peru",
                "grazing ruling"))
        .contains(StanceValue.OPPOSE);
    assertThat(value("The grazing ruling is contested by Peru." + later, "Peru", "grazing ruling"))
        .contains(StanceValue.OPPOSE);
    assertThat(
            value(
                "Peru said the contested grazing ruling would stand." + later,
                "Peru",
                "grazing ruling"))
        .contains(StanceValue.NEUTRAL);
    // a race or a prize is contested without a side
    String vote = " The grazing vote was debated again.";
    assertThat(stance("Peru will contest the grazing vote in May." + vote, "Peru", "grazing vote"))
        .isEmpty();
    assertThat(
            stance(
                "Peru won the grazing vote, a contest that takes place each May." + vote,
                "Peru",
                "grazing vote"))
        .isEmpty();
    assertThat(
            value(
                "Peru won the contest, the grazing ruling said." + later, "Peru", "grazing ruling"))
        .isNotEqualTo(java.util.Optional.of(StanceValue.OPPOSE));
    // "in any case" is no case taken to court
    assertThat(
            stance(
                "Peru will contest seats in any case over grazing rights."
                    + " The grazing rights were debated again.",
                "Peru",
                "grazing rights"))
        .isEmpty();
  }

  @Test
  void aGrandSlamAndTheStartingBlocks_takeNoSide() {
    String later = " The clay rules were debated.";

    assertThat(
            stance(
                "Peru is the favourite, having won three grand slam titles under the clay rules."
                    + later,
                "Peru",
                "clay rules"))
        .isEmpty();
    assertThat(
            stance(
                "Peru shot out of the blocks under the clay rules." + later, "Peru", "clay rules"))
        .isEmpty();
    // the verbs still take a side
    assertThat(value("Peru blocks the clay rules." + later, "Peru", "clay rules"))
        .contains(StanceValue.OPPOSE);
  }

  @Test
  void aChallengeANameOwns_isANounNotItsVerb() {
    String later = " The clever dummy worked.";

    assertThat(
            stance(
                "Peru's striker went down under Chile's challenge near the clever dummy." + later,
                "Chile",
                "clever dummy"))
        .isEmpty();
    // with its object after "to", or as a verb after the name, it takes a side
    assertThat(
            value("Chile's challenge to the clever dummy failed." + later, "Chile", "clever dummy"))
        .contains(StanceValue.OPPOSE);
    assertThat(value("Chile challenges the clever dummy." + later, "Chile", "clever dummy"))
        .contains(StanceValue.OPPOSE);
  }

  @Test
  void backingASideToWin_isAForecastNotSupport() {
    String later = " The clay series was debated.";

    assertThat(
            value(
                "Ms Jo Reed said she also backed Chile to win the clay series." + later,
                "Jo Reed",
                "clay series"))
        .contains(StanceValue.NEUTRAL);
    // backing the thing itself, or a side to do something other than win, is support
    assertThat(
            value("Ms Jo Reed said she backed the clay series." + later, "Jo Reed", "clay series"))
        .contains(StanceValue.SUPPORT);
    assertThat(
            value(
                "Ms Jo Reed said she backed Chile to host the clay series." + later,
                "Jo Reed",
                "clay series"))
        .contains(StanceValue.SUPPORT);
  }

  @Test
  void aBodyNamedBeforeAQuotesI_isNotTheHolder() {
    String later = " The port tax was debated.";

    assertThat(
            stance(
                "He said: \"As I am very fond of Velcora Corp and its staff, I sincerely"
                    + " regret the port tax.\""
                    + later,
                "Velcora Corp",
                "port tax"))
        .isEmpty();
    // the body itself speaking as "we" keeps its side
    assertThat(
            value(
                "Velcora Corp said: \"We sincerely regret the port tax.\"" + later,
                "Velcora Corp",
                "port tax"))
        .contains(StanceValue.OPPOSE);
  }

  @Test
  void secondVerbOfARelativeClause_isTheAntecedents() {
    String relative =
        "Acme Corp is targeting farmers who already own a tractor and want cheap diesel. Cheap"
            + " diesel is scarce. Globex Corp backs cheap diesel.";
    // a comma closes the relative clause: the sentence's subject holds the verb after it
    String closed =
        "Acme Corp sells to farmers who own tractors, and wants cheap diesel. Cheap diesel is"
            + " scarce. Globex Corp backs cheap diesel.";

    assertThat(stance(relative, "Acme Corp", "cheap diesel")).isEmpty();
    assertThat(value(closed, "Acme Corp", "cheap diesel")).contains(StanceValue.SUPPORT);
  }

  @Test
  void insistingAfterTheStatement_reportsIt() {
    String after =
        "The switch is driven by the need to watch the car market, Peru insisted. The car market is"
            + " big. Chile backs the car market.";
    String aside = "The car market, Peru insisted, is not big. Chile backs the car market.";
    String onAThing =
        "After the talks, Peru insisted on a car market vote. The car market vote is due. Chile"
            + " backs the car market vote.";

    assertThat(value(after, "Peru", "car market")).contains(StanceValue.NEUTRAL);
    assertThat(value(aside, "Peru", "car market")).contains(StanceValue.NEUTRAL);
    assertThat(value(onAThing, "Peru", "car market vote")).contains(StanceValue.SUPPORT);
  }

  @Test
  void supportForAParty_speaksOfNoIssue() {
    String party =
        "Peru filed a complaint over state aid to Acme Corp, prompting a complaint over Chilean"
            + " support for Globex Corp last year. State aid is large. Brazil backs state aid.";
    String issue = "Peru voiced support for state aid last year. State aid is large.";

    assertThat(stance(party, "Acme Corp", "state aid")).isEmpty();
    assertThat(value(issue, "Peru", "state aid")).contains(StanceValue.SUPPORT);
  }

  @Test
  void aSecondPredicateAfterAnAuxiliaryOrAdverb_hasObjectsOfItsOwn() {
    String rest = " The water taxes were debated. The grazing fees were debated.";

    assertThat(
            stance(
                "Peru wanted to give grazing fees more weight and has now put them on par with the"
                    + " water taxes."
                    + rest,
                "Peru",
                "water taxes"))
        .isEmpty();
    assertThat(
            stance(
                "Peru backed the grazing fees and swiftly studied the water taxes." + rest,
                "Peru",
                "water taxes"))
        .isEmpty();
    assertThat(
            stance(
                "Peru backed a bigger role for herders and will now ponder the water taxes." + rest,
                "Peru",
                "water taxes"))
        .isEmpty();
    // one object shared, or a second object with no verb, is still the first verb's
    assertThat(
            value("Peru backed and will now review the water taxes." + rest, "Peru", "water taxes"))
        .contains(StanceValue.SUPPORT);
    assertThat(
            value(
                "Peru backed the grazing fees and not the water taxes." + rest,
                "Peru",
                "water taxes"))
        .contains(StanceValue.SUPPORT);
    // a report's statement runs on past "and"
    assertThat(
            value(
                "Peru said the grazing fees were not binding and could fund the water taxes."
                    + rest,
                "Peru",
                "water taxes"))
        .contains(StanceValue.NEUTRAL);
  }

  @Test
  void aProtestAgainstAParty_speaksOfNoIssue() {
    String rest = " The grazing contestants were debated.";

    assertThat(
            stance(
                "Peru failed to persuade other grazing contestants to stage a protest against"
                    + " Chile."
                    + rest,
                "Peru",
                "grazing contestants"))
        .isEmpty();
    assertThat(
            stance(
                "Peru asked other grazing contestants to join protests against Chile." + rest,
                "Peru",
                "grazing contestants"))
        .isEmpty();
    // a protest against a thing opposes it
    assertThat(
            value(
                "Peru joined protests against the grazing fees. The grazing fees were debated.",
                "Peru",
                "grazing fees"))
        .contains(StanceValue.OPPOSE);
  }

  @Test
  void aDeedOfItsOwn_speaksOfNoOtherIssue() {
    String rest = " The water tax is high. Chile backs the water tax.";
    String deed = "After the water tax rose, Peru pledged to take the dispute to court." + rest;
    String back = "The water tax rose and Peru wants to prevent it." + rest;

    assertThat(stance(deed, "Peru", "water tax")).isEmpty();
    assertThat(stance(back, "Peru", "water tax")).isPresent();
    String forDeed = "The water tax rose, and Peru voiced support for giving Lima more say." + rest;
    assertThat(stance(forDeed, "Peru", "water tax")).isEmpty();
    String forIssue = "Peru voiced support for cutting the water tax." + rest;
    assertThat(value(forIssue, "Peru", "water tax")).contains(StanceValue.OPPOSE);
  }

  @Test
  void removingWhatAPronounPointsBackTo_opposesIt() {
    String rest = " The water tax is high. Chile backs the water tax.";

    assertThat(value("The water tax rose and Peru vowed to fight it." + rest, "Peru", "water tax"))
        .contains(StanceValue.OPPOSE);
    assertThat(value("The water tax rose and Peru wants to keep it." + rest, "Peru", "water tax"))
        .contains(StanceValue.SUPPORT);
  }

  @Test
  void passiveRemovalPastAPlace_stillOpposes() {
    String place =
        "Peru condemned the step, saying it would see fishing jobs in Lima alone being axed."
            + " Fishing jobs are scarce.";
    String rise =
        "Peru condemned the step, saying it would see fishing jobs in Lima alone being created."
            + " Fishing jobs are scarce.";

    assertThat(value(place, "Peru", "fishing jobs")).contains(StanceValue.SUPPORT);
    assertThat(value(rise, "Peru", "fishing jobs")).contains(StanceValue.OPPOSE);
  }

  @Test
  void aSpokesmanOfACountryOrBody_speaksForIt() {
    String rest = " The trade complaint is new. Japan backs the trade complaint.";

    assertThat(
            value(
                "A Peru spokesman rejected the trade complaint." + rest, "Peru", "trade complaint"))
        .contains(StanceValue.OPPOSE);
    assertThat(
            value(
                "An EU spokeswoman rejected the trade complaint." + rest,
                "European Union",
                "trade complaint"))
        .contains(StanceValue.OPPOSE);
  }

  @Test
  void predicatesListedAfterAComma_shareTheirSubject() {
    String quoted =
        "Jo Reed of Labour said: \"The Greens are weak on crime, want higher fees and back the"
            + " water tax.\" The water tax is high.";
    String reported =
        "Labour's Jo Reed said the Greens are weak on crime, back the water tax and fear change."
            + " The water tax is high.";
    // a party that is no subject ("a buyout from Globex Corp") lends the list nothing
    String object =
        "Acme Corp accepted a buyout from Globex Corp on Monday, rejecting a higher cash offer. The"
            + " cash offer was large.";

    assertThat(value(quoted, "Green Party", "water tax")).contains(StanceValue.SUPPORT);
    assertThat(stance(quoted, "Labour", "water tax")).isEmpty();
    assertThat(value(reported, "Green Party", "water tax")).contains(StanceValue.SUPPORT);
    assertThat(stance(object, "Globex Corp", "cash offer")).isEmpty();
    assertThat(value(object, "Acme Corp", "cash offer")).contains(StanceValue.OPPOSE);
  }

  @Test
  void thePledgesJudgedOrOffered_areNoPledgeOfTheSubject() {
    String rest = " The water tax is high.";
    String judged =
        "Chile said the pledges - meant to prop up the water tax - were worthless." + rest;
    String offered = "Chile said the promise of a water tax was vague." + rest;
    String own = "Chile kept its pledges on the water tax." + rest;

    assertThat(value(judged, "Chile", "water tax")).contains(StanceValue.NEUTRAL);
    assertThat(value(offered, "Chile", "water tax")).contains(StanceValue.NEUTRAL);
    assertThat(value(own, "Chile", "water tax")).contains(StanceValue.SUPPORT);
  }

  @Test
  void whatANounHoldsAfterThat_isNoObjectOfTheCue() {
    String rest = " The water laws are old. Chile backs the water laws.";
    String decision =
        "Peru attacked the decision by the top court that detaining fishermen breaks the water"
            + " laws."
            + rest;
    String contract = "Peru agreed to a new pact that cuts the water laws." + rest;
    // a verb's "that" after "to" opens what the cue wants
    String verb = "Peru wants to ensure that the water laws are kept." + rest;

    assertThat(value(decision, "Peru", "decision")).contains(StanceValue.OPPOSE);
    assertThat(stance(decision, "Peru", "water laws")).isEmpty();
    assertThat(stance(contract, "Peru", "water laws")).isEmpty();
    assertThat(value(verb, "Peru", "water laws")).contains(StanceValue.SUPPORT);
  }

  @Test
  void passiveCueAfterAnAside_actsOnTheSubjectBeforeIt() {
    String text =
        "The water bill, which officials say would curb fish fraud, is likely to be opposed by"
            + " Peru. Fish fraud is rife. The water bill is new.";

    assertThat(value(text, "Peru", "water bill")).contains(StanceValue.OPPOSE);
    assertThat(stance(text, "Peru", "fish fraud")).isEmpty();
  }

  @Test
  void aQuotedTheyOrHeAfterTheFirstCue_isSomeoneElse() {
    String quoted =
        "Labour's Tom Reed told the radio: \"I understand why the Greens will be gunning for Jo Lee"
            + " because they fear his campaign skills.\" His campaign skills are famous. Campaign"
            + " skills matter.";
    // a pronoun outside a quoted word is the speaker's
    String word =
        "Jo Reed of Labour said he was \"disappointed\" with the water tax. The water tax is high.";

    assertThat(stance(quoted, "Labour", "campaign skills")).isEmpty();
    assertThat(value(word, "Labour", "water tax")).contains(StanceValue.OPPOSE);
  }

  @Test
  void aMonthNamedMay_isNoModalOfAStatement() {
    String month = "Norway agreed to the fishing plan in May. Iceland backs the fishing plan.";
    String modal =
        "Norway agreed the fishing plan may be too late. Iceland backs the fishing plan.";

    assertThat(value(month, "Norway", "fishing plan")).contains(StanceValue.SUPPORT);
    assertThat(value(modal, "Norway", "fishing plan")).contains(StanceValue.NEUTRAL);
  }

  @Test
  void insistingThatANounDoesOrDidSomething_reportsIt() {
    String past =
        "Norway insisted that fishermen faced the fishing plan alone. Iceland backs the fishing"
            + " plan.";
    String present =
        "Norway insisted farmers face the fishing plan alone. Iceland backs the fishing plan.";
    String agreed = "Norway agreed the revised fishing plan. Iceland backs the fishing plan.";
    // a singular noun before a verb's plain form names a thing: "price help"
    String thing = "Norway agreed price help for the fishing plan. Iceland backs the fishing plan.";

    assertThat(value(past, "Norway", "fishing plan")).contains(StanceValue.NEUTRAL);
    assertThat(value(present, "Norway", "fishing plan")).contains(StanceValue.NEUTRAL);
    assertThat(value(agreed, "Norway", "fishing plan")).contains(StanceValue.SUPPORT);
    assertThat(value(thing, "Norway", "fishing plan")).contains(StanceValue.SUPPORT);
  }

  @Test
  void keepingAThingOpen_supportsWhatIsKeptOnly() {
    String open =
        "Norway kept the option of a fishing plan open. Iceland rejected the fishing plan.";
    String mind =
        "Norway kept an open mind on the fishing plan. Iceland rejected the fishing plan.";
    String nothing =
        "The fishing plan was debated, and Norway kept its hopes alive. Iceland rejected the"
            + " fishing plan.";

    assertThat(value(open, "Norway", "fishing plan")).contains(StanceValue.SUPPORT);
    assertThat(value(mind, "Norway", "fishing plan"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(nothing, "Norway", "fishing plan")).isEmpty();
  }

  @Test
  void winningSupport_isNoSupportGiven() {
    String won = "Norway won broad support for the fishing plan. Iceland backs the fishing plan.";
    String needs =
        "Norway would need farmer backing for the fishing plan. Iceland backs the fishing plan.";
    String giver =
        "Norway may lose Swedish support for the fishing plan. Iceland backs the fishing plan.";
    String gave = "Norway gave its support to the fishing plan. Iceland backs the fishing plan.";

    assertThat(value(won, "Norway", "fishing plan")).isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(needs, "Norway", "fishing plan"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(giver, "Norway", "fishing plan"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(gave, "Norway", "fishing plan")).contains(StanceValue.SUPPORT);
  }

  @Test
  void aWarnedPrediction_takesTheSideOfItsVerbNotOfTheWarning() {
    String forecast =
        "Norway warned that the fishing plan would be delayed until spring. Iceland backs the"
            + " fishing plan.";
    String judged =
        "Norway warned that the fishing plan would be unacceptable to the fleet. Iceland backs the"
            + " fishing plan.";
    String against = "Norway warned against the fishing plan. Iceland backs the fishing plan.";

    assertThat(value(forecast, "Norway", "fishing plan")).isEmpty();
    assertThat(value(judged, "Norway", "fishing plan")).contains(StanceValue.OPPOSE);
    assertThat(value(against, "Norway", "fishing plan")).contains(StanceValue.OPPOSE);
  }

  @Test
  void aThingPredictedToAct_givesNoSideOnWhatItActsOn() {
    String thing =
        "Norway said the water tax would undermine the fishing plan. Iceland backs the fishing"
            + " plan and the water tax.";
    String quoted =
        "\"The new boats could support the fishing plan,\" said Jo Reed of Norway. Iceland backs the"
            + " fishing plan.";
    String party =
        "Norway said Sweden would support the fishing plan. Iceland backs the fishing plan.";

    assertThat(value(thing, "Norway", "fishing plan"))
        .isNotEqualTo(Optional.of(StanceValue.OPPOSE));
    assertThat(value(quoted, "Norway", "fishing plan"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(party, "Sweden", "fishing plan")).contains(StanceValue.SUPPORT);
  }

  @Test
  void aWarnedPredictionWithoutThatOrBeforeTheWarning_takesTheSideOfItsVerb() {
    String noThat =
        "Norway warned the fishing plan would be delayed until spring. Iceland backs the fishing"
            + " plan.";
    String inverted =
        "The fishing plan may be delayed until spring, Norway warned. Iceland backs the fishing"
            + " plan.";
    String judged =
        "The fishing plan would be unacceptable to the fleet, Norway warned. Iceland backs the"
            + " fishing plan.";

    assertThat(value(noThat, "Norway", "fishing plan")).isEmpty();
    assertThat(value(inverted, "Norway", "fishing plan")).isEmpty();
    assertThat(value(judged, "Norway", "fishing plan")).contains(StanceValue.OPPOSE);
  }

  @Test
  void concernedAfterANounOrBeforeOne_isNoConcern() {
    String after =
        "Norway said the fishing plan must be clear to the boats concerned. Iceland backs the"
            + " fishing plan.";
    String before =
        "Norway met concerned fishermen over the fishing plan. Iceland backs the fishing plan.";
    String verb =
        "Norway said the letters concerned the fishing plan. Iceland backs the fishing plan.";
    String felt =
        "Norway remains deeply concerned by the fishing plan. Iceland backs the fishing plan.";

    assertThat(value(after, "Norway", "fishing plan")).contains(StanceValue.NEUTRAL);
    assertThat(stance(before, "Norway", "fishing plan")).isEmpty();
    assertThat(value(verb, "Norway", "fishing plan")).contains(StanceValue.NEUTRAL);
    assertThat(value(felt, "Norway", "fishing plan")).contains(StanceValue.OPPOSE);
  }

  @Test
  void asFarAsOneIsConcerned_isNoConcern() {
    String idiom =
        "As far as Norway is concerned, the fishing plan is a fair deal. Iceland backs the fishing"
            + " plan.";
    String concern = "Norway is concerned about the fishing plan. Iceland backs the fishing plan.";

    assertThat(value(idiom, "Norway", "fishing plan"))
        .isNotEqualTo(Optional.of(StanceValue.OPPOSE));
    assertThat(value(concern, "Norway", "fishing plan")).contains(StanceValue.OPPOSE);
  }

  @Test
  void beenAgreed_isAPassiveWithNoAgentButAgreedAfterIsIsAState() {
    String passive =
        "Norway proposed new fishing quotas, although no fishing plan has yet been agreed. Iceland"
            + " backs the fishing plan.";
    String state = "Norway is agreed on the fishing plan. Iceland backs the fishing plan.";

    assertThat(stance(passive, "Norway", "fishing plan")).isEmpty();
    assertThat(value(state, "Norway", "fishing plan")).contains(StanceValue.SUPPORT);
  }

  @Test
  void againstARival_takesNoSide() {
    String rival =
        "Norway played a match against Sweden as the fishing plan took effect. Iceland backs the"
            + " fishing plan.";
    String side = "The Fishermen Union campaigned against the fishing plan. Iceland backs it.";

    assertThat(value(rival, "Norway", "fishing plan")).isEmpty();
    assertThat(value(side, "Fishermen Union", "fishing plan")).contains(StanceValue.OPPOSE);
  }

  @Test
  void aCueWordInsideAName_isNoCue() {
    String text =
        "The charity Fair Support Trust said the fishing plan was on the table. Jo Champion, of"
            + " the Fishermen Union, said the fishing plan would be debated.";

    assertThat(value(text, "Fair Support Trust", "fishing plan"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(text, "Fishermen Union", "fishing plan"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
  }

  @Test
  void aCompanyACountryOwns_holdsItsOwnSide() {
    String text =
        "France's Velcora warned against the steel tax. Japan's Hoshida backed the steel tax."
            + " The Harbour Trust's Jo Reed said: \"The steel tax is unfair.\"";

    assertThat(value(text, "Velcora", "steel tax")).contains(StanceValue.OPPOSE);
    assertThat(value(text, "Hoshida", "steel tax")).contains(StanceValue.SUPPORT);
    assertThat(value(text, "France", "steel tax")).isEmpty();
    assertThat(value(text, "Japan", "steel tax")).isEmpty();
    assertThat(value(text, "Harbour Trust", "steel tax")).contains(StanceValue.OPPOSE);
  }

  @Test
  void anOutsiderNamedAfterAComma_holdsTheWarning() {
    String text =
        "Norway will lose thousands of jobs under the steel tax, %s. Iceland backs the tax.";

    assertThat(value(text.formatted("economists have warned"), "Norway", "steel tax")).isEmpty();
    assertThat(value(text.formatted("a charity has warned"), "Norway", "steel tax")).isEmpty();
    assertThat(value(text.formatted("a spokesman has warned"), "Norway", "steel tax"))
        .contains(StanceValue.OPPOSE);
    assertThat(value(text.formatted("its economists have warned"), "Norway", "steel tax"))
        .contains(StanceValue.OPPOSE);
  }

  @Test
  void anOutsiderNamedAfterAContrast_holdsTheCue() {
    String text =
        "Norway may face lawsuits from angry investors %s are optimistic about the steel tax."
            + " Iceland backs the steel tax.";

    assertThat(value(text.formatted("but analysts"), "angry investors", "steel tax")).isEmpty();
    assertThat(value(text.formatted("while economists"), "angry investors", "steel tax")).isEmpty();
    assertThat(value(text.formatted("but its economists"), "Norway", "steel tax"))
        .contains(StanceValue.SUPPORT);
  }

  @Test
  void aDuty_showsNoSide() {
    String text = "Norway %s the steel tax, the fishing board said. Iceland backs the steel tax.";

    assertThat(value(text.formatted("may have to accept"), "Norway", "steel tax")).isEmpty();
    assertThat(value(text.formatted("was forced to approve"), "Norway", "steel tax")).isEmpty();
    assertThat(value(text.formatted("will accept"), "Norway", "steel tax"))
        .contains(StanceValue.SUPPORT);
  }

  @Test
  void aLimitOnAThing_turnsTheSideOnIt() {
    String text = "Norway %s fish exports. Iceland backs fish exports.";

    assertThat(value(text.formatted("opposes curbs on"), "Norway", "fish exports"))
        .contains(StanceValue.SUPPORT);
    assertThat(value(text.formatted("backs a limit on"), "Norway", "fish exports"))
        .contains(StanceValue.OPPOSE);
    assertThat(value(text.formatted("opposes a limit of 40 tonnes for"), "Norway", "fish exports"))
        .contains(StanceValue.OPPOSE);
    assertThat(value(text.formatted("backs a freeze on"), "Norway", "fish exports"))
        .contains(StanceValue.OPPOSE);
  }

  @Test
  void aRemovalBeforeAnOwner_stillTurnsTheSide() {
    String text =
        "Norway defended plans to lift the Nordic Council's steel tax. Iceland backs the steel"
            + " tax.";

    assertThat(value(text, "Norway", "steel tax")).contains(StanceValue.OPPOSE);
    // a word of size between the owner and the phrase is skipped too
    String sized = text.replace("Council's steel", "Council's biggest steel");
    assertThat(value(sized, "Norway", "steel tax")).contains(StanceValue.OPPOSE);
  }

  @Test
  void halvingOrSlashingAThing_opposesIt() {
    String text = "Norway has promised to %s the budget deficit. Iceland backs the budget deficit.";

    assertThat(value(text.formatted("halve"), "Norway", "budget deficit"))
        .contains(StanceValue.OPPOSE);
    assertThat(value(text.formatted("slash"), "Norway", "budget deficit"))
        .contains(StanceValue.OPPOSE);
    assertThat(value(text.formatted("fund"), "Norway", "budget deficit"))
        .contains(StanceValue.SUPPORT);
  }

  @Test
  void critics_areOthersUnlessCriticsOfAThing() {
    String others =
        "Norway spent heavily - far too heavily, critics argue - on the steel tax. Iceland backs"
            + " the steel tax.";
    String one = "Norway is among the critics of the steel tax. Iceland backs the steel tax.";

    assertThat(value(others, "Norway", "steel tax")).isEmpty();
    assertThat(value(one, "Norway", "steel tax")).contains(StanceValue.OPPOSE);
  }

  @Test
  void theObjectOfAVerbBeforeAnd_doesNotHoldTheSecondVerb() {
    String met = "Peru met Chile on Monday and backed the water tax. The water tax rose.";
    String report =
        "The letter thanked President Lopez for his help and stressed the water tax. The"
            + " water tax rose.";
    String allowed =
        "The ruling allowed Chile to keep the port and block the water tax. The water tax rose.";

    assertThat(value(met, "Peru", "water tax")).contains(StanceValue.SUPPORT);
    assertThat(stance(met, "Chile", "water tax")).isEmpty();
    assertThat(stance(report, "Lopez", "water tax")).isEmpty();
    // the second verb of an infinitive is still the object's
    assertThat(value(allowed, "Chile", "water tax")).contains(StanceValue.OPPOSE);
  }

  @Test
  void anEntitlementOrAnotherNounsForeseenInfinitive_takesNoSide() {
    String right = "Acme Corp keeps the right to refuse the water tax. The water tax rose.";
    String judged = "Peru said Chile was right to oppose the water tax. The water tax rose.";
    String farmers =
        "Labour could not expect the farmers to back the water tax. The water tax rose.";
    String members = "Labour expects its members to back the water tax. The water tax rose.";

    assertThat(stance(right, "Acme Corp", "water tax")).isEmpty();
    assertThat(stance(farmers, "Labour", "water tax")).isEmpty();
    // a judgement that an act was right, and a party's own people, still take the side
    assertThat(value(judged, "Peru", "water tax")).contains(StanceValue.OPPOSE);
    assertThat(value(members, "Labour", "water tax")).contains(StanceValue.SUPPORT);
  }

  @Test
  void criticsInAState_areOthers() {
    String text =
        "Peru will host the fishing summit, and %s are not hopeful about the fishing summit.";

    assertThat(value(text.formatted("the critics"), "Peru", "fishing summit")).isEmpty();
    assertThat(value(text.formatted("its officials"), "Peru", "fishing summit"))
        .contains(StanceValue.OPPOSE);
  }

  @Test
  void advocatesWhoSaySomething_areOthersUnlessTheVerbAdvocates() {
    String others =
        "Critics say the steel tax is a step towards a federal Norway, but advocates say the steel"
            + " tax ensures growth. Iceland backs the steel tax.";
    String verb = "Norway advocates the steel tax. Iceland backs the steel tax.";

    assertThat(value(others, "Norway", "steel tax")).isEmpty();
    assertThat(value(verb, "Norway", "steel tax")).contains(StanceValue.SUPPORT);
  }

  @Test
  void aPartyInTheSentencesOpeningPhrase_isNoSubject() {
    String person =
        "In a speech at the Acme Institute, Jo Reed rejected the tariff rules. Ms Reed later met"
            + " ministers. Chile backs the tariff rules.";
    String country =
        "After a meeting at the Acme Institute on Monday, Peru rejected the tariff rules. Chile"
            + " backs the tariff rules.";
    String apposition =
        "On Monday Velcora Mining, the largest firm, rejected the tariff rules. Chile backs the"
            + " tariff rules.";

    assertThat(value(person, "Acme Institute", "tariff rules")).isEmpty();
    assertThat(value(person, "Jo Reed", "tariff rules")).contains(StanceValue.OPPOSE);
    assertThat(value(country, "Acme Institute", "tariff rules")).isEmpty();
    assertThat(value(country, "Peru", "tariff rules")).contains(StanceValue.OPPOSE);
    assertThat(value(apposition, "Velcora Mining", "tariff rules")).contains(StanceValue.OPPOSE);
    assertThat(
            value(
                "Launching his campaign at the Acme Institute, the minister rejected the tariff"
                    + " rules. Chile backs the tariff rules.",
                "Acme Institute",
                "tariff rules"))
        .isEmpty();
    assertThat(
            value(
                "Across Peru, pickets were held with protests against the tariff rules. Chile"
                    + " backs the tariff rules.",
                "Peru",
                "tariff rules"))
        .isEmpty();
  }

  @Test
  void against_takesASideAfterAWordOfTakingSidesOrAnActOnly() {
    String text = "Norway %s the steel tax. Iceland backs the steel tax.";

    assertThat(value(text.formatted("has savings to cushion it against"), "Norway", "steel tax"))
        .isEmpty();
    assertThat(value(text.formatted("measured its costs against"), "Norway", "steel tax"))
        .isEmpty();
    assertThat(value(text.formatted("argued strongly against"), "Norway", "steel tax"))
        .contains(StanceValue.OPPOSE);
    assertThat(value(text.formatted("warned ministers against"), "Norway", "steel tax"))
        .contains(StanceValue.OPPOSE);
    assertThat(value(text.formatted("took legal action against"), "Norway", "steel tax"))
        .contains(StanceValue.OPPOSE);
  }

  @Test
  void aWarnedForecast_takesNoSideFromItsCondition() {
    String condition =
        "The steel tax could stay if ministers reject the new budget, Norway has warned. Iceland"
            + " backs the steel tax.";
    String effect =
        "The steel tax could undermine the new budget, Norway has warned. Iceland backs the steel"
            + " tax.";

    assertThat(value(condition, "Norway", "steel tax")).isEmpty();
    assertThat(value(effect, "Norway", "steel tax")).contains(StanceValue.OPPOSE);
  }

  @Test
  void aSupportingActor_supportsNothing() {
    String part =
        "Velcora Studios hopes to win a best supporting actress award at the film festival. The"
            + " film festival opens in May.";
    String support =
        "Velcora Studios is supporting the film festival. The film festival opens in May.";

    assertThat(value(part, "Velcora Studios", "film festival")).isEmpty();
    assertThat(value(support, "Velcora Studios", "film festival")).contains(StanceValue.SUPPORT);
  }

  @Test
  void aChampion_backsOnlyWhatItIsChampionOf() {
    String winner =
        "Velcora Studios, the defending champion, won the film festival. The film festival opens in"
            + " May.";
    String backer =
        "Velcora Studios is a champion of the film festival. The film festival opens in May.";

    assertThat(value(winner, "Velcora Studios", "film festival")).isEmpty();
    assertThat(value(backer, "Velcora Studios", "film festival")).contains(StanceValue.SUPPORT);
  }

  @Test
  void inFavourOf_takesASideOnlyAfterBeOrAVerbOfVotingOrArguing() {
    String text = "The Velcora Union %s in favour of the steel tax. The steel tax starts in May.";

    assertThat(value(text.formatted("says the law is biased"), "Velcora Union", "steel tax"))
        .isEmpty();
    assertThat(value(text.formatted("will stand down"), "Velcora Union", "steel tax")).isEmpty();
    assertThat(value(text.formatted("is strongly"), "Velcora Union", "steel tax"))
        .contains(StanceValue.SUPPORT);
    assertThat(value(text.formatted("voted unanimously"), "Velcora Union", "steel tax"))
        .contains(StanceValue.SUPPORT);
  }

  @Test
  void aProtestVoteOrResigningInProtest_protestsNothing() {
    String text =
        "The Velcora Union backs the steel tax. The Velcora Union told members not to stay at home"
            + " or protest vote on the steel tax.";

    String resigned =
        "The Velcora Union backs the steel tax. But the steel tax prompted the Velcora Union chief"
            + " to resign in protest.";

    assertThat(value(text, "Velcora Union", "steel tax")).contains(StanceValue.SUPPORT);
    assertThat(value(resigned, "Velcora Union", "steel tax")).contains(StanceValue.SUPPORT);
  }

  @Test
  void aDemandOpeningTheSentence_isNoPartysDemand() {
    String text =
        "A demand for the steel tax is politically motivated, the Velcora Union claimed. Peru backs"
            + " the steel tax.";

    assertThat(value(text, "Velcora Union", "steel tax")).isEmpty();
  }

  @Test
  void acceptingThatAStatementHolds_onlyReportsIt() {
    String statement =
        "Velcora Studios now accepts that the steel tax will cost jobs. Peru backs the steel tax.";
    String thing = "Velcora Studios accepted the steel tax. Peru backs the steel tax.";

    assertThat(value(statement, "Velcora Studios", "steel tax")).contains(StanceValue.NEUTRAL);
    assertThat(value(thing, "Velcora Studios", "steel tax")).contains(StanceValue.SUPPORT);
  }

  @Test
  void abandoningOrWithdrawingAThing_opposesIt() {
    String text = "Norway %s the steel tax. Iceland backs the steel tax.";

    assertThat(value(text.formatted("wants to abandon"), "Norway", "steel tax"))
        .contains(StanceValue.OPPOSE);
    assertThat(value(text.formatted("agreed to withdraw"), "Norway", "steel tax"))
        .contains(StanceValue.OPPOSE);
    assertThat(value(text.formatted("promised to refrain from"), "Norway", "steel tax"))
        .contains(StanceValue.OPPOSE);
  }

  @Test
  void aMarketsDemand_isNoPartysDemand() {
    String served =
        "Velcora Studios plans a plant to satisfy rising demand for steel tubes. Peru backs steel"
            + " tubes.";
    String subject =
        "In Europe demand for steel tubes is likely to rise, Velcora Studios said. Peru backs steel"
            + " tubes.";
    String partys = "Chile's demand for steel tubes was rejected. Peru backs steel tubes.";

    assertThat(value(served, "Velcora Studios", "steel tubes")).isEmpty();
    assertThat(value(subject, "Velcora Studios", "steel tubes")).contains(StanceValue.NEUTRAL);
    assertThat(value(subject, "Europe", "steel tubes")).isEmpty();
    assertThat(value(partys, "Chile", "steel tubes")).contains(StanceValue.SUPPORT);
  }

  @Test
  void itOrTheyAsSubject_isNoObjectOfAPreposition() {
    String text =
        "The Velcora Union's hostility to Peru has grown so far that it now rejects the steel tax."
            + " Chile backs the steel tax.";

    assertThat(value(text, "Peru", "steel tax")).isEmpty();
    assertThat(value(text, "Velcora Union", "steel tax")).contains(StanceValue.OPPOSE);
  }

  @Test
  void forAfterACommaEndsWhatAgainstActsOn() {
    String text =
        "The Velcora Union campaigns against globalisation, for the steel tax and for better pay."
            + " Peru backs the steel tax.";

    assertThat(value(text, "Velcora Union", "steel tax"))
        .isNotEqualTo(Optional.of(StanceValue.OPPOSE));
  }

  @Test
  void welcomingGuests_backsNothing() {
    String host =
        "Velcora Studios will welcome delegates to the film festival. The film festival opens in"
            + " May.";
    String backer =
        "Velcora Studios will welcome the film festival. The film festival opens in May.";

    assertThat(value(host, "Velcora Studios", "film festival")).isEmpty();
    assertThat(value(backer, "Velcora Studios", "film festival")).contains(StanceValue.SUPPORT);
  }

  @Test
  void againstWithAnObjectOfItsOwn_actsOnNoOtherIssue() {
    String own =
        "Norway will fund the steel tax and the fight against crime. Iceland backs the steel tax.";
    String issue = "Norway campaigned against the steel tax. Iceland backs the steel tax.";

    assertThat(value(own, "Norway", "steel tax")).isNotEqualTo(Optional.of(StanceValue.OPPOSE));
    assertThat(value(issue, "Norway", "steel tax")).contains(StanceValue.OPPOSE);
  }

  @Test
  void aPlaceInWhatAConcernSays_holdsNoConcern() {
    String content =
        "Analysts voiced concern that the steel tax in Peru would hurt exports. Peru has a new"
            + " president. Chile backs the steel tax.";
    String holders =
        "The steel tax has raised concern in Peru. Peru has a new president. Chile backs the steel"
            + " tax.";

    assertThat(value(content, "Peru", "steel tax")).isEmpty();
    assertThat(value(holders, "Peru", "steel tax")).contains(StanceValue.OPPOSE);
  }

  @Test
  void aVetoHeld_takesNoSide() {
    String held = "Norway said: \"We have a veto on the steel tax.\" Iceland backs the steel tax.";
    String right =
        "Norway keeps the right of veto over the steel tax. Iceland backs the steel tax.";
    String powers = "Norway has veto powers over the steel tax. Iceland backs the steel tax.";
    String used = "Norway will use its veto on the steel tax. Iceland backs the steel tax.";

    assertThat(value(held, "Norway", "steel tax")).isNotEqualTo(Optional.of(StanceValue.OPPOSE));
    assertThat(value(right, "Norway", "steel tax")).isNotEqualTo(Optional.of(StanceValue.OPPOSE));
    assertThat(value(powers, "Norway", "steel tax")).isNotEqualTo(Optional.of(StanceValue.OPPOSE));
    assertThat(value(used, "Norway", "steel tax")).contains(StanceValue.OPPOSE);
  }

  @Test
  void standingAgainstARivalAtAnElection_takesNoSide() {
    String rival =
        "The Velcora Union will stand against Labour in the general election. Chile backs the"
            + " general election.";
    String side =
        "The Velcora Union will stand against the general election. Chile backs the general"
            + " election.";

    assertThat(value(rival, "Velcora Union", "general election"))
        .isNotEqualTo(Optional.of(StanceValue.OPPOSE));
    assertThat(value(side, "Velcora Union", "general election")).contains(StanceValue.OPPOSE);
  }

  @Test
  void dismissingFearsAboutAThing_takesNoSideOnIt() {
    String sourced =
        "Norway dismissed fears from the Conservatives that its plans for steel tax cuts would"
            + " fail. Iceland backs steel tax cuts.";
    String plain =
        "Norway dismissed fears that its steel tax cuts would fail. Iceland backs steel tax cuts.";
    String thing = "Norway dismissed the steel tax cuts. Iceland backs steel tax cuts.";

    assertThat(value(sourced, "Norway", "steel tax cuts"))
        .isNotEqualTo(Optional.of(StanceValue.OPPOSE));
    assertThat(value(plain, "Norway", "steel tax cuts"))
        .isNotEqualTo(Optional.of(StanceValue.OPPOSE));
    assertThat(value(thing, "Norway", "steel tax cuts")).contains(StanceValue.OPPOSE);
  }

  @Test
  void wantingAThingNamedBeforeTakenAway_opposesIt() {
    String kept =
        "Chile sees the steel tax as a shield and would never want it dropped. Peru backs the"
            + " steel tax.";
    String lifted =
        "Chile sees the steel tax as a burden and wants it lifted. Peru backs the steel tax.";

    assertThat(value(kept, "Chile", "steel tax")).contains(StanceValue.SUPPORT);
    assertThat(value(lifted, "Chile", "steel tax")).contains(StanceValue.OPPOSE);
  }

  @Test
  void aCueWhoseSubjectIsNoOne_isNoPartysSide() {
    String opening =
        "No-one wants a steel tax, said Jo Reed, chairman of Acme Holdings. Peru backs the steel"
            + " tax.";
    String reported =
        "Jo Reed, chairman of Acme Holdings, said nobody wants a steel tax. Peru backs the steel"
            + " tax.";
    String compared =
        "No one is more committed to the steel tax than we are, said Jo Reed, chairman of Acme"
            + " Holdings. Peru backs the steel tax.";

    assertThat(value(opening, "Acme Holdings", "steel tax"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(reported, "Acme Holdings", "steel tax"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(compared, "Acme Holdings", "steel tax")).contains(StanceValue.SUPPORT);
  }

  @Test
  void reluctanceToBack_opposes() {
    String reluctant = "Chile is reluctant to embrace the steel tax. Peru backs the steel tax.";
    String unwilling = "Chile is unwilling to back the steel tax. Peru backs the steel tax.";
    String unlikely = "Chile is unlikely to oppose the steel tax. Peru backs the steel tax.";
    String atFirst =
        "The Velcora Union, reluctant at first, backed the steel tax. Peru backs the steel tax.";

    assertThat(value(reluctant, "Chile", "steel tax")).contains(StanceValue.OPPOSE);
    assertThat(value(unwilling, "Chile", "steel tax")).contains(StanceValue.OPPOSE);
    assertThat(value(unlikely, "Chile", "steel tax")).contains(StanceValue.SUPPORT);
    assertThat(value(atFirst, "Velcora Union", "steel tax")).contains(StanceValue.SUPPORT);
  }

  @Test
  void questionedByPolice_isAnInterviewNotADoubt() {
    String police =
        "Two men were questioned by Peruvian police over the steel tax. Chile backs the steel tax.";
    String doubt = "The steel tax was questioned by Peru. Chile backs the steel tax.";

    assertThat(value(police, "Peru", "steel tax")).isNotEqualTo(Optional.of(StanceValue.OPPOSE));
    assertThat(value(doubt, "Peru", "steel tax")).contains(StanceValue.OPPOSE);
  }

  @Test
  void planAfterAPluralSubject_isAVerbNotAProposal() {
    String verb =
        "The Greens oppose the steel plan. The Greens plan to fight it in the courts. Chile backs"
            + " the steel plan.";
    String noun =
        "Acme unveiled an ambitious plan to cut fees. Critics attacked the ambitious plan to cut"
            + " fees. Peru backs the fee cap.";

    assertThat(value(verb, "Green Party", "steel plan")).contains(StanceValue.OPPOSE);
    assertThat(IssueExtractorTest.ranked(noun))
        .extracting(Issue::name)
        .anyMatch(n -> n.contains("plan"));
  }

  @Test
  void whomACueAsksToAct_isNoObjectOfIt() {
    String urged =
        "Peru urged the steel industry to cut emissions. The steel industry is big. Chile backs"
            + " the steel industry.";
    String calledOn =
        "Peru called on the steel industry to cut emissions. The steel industry is big. Chile"
            + " backs the steel industry.";
    String people =
        "Peru urged the steel industry bosses to cut emissions. The steel industry is big. Chile"
            + " backs the steel industry.";
    String passive = "Peru urged the steel tax to be scrapped. Chile backs the steel tax.";
    String calledFor =
        "Peru called for the steel plan to start in May. Chile backs the steel plan.";

    assertThat(value(urged, "Peru", "steel industry")).isEmpty();
    assertThat(value(calledOn, "Peru", "steel industry")).isEmpty();
    assertThat(value(people, "Peru", "steel industry")).isEmpty();
    assertThat(value(passive, "Peru", "steel tax")).contains(StanceValue.OPPOSE);
    assertThat(value(calledFor, "Peru", "steel plan")).contains(StanceValue.SUPPORT);
  }

  @Test
  void peopleOpeningAQuote_areOthersUnlessAskedToAct() {
    String others =
        "\"People will want to buy the steel game,\" said Jo Reed of Acme Holdings. Peru backs"
            + " the steel game.";
    String asked =
        "\"People must resist the steel game,\" said Jo Reed of Acme Holdings. Peru backs the"
            + " steel game.";

    assertThat(value(others, "Acme Holdings", "steel game"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(asked, "Acme Holdings", "steel game")).contains(StanceValue.OPPOSE);
  }

  @Test
  void anyOneOfAKind_isOthersSubject() {
    String every =
        "Jo Reed of Acme Holdings said every publisher wants the steel game. Peru backs the steel"
            + " game.";
    String own =
        "Jo Reed of Acme Holdings said Acme wants the steel game. Peru backs the steel game.";

    assertThat(value(every, "Acme Holdings", "steel game"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(own, "Acme Holdings", "steel game")).contains(StanceValue.SUPPORT);
  }

  @Test
  void pausingOrDelayingAThing_takesItAway() {
    String pause = "Peru rejected calls to pause the steel tax. Chile opposes the steel tax.";
    String delayed = "Peru wants the steel tax delayed. Chile backs the steel tax.";

    assertThat(value(pause, "Peru", "steel tax")).contains(StanceValue.SUPPORT);
    assertThat(value(delayed, "Peru", "steel tax")).contains(StanceValue.OPPOSE);
  }

  @Test
  void aWishThatOnlySetsALimitOrATime_takesNoSide() {
    String limit =
        "Peru said staff need not stay on longer than they wanted, adding that the new age was"
            + " not a compulsory retirement age. Chile backs a compulsory retirement age.";
    String time =
        "Home theatre systems are selling well. The boxes, like the UK's Kestrel+ system, let"
            + " viewers stop and replay shows when they really want. Peru backs home theatre"
            + " systems.";
    String aim = "Peru said they want a compulsory retirement age. Chile backs it.";

    assertThat(value(limit, "Peru", "compulsory retirement age"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(time, "Kestrel", "home theatre systems"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(aim, "Peru", "compulsory retirement age")).contains(StanceValue.SUPPORT);
  }

  @Test
  void aWishNamedOnlyByWhat_takesNoSide() {
    String games = " The grazing games were debated.";

    assertThat(
            value(
                "\"Grazing games were dull and nobody was building what we wanted to build,\" said Peru's"
                    + " minister."
                    + games,
                "Peru",
                "grazing games"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(
            value(
                "Peru did what it wanted with the grazing games." + games, "Peru", "grazing games"))
        .isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    // "what we want is ..." names the wish after "be"
    assertThat(
            value(
                "Peru said what it wanted was lower grazing fees. The grazing fees were debated.",
                "Peru",
                "grazing fees"))
        .contains(StanceValue.SUPPORT);
  }

  @Test
  void protestsAPartyUndergoes_areOthers() {
    String suffered =
        "Peru suffered days of angry protests against the steel tax. Chile backs the steel tax.";
    String faced = "The Peru government faced mass riots against the steel tax. Chile backs it.";
    String staged = "Acme Workers Union staged protests against the steel tax. Chile backs it.";

    assertThat(value(suffered, "Peru", "steel tax")).isEmpty();
    assertThat(value(faced, "Peru", "steel tax")).isEmpty();
    assertThat(value(staged, "Acme Workers Union", "steel tax")).contains(StanceValue.OPPOSE);
  }

  @Test
  void supportAskedFor_isGivenByNoOne() {
    String pitch =
        "Peru began a drive for rural support with a steel tax speech. Chile backs the steel"
            + " tax.";
    String asked =
        "\"We will ask farmers for support this year with the steel tax,\" Peru said. Chile backs"
            + " the steel tax.";
    String supportOf = "Peru asked farmers for support of the steel tax. Chile backs it.";

    assertThat(value(pitch, "Peru", "steel tax")).isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(asked, "Peru", "steel tax")).isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(supportOf, "Peru", "steel tax")).contains(StanceValue.SUPPORT);
  }

  @Test
  void whatAPartyOnlyStudiesChangesOrPaysFor_takesNoSide() {
    String study = "Peru pledged to study the steel tax. Chile backs the steel tax.";
    String change = "Peru agreed to change the steel tax. Chile backs the steel tax.";
    String payFor = "Peru agreed to pay 40% more for the steel quota. Chile backs the steel quota.";
    String settle =
        "Peru agreed to pay $5m to settle a suit over the steel quota. Chile backs the steel quota.";
    String payTo = "Peru agreed to pay $5m to victims of the steel quota. Chile backs it.";
    String pledge = "Peru said it had kept its pledge to review the steel tax. Chile backs it.";
    // what is paid is still backed, a side after the payment is still taken, and a noun "change"
    // looks into nothing
    String climate = "Peru backs climate change research and the steel tax. Chile backs it.";
    String pay = "Peru agreed to pay the steel levy. Chile backs the steel levy.";
    String aim =
        "Peru pledged to pay 5% of the debt bill so as to cut the steel tax. Chile backs"
            + " the steel tax.";

    assertThat(value(study, "Peru", "steel tax")).isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(change, "Peru", "steel tax")).isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(payFor, "Peru", "steel quota")).isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(settle, "Peru", "steel quota")).isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(payTo, "Peru", "steel quota")).isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(pledge, "Peru", "steel tax")).isNotEqualTo(Optional.of(StanceValue.SUPPORT));
    assertThat(value(pay, "Peru", "steel levy")).contains(StanceValue.SUPPORT);
    assertThat(value(climate, "Peru", "steel tax")).contains(StanceValue.SUPPORT);
    assertThat(value(aim, "Peru", "steel tax"))
        .isPresent()
        .isNotEqualTo(Optional.of(StanceValue.NEUTRAL));
  }
}
