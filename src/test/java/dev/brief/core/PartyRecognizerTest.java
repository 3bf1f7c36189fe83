package dev.brief.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Parties and actors from general data and text patterns, on sentences written for the test. */
class PartyRecognizerTest {
  private static Map<String, Party> parties(String text) {
    Analysis a =
        Analyzer.standard()
            .analyseText(text, TextFormat.PLAIN, "UTF-8", SummaryLength.sentences(2));
    return a.parties().stream().collect(Collectors.toMap(Party::name, p -> p));
  }

  private static List<String> actors(Party p) {
    return p.actors().stream().map(Actor::name).toList();
  }

  @Test
  void aDayOrMonthAfterABodysName_isNoPartOfIt() {
    Map<String, Party> found =
        parties(
            "The Harbour Court of Appeal on Monday rejected the port tax. The Lima Congress of"
                + " March backed it.");

    assertThat(found).containsKey("Harbour Court of Appeal");
    assertThat(found.keySet()).noneMatch(n -> n.contains("Monday") || n.contains("March"));
  }

  @Test
  void theHeadBeforeOfOrFor_namesTheKindOfBody() {
    Map<String, Party> p =
        parties(
            "The Harbour Department of Energy backed the steel tax. The Association of Lima Police"
                + " Officers rejected the steel tax. The Ministry for Telecom Services said it"
                + " would study it.");

    assertThat(p.get("Harbour Department of Energy").kind()).isEqualTo(PartyKind.GOVERNMENT);
    assertThat(p.get("Association of Lima Police Officers").kind())
        .isEqualTo(PartyKind.ORGANISATION);
    assertThat(p.get("Ministry for Telecom Services").kind()).isEqualTo(PartyKind.GOVERNMENT);
    // the last name word still names the kind where no "of" or "for" follows a head
    assertThat(parties("Lima Energy backed the steel tax.").get("Lima Energy").kind())
        .isEqualTo(PartyKind.COMPANY);
  }

  @Test
  void aRoleAtACountryWordAndAFirmNoun_isTheFirmsNotTheCountrys() {
    Map<String, Party> p =
        parties(
            "Jo Reed, chief executive of US company Norrow Data Works, said the tax was welcome. Ann"
                + " Hale, the head of Peruvian conglomerate Kestrel Group, rejected it. Tom Vale,"
                + " chair of the Chilean bank, backed it. Ian Roe, head of the Peruvian ministry,"
                + " opposed it.");

    assertThat(actors(p.get("Norrow Data Works"))).containsExactly("Jo Reed");
    assertThat(actors(p.get("Kestrel Group"))).containsExactly("Ann Hale");
    assertThat(p).containsKey("Tom Vale").doesNotContainKeys("United States", "Chile");
    assertThat(actors(p.get("Peru"))).containsExactly("Ian Roe"); // a post in the state
    assertThat(actors(parties("The tax was backed by Jo Reed, president of Chile.").get("Chile")))
        .containsExactly("Jo Reed"); // the country ends the text
    assertThat(
            actors(
                parties("Ann Vole, chair of the Labour group at Lima Council, backed the tax.")
                    .get("Labour")))
        .containsExactly("Ann Vole");
  }

  @Test
  void aRoleAtACountrysFirm_isTheFirmsNotTheCountrys() {
    assertThat(
            actors(
                parties(
                        "Jo Reed, the leader of Peru's biggest union Unitas, said she rejected"
                            + " the tax.")
                    .get("Unitas")))
        .containsExactly("Jo Reed");
    Map<String, Party> unnamed =
        parties("Jo Reed, the chairman of Peru's largest airline, said she rejected the tax.");
    assertThat(unnamed).containsKey("Jo Reed");
    assertThat(unnamed.get("Jo Reed").kind()).isEqualTo(PartyKind.PERSON);
    assertThat(unnamed).doesNotContainKey("Peru");
    // a post in the state stays the country's
    assertThat(
            actors(
                parties("Jo Reed, head of Peru's foreign ministry, said she rejected the tax.")
                    .get("Peru")))
        .containsExactly("Jo Reed");
  }

  @Test
  void aPostInANationsSportOrFederation_isNoPostOfTheState() {
    assertThat(parties("Peruvian tennis chief Jo Reed rejected the ban."))
        .containsKey("Jo Reed")
        .doesNotContainKey("Peru");
    assertThat(actors(parties("Peru Athletics chief Jo Reed rejected the ban.").get("Jo Reed")))
        .containsExactly("Jo Reed");
    assertThat(parties("Peruvian Federation press officer Jo Reed rejected the ban."))
        .containsKey("Jo Reed");
    // a minister for sport is the state's
    assertThat(actors(parties("Peruvian sports minister Jo Reed rejected the ban.").get("Peru")))
        .containsExactly("Jo Reed");
  }

  @Test
  void aRoleInABodyACountryWordOpens_isNotTheCountrys() {
    assertThat(
            parties(
                "Jo Reed, director general of the Peruvian Chambers of Commerce, said she"
                    + " rejected the tax."))
        .containsKey("Jo Reed")
        .doesNotContainKey("Peru");
    assertThat(
            actors(
                parties(
                        "Jo Reed, head of the Peruvian Central Bank, said she rejected the"
                            + " tax.")
                    .get("Peruvian Central Bank")))
        .containsExactly("Jo Reed");
    // a body's own name going on stays the body's
    assertThat(
            actors(
                parties(
                        "Jo Reed, president of Kestrel Computer Entertainment America, said she"
                            + " rejected the tax.")
                    .get("Kestrel Computer Entertainment")))
        .containsExactly("Jo Reed");
    // the state's own name stays the country's
    assertThat(
            actors(
                parties(
                        "Ana Costa, President of the French Republic, said she rejected the"
                            + " tax.")
                    .get("France")))
        .containsExactly("Ana Costa");
  }

  @Test
  void twoBankNamesJoinedByAnd_areTwoBodies() {
    assertThat(
            parties(
                "United Bank of Peru and Kestrel Trust Bank have agreed to merge, and both"
                    + " rejected the tax."))
        .containsKeys("United Bank of Peru", "Kestrel Trust Bank");
    assertThat(parties("The state banks - Banque du Vale and Bank of Peru - rejected the tax."))
        .containsKey("Bank of Peru")
        .doesNotContainKey("Vale and Bank of Peru");
    // one name whose words after "and" name no second body of its kind
    assertThat(
            parties(
                "The Harbour Institute of Fiscal and Social Research rejected the tax. The"
                    + " Department of Fisheries and Industry backed it."))
        .containsKeys(
            "Harbour Institute of Fiscal and Social Research",
            "Department of Fisheries and Industry");
  }

  @Test
  void anAcronymThatSpellsTheNameAfterAnd_startsTheBodyThere() {
    Map<String, Party> p =
        parties("Velcora and Kestrel Motors (KM) have until Monday to settle the toll dispute.");

    assertThat(p).containsKey("Kestrel Motors").doesNotContainKey("Velcora and Kestrel Motors");
    // an acronym of the whole name keeps it whole
    assertThat(parties("Velcora and Kestrel Motors (VKM) rejected the toll."))
        .containsKey("Velcora and Kestrel Motors");
  }

  @Test
  void aNameThatOwnsAManagingDirector_isABody() {
    Map<String, Party> p = parties("Jo Reed, KVB's managing director, said the toll was unfair.");

    assertThat(p).containsKey("KVB").doesNotContainKey("Jo Reed KVB");
    assertThat(actors(p.get("KVB"))).containsExactly("Jo Reed");
    assertThat(
            actors(
                parties("But Velcora's managing director Jo Reed rejected the toll.")
                    .get("Velcora")))
        .containsExactly("Jo Reed");
    // a person has advisers, not a managing director
    assertThat(parties("Ann Hale, Velcora's adviser, said the toll was unfair."))
        .doesNotContainKey("Velcora");
  }

  @Test
  void aMarketLeader_isAFirmNotAPerson() {
    Map<String, Party> p =
        parties(
            "Most of the stake went to market leader Velcora. Velcora said it backed the toll.");

    assertThat(p.get("Velcora").kind()).isEqualTo(PartyKind.COMPANY);
    assertThat(p.get("Velcora").actors()).isEmpty();
    // a party's leader is a person
    assertThat(parties("Party leader Jo Reed said she backed the toll.").get("Jo Reed").kind())
        .isEqualTo(PartyKind.PERSON);
  }

  @Test
  void aCountryBeforeAFirmNoun_describesTheFirms() {
    assertThat(
            parties(
                "Struggling Peru companies, mostly steel makers, had long argued in"
                    + " favour of the toll."))
        .doesNotContainKey("Peru");
    assertThat(parties("Two Peru firms are drafting plans for the toll."))
        .doesNotContainKey("Peru");
    // the country that acts stays a party
    assertThat(parties("Peru warns firms the toll will rise.")).containsKey("Peru");
  }

  @Test
  void aCountrysNameThatOpensAnotherName_isNoParty() {
    assertThat(parties("The makers of Peru Family Swap have gone to court over the port tax."))
        .doesNotContainKey("Peru");
    assertThat(parties("Total costs rose, Peru Coal said.")).doesNotContainKey("Peru");
    // the state's embassy, a list of countries and a role still name the country
    assertThat(parties("A Peru Embassy spokesman said the port tax was unfair."))
        .containsKey("Peru");
    assertThat(parties("Peru, Chile and Bolivia rejected the port tax.")).containsKey("Peru");
    assertThat(parties("Peru President Ana Costa rejected the port tax.")).containsKey("Peru");
  }

  @Test
  void demonymTitleName_linksThePersonToTheCountry() {
    Map<String, Party> p =
        parties(
            "Brazilian President Ana Souza met Kenyan Foreign Minister Peter Otieno on Monday.");

    assertThat(actors(p.get("Brazil"))).containsExactly("Ana Souza");
    assertThat(p.get("Brazil").actors().get(0).role()).isEqualTo("president");
    assertThat(actors(p.get("Kenya"))).containsExactly("Peter Otieno");
  }

  @Test
  void anUnderSecretary_isAnOfficeNotPartOfTheName() {
    Map<String, Party> p =
        parties(
            "Peru Treasury Under-Secretary Ana Souza said Peru could not back the fishing plan.");

    assertThat(actors(p.get("Peru"))).containsExactly("Ana Souza");
    assertThat(p.get("Peru").actors().get(0).role()).isEqualTo("under-secretary");
  }

