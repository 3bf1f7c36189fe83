package dev.brief.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the parties of an article and the people who speak for them.
 *
 * <p>Parties come from the {@link Gazetteer} (countries by name, demonym, capital or government
 * building; organisations, blocs and political parties) and from the text: capitalised phrases that
 * end in an organisation word ("National Union of Teachers", "Acme Holdings"), and acronyms the
 * text defines ("Trades Union Congress (TUC)"). A place named only as a location ("talks in
 * Geneva", "held in Moscow") is not counted as a mention.
 *
 * <p>People are capitalised name runs with evidence that they are people: a role before them
 * ("Kremlin aide Yuri Ushakov"), a role in apposition ("Rustem Umerov, Ukraine's lead negotiator"),
 * an honorific, or a personal pronoun that follows. Their party is the affiliation written next to
 * the role (a demonym, a country, an organisation, a possessive), or the party of the person they
 * advise ("adviser to President X"). Later mentions by surname, spelling variants (Zelensky /
 * Zelenskyy) and "Mr Smith" resolve to the same person; two people who share a surname but not a
 * first name stay two people. A person with no affiliation is a party of their own, kind PERSON.
 */
final class PartyRecognizer {
  /** Capitalised words that are no name: function words, days, months, numbers. */
  static final Set<String> NOT_NAME_WORDS =
      Words.lookup(
          Set.of(
              "The",
              "A",
              "An",
              "In",
              "On",
              "At",
              "But",
              "And",
              "Or",
              "However",
              "Meanwhile",
              "As",
              "It",
              "He",
              "She",
              "They",
              "We",
              "I",
              "You",
              "This",
              "That",
              "These",
              "Those",
              "There",
              "When",
              "While",
              "If",
              "After",
              "Before",
              "Despite",
              "Although",
              "With",
              "Without",
              "For",
              "From",
              "By",
              "According",
              "Notably",
              "Earlier",
              "Recent",
              "Once",
              "Moving",
              "Why",
              "What",
              "Who",
              "How",
              "Where",
              "Today",
              "Yesterday",
              "Tomorrow",
              "Tonight",
              "Monday",
              "Tuesday",
              "Wednesday",
              "Thursday",
              "Friday",
              "Saturday",
              "Sunday",
              "January",
              "February",
              "March",
              "April",
              "May",
              "June",
              "July",
              "August",
              "September",
              "October",
              "November",
              "December",
              "His",
              "Her",
              "Their",
              "Its",
              "Our",
              "Yet",
              "So",
              "Then",
              "Now",
              "Also",
              "Still",
              "Even",
              "Both",
              "All",
              "Some",
              "Many",
              "Most",
              "Such",
              "Other",
              "Another",
              "Each",
              "Every",
              "No",
              "Not",
              "Under",
              "Over",
              "Into",
              "Between",
              "During",
              "Since",
              "Until",
              "Among",
              "Against",
              "Amid",
              "Following",
              "Further",
              "Furthermore",
              "Additionally",
              "Instead",
              "Thus",
              "Here",
              "Former",
              "Thanksgiving",
              "Christmas",
              "Easter",
              "Ramadan",
              "God",
              "HIGHLIGHTS",
              "Speaking",
              "Asked",
              "Last",
              "Next",
              "First",
              "Second",
              "Third",
              "One",
              "Two",
              "Three"));

  static final Set<String> HONORIFICS =
      Words.lookup(
          Set.of(
              "Mr",
              "Mrs",
              "Ms",
              "Dr",
              "Sir",
              "Dame",
              "Lord",
              "Lady",
              "Mx",
              "Rev",
              "Reverend",
              "Prof",
              "Professor",
              "Baroness",
              "Baron"));

  /** Words that are no name, honorifics included: "Mr" alone names nobody. */
  private static final Set<String> NOT_NAMES =
      Words.lookup(Words.union(NOT_NAME_WORDS, HONORIFICS));

  private static final Set<String> PARTICLES =
      Words.lookup(
          Set.of(
              "de", "van", "von", "bin", "al", "da", "di", "du", "le", "la", "del", "der", "el"));

  /**
   * Occupations written before a name at the start of a sentence ("Actor Tom Vale", "Coach Jim
   * Hale"): they are no part of the name, and unlike an office they tie the person to no party.
   */
  static final Set<String> OCCUPATIONS =
      Words.lookup(
          Set.of(
              "Actor",
              "Actress",
              "Singer",
              "Songwriter",
              "Rapper",
              "Musician",
              "Conductor",
              "Composer",
              "Novelist",
              "Writer",
              "Author",
              "Poet",
              "Playwright",
              "Film-maker",
              "Filmmaker",
              "Photographer",
              "Broadcaster",
              "Presenter",
              "Comedian",
              "DJ",
              "Producer",
              "Designer",
              "Artist",
              "Agent",
              "Coach",
              "Manager",
              "Referee",
              "Captain",
              "Striker",
              "Winger",
              "Midfielder",
              "Defender",
              "Goalkeeper",
              "Fly-half",
              "Attorney",
              "Sprinter",
              "Athlete",
              "Olympian",
              "Bookmaker",
              "Economist",
              "Analyst",
              "Lawyer",
              "Chef",
              "Dancer",
              "Guitarist",
              "Drummer",
              "Bassist",
              "Flanker",
              "Scrum-half",
              "Full-back",
              "Keeper",
              "Lock",
              "Wing",
              "Prop",
              "Hooker",
              "Backbencher"));

  /** Days and months, which end a name before them: "the Harbour Tribunal on Monday". */
  private static final Set<String> DATE_WORDS = Words.lookup(dateWords());

  private static Set<String> dateWords() {
    Set<String> out = new java.util.HashSet<>();
    for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
      out.add(d.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH));
    }
    for (java.time.Month m : java.time.Month.values()) {
      out.add(m.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH));
    }
    return Set.copyOf(out);
  }

  /**
   * Words that join a name-opening noun to the rest of its name: "Commission for Fair ...", "League
   * Against Cruel ..." (written with a capital only inside a name).
   */
  private static final Set<String> HEAD_CONNECTORS =
      Words.lookup(Set.of("of", "for", "on", "Against"));

  /** Lower-case words inside organisation names: "Bank of England", "Department for Education". */
  private static final Set<String> CONNECTORS = Words.lookup(Set.of("of", "for", "and", "&", "on"));

  private static final Set<String> MODIFIERS =
      Words.lookup(
          Set.of(
              "former",
              "then",
              "acting",
              "outgoing",
              "incoming",
              "new",
              "top",
              "senior",
              "deputy",
              "chief",
              "lead",
              "interim",
              "current",
              "veteran",
              "late",
              "longtime",
              "shadow",
              "the",
              "a",
              "an"));

  private static final Set<String> MOTION =
      Words.lookup(
          Set.of(
              "return",
              "returned",
              "returning",
              "go",
              "went",
              "travel",
              "travelled",
              "traveled",
              "fly",
              "flew",
              "move",
              "moved",
              "head",
              "headed",
              "sent",
              "come",
              "came",
              "arrive",
              "arrived",
              "visit",
              "trip",
              "journey",
              "back",
              "exported",
              "exports",
              "shipped"));
  private static final Set<String> PLACE_FILLERS =
      Words.lookup(
          Set.of(
              "the",
              "eastern",
              "western",
              "northern",
              "southern",
              "central",
              "north",
              "south",
              "east",
              "west",
              "north-east",
              "north-west",
              "south-east",
              "south-west",
              "rest",
              "all",
              "of"));

  /** Nouns for the people and bodies that act for a country: "German government". */
  static final Set<String> ACTOR_NOUNS =
      Words.lookup(
          Set.of(
              "government",
              "governments",
              "officials",
              "official",
              "leaders",
              "leader",
              "authorities",
              "forces",
              "troops",
              "army",
              "military",
              "navy",
              "side",
              "delegation",
              "negotiators",
              "negotiator",
              "diplomats",
              "diplomat",
              "allies",
              "ally",
              "powers",
              "nations",
              "counterparts",
              "administration",
              "regime",
              "parliament",
              "lawmakers",
              "ministers",
              "envoy",
              "spokesman",
              "spokeswoman",
              "spokesperson",
              "embassy",
              "people",
              "voters",
              "police",
              "regulators",
              "regulator",
              "drones",
              "strikes",
              "attacks",
              "invasion",
              "team",
              "state",
              "cabinet",
              "politicians",
              "mps"));

  /** Nouns for what a party puts forward: "US peace proposal", "Russian demands". */
  static final Set<String> PROPOSAL_NOUNS =
      Words.lookup(
          Set.of(
              "plan",
              "plans",
              "proposal",
              "proposals",
              "deal",
              "offer",
              "bid",
              "initiative",
              "policy",
              "position",
              "demand",
              "demands",
              "draft",
              "framework",
              "counter-proposal",
              "stance",
              "response",
              "statement",
              "decision",
              "veto",
              "sanctions",
              "ruling",
              "attempt"));

  /**
   * Trading bodies and their customers, in the plural: "UK banks", "US carriers". They act for
   * themselves, not for the country that describes them.
   */
  private static final Set<String> TRADERS =
      Words.lookup(
          Set.of(
              "producers",
              "operators",
              "companies",
              "firms",
              "unions",
              "banks",
              "retailers",
              "manufacturers",
              "makers",
              "exporters",
              "importers",
              "airlines",
              "carriers",
              "insurers",
              "lenders",
              "broadcasters",
              "networks",
              "consumers",
              "customers",
              "shoppers"));

  /**
   * Things a country has that do not act for it: "Britain's biggest producer", "Chile's highest
   * court".
   */
  static final Set<String> BUSINESS_NOUNS = Words.lookup(businessNouns());

  private static Set<String> businessNouns() {
    Set<String> out = new HashSet<>(TRADERS);
    out.addAll(
        List.of(
            "producer",
            "operator",
            "company",
            "firm",
            "union",
            "market",
            "markets",
            "industry",
            "bank",
            "airline",
            "carrier",
            "supermarket",
            "retailer",
            "manufacturer",
            "maker",
            "brand",
            "exports",
            "imports",
            "economy",
            "stock",
            "shares",
            "court",
            "courts",
            "judge",
            "judges"));
    return Set.copyOf(out);
  }

  private static final Set<String> AUXILIARIES =
      Words.lookup(
          Set.of(
              "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "should",
              "may", "might", "must", "can", "did", "does", "do", "says", "said", "wants"));

  /** Prepositions that make a country or capital a location ("talks in Geneva"). */
  private static final Set<String> LOCATIVE =
      Words.lookup(
          Set.of(
              "in",
              "at",
              "near",
              "across",
              "throughout",
              "inside",
              "outside",
              "within",
              "around",
              "into",
              "via",
              "through",
              "toward",
              "towards"));

  private static final Map<String, PartyKind> ORG_SUFFIXES = Words.lookup(orgSuffixes());
  private static final Set<String> PRONOUNS =
      Words.lookup(Set.of("he", "she", "his", "her", "him", "himself", "herself"));

  /** A party as found: display name, kind and the actors that speak for it. */
  static final class Found {
    final String name;
    PartyKind kind;
    int mentions;
    final Map<String, Actor> actors = new LinkedHashMap<>();

    Found(String name, PartyKind kind) {
      this.name = name;
      this.kind = kind;
    }
  }

  /** What recognition produced for a whole article. */
  record Result(
      Map<String, Found> parties,
      List<List<Mention>> mentions,
      List<List<Token>> tokens,
      List<String> texts) {}

  private final Gazetteer gazetteer;

  PartyRecognizer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** A person found in the text. */
  private static final class Person {
    final String first;
    String last;
    String full;
    String role;
    String party; // key of the affiliated party, or null
    String advises; // full name of the person they advise, resolved after the first pass
    boolean worksAt; // what they advise is a place of work: "an analyst at Kestrel Insight"
    boolean owned; // what they advise owns their role: "Kestrel's managing director"
    String portfolio; // "Trade" in "Trade Secretary Patricia Hewitt"
    int sentence = -1; // where the person is first introduced
    int order = -1; // position among the people found, for lookups in the order found

    Person(String full) {
      this.full = full;
      String[] parts = full.split(" ");
      this.first = parts.length > 1 ? parts[0] : null;
      this.last = parts[parts.length - 1];
    }
  }

  Result recognise(List<Sentence> sentences) {
    List<List<Token>> tokens = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      tokens.add(Token.of(s.text()));
    }
    Map<String, Found> parties = new LinkedHashMap<>();
    PersonIndex index = new PersonIndex();
    List<Person> people = index.all(); // in the order found
    Map<String, String> acronyms = new HashMap<>();
    java.util.Set<String> definitions = new java.util.HashSet<>(); // "(TUC)" right after its name
    List<List<Mention>> mentions = new ArrayList<>();
    for (int si = 0; si < sentences.size(); si++) {
      mentions.add(new ArrayList<>());
    }

    LowerCaseWords lowerCase = new LowerCaseWords(tokens);
    Map<String, PartyKind> named = contextOrganisations(sentences, tokens, lowerCase);
    Map<String, String> groups = actingGroups(tokens);
    Map<PartyKind, String> lastOfKind = new java.util.EnumMap<>(PartyKind.class);
    List<Person> unconfirmed = new ArrayList<>(); // two-word names with no evidence yet

    // Pass 1: gazetteer mentions, organisations by suffix, defined acronyms, people with evidence.
    List<List<int[]>> nameRuns = new ArrayList<>();
    for (int si = 0; si < sentences.size(); si++) {
      List<Token> ts = tokens.get(si);
      boolean[] used = new boolean[ts.size()];
      Map<PartyKind, String> lastBefore = new java.util.EnumMap<>(lastOfKind);
      for (int i = 0; i < ts.size(); ) {
        int end = matchGazetteer(ts, i);
        if (end > i && endsLongerName(ts, used, i)) {
          i = end; // "Guild of New Zealand": the whole place ends the name
          continue;
        }
        if (end > i
            && (opensLongerName(ts, i, end)
                || capitalOpensAName(sentences.get(si).text(), ts, i, end))) {
          end = i; // "Commission for Fair Housing" is not the European Commission
        }
        if (end > i && i > 0 && HONORIFICS.contains(ts.get(i - 1).text())) {
          end = i; // "said Ms Welsh", "Mr English": a surname, not a demonym
        }
        if (end > i) {
          Gazetteer.Entry e = gazetteer.lookup(join(ts, i, end));
          boolean locative =
              (e.via() == Gazetteer.Via.NAME
                      || e.via() == Gazetteer.Via.CAPITAL
                      || e.via() == Gazetteer.Via.METONYM) // "a spokesman in Washington"
                  && (e.kind() == PartyKind.COUNTRY || e.kind() == PartyKind.GROUP)
                  && isLocative(ts, i);
          boolean incidental =
              locative
                  || descriptive(ts, i, end, e)
                  || branchName(
                      sentences.get(si).text(),
                      ts,
                      used,
                      i,
                      e,
                      bodyEndsAt(mentions.get(si), parties, i));
          found(parties, e.party(), e.kind());
          mentions.get(si).add(new Mention(si, i, end, e.party(), null, incidental));
          if (e.kind() != PartyKind.COUNTRY && e.kind() != PartyKind.GROUP) {
            lastOfKind.put(e.kind(), e.party());
          }
          for (int k = i; k < end; k++) {
            used[k] = true;
          }
          i = end;
        } else {
          i++;
        }
      }
      markExamples(sentences.get(si).text(), ts, mentions.get(si));
      addGroups(ts, mentions.get(si), si, parties, groups);
      String text = sentences.get(si).text();
      for (int[] org : organisationSpans(text, ts, used)) {
        if (namesALaw(ts, org[0], org[1])) {
          continue; // "the Crime and Police Bill proposes": a law, which takes no side
        }
        org[0] = acronymStart(text, ts, org);
        String name = join(ts, org[0], org[1]);
        // "Finnish Dairy Board", "European Court of Justice", "UK Rail Council", "Hong Kong Rugby
        // Union": a demonym or a country's name right before the name is part of it
        int start = org[0];
        String prior = null;
        if (start > 0
            && used[start - 1]
            && !ts.get(start - 1).possessive()
            && blankBetween(text, ts.get(start - 1).end(), ts.get(start).start())) {
          for (Mention m : mentions.get(si)) {
            if (m.to() == start && m.actor() == null) {
              prior = join(ts, m.from(), m.to());
            }
          }
        }
        Gazetteer.Entry before = prior == null ? null : gazetteer.lookup(prior);
        if (before != null
            && (before.via() == Gazetteer.Via.DEMONYM
                || before.kind() == PartyKind.GROUP
                || (before.via() == Gazetteer.Via.NAME && before.kind() == PartyKind.COUNTRY))) {
          name = prior + " " + name;
          if (before.kind() == PartyKind.GROUP || !governmentName(name)) {
            // "European Court of ...", "British Medical Association": not Europe or the UK
            // acting; "Danish Finance Ministry" is Denmark's
            absorb(mentions.get(si), org[0] - 1);
          }
        }
        PartyKind orgKind = PartyKind.valueOf(kindOf(ts, org));
        found(parties, name, orgKind);
        lastOfKind.put(orgKind, name);
        mentions.get(si).add(new Mention(si, org[0], org[1], name, null, false));
        for (int k = org[0]; k < org[1]; k++) {
          used[k] = true;
        }
        int after = org[1];
        if (acronymInBrackets(text, ts, after)) {
          acronyms.put(ts.get(after).text(), name);
          definitions.add(si + ":" + after);
          used[after] = true;
        }
      }
      markRoles(ts, used);
      List<int[]> runs = new ArrayList<>();
      for (int i = 0; i < ts.size(); ) {
        int end = nameRun(text, ts, used, i);
        if (end > i) {
          int and = twoNamesJoined(ts, i, end);
          if (and > 0) {
            runs.add(new int[] {i, and}); // "Jo Reed and Ann Hale": two people
            runs.add(new int[] {and + 1, end});
          } else {
            runs.add(new int[] {i, end});
          }
          i = end;
        } else {
          i++;
        }
      }
      nameRuns.add(runs);
      for (int[] run : runs) {
        if (namesALaw(ts, run[0], run[1])) {
          continue;
        }
        String phrase = join(ts, run[0], run[1]);
        PartyKind orgKind = orgKind(ts, run[0], run[1]);
        if (orgKind == null && !named.containsKey(phrase) && mediaName(ts, run)) {
          continue; // "told BBC Radio's evening programme": the outlet reports, it takes no side
        }
        if ((orgKind == null && !named.containsKey(phrase) && eventName(ts, run))
            || namesAnEvent(ts, run[1])) {
          continue; // "for Saturday's Harbour Cup Aid match": an event, which is never a party
        }
        if (orgKind == null && named.containsKey(phrase)) {
          orgKind = named.get(phrase);
        }
        if (orgKind != null) {
          lastOfKind.put(orgKind, phrase);
        }
        if (orgKind != null) {
          found(parties, phrase, orgKind);
          mentions.get(si).add(new Mention(si, run[0], run[1], phrase, null, false));
          int after = run[1];
          if (acronymInBrackets(sentences.get(si).text(), ts, after)) {
            acronyms.put(ts.get(after).text(), phrase);
            definitions.add(si + ":" + after);
          }
          continue;
        }
        if (hasConnector(ts, run[0], run[1])) {
          continue;
        }
        Person p =
            personEvidence(sentences, tokens, mentions, si, run, lastOfKind, named, unconfirmed);
        if (p != null) {
          Person known = findPerson(index, p.full);
          if (known == null) {
            index.add(p);
          } else {
            if (known.party == null) {
              known.party = p.party;
            }
            if (known.role == null) {
              known.role = p.role;
            }
            if (known.advises == null) {
              known.advises = p.advises;
              known.owned = p.owned;
            }
            if (known.portfolio == null) {
              known.portfolio = p.portfolio;
            }
            if (p.full.split(" ").length > known.full.split(" ").length) {
              index.rename(known, p.full, p.last);
            }
          }
        }
      }
      addDefiniteReferences(ts, used, mentions.get(si), si, lastBefore, parties);
      addPairReferences(ts, used, mentions, si, parties);
    }
    confirmByHonorific(unconfirmed, index, tokens, nameRuns, lowerCase);
    Map<String, Integer> counted = provisionalCounts(mentions);
    for (Person p : people) {
      if (p.party == null && p.advises == null && p.role != null) {
        p.party = officeHolderParty(p, people, parties, counted, mentions);
      }
    }
    String home = null;
    boolean looked = false;
    for (Person p : people) {
      if (p.party == null && p.advises == null && ministerial(p.role)) {
        if (!looked) {
          home = homeCountry(tokens, mentions); // only for texts with a minister to place
          if (home == null) {
            // "Finance Minister Ana Souza" in a text about Peru alone
            home = soleCountry(tokens, mentions, parties);
          }
          looked = true;
        }
        if (home != null) {
          found(parties, home, PartyKind.COUNTRY);
          p.party = home; // "Home Secretary Jo Reed" in a text about Labour and the Tories
        }
      }
    }
    Set<String> employers = new java.util.HashSet<>();
    for (Person p : people) {
      if (p.party == null && p.advises != null) {
        Person boss = findPerson(index, p.advises);
        if (p.worksAt
            && (boss == null
                ? !parties.containsKey(p.advises)
                : boss != p && boss.full.equals(p.advises))) {
          // "Jo Reed, an analyst at Kestrel Insight": a place of work is no person, even when it
          // speaks like one elsewhere ("Kestrel Insight said ...")
          p.party = p.advises;
          employers.add(p.advises);
        } else if (boss != null && boss != p) {
          p.party = boss.party != null ? boss.party : boss.full;
        } else if (boss == null
            && parties.containsKey(p.advises)
            && parties.get(p.advises).kind != PartyKind.PERSON
            && parties.get(p.advises).kind != PartyKind.COUNTRY) {
          p.party = p.advises; // "spokesman for anti-virus firm Sophex": works for, not advises
        } else if (boss == null
            && p.owned
            && !parties.containsKey(p.advises)
            && CORPORATE_ROLES.contains(office(p.role))) {
          // "Jo Reed, KVB's managing director": only a body has one, though the text names it
          // nowhere else
          found(parties, p.advises, PartyKind.ORGANISATION);
          p.party = p.advises;
          employers.add(p.advises);
        }
      }
    }
    for (Person p : people) {
      if (p.party == null
          && p.role == null
          && p.advises == null
          && p.first != null
          && !employers.contains(p.full)) {
        String[] words = p.full.split(" ");
        if (CLUB_WORDS.contains(words[words.length - 1])
            || ownedLikeABody(tokens, words)
            || namedLikeABody(tokens, words)) {
          // "Kestrel Vue shareholders", "the Harbour Registry said", "Lima Rovers said"
          employers.add(p.full);
        }
      }
    }
    for (Person p : people) {
      String key = p.party == null ? p.full : p.party;
      boolean employer = employers.contains(key);
      PartyKind kind =
          parties.containsKey(key)
              ? parties.get(key).kind
              : employer ? PartyKind.ORGANISATION : PartyKind.PERSON;
      Found f = found(parties, key, kind);
      if (!(employer && key.equals(p.full))) {
        f.actors.putIfAbsent(p.full, new Actor(p.full, p.role));
      }
    }

    Map<String, String> shortNames = shortNames(parties);
    mergeShortNames(shortNames, parties, mentions, people);

    // Pass 2: name runs that refer to known people or defined acronyms.
    for (int si = 0; si < sentences.size(); si++) {
      List<Token> ts = tokens.get(si);
      for (int[] run : nameRuns.get(si)) {
        String phrase = join(ts, run[0], run[1]);
        if (parties.containsKey(phrase)
            && parties.get(phrase).kind != PartyKind.PERSON
            && orgKind(ts, run[0], run[1]) != null) {
          continue; // counted in pass 1
        }
        if (definitions.contains(si + ":" + run[0])) {
          continue;
        }
        boolean commonWord = false;
        if (run[0] == 0 && run[1] == 1 && shortNames.containsKey(phrase)) {
          // "Savers are worried" opening a sentence is no short form of Savers Holdings when the
          // text writes "savers" in lower case too
          commonWord = lowerCase.contains(phrase.toLowerCase(Locale.ROOT));
        }
        if (shortNames.containsKey(phrase)
            && !parties.containsKey(phrase)
            && !namesThePlace(ts, run, shortNames.get(phrase))
            && (!BODY_NOUNS.contains(phrase.toLowerCase(Locale.ROOT)) || refersToBody(ts, run))
            && !commonWord) {
          mentions
              .get(si)
              .add(new Mention(si, run[0], run[1], shortNames.get(phrase), null, false));
          continue;
        }
        String acronym = acronyms.get(phrase);
        if (acronym != null && !definitions.contains(si + ":" + run[0])) {
          mentions.get(si).add(new Mention(si, run[0], run[1], acronym, null, false));
          continue;
        }
        int from = run[0];
        while (from < run[1] && HONORIFICS.contains(ts.get(from).text())) {
          from++;
        }
        Person p = from < run[1] ? findPerson(index, join(ts, from, run[1])) : null;
        if (p != null) {
          String key = p.party == null ? p.full : p.party;
          mentions.get(si).add(new Mention(si, run[0], run[1], key, p.full, false));
        }
      }
      addBodyReferences(ts, mentions.get(si), si, shortNames);
      mentions.get(si).sort(Mention.BY_START);
    }
    for (List<Mention> ms : mentions) {
      for (Mention m : ms) {
        if (!m.incidental()) {
          parties.get(m.party()).mentions++;
        }
      }
    }
    parties.values().removeIf(f -> f.mentions == 0 && f.actors.isEmpty());
    List<String> texts = new ArrayList<>(sentences.size());
    sentences.forEach(s -> texts.add(s.text()));
    return new Result(parties, mentions, tokens, texts);
  }

  /** Words that end or open the name of a law or a treaty: "Data Act", "Treaty of Lima". */
  private static final Set<String> LAW_WORDS =
      Words.lookup(
          Set.of(
              "Act", "Bill", "Treaty", "Convention", "Directive", "Charter", "Protocol", "Accord"));

  /**
   * True when the capitalised words from {@code from} to {@code to} name a law rather than a party:
   * "Freedom of Information Act", "Act of Parliament", or a name that a law word follows ("the
   * Crime and Police Bill"), though not a first name ("Bill Reed", "Labour's Bill Reed").
   */
  private static boolean namesALaw(List<Token> ts, int from, int to) {
    boolean lawAfter =
        to < ts.size()
            && LAW_WORDS.contains(ts.get(to).text())
            && !ts.get(to - 1).possessive()
            && (to + 1 == ts.size() || !ts.get(to + 1).capitalised());
    boolean endsWithLaw = to - from >= 2 && LAW_WORDS.contains(ts.get(to - 1).text());
    boolean opensWithLaw =
        to - from >= 3
            && LAW_WORDS.contains(ts.get(from).text())
            && (ts.get(from + 1).text().equals("of") || ts.get(from + 1).text().equals("on"));
    return lawAfter || endsWithLaw || opensWithLaw;
  }

  /** Kind nouns that also begin names: "Group Lotus", "Union Pacific", "Bank of England". */
  private static final Set<String> NAME_OPENING_KIND_NOUNS =
      Words.lookup(
          Set.of(
              "group",
              "union",
              "party",
              "bank",
              "court",
              "ministry",
              "department",
              "company",
              "companies",
              "unions",
              "firms"));

  /**
   * The kind noun that opens a sentence in place of an article, or null: "Miner Northfield Gold
   * said" (before a name: a description), "Company spokesman Jo Reed said" (before a lower case
   * word: the organisation of that kind named last).
   */
  private static String openingKindNoun(List<Token> ts) {
    if (ts.size() < 2 || !ts.get(0).capitalised() || ts.get(0).possessive()) {
      return null;
    }
    String noun = ts.get(0).lower();
    boolean beforeName =
        ts.get(1).capitalised()
            && ORG_NOUN_KINDS.containsKey(noun)
            && !NAME_OPENING_KIND_NOUNS.contains(noun)
            && !OCCUPATIONS.contains(ts.get(0).text()); // "Producer Sam Lowe" is a person
    boolean beforeWord =
        !ts.get(1).capitalised()
            && Character.isLetter(ts.get(1).text().charAt(0))
            && DEFINITE_NOUNS.contains(noun);
    return beforeName || beforeWord ? noun : null;
  }

  /** An occupation, or several of its holders: "Sprinter", "Sprinters". */
  private static boolean occupation(String word) {
    return OCCUPATIONS.contains(word)
        || (word.endsWith("s") && OCCUPATIONS.contains(word.substring(0, word.length() - 1)));
  }

  /**
   * Marks role phrases ("Secretary of State", "Prime Minister") and occupations so that they do not
   * read as part of a name, unless the role word begins an organisation's name ("General Motors").
   */
  private void markRoles(List<Token> ts, boolean[] used) {
    if (openingKindNoun(ts) != null) {
      used[0] = true; // "Miner Northfield Gold said", "Company spokesman Jo Reed said"
    }
    for (int i = 0; i < ts.size(); i++) {
      if (used[i]) {
        continue;
      }
      if (occupation(ts.get(i).text())
          && (i == 0 || !ts.get(i - 1).capitalised() || used[i - 1])
          && i + 1 < ts.size()
          && ts.get(i + 1).capitalised()
          && !used[i + 1]) {
        // "Actor Tom Vale", "Harbour Research Council Professor Ann Kerr": the name
        // starts after the occupation
        used[i] = true;
        continue;
      }
      if (royalSurname(ts, i)) {
        continue;
      }
      int len = roleLengthAt(ts, i, ts.size() - i);
      if (len == 0) {
        continue;
      }
      int after = i + len;
      boolean orgName =
          after < ts.size()
              && ORG_SUFFIXES.containsKey(ts.get(after).text())
              && (after + 1 >= ts.size() || !ts.get(after + 1).capitalised());
      if (!orgName) {
        for (int k = i; k < after; k++) {
          used[k] = true;
        }
        if (after + 1 < ts.size()
            && ts.get(after).capitalised()
            && !ts.get(after).possessive()
            && !ts.get(after + 1).capitalised()
            && IssueExtractor.adjacent(ts, after + 1)
            && gazetteer.isRole(ts.get(after + 1).lower())) {
          used[after] = true; // "chief Asian strategist Jo Wong": the word qualifies the role
        }
        i = after - 1;
      }
    }
  }

  private int matchGazetteer(List<Token> ts, int i) {
    int longest = gazetteer.longestPhraseStartingWith(ts.get(i).text());
    if (longest == 0) {
      return i;
    }
    int max = Math.min(ts.size(), i + longest);
    for (int end = max; end > i; end--) {
      if (gazetteer.lookup(join(ts, i, end)) != null) {
        // a possessive can only close a phrase
        boolean inner = false;
        for (int k = i; k < end - 1; k++) {
          inner |= ts.get(k).possessive();
        }
        if (!inner) {
          return end;
        }
      }
    }
    return i;
  }

  /**
   * True when a connector stands in {@code [from, to)}: "Bank of Peru", and "K&R and United",
   * "Leeds United and Acme", which are two names.
   */
  private static boolean hasConnector(List<Token> ts, int from, int to) {
    for (int k = from; k < to; k++) {
      if (CONNECTORS.contains(ts.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The position of the "and" that joins two names in the run {@code from..to} ("Jo Reed and Ann
   * Hale"), two words or more each, or -1: not in a body's name with a connector of its own
   * ("Department of Harbours and Ports") or a word of organisations' names ("Crime and Police
   * Bill"), nor in a title with a common word ("Drive My Boat and Sail Back").
   */
  private static int twoNamesJoined(List<Token> ts, int from, int to) {
    int and = -1;
    for (int k = from; k < to; k++) {
      String w = ts.get(k).text();
      if (CONNECTORS.contains(w)) {
        if (!w.equals("and") || and >= 0) {
          return -1;
        }
        and = k;
      } else if (organisationWord(w) || Words.STOP.contains(ts.get(k).lower())) {
        return -1; // nor a title: "Drive My Boat and Sail Back"
      }
    }
    return and - from >= 2 && to - and - 1 >= 2 ? and : -1; // not "Jo and Ann Reed"
  }

  /** The end of the capitalised name run starting at {@code i}, or {@code i}. */
  private int nameRun(String text, List<Token> ts, boolean[] used, int i) {
    int j = i;
    while (j < ts.size() && !used[j]) {
      Token t = ts.get(j);
      if (j > i
          && !blankBetween(text, ts.get(j - 1).end(), t.start())
          && !pluralPossessiveInName(text, ts.get(j - 1), t)
          && !(j - 1 > i && middleInitial(text, ts.get(j - 1), t))) {
        break; // punctuation between the words: "Teachers (NUT)", "Russia, Ukraine"
      }
      boolean name =
          t.capitalised()
              && Character.isLetter(t.text().charAt(0))
              && !compoundModifier(t)
              && (!NOT_NAMES.contains(t.text()) || HONORIFICS.contains(t.text()))
              && !gazetteer.isRole(t.lower());
      // "Ann May said", "Mrs May": the month after a name word is a surname
      name |= j > i && t.text().equals("May");
      name |= j == i + 1 && royalSurname(ts, j);
      boolean particle =
          j > i
              && (PARTICLES.contains(t.text()) || CONNECTORS.contains(t.text()))
              && j + 1 < ts.size()
              && ts.get(j + 1).capitalised()
              && !used[j + 1];
      if (!(name || particle) || (j > i && HONORIFICS.contains(t.text()))) {
        break;
      }
      j++;
      if (possessiveEndsRun(text, ts, used, j)) {
        break;
      }
    }
    while (j > i
        && (PARTICLES.contains(ts.get(j - 1).text())
            || CONNECTORS.contains(ts.get(j - 1).text()))) {
      j--; // "Peter Otieno on Monday": the run ends at the name
    }
    if (j > i
        && j < ts.size()
        && !ts.get(j - 1).possessive() // "Jo Reed's long-standing record" keeps the name
        && compoundModifier(ts.get(j))
        && blankBetween(text, ts.get(j - 1).end(), ts.get(j).start())) {
      return i; // "a Jo Reed-style plan", "the World Cup-winning side": the name is a modifier's
    }
    // a run of honorifics alone is no name
    boolean onlyHonorifics = true;
    for (int k = i; k < j; k++) {
      onlyHonorifics &= HONORIFICS.contains(ts.get(k).text());
    }
    return onlyHonorifics ? i : j;
  }

  private static final Set<String> GOVERNMENT_ROLES =
      Words.lookup(
          Set.of(
              "minister",
              "secretary",
              "treasurer",
              "president",
              "chancellor",
              "premier",
              "pm",
              "governor",
              "mayor",
              "senator",
              "ambassador",
              "envoy"));

  /** Common nouns for organisations, and the kinds of party they can refer to. */
  static final Map<String, List<PartyKind>> ORG_NOUN_KINDS = Words.lookup(orgNounKinds());

  private static Map<String, List<PartyKind>> orgNounKinds() {
    Map<String, List<PartyKind>> m = new HashMap<>();
    List<PartyKind> company = List.of(PartyKind.COMPANY);
    for (String w :
        List.of(
            "firm",
            "firms",
            "company",
            "companies",
            "group",
            "operator",
            "operators",
            "carrier",
            "airline",
            "bank",
            "insurer",
            "retailer",
            "supermarket",
            "manufacturer",
            "maker",
            "producer",
            "giant",
            "rival",
            "conglomerate",
            "miner",
            "broadcaster",
            "publisher",
            "chain")) {
      m.put(w, company);
    }
    m.put("union", List.of(PartyKind.UNION));
    m.put("unions", List.of(PartyKind.UNION));
    m.put("party", List.of(PartyKind.POLITICAL_PARTY));
    m.put("charity", List.of(PartyKind.NGO));
    m.put("regulator", List.of(PartyKind.REGULATOR));
    m.put("watchdog", List.of(PartyKind.REGULATOR));
    m.put("ministry", List.of(PartyKind.GOVERNMENT));
    m.put("department", List.of(PartyKind.GOVERNMENT));
    m.put("court", List.of(PartyKind.COURT));
    return Map.copyOf(m);
  }

  /** True when "one of" starts at {@code k}. */
  private static boolean oneOf(List<Token> ts, int k) {
    return ts.get(k).lower().equals("one") && ts.get(k + 1).lower().equals("of");
  }

  /** Words after a name that show it is an organisation: "a Kestrel spokesman". */
  private static final Set<String> ORG_ATTRIBUTES =
      Words.lookup(
          Set.of(
              "spokesman",
              "spokeswoman",
              "spokesperson",
              "executive",
              "executives",
              "chairman",
              "board",
              "shareholders",
              "shares",
              "profits",
              "profit",
              "chief"));

  /**
   * True when the lower-case word at {@code end} is a noun the capitalised word before it describes
   * ("Japan's Sakura index", "Britain's farming community"), not a verb or a word of a party's
   * ("France's Velcora said", "Japan's Hoshida shares").
   */
  private static boolean describesNounAfter(String text, List<Token> ts, int end) {
    if (end >= ts.size() || text.charAt(ts.get(end - 1).end()) != ' ') {
      return false;
    }
    Token next = ts.get(end);
    String w = next.lower();
    return !next.capitalised()
        && Character.isLetter(w.charAt(0))
        && !verbLike(next)
        && !StanceDetector.isCue(w)
        && !ORG_ATTRIBUTES.contains(w)
        && !Words.STOP.contains(w);
  }

  /** True when the word names a country ("France", "Britain", "UK"). */
  private boolean countryWord(Token t) {
    Gazetteer.Entry e = gazetteer.lookup(t.text());
    return e != null && e.kind() == PartyKind.COUNTRY && e.via() == Gazetteer.Via.NAME;
  }

  /**
   * True when the name at {@code [i, end)} follows a possessive kind noun and comes before a role:
   * "the party's Health spokesman" names a post's portfolio, not a party ("the firm's Kestrel unit"
   * is a firm).
   */
  private boolean portfolioOfOwner(List<Token> ts, int i, int end) {
    return ts.get(i - 1).possessive() && end < ts.size() && gazetteer.isRole(ts.get(end).lower());
  }

  /**
   * Names the text treats as organisations although nothing in the name says so: "Tramvia, the
   * private firm", "the operators Kestrel and Brightline", "a Kestrel spokesman", "Unitas's
   * executive". Returns each name with its kind.
   */
  private Map<String, PartyKind> contextOrganisations(
      List<Sentence> sentences, List<List<Token>> tokens, LowerCaseWords lowerCase) {
    Map<String, PartyKind> out = new HashMap<>();
    WordsAfterNames afterNames = new WordsAfterNames(tokens);
    for (int si = 0; si < sentences.size(); si++) {
      String text = sentences.get(si).text();
      List<Token> ts = tokens.get(si);
      boolean[] none = new boolean[ts.size()];
      boolean opening = openingKindNoun(ts) != null && ts.get(1).capitalised();
      none[0] = opening; // "Miner Northfield Gold said": the name starts after the kind noun
      for (int i = 0; i < ts.size(); ) {
        int end = capitalisedRun(text, ts, none, i);
        for (int k = i + 1; k < end; k++) {
          if (ts.get(k).text().equals("and")) {
            end = k; // "Kestrel and Heron Mobile" are two names; "Reed & Vale" is one
            break;
          }
        }
        if (end <= i || !plainName(ts, i, end)) {
          i = Math.max(end, i + 1);
          continue;
        }
        String name = join(ts, i, end);
        if (THINGS_IN_CAPITALS.contains(name)) {
          i = end; // "Peru's GDP", "India's TV channels": a thing, whatever the context says
          continue;
        }
        PartyKind kind = null;
        // "operators Kestrel and Heron Mobile", "Kent company Hillside Dairies", "the
        // world's largest retailer, Valumart, has agreed"
        String gap = i > 0 ? text.substring(ts.get(i - 1).end(), ts.get(i).start()) : "";
        // not "the head of the Kestrel company, Ivan Petrov, said": that company has its name
        boolean appositive =
            gap.strip().equals(",")
                && end < ts.size()
                && text.charAt(ts.get(end - 1).end()) == ','
                && (i < 2
                    || !ts.get(i - 2).capitalised()
                    || Words.STOP.contains(ts.get(i - 2).lower()) // "The airline, SkyLark,"
                    || gazetteer.lookup(ts.get(i - 2).text()) != null); // "UK airline, X"
        if (i > 0
            && ORG_NOUN_KINDS.containsKey(ts.get(i - 1).lower())
            && !portfolioOfOwner(ts, i, end)
            && (!ts.get(i - 1).capitalised() || (i == 1 && opening))
            && (gap.isBlank() || appositive)) {
          kind = ORG_NOUN_KINDS.get(ts.get(i - 1).lower()).get(0);
          if (end + 1 < ts.size() && ts.get(end).text().equals("and")) {
            int second = capitalisedRun(text, ts, none, end + 1);
            if (second > end + 1 && plainName(ts, end + 1, second)) {
              out.putIfAbsent(join(ts, end + 1, second), kind);
            }
          }
        }
        if (kind == null
            && i > 1
            && gap.isBlank()
            && ts.get(i - 1).lower().equals("leader")
            && MARKETS.contains(ts.get(i - 2).lower())) {
          kind = PartyKind.COMPANY; // "bought by market leader Velcora": a firm, not a leader
        }
        // "Tramvia, the private firm which ..."
        if (kind == null && end < ts.size() && text.charAt(ts.get(end - 1).end()) == ',') {
          // "Tramvia, one of Peru's premier rail firms": one of a kind, so that kind
          int from = end + 1 < ts.size() && oneOf(ts, end) ? end + 2 : end;
          for (int k = from; k < Math.min(ts.size(), from + 5); k++) {
            boolean role = gazetteer.isRole(ts.get(k).lower());
            if (from > end && (ts.get(k).possessive() || role)) {
              continue; // an owner, and no office before the plural one of them is in
            }
            if (role || EMPLOYER_LINKS.contains(ts.get(k).lower())) {
              // "Neil Smith, director of campaign group Vote Now", "Jo Reed, campaign manager of
              // a lobby group": the group is not his name
              break;
            }
            if (ORG_NOUN_KINDS.containsKey(ts.get(k).lower())) {
              // "Judy Bell, the company's founder": the firm employs the name, it is not the name;
              // nor is "in Ohio, company spokesman Jo Reed said" a company called Ohio
              if (!ts.get(k).possessive()
                  && !(k + 1 < ts.size() && gazetteer.isRole(ts.get(k + 1).lower()))) {
                kind = ORG_NOUN_KINDS.get(ts.get(k).lower()).get(0);
              }
              break;
            }
            if (ts.get(k).capitalised()) {
              break;
            }
          }
        }
        // "supported by Acme Watch and Liberty": one word joined to an organisation
        // and then the clause ends or its verb follows (not "Brown and Williamson", "Channel 4",
        // "Euro-Atlantic integration", nor the last word of "Bank and Trust")
        if (kind == null
            && end - i == 1
            && i > 1
            && ts.get(i - 1).text().equals("and")
            && (end == ts.size()
                || !Character.isLetterOrDigit(text.charAt(ts.get(end - 1).end()))
                    && text.charAt(ts.get(end - 1).end()) != ' '
                || AUXILIARIES.contains(ts.get(end).lower())
                || verbLike(ts.get(end)))
            && !ORG_SUFFIXES.containsKey(name)
            && gazetteer.lookup(name) == null
            && afterNames.never(name)) {
          kind = organisationEndingAt(text, ts, i - 1);
        }
        // "a Kestrel spokesman", "Unitas's executive"; opening a sentence, not a word the text
        // also writes in lower case ("Net profits", "Any profits"), unless it ends body names
        // ("Committee chairman Jo Reed": the committee named elsewhere)
        boolean attribute =
            kind == null
                && end < ts.size()
                && end - i == 1
                && text.charAt(ts.get(end - 1).end()) != ',' // "in Ohio, spokesman Jo Reed"
                && ORG_ATTRIBUTES.contains(ts.get(end).lower());
        if (attribute && i == 0 && !ORG_SUFFIXES.containsKey(name)) {
          attribute = !lowerCase.contains(ts.get(i).lower());
        }
        if (attribute) {
          kind = PartyKind.ORGANISATION;
        }
        // "France's Velcora warned", "Japan's Hoshida": one name word a country owns is its
        // company or body (a person needs two words or a title: "Peru's Ana Ruiz")
        if (kind == null
            && end - i == 1
            && i > 0
            && ts.get(i - 1).possessive()
            && countryWord(ts.get(i - 1))
            && !gazetteer.isRole(ts.get(i).lower())
            && !NOT_NAMES.contains(ts.get(i).text())
            && gazetteer.lookup(name) == null
            && afterNames.neverAfterAName(name)
            && !describesNounAfter(text, ts, end)) {
          kind = PartyKind.ORGANISATION;
        }
        // "KVA said", "KVA has warned": an acronym that speaks is a body; not a title after a name
        // ("Jo Reed QC said"), nor one the text also gives an article ("a DJ", "an MP3 file")
        if (kind == null
            && end - i == 1
            && ts.get(i).allCaps()
            && name.length() >= 2
            && name.chars().noneMatch(Character::isDigit)
            && (i == 0 || !ts.get(i - 1).capitalised() || ARTICLES.contains(ts.get(i - 1).lower()))
            && gazetteer.lookup(name) == null
            && reportsAfter(ts, end)
            && !afterAnArticle(tokens, name)
            && !defined(sentences, tokens, name)) { // "(KVA)": its name in full is the party
          kind = PartyKind.ORGANISATION;
        }
        // "Xstrata's attempt to take over": a one-word name that owns a bid, never a person's name
        if (kind == null
            && end < ts.size()
            && end - i == 1
            && ts.get(i).possessive()
            && PROPOSAL_NOUNS.contains(ts.get(end).lower())
            && afterNames.never(ts.get(i).text())) {
          kind = PartyKind.ORGANISATION;
        }
        if (kind != null) {
          out.putIfAbsent(name, kind);
        }
        i = end;
      }
    }
    return out;
  }

  /** The kind of the organisation whose name ends right before token {@code i}, or null. */
  private PartyKind organisationEndingAt(String text, List<Token> ts, int i) {
    for (int len = Math.min(5, i); len >= 1; len--) {
      Gazetteer.Entry e = gazetteer.lookup(join(ts, i - len, i));
      if (e != null && e.via() == Gazetteer.Via.NAME) {
        return switch (e.kind()) {
          case COUNTRY, GROUP, PERSON -> null;
          default -> e.kind();
        };
      }
    }
    // a suffix ends a name of two or more words: "Kingfisher Airlines", not "Culture, Media"
    if (i < 2 || !ts.get(i - 2).capitalised() || text.charAt(ts.get(i - 2).end()) == ',') {
      return null;
    }
    int k = i - 2;
    while (k > 0 && ts.get(k - 1).capitalised() && text.charAt(ts.get(k - 1).end()) != ',') {
      k--;
    }
    if (k > 1 && CONNECTORS.contains(ts.get(k - 1).text()) && ts.get(k - 2).capitalised()) {
      return null; // "Department for Trade Fisheries and Food": one name with "and" inside
    }
    return ORG_SUFFIXES.get(ts.get(i - 1).text());
  }

  /**
   * The words the article writes in lower case, found in one pass the first time they are asked
   * for, and then shared by every check of one text.
   */
  private static final class LowerCaseWords {
    private final List<List<Token>> tokens;
    private java.util.Set<String> words;

    LowerCaseWords(List<List<Token>> tokens) {
      this.tokens = tokens;
    }

    boolean contains(String word) {
      if (words == null) {
        words = new java.util.HashSet<>();
        for (List<Token> ts : tokens) {
          for (Token t : ts) {
            if (!t.capitalised()) {
              words.add(t.text());
            }
          }
        }
      }
      return words.contains(word);
    }
  }

  /**
   * The words that stand right after a capitalised word other than a demonym somewhere in the
   * article, found in one pass the first time they are asked for.
   */
  private final class WordsAfterNames {
    private final List<List<Token>> tokens;
    private java.util.Set<String> words;
    private java.util.Set<String> afterNonCountry;

    WordsAfterNames(List<List<Token>> tokens) {
      this.tokens = tokens;
    }

    /** True when no capitalised word other than a demonym ever stands right before it. */
    boolean never(String name) {
      if (words == null) {
        words = new java.util.HashSet<>();
        for (List<Token> ts : tokens) {
          for (int k = 1; k < ts.size(); k++) {
            if (ts.get(k - 1).capitalised() && !words.contains(ts.get(k).text())) {
              Gazetteer.Entry e = gazetteer.lookup(ts.get(k - 1).text());
              if (e == null || e.via() != Gazetteer.Via.DEMONYM) {
                words.add(ts.get(k).text());
              }
            }
          }
        }
      }
      return !words.contains(name);
    }

    /**
     * True when no capitalised word other than a country's ever stands right before it: never a
     * surname after a first name ("Ana Velic"), though "Serbia's Velic" may stand.
     */
    boolean neverAfterAName(String name) {
      if (afterNonCountry == null) {
        afterNonCountry = new java.util.HashSet<>();
        for (List<Token> ts : tokens) {
          for (int k = 1; k < ts.size(); k++) {
            Gazetteer.Entry e = gazetteer.lookup(ts.get(k - 1).text());
            if (ts.get(k - 1).capitalised() && (e == null || e.kind() != PartyKind.COUNTRY)) {
              afterNonCountry.add(ts.get(k).text());
            }
          }
        }
      }
      return !afterNonCountry.contains(name);
    }
  }

  /** A capitalised run that is not a known country, role, title word or honorific. */
  private boolean plainName(List<Token> ts, int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = ts.get(k);
      if (gazetteer.lookup(t.text()) != null
          || gazetteer.longestRoleStartingWith(t.lower()) > 0
          || HONORIFICS.contains(t.text())
          || (NOT_NAMES.contains(t.text()) && k == from)) {
        return false;
      }
    }
    return true;
  }

  /** Organisation nouns that can open a name: "Department of Trade and Industry". */
  private static final Set<String> HEAD_INITIAL =
      Words.lookup(
          Set.of(
              "Department",
              "Ministry",
              "Bank",
              "Office",
              "Court",
              "Council",
              "Commission",
              "Institute",
              "Organisation",
              "Organization",
              "University",
              "Federation",
              "Association",
              "League",
              "Union",
              "Agency",
              "Board",
              "Committee",
              "Fund",
              "Society",
              "Confederation",
              "Congress",
              "House",
              "Church",
              "College",
              "Academy",
              "Guild",
              "Campaign",
              "Authority"));

  /**
   * Spans of organisation names in a sentence, found before role words are marked so that "Trade"
   * or "General" inside a name does not cut it: head-initial names run through their connectors
   * ("Department of Trade and Industry"); head-final names end at their organisation word
   * ("Transport and General Workers Union"); "Amnesty International and Liberty" is two names.
   */
  private List<int[]> organisationSpans(String text, List<Token> ts, boolean[] used) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < ts.size()) {
      int end = capitalisedRun(text, ts, used, i);
      if (end <= i) {
        i++;
        continue;
      }
      if (namesAnEvent(ts, end)) {
        i = end; // "the Harbour International Film Festival": no "Harbour International" in it
        continue;
      }
      int start = i;
      while (start < end) {
        int[] org = organisationIn(ts, start, end);
        if (org == null) {
          break;
        }
        out.add(org);
        start = org[1];
        boolean and = start < end && ts.get(start).text().equals("and");
        while (start < end && CONNECTORS.contains(ts.get(start).text())) {
          start++;
        }
        if (and && start < end && organisationIn(ts, start, end) == null) {
          out.add(new int[] {start, end}); // "Amnesty International and Liberty"
          start = end;
        }
      }
      i = end;
    }
    return out;
  }

  /**
   * Where the organisation {@code org} starts when the acronym in brackets after it spells only the
   * words after an "and" in it: "Acme and Kestrel Motors (KM)" names Kestrel Motors.
   */
  private static int acronymStart(String text, List<Token> ts, int[] org) {
    if (!acronymInBrackets(text, ts, org[1])) {
      return org[0];
    }
    String acronym = ts.get(org[1]).text();
    for (int k = org[0] + 1; k < org[1] - 1; k++) {
      if (ts.get(k).text().equals("and") && initials(ts, k + 1, org[1]).equals(acronym)) {
        return k + 1;
      }
    }
    return org[0];
  }

  /** True when token {@code after} is an acronym in brackets: "Kestrel Motors (KM)". */
  private static boolean acronymInBrackets(String text, List<Token> ts, int after) {
    return after < ts.size()
        && ts.get(after).allCaps()
        && ts.get(after).text().length() >= 2
        && text.charAt(ts.get(after).start() - 1) == '(';
  }

  /** The first letters of the capitalised words in {@code [from, to)}: "Kestrel Motors" is KM. */
  private static String initials(List<Token> ts, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (ts.get(k).capitalised()) {
        out.append(ts.get(k).text().charAt(0));
      }
    }
    return out.toString();
  }

  /** Second halves of hyphenated modifiers that are no part of a name: "London-based". */
  private static final Set<String> MODIFIER_HALVES =
      Words.lookup(
          Set.of(
              "style", "born", "time", "form", "hit", "held", "led", "run", "like", "era", "tax"));

  /**
   * True for a hyphenated modifier written before or after a name ("London-based Acme",
   * "Oscar-nominated Jo Reed", "a Jo Reed-style plan", "Pre-tax profits"): its second half is a
   * participle or a modifier word, not a name part ("Mong-koo", "Blu-ray", "Co-operation").
   */
  private static boolean compoundModifier(Token t) {
    String w = t.text();
    int hyphen = w.lastIndexOf('-');
    if (hyphen <= 0 || hyphen == w.length() - 1 || !Character.isLowerCase(w.charAt(hyphen + 1))) {
      return false; // "Anti-Doping", "McEwen-King": a capitalised half is part of the name
    }
    String half = w.substring(hyphen + 1);
    return half.endsWith("ed") || half.endsWith("ing") || MODIFIER_HALVES.contains(half);
  }

  /** Endings of the adverbs that open a sentence before a comma: "Separately,", "Finally,". */
  private static final List<String> ADVERB_ENDINGS =
      List.of("ately", "ally", "ently", "antly", "ingly", "edly", "ously", "ively", "arly", "ully");

  /** True when the sentence opens with an adverb and a comma: "Separately, Acme said". */
  private static boolean openingAdverb(String text, List<Token> ts) {
    String w = ts.get(0).lower();
    return w.length() >= 7
        && ADVERB_ENDINGS.stream().anyMatch(w::endsWith)
        && ts.size() > 1
        && Words.hasComma(text, ts.get(0).end(), ts.get(1).start());
  }

  /** Capitalised words and the connectors between them, ignoring role words. */
  private static int capitalisedRun(String text, List<Token> ts, boolean[] used, int i) {
    int j = i;
    while (j < ts.size() && !used[j]) {
      Token t = ts.get(j);
      if (j > i
          && !blankBetween(text, ts.get(j - 1).end(), t.start())
          && !pluralPossessiveInName(text, ts.get(j - 1), t)) {
        break;
      }
      boolean word =
          t.capitalised()
              && Character.isLetter(t.text().charAt(0))
              && !compoundModifier(t)
              && (j > i || !NOT_NAMES.contains(t.text()))
              && !(j == 0 && openingAdverb(text, ts));
      boolean connector =
          j > i
              && CONNECTORS.contains(t.text())
              && j + 1 < ts.size()
              && ts.get(j + 1).capitalised()
              && !DATE_WORDS.contains(ts.get(j + 1).text()) // "the Harbour Tribunal on Monday"
              && !used[j + 1];
      if (!(word || connector)) {
        break;
      }
      j++;
      if (possessiveEndsRun(text, ts, used, j)) {
        break;
      }
    }
    while (j > i && CONNECTORS.contains(ts.get(j - 1).text())) {
      j--;
    }
    return j;
  }

  /**
   * True when a capital at {@code [i, end)} opens a person's or a body's name: another name word
   * follows it ("Kingston Smith", "the Lima Club"; not "Kingston Mayor Jo Reed"), or a person is
   * said in apposition ("Sofia, a teacher at ..."). A country's name opens only a firm's ("Peru
   * Telecom"; not "Peru Police").
   */
  private boolean capitalOpensAName(String text, List<Token> ts, int i, int end) {
    Gazetteer.Entry e = gazetteer.lookup(ts.get(i).text());
    if (end != i + 1 || e == null || ts.get(i).possessive()) {
      return false;
    }
    if (e.via() == Gazetteer.Via.NAME && e.kind() == PartyKind.COUNTRY) {
      // "France Telecom", "Japan Airlines": a firm's kind word after the country's name
      return end < ts.size()
          && blankBetween(text, ts.get(i).end(), ts.get(end).start())
          && ORG_SUFFIXES.get(ts.get(end).text()) == PartyKind.COMPANY;
    }
    if (e.via() != Gazetteer.Via.CAPITAL) {
      return false;
    }
    if (end < ts.size() && blankBetween(text, ts.get(i).end(), ts.get(end).start())) {
      Token next = ts.get(end);
      return next.capitalised()
          && Character.isLetter(next.text().charAt(0))
          && gazetteer.lookup(next.text()) == null
          && !gazetteer.isRole(next.lower())
          && !NOT_NAMES.contains(next.text());
    }
    int comma = ts.get(i).end();
    return text.startsWith(", a ", comma) || text.startsWith(", an ", comma);
  }

  /**
   * True when the gazetteer's one-word match at {@code [i, end)} is part of a longer name: its last
   * word ("the Electoral Commission") or its head ("Commission for Fair Housing", "Council of Ferry
   * Operators").
   */
  private boolean opensLongerName(List<Token> ts, int i, int end) {
    if (end != i + 1 || !HEAD_INITIAL.contains(ts.get(i).text())) {
      return false;
    }
    if (i > 0) {
      Token before = ts.get(i - 1);
      if (before.capitalised()
          && !before.possessive()
          && !NOT_NAMES.contains(before.text())
          && gazetteer.lookup(before.text()) == null) {
        return true; // "the Electoral Commission": the name's last word, not an alias
      }
    }
    if (end + 1 >= ts.size()) {
      return false;
    }
    return HEAD_CONNECTORS.contains(ts.get(end).text()) && ts.get(end + 1).capitalised();
  }

  /**
   * True when the country or bloc at {@code i} ends another name, as its branch or market: "Acme
   * Watch UK questioned the plan", "Brightline Europe said", "Air Peru's chairman". The word before
   * is a capitalised name word inside the sentence (or an acronym, or the end of a known body's
   * name: "Greenpeace UK"), with no comma between, and no role, month or function word ("Foreign
   * Secretary ...", "In March UK sales ..."); the country does not act there.
   */
  private boolean branchName(
      String text, List<Token> ts, boolean[] used, int i, Gazetteer.Entry e, boolean afterBody) {
    if (i == 0 || e.via() != Gazetteer.Via.NAME) {
      return false;
    }
    if (e.kind() != PartyKind.COUNTRY && e.kind() != PartyKind.GROUP) {
      return false;
    }
    Token prev = ts.get(i - 1);
    return prev.capitalised()
        && (!used[i - 1] || afterBody) // "Amnesty International UK", not "EU China"
        && !prev.possessive()
        && (i > 1 || prev.allCaps() || afterBody)
        && !NOT_NAMES.contains(prev.text())
        && !gazetteer.isRole(prev.lower())
        && !compoundModifier(prev) // "a Lima-based US court": the country acts
        && text.substring(prev.end(), ts.get(i).start()).isBlank();
  }

  /** True when a mention of a body (not a country or bloc) ends right before token {@code i}. */
  private static boolean bodyEndsAt(List<Mention> ms, Map<String, Found> parties, int i) {
    for (Mention m : ms) {
      if (m.to() == i) {
        Found f = parties.get(m.party());
        return f != null && f.kind != PartyKind.COUNTRY && f.kind != PartyKind.GROUP;
      }
    }
    return false;
  }

  /**
   * True when the gazetteer's match at {@code i} ends a name that opens with a name word and "of":
   * "Bank of Norway", "Council of Peru" are institutions, not Norway or Peru.
   */
  private static boolean endsLongerName(List<Token> ts, boolean[] used, int i) {
    return i >= 2
        && ts.get(i - 1).text().equals("of")
        && HEAD_INITIAL.contains(ts.get(i - 2).text())
        && !used[i - 2];
  }

  /** True when a name word ("Commission", "Association") stands in {@code [from, to)}. */
  private static boolean nameWordIn(List<Token> ts, int from, int to) {
    for (int k = from; k < to; k++) {
      if (ORG_SUFFIXES.containsKey(ts.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  /** The first organisation name inside a capitalised run, or null. */
  private static int[] organisationIn(List<Token> ts, int from, int to) {
    if (HEAD_INITIAL.contains(ts.get(from).text())
        && from + 2 < to
        && HEAD_CONNECTORS.contains(ts.get(from + 1).text())) {
      return new int[] {from, secondNameAt(ts, from, to)};
    }
    int start = from;
    for (int k = from; k < to; k++) {
      String w = ts.get(k).text();
      if (w.equals("and")) {
        boolean nameBefore = false;
        for (int b = start; b < k; b++) {
          // a name word ends a name before "and" ("North Airways and Delta Jets", "the Treasury and
          // DTI"), unless it opens one that ends after it ("the Securities and Exchange
          // Commission")
          nameBefore |=
              (ORG_SUFFIXES.containsKey(ts.get(b).text())
                      && (b > start
                          || (b > 0
                              && ts.get(b - 1).capitalised()
                              && !NOT_NAMES.contains(ts.get(b - 1).text()))
                          || !nameWordIn(ts, k + 1, to)))
                  || ts.get(b).text().equals("&");
        }
        if (nameBefore) {
          return new int[] {start, k}; // "Harbour International | and Kestrel", "Hale & Ward"
        }
      }
      if (WEAK_SUFFIXES.contains(w) && k > start) {
        if (k + 1 < to) {
          continue; // "Kestrel United Supporters Association": a later word ends the name
        }
        int first = start;
        for (int b = start; b < k; b++) {
          if (CONNECTORS.contains(ts.get(b).text())) {
            first = b + 1; // "Jo Reed and Leeds United": the name is after the "and"
          }
        }
        return first < k ? new int[] {first, to} : null;
      }
      if (ORG_SUFFIXES.containsKey(w) && k > start) {
        if (HEAD_INITIAL.contains(w)
            && k + 2 < to
            && (ts.get(k + 1).text().equals("of") || ts.get(k + 1).text().equals("for"))) {
          // "National Union of Teachers", "Royal Bank of Scotland"; after an "and", the name
          // that "and" opens ("Banque du Lima and Bank of Peru")
          int first = start;
          for (int b = start; b < k; b++) {
            if (ts.get(b).text().equals("and")) {
              first = b + 1;
            }
          }
          return new int[] {first, secondNameAt(ts, k, to)};
        }
        int end = k + 1;
        while (end < to
            && !CONNECTORS.contains(ts.get(end).text())
            && ORG_SUFFIXES.containsKey(ts.get(end).text())) {
          end++;
        }
        return new int[] {ownerAfterOf(ts, start, k), end};
      }
    }
    return null;
  }

  /**
   * Where a name that opens with its head at {@code head} ("Bank of Peru") ends before {@code to}:
   * at an "and" after which another name with the same head stands ("Bank of Peru and Kestrel Trust
   * Bank"), else at {@code to} ("Ministry of Fisheries and Industry", "Institute of Fiscal and
   * Social Research").
   */
  private static int secondNameAt(List<Token> ts, int head, int to) {
    for (int c = head + 2; c < to - 1; c++) {
      if (ts.get(c).text().equals("and")) {
        for (int k = c + 1; k < to; k++) {
          if (ts.get(k).text().equals(ts.get(head).text())) {
            return c;
          }
        }
      }
    }
    return to;
  }

  /**
   * Where a head-final name begins when an "of" follows two or more words of its run: after the
   * "of", unless the word before it heads a name of its own. "Jo Reed of Kestrel Bank" and "Chief
   * Executive of Northby Hospitals Trust" name a person or a post at the organisation; "Friends of
   * Harbour Trust" is one name.
   */
  private static int ownerAfterOf(List<Token> ts, int start, int kindWord) {
    for (int c = kindWord - 1; c > start + 1; c--) {
      if (ts.get(c).text().equals("of")) {
        String before = ts.get(c - 1).text();
        boolean ownName = HEAD_INITIAL.contains(before) || ORG_SUFFIXES.containsKey(before);
        return ownName || kindWord == c + 1 ? start : c + 1; // "Kestrel Book of Records"
      }
    }
    return start;
  }

  /**
   * An organisation found on its own under the short name of another ("Federated - owner of Macy's"
   * beside "Federated Department Stores") is that one: its mentions and actors move to the full
   * name. A person or a country of that name stays apart.
   */
  private static void mergeShortNames(
      Map<String, String> shortNames,
      Map<String, Found> parties,
      List<List<Mention>> mentions,
      List<Person> people) {
    Map<String, String> renamed = new HashMap<>();
    for (var e : shortNames.entrySet()) {
      Found shortOne = parties.get(e.getKey());
      Found full = parties.get(e.getValue());
      if (shortOne == null
          || full == null
          || shortOne.kind == PartyKind.PERSON
          || shortOne.kind == PartyKind.COUNTRY) {
        continue;
      }
      shortOne.actors.forEach(full.actors::putIfAbsent);
      parties.remove(shortOne.name);
      renamed.put(shortOne.name, full.name);
    }
    if (renamed.isEmpty()) {
      return;
    }
    // one pass however many merged: a long document can hold many
    for (List<Mention> ms : mentions) {
      ms.replaceAll(
          m ->
              renamed.containsKey(m.party())
                  ? new Mention(
                      m.sentence(),
                      m.from(),
                      m.to(),
                      renamed.get(m.party()),
                      m.actor(),
                      m.incidental())
                  : m);
    }
    for (Person p : people) {
      if (p.party != null && renamed.containsKey(p.party)) {
        p.party = renamed.get(p.party);
      }
    }
  }

  /**
   * "WMC" for "WMC Resources": the first word of an organisation's name, when distinctive; and its
   * initials ("GM" for General Motors).
   */
  private Map<String, String> shortNames(Map<String, Found> parties) {
    Map<String, String> out = new HashMap<>();
    java.util.Set<String> ambiguous = new java.util.HashSet<>();
    for (Found f : parties.values()) {
      String[] words = f.name.split(" ");
      if (words.length < 2
          || f.kind == PartyKind.PERSON
          || f.kind == PartyKind.COUNTRY
          || f.kind == PartyKind.GROUP) {
        continue;
      }
      String first = words[0];
      if (!NOT_NAMES.contains(first)
          && gazetteer.lookup(first) == null
          && !ORG_SUFFIXES.containsKey(first)
          && !HEAD_INITIAL.contains(first)
          && Character.isUpperCase(first.charAt(0))
          && !joinsAnotherParty(words, parties)) {
        offer(out, ambiguous, first, f.name);
      }
      String initials = initials(words);
      if (initials != null && gazetteer.lookup(initials) == null) {
        offer(out, ambiguous, initials, f.name); // "GM" for General Motors
      }
      String last = words[words.length - 1];
      if (BODY_NOUNS.contains(last.toLowerCase(Locale.ROOT)) && gazetteer.lookup(last) == null) {
        offer(out, ambiguous, last, f.name); // "the Committee" for the Select Committee
      }
    }
    out.keySet().removeAll(ambiguous);
    return out;
  }

  /**
   * True when a short name is the place a body is named after, set after a place preposition: "a
   * concert in Delmont" is no mention of Delmont State University, though "Delmont have signed him"
   * is one of Delmont City.
   */
  private static boolean namesThePlace(List<Token> ts, int[] run, String full) {
    int space = full.indexOf(' ');
    int next = full.indexOf(' ', space + 1);
    String second = full.substring(space + 1, next < 0 ? full.length() : next);
    return run[0] > 0
        && PLACE_DIVISIONS.contains(second)
        && full.startsWith(ts.get(run[0]).text() + " ")
        && AROUND_A_PLACE.contains(ts.get(run[0] - 1).lower());
  }

  /** Prepositions that set a place: "in Delmont", "across the county". */
  private static final Set<String> AROUND_A_PLACE =
      Words.lookup(Set.of("in", "across", "throughout", "near", "around", "outside"));

  /** Words that make the name before them a place: "Delmont State University", "Delmont City". */
  private static final Set<String> PLACE_DIVISIONS =
      Words.lookup(
          Set.of(
              "State",
              "City",
              "County",
              "Borough",
              "District",
              "Region",
              "Province",
              "Provincial",
              "Municipal",
              "Metropolitan"));

  /**
   * Records {@code shortName} for {@code full}, or marks it ambiguous when it already stands for
   * another name ("Harbour" for Harbour Industries or Harbour Energy).
   */
  private static void offer(
      Map<String, String> out, java.util.Set<String> ambiguous, String shortName, String full) {
    if (out.containsKey(shortName) && !out.get(shortName).equals(full)) {
      ambiguous.add(shortName);
    }
    out.putIfAbsent(shortName, full);
  }

  /**
   * The initials of a name of two to five capitalised words, connectors left out: "GM" for General
   * Motors, "NUT" for National Union of Teachers; null when a word is not capitalised.
   */
  private static String initials(String[] words) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (CONNECTORS.contains(w) || w.equals("the")) {
        continue;
      }
      if (!Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(0))) {
        return null;
      }
      b.append(w.charAt(0));
    }
    return b.length() >= 2 && b.length() <= 5 ? b.toString() : null;
  }

  /**
   * "Fiat and General Motors": a name run that joins another name to its first word, or to a
   * party's name, with "and" (unlike "Northby Iron and Steel Co"; "&" joins one name).
   */
  private static boolean joinsAnotherParty(String[] words, Map<String, Found> parties) {
    if (words[1].equals("and")) {
      return true;
    }
    for (int k = 1; k + 1 < words.length; k++) {
      if (words[k].equals("and")
          && parties.containsKey(String.join(" ", List.of(words).subList(k + 1, words.length)))) {
        return true;
      }
    }
    return false;
  }

  /** Plural nouns for groups of people, and the class each belongs to. */
  private static final Map<String, String> PEOPLE =
      Words.lookup(
          Map.ofEntries(
              Map.entry("workers", "workers"),
              Map.entry("staff", "workers"),
              Map.entry("employees", "workers"),
              Map.entry("protesters", "protesters"),
              Map.entry("protestors", "protesters"),
              Map.entry("demonstrators", "protesters"),
              Map.entry("campaigners", "protesters"),
              Map.entry("activists", "protesters"),
              Map.entry("residents", "residents"),
              Map.entry("farmers", "farmers"),
              Map.entry("students", "students"),
              Map.entry("pilots", "pilots"),
              Map.entry("drivers", "drivers"),
              Map.entry("miners", "miners"),
              Map.entry("nurses", "nurses"),
              Map.entry("doctors", "doctors"),
              Map.entry("teachers", "teachers"),
              Map.entry("shareholders", "shareholders"),
              Map.entry("investors", "investors")));

  /**
   * Groups of people who act in the article ("Tube workers walked out", "underground staff have
   * warned"): for each class with a member followed by a verb, the name of its first such phrase.
   */
  private static Map<String, String> actingGroups(List<List<Token>> tokens) {
    Map<String, String> out = new HashMap<>();
    for (List<Token> ts : tokens) {
      for (int i = 0; i < ts.size(); i++) {
        String cls = PEOPLE.get(ts.get(i).lower());
        if (cls == null || out.containsKey(cls) || inName(ts, i)) {
          continue;
        }
        boolean acts = false;
        for (int k = i + 1; k < Math.min(ts.size(), i + 3); k++) {
          acts |= verbLike(ts.get(k));
        }
        if (acts) {
          // "dock workers", not "as the mill shut, shareholders lost"
          boolean modifier =
              i > 0
                  && !Words.STOP.contains(ts.get(i - 1).lower())
                  && Character.isLetter(ts.get(i - 1).text().charAt(0))
                  && !ts.get(i - 1).possessive()
                  && !verbLike(ts.get(i - 1))
                  && IssueExtractor.adjacent(ts, i);
          out.put(cls, (modifier ? ts.get(i - 1).text() + " " : "") + ts.get(i).lower());
        }
      }
    }
    return out;
  }

  /** Nouns that, after "the", refer back to the organisation of their kind named last. */
  private static final Set<String> DEFINITE_NOUNS =
      Words.lookup(
          Set.of(
              "company",
              "firm",
              "union",
              "bank",
              "airline",
              "carrier",
              "operator",
              "insurer",
              "retailer",
              "supermarket",
              "broadcaster",
              "publisher",
              "regulator",
              "watchdog",
              "ministry",
              "department",
              "court",
              "charity",
              "party"));

  /**
   * "The union rejected the offer", "the company said": "the" and a kind noun, not part of a name,
   * refer to the organisation of that kind named last before them: earlier in the sentence, else in
   * the sentences before ({@code lastBefore}).
   */
  private static void addDefiniteReferences(
      List<Token> ts,
      boolean[] used,
      List<Mention> ms,
      int si,
      Map<PartyKind, String> lastBefore,
      Map<String, Found> parties) {
    List<Mention> added = new ArrayList<>();
    for (int i = 1; i < ts.size(); i++) {
      String noun = ts.get(i).text();
      if (!DEFINITE_NOUNS.contains(noun)
          || !ts.get(i - 1).lower().equals("the")
          || used[i]
          || (i + 1 < ts.size() && ts.get(i + 1).capitalised() && !ts.get(i).possessive())) {
        continue; // lower case only: "the Union of ..." is a name
      }
      PartyKind kind = ORG_NOUN_KINDS.get(noun).get(0);
      String party = lastBefore.get(kind);
      for (Mention m : ms) {
        Found f = parties.get(m.party());
        if (m.to() <= i - 1 && m.actor() == null && f != null && f.kind == kind) {
          party = m.party();
        }
      }
      if (party != null) {
        added.add(new Mention(si, i - 1, i + 1, party, null, false));
        used[i] = true;
      }
    }
    if (!added.isEmpty()) {
      ms.addAll(added);
      ms.sort(Mention.BY_START);
    }
  }

  /**
   * Nouns that end the names of public bodies and, in lower case after "the", refer back to the one
   * body of the text named with them: "the committee" for the Harbour Affairs Committee. "Board" is
   * left out: "the board" is as often a company's own.
   */
  private static final Set<String> BODY_NOUNS =
      Words.lookup(
          Set.of(
              "committee",
              "commission",
              "council",
              "agency",
              "authority",
              "association",
              "federation",
              "institute",
              "foundation",
              "tribunal",
              "trust"));

  /**
   * True when a lone body noun refers to a body: "the Committee", "Committee chairman Jo Reed", not
   * "Council housing".
   */
  private boolean refersToBody(List<Token> ts, int[] run) {
    if (run[0] > 0 && ts.get(run[0] - 1).lower().equals("the")) {
      return true;
    }
    if (run[1] >= ts.size()) {
      return false;
    }
    String next = ts.get(run[1]).lower();
    return gazetteer.isRole(next) || ORG_ATTRIBUTES.contains(next);
  }

  /** "The committee said": a mention of the one body whose name ends with "Committee". */
  private static void addBodyReferences(
      List<Token> ts, List<Mention> ms, int si, Map<String, String> shortNames) {
    for (int i = 1; i < ts.size(); i++) {
      String noun = ts.get(i).text();
      String body =
          BODY_NOUNS.contains(noun)
              ? shortNames.get(Character.toUpperCase(noun.charAt(0)) + noun.substring(1))
              : null;
      if (body == null
          || !ts.get(i - 1).lower().equals("the")
          || (i + 1 < ts.size() && ts.get(i + 1).capitalised())) {
        continue;
      }
      final int at = i;
      if (ms.stream().noneMatch(m -> m.from() <= at && at < m.to())) {
        ms.add(new Mention(si, i - 1, i + 1, body, null, false));
      }
    }
  }

  /** Kinds an organisation of unknown kind may turn out to be. */
  private static final Set<PartyKind> ORGANISATION_KINDS =
      Words.lookup(Set.of(PartyKind.UNION, PartyKind.COMPANY));

  /** Plural kind nouns after "both" or "the two": "both unions", "the two companies". */
  private static final Map<String, PartyKind> PLURAL_KINDS =
      Words.lookup(
          Map.of(
              "unions", PartyKind.UNION,
              "companies", PartyKind.COMPANY,
              "firms", PartyKind.COMPANY,
              "banks", PartyKind.COMPANY,
              "parties", PartyKind.POLITICAL_PARTY,
              "countries", PartyKind.COUNTRY,
              "governments", PartyKind.COUNTRY));

  /**
   * "Both unions stayed silent", "the two companies agreed": the last two parties of that kind
   * named before, each a mention of the phrase (and so coordinated with each other).
   */
  private static void addPairReferences(
      List<Token> ts,
      boolean[] used,
      List<List<Mention>> mentions,
      int si,
      Map<String, Found> parties) {
    List<Mention> ms = mentions.get(si);
    List<Mention> added = new ArrayList<>();
    for (int i = 1; i < ts.size(); i++) {
      PartyKind kind = PLURAL_KINDS.get(ts.get(i).text());
      if (kind == null || used[i]) {
        continue;
      }
      int from;
      if (ts.get(i - 1).lower().equals("both")) {
        from = i - 1;
      } else if (i >= 2
          && ts.get(i - 1).lower().equals("two")
          && ts.get(i - 2).lower().equals("the")) {
        from = i - 2;
      } else {
        continue;
      }
      List<String> seen = new ArrayList<>();
      for (int s = 0; s <= si; s++) {
        for (Mention m : mentions.get(s)) {
          Found f = parties.get(m.party());
          boolean fits =
              f != null
                  && (f.kind == kind
                      || (f.kind == PartyKind.ORGANISATION && ORGANISATION_KINDS.contains(kind)));
          if ((s < si || m.to() <= from) && !m.incidental() && m.actor() == null && fits) {
            seen.remove(m.party());
            seen.add(m.party());
          }
        }
      }
      if (seen.size() >= 2) {
        for (String party : seen.subList(seen.size() - 2, seen.size())) {
          added.add(new Mention(si, from, i + 1, party, null, false));
          Found f = parties.get(party);
          if (f.kind == PartyKind.ORGANISATION) {
            f.kind = kind; // "Both unions": the text says what Unitas is
          }
        }
        used[i] = true;
      }
    }
    if (!added.isEmpty()) {
      ms.addAll(added);
      ms.sort(Mention.BY_START);
    }
  }

  /** "Rail Workers Union", "Teachers Pension Fund": a capitalised member word inside a name. */
  private static boolean inName(List<Token> ts, int i) {
    return i > 0 && ts.get(i).capitalised();
  }

  private static void addGroups(
      List<Token> ts,
      List<Mention> ms,
      int si,
      Map<String, Found> parties,
      Map<String, String> groups) {
    for (int i = 0; i < ts.size(); i++) {
      String cls = PEOPLE.get(ts.get(i).lower());
      if (cls != null && groups.containsKey(cls) && !inName(ts, i)) {
        found(parties, groups.get(cls), PartyKind.GROUP);
        ms.add(new Mention(si, i, i + 1, groups.get(cls), null, false));
      }
    }
    ms.sort(Mention.BY_START);
  }

  /**
   * Countries given as examples do not act: "countries such as Japan, Germany and Sweden",
   * "normally Germany or Japan". The whole list after the cue is incidental; one that opens the
   * sentence or quotation ends at its comma ("Like Chile, Peru opposes the tax": Peru acts).
   */
  private static void markExamples(String text, List<Token> ts, List<Mention> ms) {
    int chainEnd = -1;
    boolean opening = false;
    for (int i = 0; i < ms.size(); i++) {
      Mention m = ms.get(i);
      int before = m.from() - 1;
      boolean cue =
          before >= 0
              && EXAMPLE_CUES.contains(ts.get(before).lower())
              && !(ts.get(before).lower().equals("as")
                  && (before == 0 || !ts.get(before - 1).lower().equals("such")));
      boolean chained =
          chainEnd >= 0
              && m.from() - chainEnd <= 1
              && (m.from() == chainEnd || ts.get(chainEnd).lower().matches("and|or"))
              && !(opening
                  && m.from() == chainEnd
                  && Words.hasComma(text, ts.get(chainEnd - 1).end(), ts.get(m.from()).start()));
      if (cue || chained) {
        ms.set(i, new Mention(m.sentence(), m.from(), m.to(), m.party(), m.actor(), true));
        opening = cue ? ts.get(before).capitalised() : opening;
        chainEnd = m.to();
      } else {
        chainEnd = -1;
      }
    }
  }

  private static final Set<String> EXAMPLE_CUES =
      Words.lookup(
          Set.of("as", "including", "like", "normally", "notably", "especially", "e.g", "usually"));

  /**
   * "Transport and General Workers' Union", "the Farmers' Association": a plural possessive
   * apostrophe inside an organisation's name, before its kind word.
   */
  private static boolean pluralPossessiveInName(String text, Token before, Token next) {
    if (before.possessive() && IRREGULAR_PLURALS.contains(before.lower())) {
      // "the People's Bank of China", "the Harbour Women's Institute"
      return blankBetween(text, before.end(), next.start()) && next.capitalised();
    }
    int apostrophe = before.end();
    return before.text().endsWith("s")
        && apostrophe < text.length()
        && (text.charAt(apostrophe) == '\'' || text.charAt(apostrophe) == '\u2019')
        && blankBetween(text, apostrophe + 1, next.start())
        && ORG_SUFFIXES.containsKey(next.text());
  }

  /** True for a single capital letter: "K" in "Jo K. Reed". */
  private static boolean initial(Token t) {
    return t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0));
  }

  /**
   * True when {@code before} is a middle initial and its full stop, the name going on after it: "Jo
   * K. Reed".
   */
  private static boolean middleInitial(String text, Token before, Token next) {
    return initial(before)
        && text.charAt(before.end()) == '.'
        && next.start() > before.end() + 1
        && blankBetween(text, before.end() + 1, next.start());
  }

  /**
   * True when the run's last token, right before {@code j}, is a possessive that ends the name: "Jo
   * Reed's plan"; not "the Harbour People's Party", whose possessive is inside the name.
   */
  private static boolean possessiveEndsRun(String text, List<Token> ts, boolean[] used, int j) {
    Token t = ts.get(j - 1);
    return t.possessive()
        && !(j < ts.size() && !used[j] && pluralPossessiveInName(text, t, ts.get(j)));
  }

  /** True when only white space lies between {@code from} and {@code to}. */
  static boolean blankBetween(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Marks the gazetteer mention at token {@code at} as part of a longer name, not an actor. */
  private static void absorb(List<Mention> ms, int at) {
    for (int i = 0; i < ms.size(); i++) {
      Mention m = ms.get(i);
      if (m.from() <= at && at < m.to()) {
        ms.set(i, new Mention(m.sentence(), m.from(), m.to(), m.party(), m.actor(), true));
      }
    }
  }

  private static String kindOf(List<Token> ts, int[] span) {
    PartyKind head = headKind(ts, span[0], span[1]);
    if (head != null) {
      return head.name();
    }
    for (int k = span[1] - 1; k >= span[0]; k--) {
      PartyKind kind = ORG_SUFFIXES.get(ts.get(k).text());
      if (kind != null) {
        return kind.name();
      }
    }
    return ORG_SUFFIXES.getOrDefault(ts.get(span[0]).text(), PartyKind.ORGANISATION).name();
  }

  /**
   * The kind named by the head of "X of Y" or "X for Y" in {@code [from, to)}: "Department of
   * Energy" is a ministry and "Organisation of Oil Exporters" no company, whatever Y says.
   */
  private static PartyKind headKind(List<Token> ts, int from, int to) {
    for (int k = from + 1; k < to - 1; k++) {
      String w = ts.get(k).text();
      if (w.equals("of") || w.equals("for")) {
        return ORG_SUFFIXES.get(ts.get(k - 1).text());
      }
    }
    return null;
  }

  /** The kind of organisation a run names by one of its words ("Union", "Ministry", "plc"). */
  private static PartyKind orgKind(List<Token> ts, int from, int to) {
    if (to - from < 2) {
      return null;
    }
    for (int k = from + 1; k < to - 1; k++) {
      if (ts.get(k).text().equals("&")
          && ts.get(k - 1).text().length() > 1
          && ts.get(k + 1).text().length() > 1) {
        return PartyKind.COMPANY; // "Reed & Vale", "Hale & Hale"; not "R & B"
      }
    }
    for (int k = to - 1; k > from; k--) {
      PartyKind kind = ORG_SUFFIXES.get(ts.get(k).text());
      if (kind != null
          && !(WEAK_SUFFIXES.contains(ts.get(k).text()) && hasConnector(ts, from, to))) {
        PartyKind head = headKind(ts, from, to);
        return head != null ? head : kind;
      }
    }
    return null;
  }

  /** A person when the run has evidence of being one, with their role and affiliation. */
  private Person personEvidence(
      List<Sentence> sentences,
      List<List<Token>> tokens,
      List<List<Mention>> mentions,
      int si,
      int[] run,
      Map<PartyKind, String> lastOfKind,
      Map<String, PartyKind> named,
      List<Person> unconfirmed) {
    List<Token> ts = tokens.get(si);
    int from = run[0];
    boolean honorific = false;
    while (from < run[1] && HONORIFICS.contains(ts.get(from).text())) {
      honorific = true;
      from++;
    }
    if (from >= run[1]) {
      return null;
    }
    String full = join(ts, from, run[1]);
    int words = run[1] - from;
    if (words > 4) {
      return null;
    }
    if (!honorific
        && (NOT_FIRST_NAMES.contains(ts.get(from).text())
            || NOT_SURNAMES.contains(ts.get(run[1] - 1).text()))) {
      return null; // "East Sussex", "the Common Market", "Wimbledon Championships"
    }
    if (run[0] > 0 && JOURNALISTS.contains(ts.get(run[0] - 1).lower())) {
      return null; // "Acme News correspondent Jo Vale said": the reporter takes no side
    }
    String text = sentences.get(si).text();
    if (run[0] > 0
        && WORKS.contains(ts.get(run[0] - 1).text())
        && blankBetween(text, ts.get(run[0] - 1).end(), ts.get(run[0]).start())) {
      return null; // "the abortion drama Vera Lane", "his single Real Times": a title
    }
    int[] roleBefore = run[0] > 1 ? roleEndingAt(ts, run[0] - 1) : null;
    if (roleBefore != null
        && portfolioFollows(
            join(ts, roleBefore[0], roleBefore[1]).toLowerCase(Locale.ROOT),
            ts.get(run[0] - 1).text())) {
      return null; // "Minister for Rail Safety": the portfolio is no person
    }
    // a role right before the name: "[affiliation] [modifiers] ROLE Name"
    int[] role = roleEndingAt(ts, run[0]);
    if (role == null) {
      role = roleBeforePortfolio(ts, run[0]);
    }
    Person p = new Person(full);
    p.sentence = si;
    if (role != null && words == 1 && !honorific && articleBefore(ts, role[0])) {
      return null; // "the (next) General Election": a title takes no article before one name
    }
    if (role != null) {
      p.role = shadowed(ts, role[0], join(ts, role[0], role[1]).toLowerCase(Locale.ROOT));
      if (role[0] > 0
          && ts.get(role[0] - 1).capitalised()
          && isPortfolioWord(ts.get(role[0] - 1))) {
        p.portfolio = ts.get(role[0] - 1).text();
      }
      affiliateBefore(p, ts, mentions.get(si), role[0], lastOfKind);
    } else if (!roleOfBodyBefore(text, ts, mentions.get(si), run, p)) {
      int[] appositive = apposition(text, ts, run[1]);
      // "Later, the prime minister's spokesman", "in Wrexham, the prime minister": one word
      // opening the sentence or after a preposition is an adverb or a place, not a person
      boolean loneWord =
          words == 1
              && !honorific
              && (from == 0
                  || LOCATIVE.contains(ts.get(from - 1).lower())
                  || Words.STOP.contains(ts.get(from - 1).lower()));
      if (appositive != null && !loneWord) {
        p.role =
            shadowed(
                ts, appositive[0], join(ts, appositive[0], appositive[1]).toLowerCase(Locale.ROOT));
        affiliateBefore(p, ts, mentions.get(si), appositive[0], lastOfKind);
        if (p.party == null && appositive[0] > run[1]) {
          // "Jo Reed, Kestrel chief economist": an organisation this sentence names later
          String org = join(ts, run[1], appositive[0]);
          if (cleanName(ts, run[1], appositive[0])
              && (named.containsKey(org) || orgKind(ts, run[1], appositive[0]) != null)) {
            p.party = org;
          }
        }
        affiliateAfter(p, text, ts, mentions.get(si), appositive[1]);
      }
    }
    if (p.party == null && p.advises == null && words >= 2) {
      p.party = partyAfterOf(ts, mentions.get(si), run[1]); // "Jo Reed of Kestrel Bank"
    }
    if (p.role == null && !honorific && p.party == null) {
      boolean speaks = run[1] < ts.size() && Words.REPORTING.contains(ts.get(run[1]).lower());
      // "said Jo Reed's lawyer"; not "the Acme DS's screens": a person takes no article
      boolean owns =
          ts.get(run[1] - 1).possessive()
              && run[0] > 0
              && !ARTICLES.contains(ts.get(run[0] - 1).lower());
      if (words < 2 || !(speaks || owns || pronounFollows(tokens, si, run[1]))) {
        if (words >= 2) {
          unconfirmed.add(p); // "an ally of Jo Reed": a person if "Mr Reed" follows
        }
        return null;
      }
    }
    if (p.role == null && words < 2) {
      String title = ts.get(run[0]).text();
      if (!honorific
          || FIRST_NAME_TITLES.contains(title) // "Sir Tom said": a first name
          || full.length() < 2
          || !(speaksAfter(ts, run[1])
              || (spokenOfBefore(ts, run[0], run[1]) && run[1] == ts.size()))) {
        return null; // not "said Mr Reed, her deputy": whose deputy says whose he is
      }
      for (Person waiting : unconfirmed) {
        if (waiting.last.equals(full)) {
          return waiting; // "Critics attacked Ann Hale ... Lady Hale said": the name in full
        }
      }
      // "Lord Reed said", "said Mr Reed.": a person the text never names in full
      if (PEERS.contains(title)) {
        p.full = join(ts, run[0], run[1]); // a peer's title is part of the name
      }
    }
    if (p.party == null && p.advises == null && role == null) {
      p.party = politicalPartyBefore(text, ts, mentions.get(si), run[0]); // "Tory Jo Reed said"
    }
    if (p.party == null && p.advises == null) {
      p.party = relativeClauseParty(text, ts, mentions.get(si), run[1]);
    }
    if (p.party == null && p.role != null && governmentRole(p.role)) {
      p.party = governmentInContext(tokens, mentions, si);
    }
    if (p.party == null && p.role != null && JUDICIAL_ROLES.contains(office(p.role))) {
      p.party =
          lastOfKind.get(PartyKind.COURT); // "Mr Justice Harrison" sits on the court named last
    }
    return p;
  }

  /**
   * The political party named right before a person's name, as its adjective: "Tory Jo Reed", "Lib
   * Dem Sir Ann Hale"; not "Labour's Jo Reed" or "Labour, Jo Reed".
   */
  private String politicalPartyBefore(String text, List<Token> ts, List<Mention> ms, int start) {
    if (start == 0
        || ts.get(start - 1).possessive()
        || !blankBetween(text, ts.get(start - 1).end(), ts.get(start).start())) {
      return null;
    }
    for (Mention m : ms) {
      if (m.to() == start && m.actor() == null) {
        Gazetteer.Entry e = gazetteer.lookup(join(ts, m.from(), m.to()));
        return e != null && e.kind() == PartyKind.POLITICAL_PARTY ? m.party() : null;
      }
    }
    return null;
  }

  /**
   * Confirms the names found with no evidence of a person whose surname the text later gives an
   * honorific: "the role goes to an ally of Jo Reed. Mr Reed said ..." makes Jo Reed a person; so
   * does the surname alone speaking ("Reed said", "said Reed"), when the name looks like one. A
   * name whose surname a known person already has stays unconfirmed ("Mr Reed" is that person).
   */
  private static void confirmByHonorific(
      List<Person> unconfirmed,
      PersonIndex index,
      List<List<Token>> tokens,
      List<List<int[]>> nameRuns,
      LowerCaseWords lowerCase) {
    if (unconfirmed.isEmpty()) {
      return;
    }
    Set<String> honoured = new java.util.HashSet<>();
    Set<String> speaking = new java.util.HashSet<>();
    for (int si = 0; si < nameRuns.size(); si++) {
      List<Token> ts = tokens.get(si);
      for (int[] run : nameRuns.get(si)) {
        Token surname = ts.get(run[1] - 1);
        if (run[1] - run[0] == 2
            && HONORIFICS.contains(ts.get(run[0]).text())
            && !Words.STOP.contains(surname.lower())) {
          honoured.add(surname.text()); // not "The Lord Of the Rings"
        } else if (run[1] - run[0] == 1
            && (speaksAfter(ts, run[1]) || spokenOfBefore(ts, run[0], run[1]))) {
          speaking.add(surname.text()); // "... Jo Reed. Reed said", "said Reed"
        }
      }
    }
    Set<String> oneWord = new java.util.HashSet<>();
    for (Person known : index.all()) {
      if (known.full.indexOf(' ') < 0) {
        oneWord.add(known.full);
      }
    }
    for (Person p : unconfirmed) {
      boolean confirmed =
          honoured.contains(p.last) || (speaking.contains(p.last) && namelike(p, lowerCase));
      if (!confirmed && !oneWord.contains(p.last)) {
        continue; // nothing to confirm or rename: no lookup
      }
      Person known = findPerson(index, p.last);
      if (known != null && known.full.equals(p.last) && p.first != null) {
        index.rename(known, p.full, p.last); // "Mr Reed said ... Jo Reed": the name in full
        continue;
      }
      if (confirmed && known == null) {
        index.add(p);
      }
    }
  }

  /**
   * True when the text defines the acronym {@code word} in brackets: "Kestrel Vue Agency (KVA)".
   */
  private static boolean defined(List<Sentence> sentences, List<List<Token>> tokens, String word) {
    for (int si = 0; si < tokens.size(); si++) {
      String text = sentences.get(si).text();
      for (Token t : tokens.get(si)) {
        if (t.start() > 0 && text.charAt(t.start() - 1) == '(' && t.text().equals(word)) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when the text writes "a" or "an" right before {@code word}: "a DJ said". */
  private static boolean afterAnArticle(List<List<Token>> tokens, String word) {
    for (List<Token> ts : tokens) {
      for (int k = 1; k < ts.size(); k++) {
        String before = ts.get(k - 1).lower();
        if ((before.equals("a") || before.equals("an")) && ts.get(k).text().equals(word)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Words between a speaker and a reporting verb: "has said", "has also warned". */
  private static final Set<String> PERFECT = Words.lookup(Set.of("has", "have", "had", "also"));

  /**
   * True when a reporting verb follows the name ending at {@code end}, after at most two of "has",
   * "have", "had" and "also": "said", "has said", "has also warned".
   */
  private static boolean reportsAfter(List<Token> ts, int end) {
    for (int k = end; k < Math.min(ts.size(), end + 3); k++) {
      String w = ts.get(k).lower();
      if (!IssueExtractor.adjacent(ts, k)) {
        return false; // "a consultant on KVA, said"
      }
      if (Words.REPORTING.contains(w)) {
        return true;
      }
      if (!PERFECT.contains(w)) {
        return false;
      }
    }
    return false;
  }

  /** True when a reporting verb follows the name ending at {@code end} with only a space. */
  private static boolean speaksAfter(List<Token> ts, int end) {
    return IssueExtractor.adjacent(ts, end) // not "firm Kestrel, said"
        && Words.REPORTING.contains(ts.get(end).lower());
  }

  /**
   * True when "said" stands right before the name {@code from..to} and nothing but punctuation
   * follows it: "said Reed.", not "said Kestrel founder Jo Reed".
   */
  private static boolean spokenOfBefore(List<Token> ts, int from, int to) {
    return from > 0
        && SAYING_BEFORE.contains(ts.get(from - 1).lower())
        && (to == ts.size() || ts.get(to).start() - ts.get(to - 1).end() > 1);
  }

  /**
   * True when no word of the name is a common word the text also writes in lower case ("Often
   * Kestrel" opening a sentence) or a word of organisations' names ("Kestrel Group").
   */
  private static boolean namelike(Person p, LowerCaseWords lowerCase) {
    for (String w : p.full.split(" ")) {
      if (lowerCase.contains(w.toLowerCase(Locale.ROOT)) || organisationWord(w)) {
        return false;
      }
    }
    return true;
  }

  /** True for a word of organisations' names: a name suffix ("Group") or a kind noun ("Police"). */
  private static boolean organisationWord(String word) {
    return ORG_SUFFIXES.containsKey(word)
        || ORG_NOUN_KINDS.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /** Titles written before a first name: "Sir Tom", "Dame Ann". */
  private static final Set<String> FIRST_NAME_TITLES = Words.lookup(Set.of("Sir", "Dame"));

  /** Titles that stay with a peer's one-word name: "Lord Reed", "Lady Hale". */
  private static final Set<String> PEERS =
      Words.lookup(Set.of("Lord", "Lady", "Baroness", "Baron"));

  /** Reporting verbs written before the speaker: "said Reed". */
  private static final Set<String> SAYING_BEFORE =
      Words.lookup(Set.of("said", "says", "added", "told"));

  /** Words between a person's name and the organisation they work for: "Jo Reed of Acme". */
  private static final Set<String> EMPLOYER_LINKS = Words.lookup(Set.of("of", "at", "from"));

  /**
   * The organisation named right after an "of", "at" or "from" at {@code at} ("Jo Reed of Kestrel
   * Bank", "Ken Reed at Acme Economics", "said Jo Reed, from Acme"), or null. A country is no
   * employer: "Ana Ruiz of Spain" plays for it, she does not speak for it.
   */
  private String partyAfterOf(List<Token> ts, List<Mention> ms, int at) {
    if (at + 1 >= ts.size() || !EMPLOYER_LINKS.contains(ts.get(at).text())) {
      return null;
    }
    for (Mention m : ms) {
      if (m.from() == at + 1 && m.actor() == null && !m.incidental()) {
        return employer(ts, m) ? m.party() : null;
      }
    }
    return null;
  }

  /**
   * True when a mention can name where someone works: no country or place, and not the owner of
   * what follows ("Jo Reed at Labour's conference" is at the conference).
   */
  private boolean employer(List<Token> ts, Mention m) {
    Gazetteer.Entry e = gazetteer.lookup(join(ts, m.from(), m.to()));
    boolean place = e != null && (e.kind() == PartyKind.COUNTRY || e.kind() == PartyKind.GROUP);
    return !place && !m.incidental() && !ts.get(m.to() - 1).possessive();
  }

  /** Jobs of those who report the news rather than make it. */
  private static final Set<String> JOURNALISTS =
      Words.lookup(
          Set.of(
              "correspondent",
              "reporter",
              "journalist",
              "editor",
              "columnist",
              "presenter",
              "commentator",
              "broadcaster"));

  /** First words of places and things, never of a person's name. */
  private static final Set<String> NOT_FIRST_NAMES =
      Words.lookup(
          Set.of(
              "North",
              "South",
              "East",
              "West",
              "Northern",
              "Southern",
              "Eastern",
              "Western",
              "Central",
              "Upper",
              "Lower",
              "Greater",
              "New",
              "Inland",
              "Far",
              "Los",
              "Las",
              "San",
              "Santa",
              "St",
              "Saint",
              "Fort",
              "Port",
              "Mount",
              "Lake",
              "World"));

  /**
   * Last words of sports clubs' names, never of a person's: "Lima Rovers said", "Kingston City's
   * manager". Such a name is no party until it speaks or owns like one ("in Kansas City" stays a
   * place).
   */
  private static final Set<String> CLUB_WORDS =
      Words.lookup(
          Set.of(
              "City",
              "Rovers",
              "Rangers",
              "Wanderers",
              "Athletic",
              "Albion",
              "Hotspur",
              "Argyle",
              "Town",
              "County"));

  /** Things, not bodies, that are written in capitals: "the country's GDP", "digital TV". */
  private static final Set<String> THINGS_IN_CAPITALS =
      Words.lookup(
          Set.of(
              "GDP", "GNP", "TV", "PC", "PCs", "CD", "CDs", "DVD", "DVDs", "VAT", "IT", "CEO",
              "HIV", "AIDS", "DNA", "GMT", "ID", "IQ", "SMS", "USB", "PIN"));

  /**
   * Nouns for works, written in lower case right before their titles: "the drama Vera Lane", "the
   * track Lima Nights". A name after one is a title, never a person.
   */
  private static final Set<String> WORKS =
      Words.lookup(
          Set.of(
              "film",
              "movie",
              "drama",
              "comedy",
              "thriller",
              "documentary",
              "biopic",
              "sitcom",
              "series",
              "show",
              "musical",
              "play",
              "opera",
              "novel",
              "book",
              "single",
              "album",
              "song",
              "track",
              "hit",
              "anthem",
              "game"));

  /** Last words of places, events and things, never of a person's name. */
  private static final Set<String> NOT_SURNAMES =
      Words.lookup(
          Set.of(
              "Street",
              "House",
              "Hotel",
              "Marathon",
              "Road",
              "Avenue",
              "Square",
              "Centre",
              "Center",
              "Bridge",
              "Station",
              "Airport",
              "Prison",
              "Jail",
              "Stadium",
              "Cup",
              "Games",
              "Awards",
              "Award",
              "Prize",
              "Globe",
              "Globes",
              "Oscar",
              "Oscars",
              "Grammy",
              "Grammys",
              "Emmy",
              "Emmys",
              "Medal",
              "Festival",
              "Championship",
              "Championships",
              "Open",
              "Market",
              "Show",
              "Act",
              "Bill",
              "Treaty",
              "Agreement",
              "Accord",
              "Convention",
              "Summit",
              "Conference",
              "Election",
              "Elections",
              "Referendum",
              "Olympics",
              "Tour",
              "Trophy",
              "Series",
              "Museum",
              "Gallery",
              "Theatre",
              "Cathedral",
              "Island",
              "Islands",
              "River",
              "Valley",
              "Sea",
              "Ocean",
              "Coast",
              "Bay",
              "Hills",
              "Forest",
              "School",
              "Standard",
              "Magazine"));

  /** Titles of royals, which open a royal's name and may also be a surname. */
  private static final Set<String> ROYAL_TITLES =
      Words.lookup(Set.of("King", "Queen", "Prince", "Princess"));

  /**
   * True when the royal title at {@code k} is a surname: it follows a first name and no name
   * follows it ("Jo King said"; "King Tomas", "Peru's King Alvaro" are titles).
   */
  private static boolean royalSurname(List<Token> ts, int k) {
    if (k == 0 || !ROYAL_TITLES.contains(ts.get(k).text())) {
      return false;
    }
    Token first = ts.get(k - 1);
    return first.capitalised()
        && first.text().chars().allMatch(Character::isLetter)
        && !(k > 1 && ts.get(k - 2).lower().equals("the")) // "The Salt King", a title
        && !(k + 1 < ts.size()
            && ts.get(k + 1).capitalised()
            && IssueExtractor.adjacent(ts, k + 1));
  }

  /** Offices a country has one holder of at a time. */
  private static final Set<String> NATIONAL_OFFICES =
      Words.lookup(
          Set.of(
              "president",
              "prime minister",
              "pm",
              "premier",
              "chancellor",
              "treasurer",
              "king",
              "queen",
              "secretary of state",
              "foreign minister",
              "foreign secretary"));

  /** Words that make a government body a department a secretary or minister runs. */
  private static final Set<String> DEPARTMENT_WORDS =
      Words.lookup(Set.of("Department", "Ministry", "Office", "Dept"));

  private static final Set<String> ARTICLES = Words.lookup(Set.of("the", "a", "an"));

  /**
   * Words that name a news outlet: "BBC Radio Four", "the Daily Telegraph", "Wall Street Journal".
   */
  private static final Set<String> MEDIA_WORDS =
      Words.lookup(
          Set.of(
              "Radio",
              "Television",
              "TV",
              "Telegraph",
              "Journal",
              "Gazette",
              "Herald",
              "Tribune",
              "Times",
              "Newsnight",
              "Observer",
              "Evening",
              "Guardian",
              "Mirror",
              "News",
              "Magazine",
              "Newspaper",
              "Show",
              "Post"));

  /** Nouns that turn the name before them into an event's: "the Harbour Cup Aid match". */
  private static final Set<String> EVENT_NOUNS =
      Words.lookup(
          Set.of(
              "match",
              "game",
              "concert",
              "festival",
              "summit",
              "awards",
              "conference",
              "tournament",
              "championship",
              "championships",
              "final",
              "race",
              "marathon",
              "ceremony",
              "exhibition",
              "trophy",
              "series"));

  /**
   * True when a name stands right before an event noun without a possessive: "the Harbour Cup Aid
   * match", "the Golden Lotus awards"; not "Jo Reed's match".
   */
  private static boolean eventName(List<Token> ts, int[] run) {
    return run[1] < ts.size()
        && !ts.get(run[1] - 1).possessive()
        && EVENT_NOUNS.contains(ts.get(run[1]).text());
  }

  /**
   * True when the capitalised run ending before {@code end} is an event's own name: its last word
   * is an event noun ("the Harbour International Film Festival", "the Kestrel Society Awards").
   */
  private static boolean namesAnEvent(List<Token> ts, int end) {
    return EVENT_NOUNS.contains(ts.get(end - 1).lower());
  }

  private static boolean mediaName(List<Token> ts, int[] run) {
    for (int k = run[0]; k < run[1]; k++) {
      if (MEDIA_WORDS.contains(ts.get(k).text())) { // a token's text has no "'s"
        return true;
      }
    }
    return false;
  }

  private static final Set<String> JUDICIAL_ROLES =
      Words.lookup(
          Set.of("judge", "justice", "chief justice")); // the roles roleEndingAt can return

  /** An article right before {@code i}, or before one lower-case word before it. */
  private static boolean articleBefore(List<Token> ts, int i) {
    if (i > 0 && ARTICLES.contains(ts.get(i - 1).lower())) {
      return true;
    }
    return i > 1 && !ts.get(i - 1).capitalised() && ARTICLES.contains(ts.get(i - 2).lower());
  }

  /** Nations within a state: "Gordon Brown, Chancellor" is not Wales's chancellor. */
  private static final Set<String> NATIONS_WITHIN_A_STATE =
      Words.lookup(Set.of("England", "Scotland", "Wales", "Northern Ireland"));

  private static final Set<String> OFFICE_TENSES =
      Words.lookup(Set.of("former", "then", "late", "acting", "outgoing", "incoming", "interim"));

  /** "Tory ex-minister Jo Reed": a former holder's title, as the title. */
  private static String withoutEx(String role) {
    return role.startsWith("ex-") ? role.substring(3) : role;
  }

  /** "former president" and "president" are the same office. */
  private static String office(String role) {
    String r = withoutEx(role);
    int space;
    while ((space = r.indexOf(' ')) > 0 && OFFICE_TENSES.contains(r.substring(0, space))) {
      r = r.substring(space + 1);
    }
    return r;
  }

  /**
   * The one country whose national politics the text is about, from the parties and buildings of
   * that politics it names ("Labour", "the Tories", "Downing Street", "Whitehall"), or null when it
   * names none or those of more than one country.
   */
  private String homeCountry(List<List<Token>> tokens, List<List<Mention>> mentions) {
    String home = null;
    int evidence = 0;
    boolean party = false;
    for (int si = 0; si < mentions.size(); si++) {
      for (Mention m : mentions.get(si)) {
        if (m.incidental() || m.actor() != null) {
          continue;
        }
        String partyHome = gazetteer.homeCountry(m.party());
        String country = partyHome != null ? partyHome : building(tokens.get(si), m);
        if (country == null) {
          continue;
        }
        party |= partyHome != null;
        if (home != null && !home.equals(country)) {
          return null;
        }
        home = country;
        evidence++;
      }
    }
    // one "Labour" in "the Harbour Labour Agency" is not enough, nor buildings alone: a visit to
    // the White House is no sign that the text is about American politics
    return evidence >= 2 && party ? home : null;
  }

  /** The country a government building stands for ("Downing Street"), or null. */
  private String building(List<Token> ts, Mention m) {
    Gazetteer.Entry e = gazetteer.lookup(join(ts, m.from(), m.to()));
    boolean metonym =
        e != null && e.via() == Gazetteer.Via.METONYM && e.kind() == PartyKind.COUNTRY;
    return metonym ? e.party() : null;
  }

  /**
   * The role with "shadow" before it when "shadow" stands up to two words before the role's start:
   * "the shadow education secretary" is an opposition post, not the secretary's.
   */
  private static String shadowed(List<Token> ts, int roleStart, String role) {
    if (role.startsWith("shadow")) {
      return role;
    }
    for (int k = Math.max(0, roleStart - 2); k < roleStart; k++) {
      if (ts.get(k).lower().equals("shadow")) {
        return "shadow " + role;
      }
    }
    return role;
  }

  /** Last words of the offices a national government's ministers hold. */
  private static final Set<String> MINISTERIAL_OFFICES =
      Words.lookup(Set.of("minister", "secretary", "chancellor", "premier", "pm", "general"));

  /**
   * True for a minister's office the press names without the country: "Home Secretary", "Culture
   * Minister", "Chancellor", "Attorney General"; not an opposition post ("shadow home secretary"),
   * a party's or union's ("general secretary", "party secretary"), a devolved government's ("First
   * Minister") or a head of state's.
   */
  private static boolean ministerial(String role) {
    if (role == null) {
      return false;
    }
    String office = office(role);
    int of = office.indexOf(" of ");
    String head = of > 0 ? office.substring(0, of) : office; // "chancellor of the exchequer"
    String last = head.substring(head.lastIndexOf(' ') + 1);
    return MINISTERIAL_OFFICES.contains(last)
        && (!last.equals("general") || office.endsWith("attorney general"))
        && !office.startsWith("shadow")
        && !office.equals("first minister") // a devolved government's head
        && !office.contains("general secretary")
        && !office.contains("party");
  }

  /**
   * True when the words after a minister's role and {@code connector} name a portfolio, not an
   * employer: "Minister for Europe", "Secretary of State for Trade", "Minister of Finance"; not
   * "secretary of the Acme Workers Association".
   */
  private static boolean portfolioFollows(String role, String connector) {
    return ministerial(role)
        && (connector.equals("for") || (connector.equals("of") && role.endsWith("minister")));
  }

  /** Mentions per party so far, not counting incidental ones or people's names. */
  private static Map<String, Integer> provisionalCounts(List<List<Mention>> mentions) {
    Map<String, Integer> out = new HashMap<>();
    for (List<Mention> ms : mentions) {
      for (Mention m : ms) {
        if (!m.incidental() && m.actor() == null) {
          out.merge(m.party(), 1, Integer::sum);
        }
      }
    }
    return out;
  }

  /**
   * The one country a text names, by name at least twice and with no other beside it, or null: a
   * minister named without a country in a text about Indonesia alone is Indonesia's. Government
   * buildings name no home ("visited the White House"), and a nation within a state (Wales,
   * Scotland) is no such country.
   */
  private String soleCountry(
      List<List<Token>> tokens, List<List<Mention>> mentions, Map<String, Found> parties) {
    String sole = null;
    int named = 0;
    for (int si = 0; si < mentions.size(); si++) {
      for (Mention m : mentions.get(si)) {
        if (m.incidental()
            || m.actor() != null
            || parties.get(m.party()).kind != PartyKind.COUNTRY) {
          continue;
        }
        if ((sole != null && !sole.equals(m.party()))
            || NATIONS_WITHIN_A_STATE.contains(m.party())) {
          return null;
        }
        sole = m.party();
        if (building(tokens.get(si), m) == null) {
          named++;
        }
      }
    }
    return named >= 2 ? sole : null;
  }

  /**
   * A titled person the sentence does not affiliate. "Trade Secretary Patricia Hewitt" belongs to
   * the one government department named for trade. "President Bush" holds an office each country
   * has one of: he belongs to the most-mentioned country whose holder of that office the text has
   * not already named, if that country clearly leads (twice the next, or named in the sentence that
   * introduces him); otherwise he stays unaffiliated, since a wrong country is worse than none.
   */
  private static String officeHolderParty(
      Person p,
      List<Person> people,
      Map<String, Found> parties,
      Map<String, Integer> counted,
      List<List<Mention>> mentions) {
    // the opposition's spokesman for a department ("shadow education secretary") does not run it
    if (p.portfolio != null && governmentRole(p.role) && !p.role.startsWith("shadow")) {
      String department = null;
      for (Found f : parties.values()) {
        List<String> words = List.of(f.name.split(" "));
        if (f.kind == PartyKind.GOVERNMENT
            && words.contains(p.portfolio)
            && words.stream().anyMatch(DEPARTMENT_WORDS::contains)) {
          if (department != null) {
            return null; // two departments for trade: no guess
          }
          department = f.name;
        }
      }
      if (department != null) {
        return department;
      }
    }
    String office = office(p.role);
    if (!NATIONAL_OFFICES.contains(office)) {
      return null;
    }
    String best = null;
    int bestCount = 0;
    int second = 0;
    for (Found f : parties.values()) {
      if (f.kind != PartyKind.COUNTRY
          || !counted.containsKey(f.name)
          || NATIONS_WITHIN_A_STATE.contains(f.name)) {
        continue;
      }
      boolean filled = false;
      for (Person other : people) {
        if (other != p
            && f.name.equals(other.party)
            && other.role != null
            && office(other.role).equals(office)) {
          filled = true;
          break;
        }
      }
      if (filled) {
        continue;
      }
      int c = counted.get(f.name);
      if (c > bestCount) {
        second = bestCount;
        bestCount = c;
        best = f.name;
      } else if (c > second) {
        second = c;
      }
    }
    if (best == null || bestCount < 2 || bestCount <= second) {
      return null; // one passing mention of a country is no evidence of office
    }
    if (bestCount >= 2 * second) {
      return best;
    }
    for (Mention m : mentions.get(p.sentence)) {
      if (m.party().equals(best) && !m.incidental() && m.actor() == null) {
        return best;
      }
    }
    return null;
  }

  private static boolean governmentRole(String role) {
    for (String w : role.split(" ")) {
      if (GOVERNMENT_ROLES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "..., who led the Peruvian delegation": a country acting through its people, just after the
   * name.
   */
  private static String relativeClauseParty(
      String text, List<Token> ts, List<Mention> ms, int end) {
    if (end + 1 >= ts.size()
        || !ts.get(end).lower().equals("who")
        || text.charAt(Math.max(0, ts.get(end).start() - 2)) != ',') {
      return null;
    }
    for (Mention m : ms) {
      if (m.from() > end
          && m.from() <= end + 5
          && m.actor() == null
          && m.to() < ts.size()
          && ACTOR_NOUNS.contains(ts.get(m.to()).lower())) {
        return m.party();
      }
    }
    return null;
  }

  /** A minister with no affiliation in the sentence: "the Australian government" just before. */
  private static String governmentInContext(
      List<List<Token>> tokens, List<List<Mention>> mentions, int si) {
    for (int s = si; s >= Math.max(0, si - 4); s--) {
      List<Token> ts = tokens.get(s);
      List<Mention> ms = mentions.get(s);
      for (int i = ms.size() - 1; i >= 0; i--) {
        Mention m = ms.get(i);
        if (m.actor() == null
            && m.to() < ts.size()
            && ts.get(m.to()).lower().equals("government")) {
          return m.party();
        }
      }
    }
    return null;
  }

  /**
   * The role before a one-word portfolio in lower case right before token {@code i}: "minister of
   * sport Jo Reed", "secretary of state for health Jo Reed"; null otherwise, and for a body's kind
   * or its people ("spokesman for distributor Acme Vision", "chairman of messaging firm Acme
   * Text").
   */
  private int[] roleBeforePortfolio(List<Token> ts, int i) {
    if (i < 3) {
      return null;
    }
    String portfolio = ts.get(i - 1).text();
    String singular = portfolio.endsWith("s") ? portfolio.substring(0, portfolio.length() - 1) : "";
    if (!portfolioWord(portfolio) || agentNoun(portfolio) || agentNoun(singular)) {
      return null; // "for distributor Acme", "for organisers Harbour Promoters": who, not what
    }
    int k = i - 2;
    if (ts.get(k).lower().equals("the")) {
      k--;
    }
    String link = ts.get(k).lower();
    return k > 0 && (link.equals("of") || link.equals("for")) ? roleEndingAt(ts, k) : null;
  }

  private static boolean agentNoun(String w) {
    return w.endsWith("er") || w.endsWith("or");
  }

  /** True for a word of a portfolio in lower case: "sport", "health"; not "of" or "the". */
  private static boolean portfolioWord(String w) {
    if (w.isEmpty() || PORTFOLIO_LINKS.contains(w)) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (w.charAt(i) < 'a' || w.charAt(i) > 'z') {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> PORTFOLIO_LINKS =
      Words.lookup(Set.of("of", "for", "the", "and", "a", "an"));

  /** The role phrase ending right before token {@code i} (skipping a comma), or null. */
  private int[] roleEndingAt(List<Token> ts, int i) {
    for (int len = Math.min(gazetteer.longestRole(), i); len >= 1; len--) {
      String phrase = join(ts, i - len, i).toLowerCase(Locale.ROOT);
      if (gazetteer.isRole(withoutEx(phrase))) {
        if (ts.get(i - 1).possessive()) {
          return null; // "Prime Minister's Questions": the office owns the name, it is no title
        }
        Token first = ts.get(i - len);
        if ((phrase.equals("pm") || phrase.equals("mp")) && !first.allCaps()) {
          continue;
        }
        if (phrase.endsWith("s") && !phrase.endsWith("ss")) {
          continue; // "officials Make Progress": a plural role names no one person
        }
        int start = i - len;
        // extend over role-like modifiers: "foreign affairs adviser", "senior advisor"
        while (start > 0 && isRoleFiller(ts.get(start - 1))) {
          start--;
        }
        return new int[] {start, i};
      }
    }
    return null;
  }

  /**
   * True, with the person's role and party set, when "[the] ROLE of [the] BODY[,]" stands right
   * before a name of two or more words: "The chairman of the Harbour Traders Council, Jo Reed",
   * "Head of the Rivers Board Jo Reed MP". A capitalised word after the name other than a
   * post-nominal ("QC", "MP") means the name is only part of a longer title.
   */
  private boolean roleOfBodyBefore(
      String text, List<Token> ts, List<Mention> ms, int[] run, Person p) {
    int nameStart = run[0];
    if (run[1] - nameStart < 2
        || (run[1] < ts.size() && ts.get(run[1]).capitalised() && !ts.get(run[1]).allCaps())) {
      return false;
    }
    for (Mention m : ms) {
      if (m.to() != nameStart || m.actor() != null) {
        continue;
      }
      boolean comma = Words.hasComma(text, ts.get(m.to() - 1).start(), ts.get(nameStart).start());
      Gazetteer.Entry e = gazetteer.lookup(join(ts, m.from(), m.to()));
      if (e != null
          && e.kind() == PartyKind.COUNTRY
          && (!comma || e.via() == Gazetteer.Via.CAPITAL)) {
        // "head of the UK Rail Council": the country word opens the body's name; "the Mayor of
        // London, Jo Reed" speaks for the city, not the state
        return false;
      }
      int of = m.from() - 1;
      if (of > 0 && ts.get(of).lower().equals("the")) {
        of--;
      }
      if (of < 1 || !ts.get(of).lower().equals("of")) {
        return false;
      }
      int[] role = roleEndingAt(ts, of);
      if (role == null) {
        return false;
      }
      p.role = join(ts, role[0], role[1]).toLowerCase(Locale.ROOT);
      p.party = m.party();
      return true;
    }
    return false;
  }

  /** Words that join a new conjunct after a comma: ", and the Chilean leader". */
  static final Set<String> COORDINATORS = Words.lookup(Set.of("and", "or", "but", "while", "nor"));

  /** ", [the] [X's] [modifiers] ROLE" right after a name: the role's token range. */
  private int[] apposition(String text, List<Token> ts, int end) {
    if (end >= ts.size()) {
      return null;
    }
    int comma = ts.get(end - 1).end();
    while (comma < text.length() && Character.isWhitespace(text.charAt(comma))) {
      comma++;
    }
    if (comma >= text.length() || text.charAt(comma) != ',') {
      return null;
    }
    if (COORDINATORS.contains(ts.get(end).lower())) {
      return null; // "Jo Lane, and the Chilean leader, Ana Costa": the next person's role
    }
    for (int j = end; j < Math.min(ts.size(), end + 7); j++) {
      if (j > end && Words.hasComma(text, ts.get(end).start(), ts.get(j).start())) {
        break;
      }
      if (j == end && Words.REPORTING.contains(ts.get(j).lower())) {
        break; // "... Tom Vale," said Acme spokeswoman Ann Reed: hers, not his
      }
      int len = roleLengthAt(ts, j, ts.size() - j);
      if (len > 0) {
        int start = j;
        while (start > end && isRoleFiller(ts.get(start - 1))) {
          start--;
        }
        int after = j + len;
        if (startsAName(ts, after)) {
          return null; // "Ann Hale, Acme's elections chief Jo Reed said": the role is his
        }
        return new int[] {start, after};
      }
    }
    return null;
  }

  /**
   * True when a person's name starts right after a role at {@code k}: two capitalised words, with
   * only spaces before and between them, that are no role and no place ("chief Jo Reed", "chief
   * Lord Reed"; not "chief US economist", "Chief Operating Officer", "a former general Kestrel; Jo
   * Reed ...").
   */
  private boolean startsAName(List<Token> ts, int k) {
    if (k + 1 >= ts.size()) {
      return false;
    }
    for (int w = k; w <= k + 1; w++) {
      Token t = ts.get(w);
      if (!t.capitalised()
          || !IssueExtractor.adjacent(ts, w)
          || gazetteer.isRole(t.lower())
          || gazetteer.lookup(t.text()) != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * Affiliation written before a role: a gazetteer mention or an organisation noun's possessive.
   */
  private void affiliateBefore(
      Person p,
      List<Token> ts,
      List<Mention> sentenceMentions,
      int roleStart,
      Map<PartyKind, String> lastOfKind) {
    int k = roleStart;
    int skipped = 0;
    while (k > 0 && skipped < 3 && isRoleFiller(ts.get(k - 1))) {
      k--;
      skipped++;
    }
    int owner = k;
    while (owner > 0 && k - owner < 3 && isPortfolioWord(ts.get(owner - 1))) {
      owner--;
    }
    if (owner < k
        && owner > 0
        && ts.get(owner - 1).possessive()
        && ORG_NOUN_KINDS.containsKey(ts.get(owner - 1).lower())) {
      k = owner; // "the party's Health spokesman": the party's, not the Health one's
    }
    for (Mention m : sentenceMentions) {
      if (m.from() < roleStart && m.to() > roleStart && m.actor() == null) {
        p.party = m.party(); // "the Conservative Party leader": the role's first word is the name's
        return;
      }
    }
    for (int extra = 0; extra <= 2 && k - extra >= 0; extra++) {
      for (Mention m : sentenceMentions) {
        if (m.to() == k - extra && m.actor() == null) {
          if (!nationalityOnly(p, ts, m)
              && (ministerial(p.role) || !bodyOfTheNation(ts, m.to(), roleStart))) {
            p.party = m.party();
          }
          return;
        }
      }
      if (k - extra - 1 < 0 || !isPortfolioWord(ts.get(k - extra - 1))) {
        break;
      }
    }
    String kindNoun = kindNounBefore(ts, k); // the latest party of that kind
    if (kindNoun != null) {
      for (PartyKind kind : ORG_NOUN_KINDS.get(kindNoun)) {
        if (lastOfKind.containsKey(kind)) {
          p.party = lastOfKind.get(kind);
          return;
        }
      }
    }
    if (k > 0 && ts.get(k - 1).possessive()) {
      // "Donald Trump's adviser": the party of the person named before
      int e = k;
      int s = e;
      while (s > 0
          && ts.get(s - 1).capitalised()
          && e - s < 4
          && (s == e || IssueExtractor.adjacent(ts, s))) {
        s--;
        if (s > 0 && !ts.get(s - 1).capitalised()) {
          break;
        }
      }
      while (s < e - 1 && Words.STOP.contains(ts.get(s).lower())) {
        s++; // "But Acme's chairman": no part of the name
      }
      if (s < e) {
        p.advises = stripRoles(ts, s, e);
        p.owned = true;
      }
    }
  }

  /**
   * Roles that a firm, a club or a trade has, never a state: "chief executive", "film director".
   */
  private static final Set<String> NON_STATE_ROLES =
      Words.lookup(
          Set.of(
              "director",
              "managing director",
              "chief executive",
              "chairman",
              "chairwoman",
              "chair",
              "boss",
              "founder",
              "economist",
              "chief economist",
              "analyst",
              "strategist",
              "chief executive officer",
              "chief operating officer",
              "chief financial officer",
              "chief technology officer",
              "chief information officer"));

  /** Roles only a firm or a body has, never a person: "Kestrel's managing director". */
  private static final Set<String> CORPORATE_ROLES =
      Words.lookup(
          Set.of(
              "managing director",
              "chief executive",
              "chief operating officer",
              "finance director",
              "chairman",
              "chairwoman"));

  /**
   * True when the country written before a person's role only says where the person is from:
   * "Indian film director Ana Ruiz", "the UK chief executive of Acme". A government building
   * ("Downing Street") still names the employer.
   */
  private boolean nationalityOnly(Person p, List<Token> ts, Mention m) {
    if (p.role == null || !NON_STATE_ROLES.contains(office(p.role))) {
      return false;
    }
    Gazetteer.Entry e = gazetteer.lookup(join(ts, m.from(), m.to()));
    return e != null && e.kind() == PartyKind.COUNTRY && e.via() != Gazetteer.Via.METONYM;
  }

  /**
   * The kind noun standing for the organisation of the role that starts at {@code k}, or null:
   * "Company spokesman Jo Reed" opening a sentence, "the company's founder", "the union's general
   * secretary".
   */
  private static String kindNounBefore(List<Token> ts, int k) {
    if (k == 1 && !ts.get(1).capitalised()) {
      String opening = openingKindNoun(ts);
      if (opening != null) {
        return opening;
      }
    }
    if (k > 0 && ts.get(k - 1).possessive() && ORG_NOUN_KINDS.containsKey(ts.get(k - 1).lower())) {
      return ts.get(k - 1).lower();
    }
    return null;
  }

  /**
   * One to three capitalised words, none a function word: "Kestrel", "Brightline", "Acme Growers".
   */
  private static boolean cleanName(List<Token> ts, int from, int to) {
    if (to - from < 1 || to - from > 3) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!ts.get(k).capitalised() || Words.STOP.contains(ts.get(k).lower())) {
        return false;
      }
    }
    return true;
  }

  /** A word naming a portfolio or field between affiliation and role: "Finance", "Trade". */
  private static boolean isPortfolioWord(Token t) {
    String l = t.lower();
    return l.chars().allMatch(Character::isLetter)
        && !Words.STOP.contains(l)
        && !t.possessive()
        && !NOT_NAMES.contains(t.text())
        && l.length() > 2;
  }

  /** Fields a nation's own bodies run outside the state: "Russian tennis chief". */
  private static final Set<String> SPORTS =
      Words.lookup(
          Set.of(
              "sport",
              "sports",
              "football",
              "soccer",
              "tennis",
              "rugby",
              "cricket",
              "athletics",
              "golf",
              "boxing",
              "cycling",
              "hockey",
              "swimming",
              "olympic",
              "fa"));

  /** Kinds of body that speak for the state: their posts are the country's. */
  private static final Set<PartyKind> STATE_KINDS =
      Words.lookup(Set.of(PartyKind.GOVERNMENT, PartyKind.COURT, PartyKind.REGULATOR));

  /**
   * True when a word between a party's name and a role at {@code [from, role)} makes the post one
   * in a body of the nation's, not in its state: a sport ("Russian tennis chief", "UK Athletics
   * chief") or a body that is no ministry ("Spanish Federation press officer").
   */
  private static boolean bodyOfTheNation(List<Token> ts, int from, int role) {
    for (int k = from; k < role; k++) {
      PartyKind kind = ORG_SUFFIXES.get(ts.get(k).text());
      if (SPORTS.contains(ts.get(k).lower()) || (kind != null && !STATE_KINDS.contains(kind))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRoleFiller(Token t) {
    String l = t.lower();
    return MODIFIERS.contains(l) && !ARTICLES.contains(l);
  }

  /** "adviser to [former] President X": X's party, resolved after the first pass. */
  private void affiliateAfter(
      Person p, String text, List<Token> ts, List<Mention> sentenceMentions, int roleEnd) {
    if (p.party != null || roleEnd >= ts.size()) {
      return;
    }
    int second = secondRoleEnd(ts, roleEnd);
    if (second > roleEnd) {
      roleEnd = second; // "chair and managing director of Kestrel Music": the link follows both
    }
    String next = ts.get(roleEnd).lower();
    if (!(next.equals("to") || next.equals("for") || next.equals("of") || next.equals("at"))) {
      return;
    }
    if (portfolioFollows(p.role, next)) {
      return; // "Minister for Rail Safety", "Minister for Europe": a portfolio, not an employer
    }
    int k = roleEnd + 1;
    int at = next.equals("of") ? atAfterPortfolio(ts, k) : -1;
    if (at > 0) {
      k = at + 1; // "head of equity research at Kestrel Stockbrokers": the post, then the employer
    }
    String owner = ownerOfAUnitIn(ts, sentenceMentions, k);
    if (owner != null) {
      p.advises = owner; // resolved with the other employers
      return;
    }
    for (Mention m : sentenceMentions) {
      if (m.from() >= k && m.from() <= k + 1 && m.actor() == null) {
        int body = bodyOwned(ts, m.to());
        if (body < 0 && countryBeforeBodyNoun(ts, m)) {
          body = m.to(); // "chief executive of Peru firm Kestrel Data": the firm's, not Peru's
        }
        if (body >= 0) {
          // "chairman of Peru's biggest bank, Kestrel Bank": the bank's, named or not, not Peru's
          int start = nameAfter(text, ts, body);
          p.party = start < 0 ? null : mentionedAt(sentenceMentions, start);
          if (start >= 0 && p.party == null) {
            // a name the text shows to be a body only later: resolved with the other employers
            int e = start;
            while (e < ts.size() && ts.get(e).capitalised() && e - start < 4) {
              e++;
            }
            p.advises = join(ts, start, e);
          }
          return;
        }
        String owned =
            ts.get(m.to() - 1).possessive() && namesCountry(ts, m)
                ? mentionedAt(sentenceMentions, m.to())
                : null;
        if (owned != null) {
          // "a strategist at Lima's Kestrel Securities": the firm's, not Peru's; "director of the
          // IMF's European Department" stays the fund's
          p.party = owned;
          return;
        }
        int name = nameGoesOnAfter(text, ts, m);
        if (name > m.to()) {
          // "director of the Peru Film Council": the council's, resolved with the other
          // employers, not the UK's; "President of the French Republic" stays the country's
          p.advises = join(ts, m.from(), name);
          return;
        }
        if (at < 0 || employer(ts, m)) {
          p.party = m.party(); // not a place: "head of music at London station Beat FM"
        }
        return;
      }
    }
    int s = k;
    while (s < ts.size() && !ts.get(s).capitalised()) {
      s++;
    }
    int e = s;
    while (e < ts.size() && ts.get(e).capitalised() && e - s < 5) {
      e++;
      if (ts.get(e - 1).possessive()) {
        break;
      }
    }
    boolean worksAt = next.equals("at") || at > 0;
    if (worksAt && e > s) {
      e = nameGoesOn(ts, e); // "a director at the Institute for the Sea"
      if (ts.get(s).lower().endsWith("-based") && s + 1 < e) {
        s++; // "at the Lima-based Institute ..."
      }
    }
    if (e > s && s - k <= 2) {
      p.advises = stripRoles(ts, s, e);
      // not "head of policy at Ports charity the Harbour Aid Trust"
      p.worksAt = worksAt && !(e < ts.size() && ORG_NOUN_KINDS.containsKey(ts.get(e).lower()));
    }
  }

  /**
   * The owner named from token {@code k} when what follows it is its unit in a country: "of Kestrel
   * Motors' US sales arm" is Kestrel Motors'. Null when the owner is a party named here (then it is
   * found as one) or no country follows its possessive.
   */
  private String ownerOfAUnitIn(List<Token> ts, List<Mention> sentenceMentions, int k) {
    int j = k;
    while (j < ts.size() && j - k < 4 && ts.get(j).capitalised() && !ts.get(j).possessive()) {
      j++;
    }
    int end = j;
    if (end >= ts.size() - 1
        || !ts.get(end).capitalised()
        || !ts.get(end).possessive()
        || sentenceMentions.stream().anyMatch(m -> m.from() >= k && m.from() <= end)) {
      return null;
    }
    int unit = end + 1;
    boolean country =
        sentenceMentions.stream()
            .anyMatch(m -> m.from() == unit && m.actor() == null && namesCountry(ts, m));
    return country ? join(ts, k, unit) : null;
  }

  /**
   * The end of a second role joined by "and" at {@code k} ("chair and managing director of"), or
   * -1.
   */
  private int secondRoleEnd(List<Token> ts, int k) {
    if (k + 1 >= ts.size() || !ts.get(k).lower().equals("and")) {
      return -1;
    }
    int len = roleLengthAt(ts, k + 1, ts.size() - k - 2);
    return len > 0 ? k + 1 + len : -1;
  }

  /**
   * The length in words of the longest role that starts at token {@code i} and takes at most {@code
   * most} words ("prime minister" in "prime minister Jo Reed"), or 0.
   */
  private int roleLengthAt(List<Token> ts, int i, int most) {
    int longest = gazetteer.longestRoleStartingWith(ts.get(i).lower());
    for (int len = Math.min(longest, most); len >= 1; len--) {
      if (gazetteer.isRole(join(ts, i, i + len).toLowerCase(Locale.ROOT))) {
        return len;
      }
    }
    return 0;
  }

  /** A state's posts abroad and services, named after its country: "the US Embassy". */
  private static final Set<String> STATE_POSTS =
      Words.lookup(Set.of("Embassy", "Consulate", "Mission", "Navy", "Marines", "Coastguard"));

  /** What a firm leads, before "leader": "market leader Velcora", "sector leader Kestrel". */
  private static final Set<String> MARKETS = Words.lookup(Set.of("market", "sector", "industry"));

  /** Kinds of body a country's possessive can own without being its government. */
  private static final Set<PartyKind> OWNED_BODY_KINDS =
      Words.lookup(
          Set.of(PartyKind.COMPANY, PartyKind.UNION, PartyKind.POLITICAL_PARTY, PartyKind.NGO));

  /** Words that can describe an owned body between the possessive and its noun. */
  private static final int OWNED_BODY_WORDS = 3;

  /**
   * The position of a body's noun after a possessive that ends at {@code end}, with at most a few
   * describing words between ("Peru's biggest bank", "Chile's state-owned airline"), or -1: not a
   * ministry, nor a name ("Peru's Banco Lima").
   */
  private static int bodyOwned(List<Token> ts, int end) {
    if (!ts.get(end - 1).possessive()) {
      return -1;
    }
    for (int j = end; j < Math.min(ts.size(), end + OWNED_BODY_WORDS + 1); j++) {
      Token t = ts.get(j);
      if (t.capitalised()) {
        return -1;
      }
      if (ORG_NOUN_KINDS.containsKey(t.lower())) {
        return ownableBody(t) ? j : -1;
      }
    }
    return -1;
  }

  /**
   * True when a country's mention describes the body noun right after it: "US firm", "Swiss bank".
   */
  private boolean countryBeforeBodyNoun(List<Token> ts, Mention m) {
    // not "chair of the Labour group at a town hall", which is still the party's
    return m.to() < ts.size() && namesCountry(ts, m) && ownableBody(ts.get(m.to()));
  }

  /** True when {@code t} is a body noun of a kind a country can own: "firm", "bank", "union". */
  private static boolean ownableBody(Token t) {
    List<PartyKind> kinds = ORG_NOUN_KINDS.get(t.lower());
    return kinds != null && kinds.stream().anyMatch(OWNED_BODY_KINDS::contains);
  }

  /** True when mention {@code m} is a country's name or demonym from the gazetteer. */
  private boolean namesCountry(List<Token> ts, Mention m) {
    Gazetteer.Entry e = gazetteer.lookup(join(ts, m.from(), m.to()));
    return e != null && e.kind() == PartyKind.COUNTRY;
  }

  /**
   * The end of a longer name that a country's mention opens ("UK Film Council", "British Music
   * Rights"), or the mention's own end: not one of the state's ("French Republic", "UK Treasury").
   */
  private int nameGoesOnAfter(String text, List<Token> ts, Mention m) {
    if (!namesCountry(ts, m)) {
      return m.to(); // "Kestrel Music America": a body's own name goes on as the body's
    }
    int e = m.to();
    while (e < ts.size()
        && e - m.to() < 4
        && ts.get(e).capitalised()
        && !ts.get(e - 1).possessive()
        && blankBetween(text, ts.get(e - 1).end(), ts.get(e).start())
        && !gazetteer.isRole(ts.get(e).lower())) {
      e++;
    }
    if (e == m.to()) {
      return e;
    }
    for (int k = m.to(); k < e; k++) {
      if (STATE_NAME_WORDS.contains(ts.get(k).text())) {
        return m.to();
      }
    }
    PartyKind kind = orgKind(ts, m.from(), e);
    return kind != null && STATE_KINDS.contains(kind) ? m.to() : e;
  }

  /** Words that name a state itself after its country: "the French Republic". */
  private static final Set<String> STATE_NAME_WORDS =
      Words.lookup(
          Set.of("Republic", "Kingdom", "Federation", "States", "Emirates", "Government", "State"));

  /** The party a mention starting at {@code start} names, or null. */
  private static String mentionedAt(List<Mention> ms, int start) {
    for (Mention m : ms) {
      if (m.from() == start && m.actor() == null) {
        return m.party();
      }
    }
    return null;
  }

  /**
   * The start of a name that follows the noun at {@code k}, alone or after a comma ("the union
   * Unitas", "the bank, Kestrel Bank", "its central bank, the Banco Lima"), or -1.
   */
  private static int nameAfter(String text, List<Token> ts, int k) {
    if (k + 1 >= ts.size()) {
      return -1;
    }
    boolean comma = Words.hasComma(text, ts.get(k).end(), ts.get(k + 1).start());
    if (!comma && !blankBetween(text, ts.get(k).end(), ts.get(k + 1).start())) {
      return -1;
    }
    int start = comma && ts.get(k + 1).lower().equals("the") ? k + 2 : k + 1;
    return start < ts.size() && ts.get(start).capitalised() ? start : -1;
  }

  /** What only a body has, written right after its name: "Kestrel Vue shareholders". */
  private static final Set<String> OWNED_BY_BODIES =
      Words.lookup(
          Set.of(
              "shareholder",
              "shareholders",
              "subsidiary",
              "subsidiaries",
              "headquarters",
              "workforce",
              "board"));

  /** What names a body's people or its fate, right after its name with no possessive. */
  private static final Set<String> BODY_MODIFIED =
      Words.lookup(Set.of("boss", "bosses", "staff", "employees", "takeover", "merger"));

  /** Holdings in a body, written before "in" or "of" and its name: "a stake in Kestrel Vue". */
  private static final Set<String> HOLDINGS =
      Words.lookup(Set.of("shareholder", "shareholders", "stake"));

  /**
   * True when the text writes of the name {@code words} what only a body has: its shareholders,
   * board or chief executive ("Kestrel Vue's board", "Kestrel Vue chief Jo Reed"), its bosses or
   * staff, a takeover or merger of it, or a stake in it. Not "Jo Reed's chief of staff".
   */
  private static boolean ownedLikeABody(List<List<Token>> tokens, String[] words) {
    for (List<Token> ts : tokens) {
      for (int k = 0; k + words.length <= ts.size(); k++) {
        int end = k + words.length;
        if (!matchesAt(ts, k, words)) {
          continue;
        }
        if (k >= 2
            && (ts.get(k - 1).lower().equals("in") || ts.get(k - 1).lower().equals("of"))
            && HOLDINGS.contains(ts.get(k - 2).lower())) {
          return true;
        }
        if (k >= 2
            && ts.get(k - 1).lower().equals("with")
            && ts.get(k - 2).lower().equals("merger")) {
          return true;
        }
        if (!IssueExtractor.adjacent(ts, end)) {
          continue;
        }
        String next = ts.get(end).lower();
        boolean chief =
            next.equals("chief")
                && end + 1 < ts.size()
                && (ts.get(end + 1).lower().equals("executive") || ts.get(end + 1).capitalised());
        if (OWNED_BY_BODIES.contains(next)
            || chief
            || (!ts.get(end - 1).possessive() && BODY_MODIFIED.contains(next))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when the text writes "the" before the whole name {@code words} as a name of its own, which
   * no one does with a person's ("rejected by the Harbour Registry.", "the Harbour Registry said";
   * not "the Jo Reed affair", "the Jo Reed and Ann Hale shows"), and never gives its last word an
   * honorific ("Mr Reed").
   */
  private static boolean namedLikeABody(List<List<Token>> tokens, String[] words) {
    String last = words[words.length - 1];
    boolean definite = false;
    for (List<Token> ts : tokens) {
      for (int k = 1; k < ts.size(); k++) {
        if (ts.get(k).text().equals(last) && HONORIFICS.contains(ts.get(k - 1).text())) {
          return false;
        }
        if (definite
            || !ts.get(k - 1).text().equals("the")
            || k + words.length > ts.size()
            || !matchesAt(ts, k, words)) {
          continue;
        }
        int end = k + words.length;
        if (!IssueExtractor.adjacent(ts, end)) {
          definite = true;
          continue;
        }
        String next = ts.get(end).lower();
        definite =
            Words.REPORTING.contains(next)
                || (Words.STOP.contains(next) && !next.equals("and") && !next.equals("or"));
      }
    }
    return definite;
  }

  private static boolean matchesAt(List<Token> ts, int k, String[] words) {
    for (int w = 0; w < words.length; w++) {
      if (!ts.get(k + w).text().equals(words[w])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where a name that stops at {@code e} really ends, when "for" or "of" (and "the") joins it to
   * more capitalised words: "Transport for Lima", "the Institute for the Sea".
   */
  private static int nameGoesOn(List<Token> ts, int e) {
    int k = e;
    if (k < ts.size() && (ts.get(k).lower().equals("for") || ts.get(k).lower().equals("of"))) {
      k++;
      if (k < ts.size() && ts.get(k).lower().equals("the")) {
        k++;
      }
      int end = k;
      while (end < ts.size()
          && ts.get(end).capitalised()
          && end - k < 4
          && (end == k || ts.get(end).start() - ts.get(end - 1).end() == 1)) {
        end++; // not "Transport for Lima (TL)"
      }
      return end > k ? end : e;
    }
    return e;
  }

  /**
   * The position of the "at" that follows one to three lower-case words from {@code k} ("of
   * currency strategy at"), or -1.
   */
  private static int atAfterPortfolio(List<Token> ts, int k) {
    for (int j = k; j < Math.min(ts.size() - 1, k + 4); j++) {
      String w = ts.get(j).text();
      if (w.equals("at")) {
        return j > k ? j : -1;
      }
      if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
        return -1;
      }
    }
    return -1;
  }

  /** The name part of "President Donald Trump": capitalised role words at the front removed. */
  private String stripRoles(List<Token> ts, int s, int e) {
    while (s < e
        && (gazetteer.isRole(ts.get(s).lower())
            || HONORIFICS.contains(ts.get(s).text())
            || gazetteer.lookup(ts.get(s).text()) != null)) {
      s++;
    }
    return s < e ? join(ts, s, e) : null;
  }

  private static boolean pronounFollows(List<List<Token>> tokens, int si, int end) {
    List<Token> ts = tokens.get(si);
    for (int k = end; k < Math.min(ts.size(), end + 12); k++) {
      if (PRONOUNS.contains(ts.get(k).lower())) {
        return true;
      }
    }
    if (si + 1 < tokens.size() && !tokens.get(si + 1).isEmpty()) {
      String first = tokens.get(si + 1).get(0).lower();
      return first.equals("he") || first.equals("she");
    }
    return false;
  }

  /**
   * People by the shape of their surname, its first letter and length, so that finding a person
   * compares only surnames that could be equal or one letter apart ({@link #similar}), however many
   * people a long document names.
   */
  private static final class PersonIndex {
    private final List<Person> all = new ArrayList<>();
    private final Map<String, List<Person>> byShape = new HashMap<>();

    /** Everyone found, in the order found. */
    List<Person> all() {
      return all;
    }

    void add(Person p) {
      p.order = all.size();
      all.add(p);
      shelve(p);
    }

    /** A longer name found for someone known: "Zelensky", then "Volodymyr Zelensky". */
    void rename(Person p, String full, String last) {
      byShape.get(shape(p.last, p.last.length())).remove(p);
      p.full = full;
      p.last = last;
      shelve(p);
    }

    private void shelve(Person p) {
      byShape.computeIfAbsent(shape(p.last, p.last.length()), k -> new ArrayList<>()).add(p);
    }

    /** Everyone whose surname could match {@code last}, in the order they were found. */
    List<Person> candidates(String last) {
      List<Person> out = new ArrayList<>();
      if (last.isEmpty()) {
        return out;
      }
      for (int length = last.length() - 1; length <= last.length() + 1; length++) {
        out.addAll(byShape.getOrDefault(shape(last, length), List.of()));
      }
      out.sort(java.util.Comparator.comparingInt(p -> p.order));
      return out;
    }

    private static String shape(String last, int length) {
      return last.charAt(0) + ":" + length;
    }
  }

  /** The known person a name refers to: same full name, same surname, or a spelling variant. */
  private static Person findPerson(PersonIndex index, String name) {
    if (name == null) {
      return null;
    }
    String[] parts = name.split(" ");
    String first = parts.length > 1 ? parts[0] : null;
    String last = parts[parts.length - 1];
    Person bySurname = null;
    int surnameMatches = 0;
    for (Person p : index.candidates(last)) {
      if (p.full.equals(name)) {
        return p;
      }
      boolean sameLast = similar(p.last, last);
      if (!sameLast) {
        continue;
      }
      if (first != null && p.first != null) {
        if (sameFirstName(p.first, first)) {
          return p;
        }
        continue; // same surname, different first name: another person
      }
      bySurname = p;
      surnameMatches++;
    }
    return surnameMatches >= 1 ? bySurname : null;
  }

  /**
   * Equal first names, or one name in two transliterations: "Yury" / "Yuri", "Dmitry" / "Dmitri",
   * "Aleksandr" / "Alexandr". Other near names are other people ("Daniel" / "Daniela").
   */
  static boolean sameFirstName(String a, String b) {
    return a.equals(b) || transliterated(a).equals(transliterated(b));
  }

  private static String transliterated(String name) {
    return name.toLowerCase(Locale.ROOT).replace("ks", "x").replace('k', 'c').replace('y', 'i');
  }

  /** Equal, or spelling variants of one name: same start, at most one letter apart. */
  static boolean similar(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (a.length() < 5 || b.length() < 5 || a.charAt(0) != b.charAt(0)) {
      return false;
    }
    return editDistanceAtMostOne(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT));
  }

  private static boolean editDistanceAtMostOne(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    int j = 0;
    int edits = 0;
    while (i < a.length() && j < b.length()) {
      if (a.charAt(i) == b.charAt(j)) {
        i++;
        j++;
        continue;
      }
      if (++edits > 1) {
        return false;
      }
      if (a.length() > b.length()) {
        i++;
      } else if (a.length() < b.length()) {
        j++;
      } else {
        i++;
        j++;
      }
    }
    return edits + (a.length() - i) + (b.length() - j) <= 1;
  }

  /** Words that count part of a people: "most Peruvians", "a third of Peruvians". */
  private static final Set<String> PART_OF_A_PEOPLE =
      Words.lookup(
          Set.of(
              "most",
              "many",
              "some",
              "few",
              "several",
              "half",
              "third",
              "thirds",
              "quarter",
              "quarters",
              "majority",
              "minority",
              "cent",
              "percent",
              "%"));

  /**
   * True when a people's plural at {@code from} is counted in part, as a poll counts it: "most
   * Peruvians", "two-thirds of Peruvians", "60 per cent of Peruvians". A part of the people is not
   * the state.
   */
  private static boolean countedPeople(List<Token> ts, int from) {
    int k = from - 1;
    if (k > 0 && ts.get(k).lower().equals("of")) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    String w = ts.get(k).lower();
    int hyphen = w.lastIndexOf('-');
    String head = hyphen >= 0 ? w.substring(hyphen + 1) : w;
    // "60% of Peruvians", "1,000 Peruvians"; not a year: "In 2003, Peruvians spent more"
    return PART_OF_A_PEOPLE.contains(head)
        || (Character.isDigit(w.charAt(0)) && !w.matches("(19|20)\\d\\d"));
  }

  /**
   * A country or bloc word used only to describe a thing: "Italian Tuscan wine", "the UK operator",
   * "German mobile phone market". It refers to the party as an actor when a capitalised word
   * follows (a role or a name: "Ukrainian President", "Finnish Dairy Board"), when an actor or
   * proposal noun follows within two words ("German government", "US peace proposal"), when it is
   * plural ("Europeans") or possessive ("Ukraine's sovereignty"), or when a verb follows ("Moscow
   * dismissed").
   */
  private boolean descriptive(List<Token> ts, int from, int to, Gazetteer.Entry e) {
    Token last = ts.get(to - 1);
    if (to >= ts.size() || ACTOR_NOUNS.contains(last.lower())) {
      return false; // "European leaders fear ...": the phrase names actors, whatever follows
    }
    if (last.possessive()) {
      return ownsBusinessNoun(ts, to); // "Britain's sole feta producer"
    }
    if (e.via() == Gazetteer.Via.DEMONYM && last.lower().endsWith("s")) {
      return countedPeople(ts, from); // "most Peruvians", "two-thirds of Peruvians": a count
    }
    Token next = ts.get(to);
    if (!Character.isLetter(next.text().charAt(0))) {
      return false;
    }
    if (next.capitalised()) {
      // "Ukrainian President ...", "Finnish Dairy Board" refer to the party; "Italian Tuscan wine"
      // does not
      // "Peru Open", "Chile Coal", "Peru Family Swap": a country's name that opens another name;
      // "Peru Embassy" still speaks for the state
      boolean countryName =
          e.via() == Gazetteer.Via.NAME
              && e.kind() == PartyKind.COUNTRY
              && IssueExtractor.adjacent(ts, to)
              && !STATE_POSTS.contains(next.text());
      return (e.via() == Gazetteer.Via.DEMONYM || countryName) && !startsRoleOrOrganisation(ts, to);
    }
    if ((next.lower().equals("and") || next.lower().equals("or"))
        && e.via() == Gazetteer.Via.DEMONYM
        && to + 1 < ts.size()) {
      // "French and German farmers", "European and Asian exporters": the first adjective
      // describes what the second does ("French and Spanish officials" act for both)
      Token other = ts.get(to + 1);
      Gazetteer.Entry second = gazetteer.lookup(other.text());
      boolean modifier =
          second == null ? other.capitalised() : second.via() == Gazetteer.Via.DEMONYM;
      return modifier && descriptive(ts, to + 1, to + 2, e);
    }
    if (Words.STOP.contains(next.lower())) {
      return false;
    }
    for (int k = to; k < Math.min(ts.size(), to + 2); k++) {
      String w = ts.get(k).lower();
      if (ACTOR_NOUNS.contains(w) || PROPOSAL_NOUNS.contains(w)) {
        return false;
      }
      if (ts.get(k).capitalised()) {
        break;
      }
    }
    if (e.via() == Gazetteer.Via.DEMONYM
        || (e.kind() == PartyKind.COUNTRY
            && (PEOPLE.containsKey(next.lower())
                || ORG_NOUN_KINDS.containsKey(next.lower())
                || TRADERS.contains(next.lower())))) {
      // an adjective before an ordinary noun; "UK activists" are a group of their own, as are
      // "French activists" (a party's activists are its members: "Labour activists"), "US
      // companies" and "UK banks"
      return true;
    }
    boolean joined = from > 0 && ts.get(from - 1).lower().equals("and");
    if (Words.adverb(next.lower()) && to + 1 < ts.size()) {
      // "Peru strongly opposed", "Chile firmly backs": an adverb before the name's verb, unlike
      // the adjective in "UK daily newspapers"
      Token verb = ts.get(to + 1);
      String v = verb.lower();
      boolean past =
          AUXILIARIES.contains(v) || IssueExtractor.PAST_TENSES.contains(v) || v.endsWith("ed");
      return !past && !acts(last, verb, joined);
    }
    return !verbLike(next) && !acts(last, next, joined);
  }

  /**
   * "with Ukraine seeking guarantees", "US backing for the plan", "the Tories back": a cue word
   * after the name makes it act. Not a judgement ("Democrat hopeful") nor an adverb ("taking
   * Britain back"): "back" is a verb only after a plural, or a name joined to another by "and"
   * ("Spain and France back the plan").
   */
  private static boolean acts(Token name, Token next, boolean joined) {
    String w = next.lower();
    if (!StanceDetector.isCue(w) || StanceDetector.EVALUATIVE.contains(w)) {
      return false;
    }
    return !w.equals("back") || name.lower().endsWith("s") || joined;
  }

  private boolean startsRoleOrOrganisation(List<Token> ts, int i) {
    if (gazetteer.longestRoleStartingWith(ts.get(i).lower()) > 0) {
      return true;
    }
    for (int k = i; k < Math.min(ts.size(), i + 4) && ts.get(k).capitalised(); k++) {
      if (ORG_SUFFIXES.containsKey(ts.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  private static boolean ownsBusinessNoun(List<Token> ts, int i) {
    for (int k = i; k < Math.min(ts.size(), i + 5); k++) {
      String w = ts.get(k).lower();
      if (BUSINESS_NOUNS.contains(w)) {
        return true;
      }
      if (ACTOR_NOUNS.contains(w) || PROPOSAL_NOUNS.contains(w) || ts.get(k).capitalised()) {
        return false;
      }
    }
    return false;
  }

  /** A word that is most likely a verb: an auxiliary, or a past or third-person form. */
  static boolean verbLike(Token t) {
    String w = t.lower();
    return AUXILIARIES.contains(w)
        || Words.deniedAuxiliary(w) // "Peru cannot accept", "Peru won't"
        || IssueExtractor.PAST_TENSES.contains(w) // "Peru met", "Peru sold"
        || (w.length() > 3 && (w.endsWith("ed") || (w.endsWith("s") && !w.endsWith("ss"))));
  }

  /** "in Geneva", "in the UK", "across Eastern Europe", "in Spain and Chile". */
  private static boolean isLocative(List<Token> ts, int i) {
    int k = i - 1;
    while (k >= 0 && k >= i - 2 && PLACE_FILLERS.contains(ts.get(k).lower())) {
      k--;
    }
    String joint = k >= 1 ? ts.get(k).lower() : "";
    if ((joint.equals("and") || joint.equals("or"))
        && ts.get(k - 1).capitalised()
        && !ts.get(k - 1).possessive()) {
      int previous = k - 1; // the place before "and" is one with this one
      while (previous > 0 && ts.get(previous - 1).capitalised()) {
        previous--;
      }
      return isLocative(ts, previous);
    }
    if (k >= 0 && ts.get(k).lower().equals("to")) {
      // "return to London", "a visit to the US": a destination, not "unacceptable to Moscow"
      for (int v = k - 1; v >= Math.max(0, k - 2); v--) {
        if (MOTION.contains(ts.get(v).lower())) {
          return true;
        }
      }
      return false;
    }
    if (k >= 0 && PLACE_PARTS.contains(ts.get(k).lower()) && ts.get(k + 1).lower().equals("of")) {
      return true; // "filled the streets of Lima"
    }
    return k >= 0 && LOCATIVE.contains(ts.get(k).lower()) && !ts.get(k).capitalised();
  }

  /** Nouns for the parts of a city: "filled the streets of Lima", "the suburbs of Paris". */
  private static final Set<String> PLACE_PARTS =
      Words.lookup(Set.of("streets", "outskirts", "suburbs", "centre", "center"));

  private static Found found(Map<String, Found> parties, String key, PartyKind kind) {
    return parties.computeIfAbsent(key, k -> new Found(k, bankKind(k, councilKind(k, kind))));
  }

  /**
   * A bank is a company unless the word before "Bank" says otherwise: a "Central Bank" or "Reserve
   * Bank" sets a country's money (a regulator), a "Development Bank" is a lender of states.
   */
  private static PartyKind bankKind(String name, PartyKind kind) {
    if (kind != PartyKind.COMPANY) {
      return kind;
    }
    if (name.contains("Central Bank") || name.contains("Reserve Bank")) {
      return PartyKind.REGULATOR;
    }
    return name.contains("Development Bank") ? PartyKind.ORGANISATION : kind;
  }

  /** Words that make a council a government: "Northby County Council", "Council of Ministers". */
  private static final Set<String> GOVERNING_COUNCIL_WORDS =
      Words.lookup(
          Set.of(
              "City",
              "County",
              "Borough",
              "District",
              "Town",
              "Parish",
              "Metropolitan",
              "Regional",
              "Municipal",
              "Ministers",
              "State",
              "Privy",
              "Executive"));

  /** True when a name's own words make it a government body: "Finance Ministry", "City Council". */
  static boolean governmentName(String name) {
    for (String w : name.split(" ")) {
      if (ORG_SUFFIXES.get(w) == PartyKind.GOVERNMENT) {
        return councilKind(name, PartyKind.GOVERNMENT) == PartyKind.GOVERNMENT;
      }
    }
    return false;
  }

  /**
   * A council is a government only when its name says so: "Northby City Council" governs, the
   * "Refugee Council", "Film Council" and "Council of Ferry Operators" are organisations.
   */
  private static PartyKind councilKind(String name, PartyKind kind) {
    if (kind != PartyKind.GOVERNMENT) {
      return kind;
    }
    boolean council = false;
    for (String w : name.split(" ")) {
      if (GOVERNING_COUNCIL_WORDS.contains(w)) {
        return kind;
      }
      council |= w.equals("Council");
    }
    return council ? PartyKind.ORGANISATION : kind;
  }

  static String join(List<Token> ts, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        b.append(' ');
      }
      Token t = ts.get(k);
      b.append(t.text());
      if (k < to - 1 && initial(t) && ts.get(k + 1).start() == t.end() + 2) {
        b.append('.'); // "Jo K. Reed": a middle initial keeps its full stop
      }
      if (k < to - 1 && t.possessive() && IRREGULAR_PLURALS.contains(t.lower())) {
        b.append("'s"); // "People's Party" inside a name
      }
    }
    return b.toString();
  }

  /** Plurals that take "'s" and may stand inside a name: "People's Party", "Women's Institute". */
  private static final Set<String> IRREGULAR_PLURALS =
      Words.lookup(Set.of("people", "women", "men", "children"));

  /**
   * Suffixes that end a name only as its last word and never join two names: "Leeds United"; in "Jo
   * Reed and Leeds United" the name starts after "and".
   */
  private static final Set<String> WEAK_SUFFIXES = Words.lookup(Set.of("United"));

  private static Map<String, PartyKind> orgSuffixes() {
    Map<String, PartyKind> m = new HashMap<>();
    for (String s : List.of("Party")) {
      m.put(s, PartyKind.POLITICAL_PARTY);
    }
    for (String s : List.of("Union", "Unions", "Federation", "Congress")) {
      m.put(s, PartyKind.UNION);
    }
    for (String s : List.of("Court", "Tribunal")) {
      m.put(s, PartyKind.COURT);
    }
    for (String s : List.of("Authority", "Regulator", "Commission", "Agency", "Ofcom", "Board")) {
      m.put(s, PartyKind.REGULATOR);
    }
    for (String s :
        List.of(
            "Ministry",
            "Department",
            "Office",
            "Government",
            "Treasury",
            "Cabinet",
            "Parliament",
            "Assembly",
            "Senate",
            "Council",
            "Revenue")) {
      m.put(s, PartyKind.GOVERNMENT);
    }
    for (String s :
        List.of(
            "Inc",
            "Ltd",
            "plc",
            "PLC",
            "Corp",
            "Corporation",
            "Company",
            "Group",
            "Holdings",
            "Bank",
            "Airlines",
            "Airways",
            "Motors",
            "Industries",
            "Technologies",
            "Systems",
            "Partners",
            "Capital",
            "Communications",
            "Entertainment",
            "Pharmaceuticals",
            "Energy",
            "Telecom",
            "Media",
            "Records",
            "Studios",
            "Foods",
            "Stores",
            "Brewery",
            "Securities",
            "Investments",
            "Brothers",
            "Stockbrokers",
            "Brokers",
            "Associates",
            "Advisers",
            "Advisors",
            "Consultants",
            "Consulting",
            "Managers",
            "Tobacco",
            "Petroleum",
            "Chemicals",
            "Insurance",
            "AG",
            "SA",
            "NV",
            "GmbH",
            "LLC",
            "LLP",
            "Co")) {
      m.put(s, PartyKind.COMPANY);
    }
    for (String s :
        List.of(
            "Association",
            "Organisation",
            "Organization",
            "Institute",
            "Foundation",
            "Fund",
            "Alliance",
            "Front",
            "Movement",
            "Committee",
            "League",
            "Society",
            "Trust",
            "Coalition",
            "Confederation",
            "Forum",
            "Network",
            "Club",
            "Guild",
            "International",
            "University",
            "College",
            "Hospital",
            "Service",
            "Services",
            "Economics",
            "Research",
            "Programme")) {
      m.put(s, PartyKind.ORGANISATION);
    }
    for (String s : List.of("Army", "Forces", "Brigade", "Militia")) {
      m.put(s, PartyKind.ARMED_GROUP);
    }
    m.put("Police", PartyKind.GOVERNMENT);
    m.put("Constabulary", PartyKind.GOVERNMENT);
    m.put("Action", PartyKind.GROUP);
    m.put("Campaign", PartyKind.GROUP);
    m.put("Resources", PartyKind.COMPANY);
    m.put("Petroleum", PartyKind.COMPANY);
    m.put("Mining", PartyKind.COMPANY);
    m.put("Telecom", PartyKind.COMPANY);
    m.put("Fuels", PartyKind.COMPANY);
    m.put("Pharma", PartyKind.COMPANY);
    m.put("Watch", PartyKind.NGO);
    m.put("United", PartyKind.ORGANISATION);
    m.put("Societies", PartyKind.ORGANISATION);
    m.put("Administration", PartyKind.GOVERNMENT);
    return Map.copyOf(m);
  }
}