  @Test
  void wordOpeningASentenceBeforeAnOfficeNoun_isANameOnlyIfNeverWrittenInLowerCase() {
    Map<String, Party> common =
        parties(
            "Acme Corp reported results on Monday. Net profit rose 5% to $2bn, while net sales"
                + " were flat.");
    Map<String, Party> firm =
        parties("Acme Corp reported results. Kestrel shareholders backed the deal.");
    Map<String, Party> body =
        parties(
            "The Public Accounts Committee met on Monday. Committee chairman Jo Reed said the"
                + " committee would report soon.");

    assertThat(common).doesNotContainKey("Net");
    assertThat(firm).containsKey("Kestrel");
    assertThat(actors(body.get("Public Accounts Committee"))).containsExactly("Jo Reed");
  }

  @Test
  void nameWithoutEvidence_isAPersonWhenAnHonorificLaterGivesItsSurname() {
    Map<String, Party> honoured =
        parties("The post goes to an ally of Jo Reed. Mr Reed rejected the housing plan.");
    Map<String, Party> bare =
        parties("The post goes to an ally of Jo Reed. The housing plan was rejected.");
    Map<String, Party> titled =
        parties(
            "The Lord Of the Rings: The Return Of the King won. Critics rejected the housing plan.");

    assertThat(honoured.get("Jo Reed").kind()).isEqualTo(PartyKind.PERSON);
    assertThat(honoured.get("Jo Reed").mentions()).isEqualTo(2);
    assertThat(bare).doesNotContainKey("Jo Reed");
    assertThat(titled).doesNotContainKey("Return Of");
  }

  @Test
  void possessiveName_isAPersonUnlessAnArticleStandsBeforeIt() {
    Map<String, Party> thing =
        parties("Sales of the handheld rose. The Kestrel Vue's screens are bright and sharp.");
    Map<String, Party> person =
        parties("Sales of the handheld rose. Critics praised Jo Reed's design of the screens.");

    assertThat(thing).doesNotContainKey("Kestrel Vue");
    assertThat(person.get("Jo Reed").kind()).isEqualTo(PartyKind.PERSON);
  }

  @Test
  void demonymAfterAnHonorific_isASurnameNotACountry() {
    Map<String, Party> surname =
        parties("\"Prices are high,\" said Ms Welsh, a shop owner. Mr English agreed with her.");
    Map<String, Party> country =
        parties(
            "\"Prices are high,\" said the Welsh government. The English government agreed with"
                + " it.");

    assertThat(surname).doesNotContainKeys("Wales", "England");
    assertThat(country).containsKeys("Wales", "England");
  }

  @Test
  void countryBeforeARoleNoStateHas_isANationalityNotAnEmployer() {
    Map<String, Party> director =
        parties("Indian film director Ana Ruiz defended her casting. Ms Ruiz said it was right.");
    Map<String, Party> minister =
        parties("Indian minister Ana Ruiz defended her budget. Ms Ruiz said it was right.");

    assertThat(director).doesNotContainKey("India");
    assertThat(director.get("Ana Ruiz").kind()).isEqualTo(PartyKind.PERSON);
    assertThat(actors(minister.get("India"))).containsExactly("Ana Ruiz");
  }

  @Test
  void demonymJoinedToAnotherAdjective_describesWhatFollows() {
    Map<String, Party> things =
        parties("The weak peso hit Chilean and Asian exporters. Peru backed a water tax.");
    Map<String, Party> actors =
        parties("Chilean and Peruvian officials backed a water tax. It rose in May.");

    assertThat(things).doesNotContainKey("Chile");
    assertThat(actors).containsKeys("Chile", "Peru");
  }

  @Test
  void countrysCourt_isNoActOfTheCountry() {
    Map<String, Party> court =
        parties("Ann Lee attacked the ruling by Chile's highest court. The ruling stands.");
    Map<String, Party> government =
        parties("Ann Lee attacked the ruling by Chile's government. The ruling stands.");

    assertThat(court).doesNotContainKey("Chile");
    assertThat(government).containsKey("Chile");
  }

  @Test
  void longOfficeAndDevolvedMembersTitle_areNoPartOfTheName() {
    Map<String, Party> p =
        parties(
            "Chancellor of the Exchequer Jo Reed said rates would rise. Labour backed him and"
                + " Labour MSP Ann Vole said she agreed. The Conservatives said nothing.");

    assertThat(p).doesNotContainKey("Exchequer Jo Reed").doesNotContainKey("MSP Ann Vole");
    assertThat(actors(p.get("Labour"))).contains("Ann Vole");
    // a chancellor is a minister: named with no country, he joins the text's home country
    assertThat(actors(p.get("United Kingdom"))).containsExactly("Jo Reed");
  }

  @Test
  void aChiefOfficersOrEconomistsTitle_isOneRoleAtTheBodyNamedAfterIt() {
    Map<String, Party> p =
        parties(
            "\"We back the port tax,\" said Ken Hara, Chief Operating Officer of Acme Corp."
                + " \"It is a bad tax,\" said Jo Wong, chief economist at Lima Partners.");

    assertThat(actors(p.get("Acme Corp"))).containsExactly("Ken Hara");
    assertThat(actors(p.get("Lima Partners"))).containsExactly("Jo Wong");
    assertThat(p).doesNotContainKey("Operating").doesNotContainKey("Jo Wong");
  }

  @Test
  void aCountryBeforeAnAnalystsOrStrategistsRole_onlySaysWhereTheyAreFrom() {
    Map<String, Party> p =
        parties(
            "Praise goes to Jo Reed, the Peruvian strategist who joined the Harbour Party"
                + " last year. Reed said the port tax was wrong. Ann Hale, a Chilean analyst,"
                + " said the tax was fair.");

    assertThat(p).doesNotContainKeys("Peru", "Chile").containsKeys("Jo Reed", "Ann Hale");
  }

  @Test
  void aCapitalisedWordBetweenTwoRoleWords_qualifiesTheRole() {
    Map<String, Party> p =
        parties(
            "\"The port tax is bad,\" said Harbour Bank chief Asian strategist Jo Wong. Lima"
                + " Bank chief Pacific economist Ann Hale backed it. It was opposed by Kestrel Bank"
                + " chairman Lutz, analyst Jo Vole said. Tom Reed backed the tax. Senator Reed's"
                + " spokeswoman Ann Vole said more.");

    assertThat(actors(p.get("Harbour Bank"))).containsExactly("Jo Wong");
    assertThat(actors(p.get("Lima Bank"))).containsExactly("Ann Hale");
    assertThat(actors(p.get("Kestrel Bank"))).contains("Lutz"); // a comma ends the title
    assertThat(p.get("Tom Reed").actors()) // an owner ends it
        .anyMatch(a -> a.name().equals("Tom Reed") && "senator".equals(a.role()));
  }

  @Test
  void aBodyNounAfterOfInApposition_isTheEmployerNotTheName() {
    Map<String, Party> p =
        parties(
            "Karl Vogt, organiser of a group lobbying to stop the tax, said it was wrong."
                + " Mr Vogt will fight it. Tramvia, the private rail firm, backed the tax.");

    assertThat(p.get("Karl Vogt").kind()).isEqualTo(PartyKind.PERSON);
    assertThat(p.get("Tramvia").kind()).isEqualTo(PartyKind.COMPANY);
  }

  @Test
  void aPeopleCountedInPart_isNotTheState() {
    for (String counted :
        List.of(
            "A poll suggests two-thirds of Peruvians back the port tax.",
            "Most Peruvians back the port tax.",
            "A survey found 60% of Peruvians back the port tax.",
            "A survey found 60 per cent of Peruvians back the port tax.")) {
      assertThat(parties(counted + " Chile opposes the port tax."))
          .as(counted)
          .doesNotContainKey("Peru");
    }
    // the people as a whole, and a people after a year, still name the country
    assertThat(parties("Peruvians back the port tax. Chile opposes the port tax."))
        .containsKey("Peru");
    assertThat(parties("In 2003, Peruvians backed the port tax. Chile opposes it."))
        .containsKey("Peru");
  }

  @Test
  void oneOfAKindOfFirmsInApposition_isAFirm() {
    Map<String, Party> p =
        parties(
            "In 2003 Acme bid for Tramvia, one of Peru's premier rail firms, but Kestrel"
                + " Holdings won. Harbour Rail, one of the biggest freight firms in Chile,"
                + " backed the port tax.");

    assertThat(p.get("Tramvia").kind()).isEqualTo(PartyKind.COMPANY);
    assertThat(p.get("Harbour Rail").kind()).isEqualTo(PartyKind.COMPANY);
    assertThat(p).doesNotContainKey("Peru"); // "premier" describes the firms: no office
  }

  @Test
  void irregularPastVerbAfterACountryOrAGroup_isAVerbNotANoun() {
    Map<String, Party> p =
        parties("Bolivia met Peru on Monday. As the mill shut, shareholders lost their stake.");

    // "Bolivia met" is not "Bolivia" describing a noun "met"
    assertThat(p).containsKey("Bolivia").containsKey("Peru");
    // the group is named by its noun, not by the verb before the comma
    assertThat(p).containsKey("shareholders").doesNotContainKey("shut shareholders");
  }

  @Test
  void deniedAuxiliaryAfterACountry_isAVerbNotANoun() {
    assertThat(parties("Bolivia cannot accept the plan. The plan was debated."))
        .containsKey("Bolivia");
    assertThat(parties("Bolivia won't accept the plan. The plan was debated."))
        .containsKey("Bolivia");
    assertThat(parties("Bolivia didn't accept the plan. The plan was debated."))
        .containsKey("Bolivia");
  }

  @Test
  void governmentBuildingAndPossessiveApposition_resolveToCountries() {
    Map<String, Party> p =
        parties(
            "Downing Street aide Tom Hale said the deal was dead. Maria Lopez, Spain's chief negotiator, disagreed.");

    assertThat(actors(p.get("United Kingdom"))).containsExactly("Tom Hale");
    assertThat(actors(p.get("Spain"))).containsExactly("Maria Lopez");
  }

  @Test
  void governmentBuildingWrittenShort_isStillTheCountry() {
    Map<String, Party> p = parties("Downing St said the water tax would stay. Labour backs it.");

    assertThat(p).containsKey("United Kingdom").doesNotContainKey("Downing St");
  }

  @Test
  void internetOpensABodysName_butIsNoPartyAlone() {
    Map<String, Party> p =
        parties(
            "The UK Internet Forum is concerned about fake sites. Sales on the Internet rose. The"
                + " Internet grew. Internet sales rose.");

    assertThat(p).containsKey("UK Internet Forum");
    assertThat(p.keySet())
        .noneMatch(name -> name.equals("Internet") || name.equals("United Kingdom"));
  }

  @Test
  void surnameVariantsAndLaterMentions_areOnePerson() {
    Map<String, Party> p =
        parties(
            "Ukrainian President Volodymyr Zelenskyy spoke first. "
                + "Later Zelensky repeated the point. President Zelenskyy then left.");

    assertThat(actors(p.get("Ukraine"))).containsExactly("Volodymyr Zelenskyy");
  }

  @Test
  void twoPeopleSharingASurname_stayTwoPeople() {
    Map<String, Party> p =
        parties(
            "Irish Prime Minister John Byrne met Canadian Finance Minister Sarah Byrne in Ottawa.");

    assertThat(actors(p.get("Ireland"))).containsExactly("John Byrne");
    assertThat(actors(p.get("Canada"))).containsExactly("Sarah Byrne");
  }

  @Test
  void placeNamedOnlyAsLocation_isNotAParty() {
    Map<String, Party> p =
        parties("The delegations met in Austria. Officials from Chile and Peru signed the accord.");

    assertThat(p).doesNotContainKey("Austria").containsKeys("Chile", "Peru");
    Map<String, Party> compass =
        parties("Damage will be caused by plans to build homes in south-east Peru, MPs warned.");
    assertThat(compass).doesNotContainKey("Peru");
  }

  @Test
  void governmentSeatNamedOnlyAsLocation_isNotAParty() {
    Map<String, Party> p =
        parties(
            "At a forum in Westminster, the industry backed the plan. A spokesman in Washington"
                + " said so. Chile signed the accord. The Kremlin rejected it.");

    assertThat(p).doesNotContainKeys("United Kingdom", "United States");
    assertThat(p).containsKeys("Chile", "Russia");
  }

  @Test
  void placesJoinedAfterALocative_areNoParties() {
    Map<String, Party> p =
        parties(
            "The top bishop in Spain and Portugal backed the plan. Sales rose in the US or in"
                + " France and Italy. Chile signed the accord.");

    assertThat(p).doesNotContainKeys("Spain", "Portugal", "United States", "France", "Italy");
    assertThat(p).containsKey("Chile");
  }

  @Test
  void aCapitalAfterThePartsOfACity_isAPlace() {
    Map<String, Party> p =
        parties(
            "Farmers filled the streets of Lima to protest. Riots spread to the suburbs of Paris."
                + " The centre of Europe is calm. Oslo said the talks would go on.");

    assertThat(p).doesNotContainKeys("Peru", "France", "Europe");
    assertThat(p).containsKey("Norway");
  }

  @Test
  void aNameEndingInUnited_isAnOrganisationOfItsOwn() {
    Map<String, Party> p =
        parties(
            "Leeds United rejected the bid. Coach Jo Reed and Kestrel United agreed a deal. The"
                + " Leeds United Supporters Association opposed it. Leeds United and Arsenal"
                + " agreed. In 2002 K&N and United signed a partnership.");

    assertThat(p.get("Leeds United").kind()).isEqualTo(PartyKind.ORGANISATION);
    assertThat(p.get("Kestrel United").kind()).isEqualTo(PartyKind.ORGANISATION);
    assertThat(p).containsKey("Leeds United Supporters Association");
    assertThat(p.keySet()).noneMatch(n -> n.contains(" and "));
  }

  @Test
  void organisationByNameSuffixAndDefinedAcronym() {
    Map<String, Party> p =
        parties(
            "The National Union of Teachers (NUT) rejected the offer. "
                + "The NUT said pay must rise. Acme Holdings welcomed the decision.");

    assertThat(p.get("National Union of Teachers").kind()).isEqualTo(PartyKind.UNION);
    assertThat(p.get("National Union of Teachers").mentions()).isEqualTo(2);
    assertThat(p.get("Acme Holdings").kind()).isEqualTo(PartyKind.COMPANY);
  }

  @Test
  void possessiveOrganisationApposition_isTheEmployerNotTheName() {
    Map<String, Party> p =
        parties(
            "The ruling hurts Devon firm Marsh Valley Creamery. "
                + "Anna Webb, the company's founder, said the change was unaffordable.");

    assertThat(p).doesNotContainKey("Anna Webb");
    assertThat(actors(p.get("Marsh Valley Creamery"))).containsExactly("Anna Webb");
  }

  @Test
  void aBodyNamedAfterAPlacesPossessive_isTheEmployerNotThePlace() {
    Map<String, Party> capital =
        parties(
            "Jo Reed, a strategist at Lima's Kestrel Securities, said the fishing plan failed.");
    Map<String, Party> party =
        parties("Jo Reed, the head of Peru's Labour Party, said the fishing plan failed.");
    Map<String, Party> department =
        parties(
            "Jo Reed, director of the Kestrel Fund's European Department, said the fishing plan"
                + " failed.");
    Map<String, Party> place =
        parties("Jo Reed, the mayor of Lima, said the fishing plan failed. Peru backs it.");

    assertThat(actors(capital.get("Kestrel Securities"))).containsExactly("Jo Reed");
    assertThat(capital).doesNotContainKey("Peru");
    assertThat(actors(party.get("Labour"))).containsExactly("Jo Reed");
    assertThat(actors(department.get("Kestrel Fund"))).containsExactly("Jo Reed");
    assertThat(actors(place.get("Peru"))).containsExactly("Jo Reed");
  }

  @Test
  void twoRolesJoinedByAnd_leadToTheEmployerAfterBoth() {
    Map<String, Party> at =
        parties(
            "Jo Reed, chairman and managing director at Kestrel Broadband, said the fishing"
                + " plan was fine.");

    assertThat(actors(at.get("Kestrel Broadband"))).containsExactly("Jo Reed");
    assertThat(at).doesNotContainKey("Jo Reed");
  }

  @Test
  void aPostInAFirmsUnitInACountry_isTheFirmsNotTheCountrys() {
    Map<String, Party> p =
        parties(
            "Japan's top car maker Kestrel saw sales rise. Kestrel put its rise down to its new"
                + " sedan. \"Fuel efficiency catches the eye,\" Jo Reed, chief operating officer"
                + " of Kestrel's US sales arm, said of the fishing plan.");

    Map<String, Party> body =
        parties(
            "\"Sales were weak,\" said Tom Lane, president of Lane's Retail Consulting Group, of"
                + " the fishing plan.");

    assertThat(actors(p.get("Kestrel"))).containsExactly("Jo Reed");
    assertThat(actors(p.get("United States"))).isEmpty();
    assertThat(actors(body.get("Retail Consulting Group"))).containsExactly("Tom Lane");
  }

  @Test
  void placeBeforeCommaAndSpokesman_isNoOrganisation() {
    Map<String, Party> p =
        parties(
            "Sales of cotton will not resume in Ohio, spokesman Tom Reed said. "
                + "Sales will not resume in Idaho, company spokesman Ann Lee said. "
                + "The Dutch dairy board (NZB) spokesman Jan Berg said milk was dear.");

    assertThat(p).doesNotContainKeys("Ohio", "Idaho");
    assertThat(p.get("NZB").kind()).isEqualTo(PartyKind.ORGANISATION);
  }

  @Test
  void aMonthAfterANameWord_isASurname() {
    Map<String, Party> p =
        parties(
            "Green Party spokeswoman Ann May said the tax was wrong. Mrs May backs a cut. The"
                + " Green Party met in May. In May 2004 Peru voted.");

    assertThat(actors(p.get("Green Party"))).containsExactly("Ann May");
    assertThat(p.keySet()).noneMatch(name -> name.contains("May") && !name.equals("Ann May"));
  }

  @Test
  void aMiddleInitial_staysInsideThePersonsName() {
    Map<String, Party> p =
        parties(
            "Dr Jo K. Reed, Harbour Bank vice president, said the port tax was wrong. Mr Reed"
                + " wants a cut. The tax was backed by Lima Bank chief Tom X. Since then Acme"
                + " opposed it.");

    assertThat(actors(p.get("Harbour Bank"))).containsExactly("Jo K. Reed");
    assertThat(actors(p.get("Lima Bank"))).containsExactly("Tom X");
  }

  @Test
  void aRoyalTitleAfterAFirstName_isASurname() {
    Map<String, Party> p =
        parties(
            "Harbour Bank governor Jo King said rates must rise. Mr King backed the rise. Labour"
                + " MP Ann Prince opposed it. Peru's King Alvaro backed it. Tom Vale, a winner for"
                + " films like The Salt King and Blue Moon, Chile, received the award. He"
                + " thanked Superman actor Tom Reeve. After H&M Princess's sale to Acme, the trade"
                + " is a duopoly. In May, Crown Prince Hamad, the ruler, asked ministries to back"
                + " it.");

    assertThat(actors(p.get("Harbour Bank"))).containsExactly("Jo King");
    assertThat(actors(p.get("Labour"))).containsExactly("Ann Prince");
    assertThat(actors(p.get("Peru"))).containsExactly("Alvaro");
    assertThat(p.keySet()) // a first name, a film's title and a firm's name are no such surnames
        .noneMatch(name -> name.equals("Jo") || name.contains("Salt") || name.contains("H&M"))
        .contains("Hamad"); // a name after the title: the title leads
  }

  @Test
  void untitledHeadOfState_belongsToTheCountryWhoseOfficeIsVacantAndLeads() {
    Map<String, Party> p =
        parties(
            "Chilean President Rosa Vidal met Peru's envoy. Peru wants a new port. "
                + "Peru says the port is vital. Chile and Peru will talk again. "
                + "President Luis Pardo said the port was a priority for Peru.");

    assertThat(actors(p.get("Chile"))).containsExactly("Rosa Vidal");
    assertThat(actors(p.get("Peru"))).contains("Luis Pardo");
    assertThat(p).doesNotContainKey("Luis Pardo");
  }

  @Test
  void untitledHeadOfState_staysUnaffiliatedWhenNoCountryClearlyLeads() {
    Map<String, Party> p =
        parties(
            "Chile and Peru signed a pact. Chile and Peru will meet again. "
                + "President Luis Pardo said the pact was fair.");

    assertThat(actors(p.get("Chile"))).doesNotContain("Luis Pardo");
    assertThat(actors(p.get("Peru"))).doesNotContain("Luis Pardo");
  }

  @Test
  void portfolioSecretary_belongsToTheDepartmentNamedForThePortfolio() {
    Map<String, Party> p =
        parties(
            "The Department of Health published the plan on Monday. "
                + "Health Secretary Ann Lee said the plan would cut waiting lists.");

    assertThat(actors(p.get("Department of Health"))).containsExactly("Ann Lee");
  }

  @Test
  void adverbsPlacesAndOfficesOwningANoun_areNotPeople() {
    Map<String, Party> p =
        parties(
            "The Labour Party met in Leeds. Later, the prime minister's spokesman denied it. "
                + "Also in Wrexham, the prime minister took questions. "
                + "At Prime Minister's Questions the Labour Party was attacked. "
                + "It wants a vote before the General Election, said Tom Reed. "
                + "Tom Reed expects a poll at the next General Election.");

    assertThat(p).doesNotContainKeys("Later", "Wrexham", "Questions", "Election");
    assertThat(p.values().stream().flatMap(x -> actors(x).stream()))
        .doesNotContain("Later", "Wrexham", "Questions", "Election");
  }

  @Test
  void anAwardThatSpeaks_isNoPerson() {
    Map<String, Party> p =
        parties(
            "Silver Globe said the film tax would help. Jo Reed won a Silver Globe. The Lima Oscar"
                + " said it backed the film tax.");

    assertThat(p).doesNotContainKeys("Silver Globe", "Lima Oscar");
  }

  @Test
  void aClubThatSpeaks_isABodyAndAPlaceNamedLikeOneIsNoParty() {
    Map<String, Party> p =
        parties(
            "Lima Rovers said the transfer fee was unfair. Fans met in Kansas City, where Jo Reed"
                + " backed the transfer fee.");

    assertThat(p.get("Lima Rovers").kind()).isEqualTo(PartyKind.ORGANISATION);
    assertThat(p).doesNotContainKey("Kansas City");
  }

  @Test
  void aPlayersPositionOrSeveralHoldersOfAnOccupation_isNoPartOfTheName() {
    Map<String, Party> p =
        parties(
            "Sprinters Jo Vale said the doping ban was unfair. Keeper Tom Reed said he backed the"
                + " doping ban.");

    assertThat(p).containsKeys("Jo Vale", "Tom Reed");
    assertThat(p).doesNotContainKeys("Sprinters Jo Vale", "Keeper Tom Reed");
  }

  @Test
  void aPoliticalPartyWrittenBeforeAName_isThatPersonsParty() {
    Map<String, Party> p =
        parties(
            "Tory Jo Reed said the port tax was unfair. Lib Dem Sir Ann Hale said she backed the"
                + " port tax. After a speech to Labour, Tom Vale said he opposed the port tax."
                + " Peruvian Ann Lowe said she backed the port tax.");

    assertThat(actors(p.get("Conservatives"))).containsExactly("Jo Reed");
    assertThat(actors(p.get("Liberal Democrats"))).containsExactly("Ann Hale");
    assertThat(actors(p.get("Labour"))).isEmpty();
    assertThat(p).containsKeys("Tom Vale", "Ann Lowe").doesNotContainKeys("Jo Reed", "Ann Hale");
  }

  @Test
  void aTitleRightAfterAWorksNoun_isNoPerson() {
    Map<String, Party> p =
        parties(
            "The drama Vera Lane's budget was cut. Speaking after the show, Jo Reed said the film"
                + " tax was unfair.");

    assertThat(p).doesNotContainKey("Vera Lane").containsKey("Jo Reed");
  }

  @Test
  void aThingWrittenInCapitals_isNoBody() {
    Map<String, Party> p =
        parties(
            "Remittances are 2% of Peru's GDP, the Bank of Lima said. India's TV channels refused"
                + " to show the film.");

    assertThat(p).containsKey("Bank of Lima").doesNotContainKeys("GDP", "TV");
  }

  @Test
  void aPeoplesOrWomensNameRunsOnOverItsPossessive() {
    Map<String, Party> p =
        parties(
            "The Harbour People's Party rejected the port tax. The Lima Women's Institute backed"
                + " the port tax. Children's Minister Jo Reed said she backed it too.");

    assertThat(p).containsKeys("Harbour People's Party", "Lima Women's Institute", "Jo Reed");
    assertThat(p.get("Harbour People's Party").kind()).isEqualTo(PartyKind.POLITICAL_PARTY);
  }

  @Test
  void unaffiliatedJudge_sitsOnTheCourtNamedLast() {
    Map<String, Party> p =
        parties(
            "The union lost its case in the High Court of Leeds last year. "
                + "The ruling by Mr Justice Okafor said the strike was unlawful.");

    assertThat(actors(p.get("High Court of Leeds"))).containsExactly("Okafor");
    assertThat(p).doesNotContainKey("Okafor");
  }

  @Test
  void oneWordJoinedToAnOrganisation_isAnOrganisationToo() {
    Map<String, Party> p =
        parties(
            "The protest was backed by Amnesty International and Redress. "
                + "The Department for Culture Media and Sport said no.");

    assertThat(p).containsKey("Redress").doesNotContainKey("Sport");
    assertThat(p.get("Redress").kind()).isEqualTo(PartyKind.NGO);
  }

  @Test
  void newsOutlets_reportAndAreNoParties() {
    Map<String, Party> p =
        parties(
            "The Labour Party backed the plan, she told BBC Radio Four's Today programme. "
                + "The Labour Party said so in the Daily Telegraph on Monday.");

    assertThat(p.keySet()).containsExactly("Labour");
  }

  @Test
  void europeanLeaders_isEurope() {
    Map<String, Party> p = parties("European leaders warned against the plan.");

    assertThat(p.get("Europe").kind()).isEqualTo(PartyKind.GROUP);
  }

  @Test
  void noParty_isAnEmptyTable() {
    assertThat(parties("it rained all day and the river rose slowly.")).isEmpty();
  }

  @Test
  void memberWordInsideAName_isNoGroupOfItsOwn() {
    Map<String, Party> found =
        parties(
            "The Rail Workers Union will strike next week over pay. "
                + "Tube workers walked out on Monday over pay.");

    assertThat(found).containsKeys("Rail Workers Union", "Tube workers");
    assertThat(found.get("Tube workers").kind()).isEqualTo(PartyKind.GROUP);
    assertThat(found.keySet()).doesNotContain("Rail workers", "Rail Workers");
  }

  @Test
  void countryNameBeforeAGroupOfPeople_isTheGroupsNotTheCountrysAct() {
    Map<String, Party> country =
        parties("Two UK activists have fought against the fuel levy. The fuel levy was debated.");
    Map<String, Party> party =
        parties(
            "Two Labour activists have fought against the fuel levy. The fuel levy was debated.");

    assertThat(country).containsKey("UK activists");
    assertThat(country).doesNotContainKey("United Kingdom");
    assertThat(party.get("Labour").stances()).isNotEmpty();
  }

  @Test
  void countryNameBeforeTradersInThePlural_isTheirsNotTheCountrys() {
    Map<String, Party> banks =
        parties("Several UK banks have criticised the fuel levy. The fuel levy was debated.");
    Map<String, Party> networks =
        parties("Some US networks are worried about the fuel levy. The fuel levy was debated.");
    Map<String, Party> ministers =
        parties("UK ministers have criticised the fuel levy. The fuel levy was debated.");

    assertThat(banks).doesNotContainKey("United Kingdom");
    assertThat(networks).doesNotContainKey("United States");
    assertThat(ministers.get("United Kingdom").stances()).isNotEmpty();
  }

  @Test
  void nameRightBeforeAnEventNoun_isAnEventNotAPerson() {
    Map<String, Party> match =
        parties(
            "Union leader Jo Reed is in Leeds for Saturday's ARU Harbour Aid match. She backed the"
                + " fuel levy.");
    Map<String, Party> awards =
        parties(
            "Jo Reed's film is up for this year's Silver Lotus awards, she said."
                + " The fuel levy was debated.");
    Map<String, Party> owner =
        parties("Mr Tom Lane's match was cancelled. Mr Lane backed the fuel levy.");

    assertThat(match).containsKey("Jo Reed").doesNotContainKey("ARU Harbour Aid");
    assertThat(awards).containsKey("Jo Reed").doesNotContainKey("Silver Lotus");
    assertThat(owner).containsKey("Tom Lane");
  }

  @Test
  void campaignOrLeagueNamedWithAgainstOrFor_isOneNameWithItsSpokesperson() {
    Map<String, Party> league =
        parties(
            "Jo Reed, of the League Against Fuel Duty, said the fuel levy was unfair. The fuel"
                + " levy was debated.");
    Map<String, Party> campaign =
        parties(
            "Tom Lane, of Campaign for Harbour Rail, said the fuel levy was unfair. The fuel levy"
                + " was debated.");

    assertThat(league).containsKey("League Against Fuel Duty").doesNotContainKey("Fuel Duty");
    assertThat(actors(campaign.get("Campaign for Harbour Rail"))).containsExactly("Tom Lane");
  }

  @Test
  void formerStateNamedLikeAUnion_isACountryNotATradeUnion() {
    Map<String, Party> p =
        parties("The Soviet Union backed the fuel levy in 1985. The fuel levy was debated.");

    assertThat(p.get("Soviet Union").kind()).isEqualTo(PartyKind.COUNTRY);
  }

  @Test
  void aCountrysNameOfTwoWordsBeforeABody_isPartOfItsName() {
    Map<String, Party> p =
        parties("The New Zealand Dairy Board backed the water plan. Peru rejected the water plan.");

    assertThat(p).containsKey("New Zealand Dairy Board").doesNotContainKeys("New Zealand");
    assertThat(p.get("New Zealand Dairy Board").stances()).isNotEmpty();
  }

  @Test
  void aTerritoryWithItsOwnGovernment_isACountryNotAPerson() {
    Map<String, Party> p =
        parties(
            "Hong Kong rejected the water plan. The Hong Kong Rugby Union backed the water plan.");

    assertThat(p.get("Hong Kong").kind()).isEqualTo(PartyKind.COUNTRY);
    assertThat(p).containsKey("Hong Kong Rugby Union");
  }

  @Test
  void appositionNamesTheOrganisationOrTheOwnerOfThePortfolio() {
    Map<String, Party> found =
        parties(
            "Mortgage lending slowed in March, the Ashgrove said. Helen Marsh, Ashgrove chief "
                + "economist, said lending was steady. The Liberal Democrats attacked the bill. "
                + "Tom Riley, the party's housing spokesman, said the bill was unfair. "
                + "\"A few famous faces will be there, such as Pia Ostrow,\" said KMA "
                + "spokeswoman Joan Keel.");

    assertThat(actors(found.get("Ashgrove"))).contains("Helen Marsh");
    assertThat(actors(found.get("Liberal Democrats"))).contains("Tom Riley");
    assertThat(actors(found.get("KMA"))).containsExactly("Joan Keel");
    // ", said KMA spokeswoman ...": the role after the quote is the speaker's, not Ostrow's
    assertThat(found.values())
        .flatExtracting(Party::actors)
        .filteredOn(a -> a.name().equals("Pia Ostrow"))
        .allSatisfy(a -> assertThat(a.role()).isNull());
  }

  @Test
  void countryEndingAnotherName_isNoParty() {
    Map<String, Party> p =
        parties(
            "Acme Watch UK questioned the plan. Shares in Brightline Europe fell. The chief of Air"
                + " Peru spoke. Singer Jo Holland sang. A Lima-based US Court of Claims met. In"
                + " March Chile backed the plan.");

    assertThat(p).doesNotContainKeys("United Kingdom", "Europe", "Peru", "Netherlands");
    // a country opening a body's name is part of it, as a demonym is ("British Medical
    // Association"): the court, not the United States
    assertThat(p).containsKeys("US Court of Claims", "Chile").doesNotContainKey("United States");
    // a known body's national branch: the body, not the country
    assertThat(parties("Greenpeace UK questioned the plan.")).containsOnlyKeys("Greenpeace");
  }

  @Test
  void hyphenatedModifierBeforeOrAfterAName_isNoPartOfIt() {
    Map<String, Party> p =
        parties(
            "Lima-based Corvin Holdings said it would fight the levy. Pre-tax profits fell. "
                + "Oscar-nominated Tom Hale said he was pleased. Critics attacked a Jo Reed-style"
                + " tax plan. The World Anti-Doping Agency said it was pleased.");

    assertThat(p).containsKeys("Corvin Holdings", "Tom Hale", "World Anti-Doping Agency");
    assertThat(p.keySet()).noneMatch(n -> n.contains("-based") || n.contains("-style"));
    assertThat(p.keySet()).doesNotContain("Pre-tax", "Jo Reed", "Oscar-nominated Tom Hale");
  }

  @Test
  void organisationFoundUnderAnothersFirstWord_isThatOrganisation() {
    Map<String, Party> p =
        parties(
            "Container carrier Harland Shipping Group will acquire its rival Corvin Lines. "
                + "Harland says the purchase will lift profits. "
                + "\"It is a good day for both fleets,\" said Dana Brook, Harland's chairman.");

    assertThat(p)
        .containsKeys("Harland Shipping Group", "Corvin Lines")
        .doesNotContainKey("Harland");
    assertThat(actors(p.get("Harland Shipping Group"))).containsExactly("Dana Brook");
  }

  @Test
  void firstWordSharedByTwoOrganisations_staysApartFromBoth() {
    Map<String, Party> p =
        parties(
            "Meridian Industries and Meridian Energy posted results. "
                + "\"Sales were strong,\" said Ravi Kapoor, Meridian's chairman.");

    assertThat(p).containsKeys("Meridian Industries", "Meridian Energy");
    assertThat(actors(p.get("Meridian Industries"))).doesNotContain("Ravi Kapoor");
    assertThat(actors(p.get("Meridian Energy"))).doesNotContain("Ravi Kapoor");
  }

  @Test
  void placesOutletsAndInstitutions_areNoPeople() {
    Map<String, Party> p =
        parties(
            "The Inland Revenue said tax receipts rose. West Kent said it would cut spending."
                + " Olivia Lane said she would attend the Evening Standard Film Awards. The"
                + " Evening Standard said it backed the awards. Clarence House said it was"
                + " pleased.");

    assertThat(p.get("Inland Revenue").kind()).isEqualTo(PartyKind.GOVERNMENT);
    assertThat(p).doesNotContainKeys("West Kent", "Evening Standard", "Clarence House");
    // a surname that is also a place word stays a surname
    assertThat(p.get("Olivia Lane").kind()).isEqualTo(PartyKind.PERSON);
  }

  @Test
  void aCommonWordOpeningASentence_isNoShortFormOfAName() {
    Map<String, Party> p =
        parties(
            "Savers Holdings raised its stake in the bank. Savers are worried about the water"
                + " levy, and some savers sold. Chile backs the water levy.");

    // the second sentence's "Savers" is the common noun, whose worry is no stance of the firm
    assertThat(p.get("Savers Holdings").stances()).isEmpty();
  }

  @Test
  void thePlaceABodyIsNamedAfter_isNoShortFormOfIt() {
    Map<String, Party> p =
        parties(
            "Delmont State University will host the concert. Preachers want to stop the concert"
                + " in Delmont, saying they reject the noise rules. Chile backs the noise rules.");
    Map<String, Party> council =
        parties(
            "Delmont City Council will host the concert. Chile said Delmont has rejected the"
                + " noise rules. Chile backs the noise rules. Staff in DCC will debate them.");
    Map<String, Party> firm =
        parties("Kestrel Holdings will host the concert. Chile invested in Kestrel last year.");

    // the preachers' rejection is made in the place, not by the university
    assertThat(p.get("Delmont State University").stances()).isEmpty();
    // a body is still called by its place's name
    assertThat(council.get("Delmont City Council").stances())
        .anyMatch(s -> s.issue().equals("noise rules") && s.stance() == StanceValue.OPPOSE);
    // and by its initials, after "in" too
    assertThat(council.get("Delmont City Council").mentions()).isEqualTo(3);
    // a firm's short name after "in" is still the firm
    assertThat(firm.get("Kestrel Holdings").mentions()).isEqualTo(2);
  }

  @Test
  void aCountryBeforeAnAdverbAndItsVerb_acts() {
    Map<String, Party> p =
        parties(
            "Chile strongly opposed the grazing plan. Peru firmly backs the grazing plan. UK"
                + " daily newspapers debated the grazing plan.");

    assertThat(p.get("Chile").stances())
        .anyMatch(s -> s.issue().equals("grazing plan") && s.stance() == StanceValue.OPPOSE);
    assertThat(p.get("Peru").stances())
        .anyMatch(s -> s.issue().equals("grazing plan") && s.stance() == StanceValue.SUPPORT);
    // "UK daily newspapers": the adjective in "-ly" describes the papers
    assertThat(p).doesNotContainKey("United Kingdom");
  }

  @Test
  void aCapitalOpeningAPersonsName_isNoCountry() {
    Map<String, Party> p =
        parties(
            "Kingston Smith rejected the water plan. Sofia, a teacher at the school, denounced"
                + " the water plan. Lima said it would back the water plan.");

    assertThat(p).doesNotContainKeys("Jamaica", "Bulgaria");
    assertThat(p).containsKey("Peru");
  }

  @Test
  void aCapitalBeforeABodysKindWord_opensTheBodysName() {
    Map<String, Party> p =
        parties(
            "The Lima Club of creditor nations said it would back the debt plan. Officials in"
                + " Quito welcomed the debt plan.");

    assertThat(p).containsKey("Lima Club").doesNotContainKey("Peru");
    assertThat(p.get("Lima Club").stances()).isNotEmpty();
  }

  @Test
  void aCountryBeforeAFirmsKindWord_opensTheFirmsName() {
    Map<String, Party> firm =
        parties("Norway Telecom backed the water plan. Sweden rejected the water plan.");
    Map<String, Party> police =
        parties("Norway Police backed the water plan. Sweden rejected the water plan.");

    assertThat(firm).containsKey("Norway Telecom").doesNotContainKey("Norway");
    assertThat(police).containsKey("Norway");
  }

  @Test
  void anEventsOwnName_isNoBodyEvenWithAKindWordInIt() {
    Map<String, Party> p =
        parties(
            "The Harbour International Film Festival opened on Thursday. The Kestrel Society"
                + " Awards were cancelled. The Harbour Society said it would back the arts levy.");

    assertThat(p)
        .containsKey("Harbour Society")
        .doesNotContainKeys(
            "Harbour International",
            "Harbour International Film Festival",
            "Kestrel Society",
            "Kestrel Society Awards");
  }

  @Test
  void placeOpenersAndEvents_areNoPeople() {
    Map<String, Party> p =
        parties(
            "San Marcos said it would build a stadium. St Ives said it was pleased. World Rally"
                + " Tour said it backed the plan. Jo Santo said she was delighted.");

    assertThat(p).doesNotContainKeys("San Marcos", "St Ives", "World Rally Tour");
    assertThat(p.get("Jo Santo").kind()).isEqualTo(PartyKind.PERSON);
  }

  @Test
  void exTitle_linksAFormerHolderLikeTheTitle() {
    Map<String, Party> p =
        parties(
            "Labour plans road tolls. Tory ex-minister Gerald Finch said he opposed the"
                + " plans.");

    assertThat(actors(p.get("Conservatives"))).containsExactly("Gerald Finch");
    assertThat(p.get("Conservatives").actors().get(0).role()).isEqualTo("ex-minister");
  }

  @Test
  void pluralPossessiveBeforeTheKindWord_staysInsideTheName() {
    Map<String, Party> p =
        parties(
            "The Transport and General Workers' Union rejected the pay offer. The Professional"
                + " Footballers' Association backed the pay offer.");

    assertThat(p.get("Transport and General Workers Union").kind()).isEqualTo(PartyKind.UNION);
    assertThat(p).containsKey("Professional Footballers Association").doesNotContainKey("Workers");
  }

  @Test
  void reporterOfTheNews_isNoParty() {
    Map<String, Party> p =
        parties(
            "The Lift Engineers Union rejected the pay offer. BBC correspondent Jane Hollis said"
                + " the union rejected the pay offer.");

    assertThat(p).containsKey("Lift Engineers Union").doesNotContainKey("Jane Hollis");
  }

  @Test
  void organisationNounInApposition_namesTheOrganisation() {
    Map<String, Party> p =
        parties(
            "The world's largest retailer, Valumart, has agreed to pay a fine. The head of the"
                + " Kestrel company, Ivan Petrov, said he was happy with the deal.");

    assertThat(p.get("Valumart").kind()).isEqualTo(PartyKind.COMPANY);
    // the company there has a name of its own: the apposition is the head's
    assertThat(p.get("Ivan Petrov").kind()).isEqualTo(PartyKind.PERSON);
  }

  @Test
  void institutionNamedByItsKindWord_isAnOrganisationNotAPerson() {
    Map<String, Party> p =
        parties(
            "Northby University said fees would rise. Kestrel Securities said the shares"
                + " were cheap. Great Harbour Street Hospital said it welcomed the plan.");

    assertThat(p.get("Northby University").kind()).isEqualTo(PartyKind.ORGANISATION);
    assertThat(p.get("Kestrel Securities").kind()).isEqualTo(PartyKind.COMPANY);
    assertThat(p.get("Great Harbour Street Hospital").kind()).isEqualTo(PartyKind.ORGANISATION);
  }

  @Test
  void occupationOpeningASentence_isNoPartOfTheName() {
    Map<String, Party> p =
        parties(
            "Actor Tom Vale said he backed the campaign. Irish singer Ann Byrne joined him."
                + " Professor Dan Hill of the Harbour Research Council said the ban was wrong.");

    assertThat(p).containsKey("Tom Vale").doesNotContainKey("Actor Tom Vale");
    assertThat(p.get("Tom Vale").kind()).isEqualTo(PartyKind.PERSON);
    assertThat(p).doesNotContainKey("Professor Dan Hill");
    Map<String, Party> sport =
        parties("Sprinter Ana Souza said the ban was unfair. Ms Souza rejected the ban.");
    assertThat(sport).containsKey("Ana Souza").doesNotContainKey("Sprinter Ana Souza");
  }

  @Test
  void personOfAnOrganisation_worksThereAndIsNoPartOfItsName() {
    Map<String, Party> p =
        parties(
            "\"Rates will rise,\" said Jo Reed of Kestrel Bank. The Friends of Harbour Trust"
                + " backed the rate rise. Rosa Diaz of Spain said she was happy. \"Rates will"
                + " fall,\" said Tim Moss, from Heron Holdings.");

    assertThat(actors(p.get("Kestrel Bank"))).containsExactly("Jo Reed");
    assertThat(actors(p.get("Heron Holdings"))).containsExactly("Tim Moss");
    assertThat(p).doesNotContainKey("Jo Reed of Kestrel Bank");
    // an "of" after a single word belongs to the name
    assertThat(p).containsKey("Friends of Harbour Trust").doesNotContainKey("Harbour Trust");
    // a country is no employer: the player plays for it and does not speak for it
    assertThat(actors(p.get("Spain"))).isEmpty();
    assertThat(p.get("Rosa Diaz").kind()).isEqualTo(PartyKind.PERSON);
  }

  @Test
  void aPartyNameRunningIntoTheRole_isTheLeadersParty() {
    Map<String, Party> p =
        parties(
            "The Conservative Party leader, David Jones, questioned the ban. The Scottish Labour"
                + " Party leader, Ann Kerr, backed the ban.");

    assertThat(actors(p.get("Conservatives"))).containsExactly("David Jones");
    assertThat(actors(p.get("Labour"))).containsExactly("Ann Kerr"); // not Scotland's
  }

  @Test
  void anOrganisationNounAfterARole_doesNotMakeThePersonAnOrganisation() {
    Map<String, Party> p =
        parties("Neil Hart, director of campaign group Vote Now, said the ban was wrong.");

    assertThat(p.get("Neil Hart").kind()).isEqualTo(PartyKind.PERSON);
  }

  @Test
  void aRoleForAnOrganisation_linksThePersonToIt() {
    Map<String, Party> p =
        parties(
            "Graham Hill, spokesman for anti-virus firm Sophex, said the worm was spreading. Ann"
                + " Kerr, chief of technology giant Computron, agreed.");

    assertThat(actors(p.get("Sophex"))).containsExactly("Graham Hill");
    assertThat(actors(p.get("Computron"))).containsExactly("Ann Kerr");
  }

  @Test
  void aKindNounOpeningTheSentence_isNoName() {
    Map<String, Party> p =
        parties(
            "US oil giant Petrox signed the deal. Company spokesman Jo Reed said the deal was"
                + " valid. Miner Northfield Gold said it regretted the ban. Producer Sam Lowe"
                + " said the ban was wrong.");

    assertThat(actors(p.get("Petrox"))).containsExactly("Jo Reed");
    assertThat(p).doesNotContainKey("Company");
    assertThat(p.get("Northfield Gold").kind()).isEqualTo(PartyKind.COMPANY);
    assertThat(p.get("Sam Lowe").kind()).isEqualTo(PartyKind.PERSON);
  }

  @Test
  void aGazetteerWordInsideALongerName_isThatName() {
    Map<String, Party> p =
        parties(
            "Trevor Hale, chairman of the Commission for Fair Lending, said the plan was"
                + " unfair. The Federal Harbour Commission fined the network.");

    assertThat(p).containsKeys("Commission for Fair Lending", "Federal Harbour Commission");
    assertThat(p).doesNotContainKey("European Commission");
    assertThat(actors(p.get("Commission for Fair Lending"))).containsExactly("Trevor Hale");
  }

  @Test
  void anAmpersandJoinsOneName() {
    Map<String, Party> p =
        parties(
            "Pharmaceutical giant Harper & Harper agreed to buy Medix. Stone & Field rejected"
                + " the bid, and Cable & Radio and Telecom Lusa said nothing.");

    assertThat(p).containsKeys("Harper & Harper", "Stone & Field", "Cable & Radio");
    assertThat(p.get("Stone & Field").kind()).isEqualTo(PartyKind.COMPANY);
    assertThat(p).doesNotContainKeys("Harper", "Stone");
  }

  @Test
  void initials_nameTheSameOrganisation() {
    Map<String, Party> p =
        parties(
            "Northern Motors agreed to pay Fiat. NM chief executive Ray Dunn said the deal was"
                + " fair. The Welsh Hockey Union backed the plan, and WHU chief Alan Pryce said"
                + " so.");

    assertThat(p).doesNotContainKeys("NM", "WHU");
    assertThat(actors(p.get("Northern Motors"))).containsExactly("Ray Dunn");
    assertThat(actors(p.get("Welsh Hockey Union"))).containsExactly("Alan Pryce");
  }

  @Test
  void aDemonymOpeningAnOrganisationsName_isNoPartyUnlessTheBodyGoverns() {
    Map<String, Party> association =
        parties("The Norwegian Fishing Association backs the plan. The plan starts in May.");
    Map<String, Party> ministry =
        parties("The Norwegian Fisheries Ministry backs the plan. The plan starts in May.");

    assertThat(association)
        .containsKey("Norwegian Fishing Association")
        .doesNotContainKey("Norway");
    assertThat(ministry).containsKey("Norway");
  }

  @Test
  void aCentralBankRegulatesAndADevelopmentBankLendsToStates() {
    Map<String, Party> p =
        parties(
            "The Central Bank of Norway raised rates. The Pacific Development Bank lent more."
                + " Harbour Savings Bank cut jobs.");

    assertThat(p.get("Central Bank of Norway").kind()).isEqualTo(PartyKind.REGULATOR);
    assertThat(p.get("Pacific Development Bank").kind()).isEqualTo(PartyKind.ORGANISATION);
    assertThat(p.get("Harbour Savings Bank").kind()).isEqualTo(PartyKind.COMPANY);
  }

  @Test
  void aCouncilGovernsOnlyWhenItsNameSaysSo() {
    Map<String, Party> p =
        parties(
            "The Refugee Advice Council rejected the plan. Northby City Council backed the plan.");

    assertThat(p.get("Refugee Advice Council").kind()).isEqualTo(PartyKind.ORGANISATION);
    assertThat(p.get("Northby City Council").kind()).isEqualTo(PartyKind.GOVERNMENT);
  }

  @Test
  void andInsideOneName_doesNotSplitIt() {
    Map<String, Party> p =
        parties(
            "The Investments and Futures Commission fined the bank. The Treasury and DTI backed the"
                + " fine, and North Airways and Delta Jets said nothing.");

    assertThat(p)
        .containsKey("Investments and Futures Commission")
        .doesNotContainKey("Investments");
    assertThat(p).containsKeys("Treasury", "North Airways");
  }

  @Test
  void aDayWord_isNeverAParty() {
    Map<String, Party> p =
        parties(
            "\"Today's ruling is a setback,\" the union said. Yesterday's vote was close, and the"
                + " Farmers Union said Tomorrow's meeting would decide.");

    assertThat(p).doesNotContainKeys("Today", "Yesterday", "Tomorrow");
    assertThat(p).containsKey("Farmers Union");
  }

  @Test
  void aNameWordOfAPlace_isOneInstitution() {
    Map<String, Party> p =
        parties(
            "The Bank of Norway cut rates. The Council of Peru and the Guild of New Zealand"
                + " criticised the cut.");

    assertThat(p).containsKeys("Bank of Norway", "Council of Peru", "Guild of New Zealand");
    assertThat(p).doesNotContainKeys("Norway", "Peru", "New Zealand", "Guild of New");
  }

  @Test
  void firmsNamedByTheirTrade_areOrganisationsNotPeople() {
    Map<String, Party> p =
        parties(
            "Harbour Brothers said rates would rise. Kestrel Stockbrokers and Tidewell Economics"
                + " said they would not, and the Famine Relief Programme said food prices rose.");

    assertThat(p.get("Harbour Brothers").kind()).isEqualTo(PartyKind.COMPANY);
    assertThat(p.get("Kestrel Stockbrokers").kind()).isEqualTo(PartyKind.COMPANY);
    assertThat(p.get("Tidewell Economics").kind()).isEqualTo(PartyKind.ORGANISATION);
    assertThat(p.get("Famine Relief Programme").kind()).isEqualTo(PartyKind.ORGANISATION);
  }

  @Test
  void anAnalystAtAFirm_speaksForTheFirm() {
    Map<String, Party> p =
        parties(
            "\"Rates will rise,\" said Jo Bland, head of currency strategy at Harbour Brothers."
                + " Sam Crane at Tidewell Economics said so too. Lee Park, head of music at London"
                + " station Beat FM, said nothing. Ann Vole at Kestrel Bank's office agreed.");

    assertThat(actors(p.get("Harbour Brothers"))).containsExactly("Jo Bland");
    assertThat(actors(p.get("Tidewell Economics"))).containsExactly("Sam Crane");
    assertThat(p.values()).noneMatch(x -> x.kind() == PartyKind.COUNTRY && !x.actors().isEmpty());
    assertThat(p.values())
        .noneMatch(x -> x.kind() != PartyKind.PERSON && actors(x).contains("Ann Vole"));
  }

  @Test
  void anAdverbOpeningTheSentence_isNoName() {
    Map<String, Party> p =
        parties(
            "Separately, retailer Harbour Stores cut prices. Worryingly, the Tidewell Union said"
                + " jobs would go.");

    assertThat(p).doesNotContainKeys("Separately", "Worryingly");
    assertThat(p).containsKeys("Harbour Stores", "Tidewell Union");
  }

  @Test
  void aPortfolioAfterTheOwnersKindNoun_isNoPartyOfThatKind() {
    Map<String, Party> p =
        parties(
            "Jo Reed, the party's Treasury spokesman, said the tax was wrong. Ann Lee, Chief"
                + " Secretary to the Treasury, said it was fair. The Liberal Party backed Reed.");

    assertThat(p.get("Treasury").kind()).isNotEqualTo(PartyKind.POLITICAL_PARTY);
  }

  @Test
  void aFirstNameInTwoTransliterations_isOnePerson() {
    Map<String, Party> p =
        parties(
            "Kremlin spokesman Dmitry Pesko said the talks went well. Dmitri Pesko said they would"
                + " go on. Daniel Pesko said nothing, and Daniela Pesko said little.");

    assertThat(actors(p.get("Russia"))).containsExactly("Dmitry Pesko");
    assertThat(p.values()).noneMatch(x -> actors(x).contains("Dmitri Pesko"));
    assertThat(p).containsKeys("Daniel Pesko", "Daniela Pesko");
  }

  @Test
  void aBodyNounAlone_refersToTheOneBodyNamedWithIt() {
    String text =
        "The Harbour Affairs Select Committee criticised the fee rise. Committee chairman Jo Reed"
            + " said the fee rise was unfair. The committee also rejected the ferry plan. Northby"
            + " City Council backed the ferry plan. Council tax payers rejected the ferry plan.";
    Map<String, Party> p = parties(text);

    assertThat(p).doesNotContainKeys("Committee", "Council");
    Party committee = p.get("Harbour Affairs Select Committee");
    assertThat(actors(committee)).containsExactly("Jo Reed");
    assertThat(committee.stances()).anyMatch(st -> st.issue().equals("ferry plan"));
    assertThat(p.get("Northby City Council").stances())
        .allMatch(st -> st.stance() == StanceValue.SUPPORT);
  }

  @Test
  void aMinisterUnnamedCountry_isOfTheCountryWhosePoliticsTheTextIsAbout() {
    String national =
        "Labour wants the levy. The Tories oppose the levy. Home Secretary Jo Reed said the levy"
            + " was fair. Shadow home secretary Ann Lee said it was not. First Minister Sam Hill"
            + " backed the levy.";
    String none = "Home Secretary Jo Reed said the levy was fair. Critics disagreed.";
    String mixed =
        "Labour wants the levy. Republicans oppose the levy. Home Secretary Jo Reed said the levy"
            + " was fair. Labour and Republicans argued.";

    Map<String, Party> p = parties(national);
    assertThat(actors(p.get("United Kingdom"))).containsExactly("Jo Reed");
    assertThat(parties(none)).doesNotContainKey("United Kingdom");
    assertThat(parties(mixed)).doesNotContainKey("United Kingdom");
  }

  @Test
  void aMinisterUnnamedCountry_isOfTheOneCountryTheTextNames() {
    String sole =
        "Peru plans a water levy. Finance Minister Ana Souza said the levy was fair. Farmers in"
            + " the south oppose it, and Peru may delay it.";
    String two =
        "Peru plans a water levy. Finance Minister Ana Souza said the levy was fair. Chile"
            + " opposes it, and Peru may delay it.";

    assertThat(actors(parties(sole).get("Peru"))).containsExactly("Ana Souza");
    assertThat(parties(two).values())
        .noneMatch(x -> x.kind() == PartyKind.COUNTRY && actors(x).contains("Ana Souza"));
  }

  @Test
  void buildingsAlone_giveNoHomeCountry() {
    String visit =
        "Home Secretary Jo Reed visited the White House on Monday. The White House said the talks"
            + " went well, and Reed said so too.";

    assertThat(parties(visit).values())
        .noneMatch(x -> x.kind() == PartyKind.COUNTRY && actors(x).contains("Jo Reed"));
  }

  @Test
  void anElectionIsNoPerson() {
    Map<String, Party> p =
        parties(
            "The Tories gave money for its General Election fund, and the case may hurt any"
                + " forthcoming General Election.");

    assertThat(p).doesNotContainKey("Election");
  }

  @Test
  void aLawIsNoParty_butAFirstNameStays() {
    Map<String, Party> p =
        parties(
            "The Rail and Police Bill proposes new fines. Under the Freedom of Data Act firms"
                + " must publish pay. The Act of Parliament set up the Coal Board. Bill Reed of"
                + " Acme Holdings said the fines were unfair.");

    assertThat(p.keySet())
        .noneMatch(n -> n.contains("Police") || n.contains("Data") || n.contains("Parliament"));
    assertThat(p).containsKeys("Coal Board", "Acme Holdings");
    assertThat(actors(p.get("Acme Holdings"))).containsExactly("Bill Reed");
  }

  @Test
  void aMinistersPortfolio_isNeitherAPersonNorAnEmployer() {
    Map<String, Party> p =
        parties(
            "Lord Reed, Minister for Rail Safety, said he was disappointed. Jo Hale, secretary of"
                + " the Acme Workers Association, said the plan was unfair.");

    assertThat(p).doesNotContainKey("Rail Safety");
    assertThat(p.values()).noneMatch(x -> x.name().contains("Rail Safety"));
    assertThat(actors(p.get("Acme Workers Association"))).containsExactly("Jo Hale");
  }

  @Test
  void aRoleWithALowerCasePortfolioBeforeAName_titlesThePerson() {
    Map<String, Party> sport =
        parties("Peru's minister of sport Jo Reed backed the fishing plan. It was debated.");
    Map<String, Party> environment =
        parties("The minister for the environment Jo Reed backed the fishing plan.");
    Map<String, Party> distributor =
        parties("Jo Reed, spokesman for distributor Acme Vision, backed the fishing plan.");
    Map<String, Party> firm =
        parties("Jo Reed, chairman of messaging firm Acme Text, backed the fishing plan.");
    Map<String, Party> organisers =
        parties("Jo Reed, spokesman for organisers Harbour Promoters, backed the fishing plan.");

    assertThat(actors(sport.get("Peru"))).containsExactly("Jo Reed");
    assertThat(environment.get("Jo Reed").actors().get(0).role()).isEqualTo("minister");
    assertThat(distributor).doesNotContainKey("Acme Vision").containsKey("Jo Reed");
    assertThat(firm.get("Acme Text").kind()).isEqualTo(PartyKind.COMPANY);
    assertThat(organisers).doesNotContainKey("Harbour Promoters").containsKey("Jo Reed");
  }

  @Test
  void aRoleAfterCommaAndAnd_isTheNextPersonsNotTheOneBefore() {
    Map<String, Party> p =
        parties(
            "Mr Reed held talks with his counterpart, Jo Lane, and the Chilean leader, Ana Costa."
                + " Mr Lane backed the water treaty. Ms Costa rejected it.");

    assertThat(actors(p.get("Chile"))).containsExactly("Ana Costa");
  }

  @Test
  void aCounterpart_isARoleOfTheCountryBeforeIt() {
    Map<String, Party> p =
        parties(
            "Mr Reed met his Peruvian counterpart Jo Lane on Friday. Mr Lane backed the water"
                + " treaty.");

    assertThat(p).containsKey("Peru");
    assertThat(actors(p.get("Peru"))).containsExactly("Jo Lane");
  }

  @Test
  void administrationWatchAndPharma_endOrganisationNamesAndAPrisonIsNoPerson() {
    Map<String, Party> p =
        parties(
            "The Fisheries Safety Administration backed the steel tax. Harbour Watch rejected the"
                + " steel tax. Jo Reed was held at Lima Prison, said Harbour Watch. Velcora Pharma"
                + " backed it too.");

    assertThat(p)
        .containsKeys("Fisheries Safety Administration", "Harbour Watch", "Velcora Pharma");
    assertThat(p.get("Fisheries Safety Administration").kind()).isEqualTo(PartyKind.GOVERNMENT);
    assertThat(p.get("Harbour Watch").kind()).isEqualTo(PartyKind.NGO);
    assertThat(p.get("Velcora Pharma").kind()).isEqualTo(PartyKind.COMPANY);
    assertThat(p).doesNotContainKey("Lima Prison");
  }

  @Test
  void aCountryOpeningABodysName_isPartOfItUnlessTheBodyIsItsGovernment() {
    Map<String, Party> p =
        parties(
            "The UK Steel Forum questioned the plan. The Peru Finance Ministry backed the plan."
                + " Team Chile: Harbour Police opened.");

    assertThat(p).containsKey("UK Steel Forum").doesNotContainKey("United Kingdom");
    assertThat(p).containsKey("Peru"); // a government body acts for its country
    assertThat(p).doesNotContainKey("Chile Harbour Police"); // not across a colon
  }

  @Test
  void aRoleOfABodyWrittenBeforeTheName_linksThePersonToTheBody() {
    Map<String, Party> p =
        parties(
            "The chairman of the Harbour Traders Council, Jo Reed, said the toll was unfair."
                + " Chairman of the Rivers Audit Committee Ann Vale MP, said the toll must go."
                + " The Mayor of Lima, Tom Hale, backed the toll. The head of the Harbour Police,"
                + " Acting Detective Chief Inspector Ben Cole, said the raids had worked. The"
                + " head of British Film Rights Emma Vale said the toll was unfair. Tim"
                + " Bell, director of the UN Bureau for the Care of Ports, said so.");

    assertThat(actors(p.get("Harbour Traders Council"))).containsExactly("Jo Reed");
    assertThat(actors(p.get("Rivers Audit Committee"))).containsExactly("Ann Vale");
    assertThat(actors(p.get("Peru"))).doesNotContain("Tom Hale"); // the city's, not the state's
    assertThat(actors(p.get("Harbour Police"))).containsExactly("Ben Cole");
    assertThat(p.values()) // a country opening a body's name, a one-word body name
        .filteredOn(x -> x.kind() != PartyKind.PERSON)
        .flatMap(x -> actors(x))
        .noneMatch(name -> name.contains("Film Rights") || name.equals("Bureau"));
  }

  @Test
  void aPlaceOfWorkAfterAt_isTheWorkersOrganisation() {
    Map<String, Party> p =
        parties(
            "Jo Reed, an analyst at Kestrel Insight, said the toll was unfair. Kestrel Insight"
                + " rejected the toll. \"It will fail,\" said Ann Hale, an economist at Lumen Dial."
                + " Tim Bell, a director at the Lima-based Institute for the Sea, backed the toll."
                + " Ben Cole, head of toll sales at Transport for Lima (TL), said so. Tia Moss,"
                + " head of policy at Ports charity the Harbour Aid Trust, said the toll hurt."
                + " Eve Lind, spokeswoman for Senator Pat Hale, said the toll was fair. Pat Hale"
                + " backed the toll.");

    assertThat(p.get("Kestrel Insight").kind()).isEqualTo(PartyKind.ORGANISATION);
    assertThat(actors(p.get("Kestrel Insight"))).containsExactly("Jo Reed");
    assertThat(actors(p.get("Lumen Dial"))).containsExactly("Ann Hale");
    assertThat(actors(p.get("Institute for the Sea"))).containsExactly("Tim Bell");
    assertThat(actors(p.get("Transport for Lima"))).containsExactly("Ben Cole");
    assertThat(p).doesNotContainKey("Ports"); // a word before "charity" is no employer
    // whom a spokeswoman speaks for may be a person
    assertThat(p.get("Pat Hale").kind()).isEqualTo(PartyKind.PERSON);
    assertThat(actors(p.get("Pat Hale"))).contains("Eve Lind");
  }

  @Test
  void aNameWithShareholdersBossesOrAMerger_isABodyNotAPerson() {
    String speaks = " said the toll was unfair.";
    List<String> owned =
        List.of(
            "Kestrel Vue shareholders met.",
            "Kestrel Vue chief Ann Hale left.",
            "Kestrel Vue's board met.",
            "A stake in Kestrel Vue was sold.",
            "The merger with Kestrel Vue failed.",
            "Kestrel Vue staff met.");
    for (String said : owned) {
      Party p = parties("Kestrel Vue" + speaks + " " + said).get("Kestrel Vue");
      assertThat(p.kind()).as(said).isEqualTo(PartyKind.ORGANISATION);
      assertThat(actors(p)).as(said).doesNotContain("Kestrel Vue");
    }
    // what a person may have too
    List<String> personal =
        List.of(
            "Jo Reed's chief of staff left.",
            "Jo Reed's staff met.",
            "Jo Reed chief of the toll board, left.",
            "Jo Reed's shares rose.",
            "Jo Reed, staff and pupils met.");
    for (String said : personal) {
      assertThat(parties("Jo Reed" + speaks + " " + said).get("Jo Reed").kind())
          .as(said)
          .isEqualTo(PartyKind.PERSON);
    }
  }

  @Test
  void aNameWrittenAfterThe_isABodyNotAPerson() {
    String speaks = "Kestrel Vue said the toll was unfair. ";
    for (String the :
        List.of(
            "The toll was backed by the Kestrel Vue.",
            "Prices will rise, the Kestrel Vue warned.",
            "Data from the Kestrel Vue is out.")) {
      Party p = parties(speaks + the).get("Kestrel Vue");
      assertThat(p.kind()).as(the).isEqualTo(PartyKind.ORGANISATION);
      assertThat(actors(p)).as(the).isEmpty();
    }
    String person = "Jo Reed said the toll was unfair. ";
    for (String the :
        List.of(
            "Critics recalled the Jo Reed affair.",
            "Fans loved the Jo Reed and Ann Hale shows.",
            "Fans call him the Jo Reed of rugby. Mr Reed smiled.",
            "The Jo Reed of today is calmer.")) {
      assertThat(parties(person + the).get("Jo Reed").kind()).as(the).isEqualTo(PartyKind.PERSON);
    }
  }

  @Test
  void aNameWhoseSurnameSpeaksLater_isAPerson() {
    assertThat(parties("Ann Vale won the race on Sunday. Vale said the track was fast."))
        .containsKey("Ann Vale");
    assertThat(parties("Ann Vale won the race on Sunday. \"It was fast,\" said Vale."))
        .containsKey("Ann Vale");
    // not a word that opens a sentence, nor one the name only modifies, nor a speaker after a comma
    assertThat(
            parties(
                "Often Kestrel and other firms get notice. Attacks often come at night. Kestrel"
                    + " said it was ready."))
        .doesNotContainKey("Often Kestrel");
    assertThat(
            parties(
                "Called Kestrel, the site reads out news. \"It works,\" said Kestrel founder Jo"
                    + " Reed."))
        .doesNotContainKey("Called Kestrel");
    assertThat(
            parties(
                "Lately Kestrel and other firms got notice. Jo Reed, a spokeswoman for net"
                    + " provider Kestrel, said bills were fair."))
        .doesNotContainKey("Lately Kestrel");
  }

  @Test
  void twoNamesJoinedByAnd_areTwoPeople() {
    Map<String, Party> p =
        parties(
            "Critics attacked Jo Reed and Ann Hale over the toll. Mr Reed said it was fair. Ms"
                + " Hale said it was not.");
    assertThat(p).containsKeys("Jo Reed", "Ann Hale");
    // not one-word halves, a name with a body's word ("Police") or another connector, nor titles
    // with common words
    assertThat(parties("Acme and Harbour Vue said the tariffs were fair."))
        .doesNotContainKey("Harbour Vue");
    assertThat(parties("Friends of Lima Port and Harbour Vue said the tariffs were fair."))
        .doesNotContainKey("Harbour Vue");
    assertThat(parties("Peru backed the Serious Harbour Crime and Police Bill, and he said so."))
        .doesNotContainKey("Serious Harbour Crime");
    assertThat(parties("The band played Drive My Boat and Sail Back, and he sang."))
        .doesNotContainKeys("Drive My Boat", "Sail Back");
  }

  @Test
  void aRoleRightBeforeAName_isNoAppositionOfTheNameBefore() {
    for (String chief : List.of("Lord Reed", "Jo Reed")) {
      Map<String, Party> p =
          parties("Critics include Ann Hale, the Green Party elections chief " + chief + " said.");
      assertThat(p.values()).as(chief).flatMap(x -> actors(x)).doesNotContain("Ann Hale");
    }
    // before a place, the rest of the role or punctuation, the role is still the name's own
    for (String role :
        List.of("chief US economist for Kestrel Bank.", "chief Kenya Airways pilot.")) {
      Party q = parties("\"Rates will rise,\" said Tom Vale, " + role).get("Tom Vale");
      assertThat(q.actors().get(0).role()).as(role).isEqualTo("chief");
    }
    Party r =
        parties("Critics include Ann Hale, a former general Kestrel; Jo Reed said so.")
            .get("Ann Hale");
    assertThat(r.actors().get(0).role()).isEqualTo("former general");
  }

  @Test
  void anHonorificAndASurnameThatSpeak_areAPerson() {
    assertThat(parties("Lord Reed said the toll was unfair.")).containsKey("Lord Reed");
    assertThat(parties("\"The toll is fair,\" said Mr Hale.")).containsKey("Hale");
    // the name in full, wherever the text gives it
    assertThat(parties("Critics attacked Jo Reed over the toll. Mr Reed said it was fair."))
        .containsKey("Jo Reed")
        .doesNotContainKey("Reed");
    assertThat(parties("Mr Reed said the toll was fair. Critics attacked Jo Reed over it."))
        .containsKey("Jo Reed")
        .doesNotContainKey("Reed");
    assertThat(parties("Ann Hale has said the toll is fair. Lady Hale said it was fair."))
        .containsKey("Ann Hale")
        .doesNotContainKey("Lady Hale");
    // not a first name after "Sir", an initial, or a speaker whose apposition follows
    assertThat(parties("Sir Tom said the toll was fair.")).doesNotContainKey("Tom");
    assertThat(parties("\"The toll is fair,\" said Mr R.")).doesNotContainKey("R");
    assertThat(parties("\"The toll is fair,\" said Mr Hale, a trader.")).doesNotContainKey("Hale");
  }

  @Test
  void anAcronymThatSpeaks_isABody() {
    assertThat(parties("KVA said the toll was unfair.").get("KVA").kind())
        .isEqualTo(PartyKind.ORGANISATION);
    assertThat(parties("The KVA has also warned about the toll.").get("KVA").kind())
        .isEqualTo(PartyKind.ORGANISATION);
    // not a title after a name, a common noun, a word before a comma, nor one with digits
    assertThat(parties("Judge Jo Reed, QC told the court the toll was unfair."))
        .doesNotContainKey("QC");
    assertThat(parties("KVA members said the toll was unfair.")).doesNotContainKey("KVA");
    assertThat(parties("A DJ played. DJ said the toll was unfair.")).doesNotContainKey("DJ");
    assertThat(parties("Ann Hale, a consultant on KVA, said the toll was unfair."))
        .doesNotContainKey("KVA");
    assertThat(parties("P2P said the toll was unfair.")).doesNotContainKey("P2P");
  }
}
