package dev.brief.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the article's issues: noun phrases grouped by their head noun, so that "peace plan",
 * "28-point plan" and "US peace proposal" are one issue and "security assurances" is "security
 * guarantees". A group is an issue when it recurs or someone takes a side on it (it follows a cue
 * word); a group of bare nouns qualifies only when the noun names something people contest ("the
 * bid", "the merger", "the charges"). The name is the most frequent phrase of the group.
 */
final class IssueExtractor {
  static final int MAX_ISSUES = 6;
  private static final Set<String> BREAK =
      Words.lookup(
          Set.of(
              // adverbs, pronouns and verbs that follow a noun without naming it: "the water tax
              // altogether", "job gains mean", "every decision", "operations elsewhere"
              "altogether",
              "elsewhere",
              "overseas",
              "never",
              "every",
              "others",
              // indefinite pronouns name no issue: "wanted everything done properly"
              "everything",
              "anything",
              "something",
              "nothing",
              "everyone",
              "anyone",
              "someone",
              "everybody",
              "anybody",
              "somebody",
              "nobody",
              "mean",
              "means",
              "said",
              "says",
              "say",
              "has",
              "have",
              "had",
              "been",
              "be",
              "is",
              "are",
              "was",
              "were",
              "would",
              "could",
              "should",
              "will",
              "can",
              "may",
              "might",
              "must",
              "cannot",
              "remain",
              "remains",
              "seen",
              "made",
              "make",
              "held",
              "take",
              "took",
              "taken",
              "give",
              "given",
              "get",
              "got",
              "also",
              "not",
              "including",
              "include",
              "includes",
              "regarding",
              "about",
              "toward",
              "towards",
              "without",
              "within",
              "amid",
              "despite",
              "per",
              "cent",
              "percent",
              "like",
              "via",
              "than",
              "more",
              "less",
              "fewer",
              "very",
              "well",
              "just",
              "still",
              "only",
              "yet",
              "already",
              "seems",
              "appear",
              "appears",
              "become",
              "becomes",
              "became",
              "called",
              "calls",
              "call",
              "told",
              "according",
              "added",
              "noted",
              "stated",
              "described",
              "expressed",
              "reported",
              "reportedly",
              "involve",
              "involving",
              "whether",
              "whose",
              "which",
              "who",
              "what",
              // conjunctions and prepositions end a phrase: "to date, although", "pressure across"
              "although",
              "though",
              "unless",
              "whereas",
              "across",
              "among",
              "amongst",
              "along",
              "around",
              "beyond",
              "upon",
              "onto",
              "behind",
              "near",
              "outside",
              "inside",
              "ahead",
              "rather",
              "instead",
              // verbs with no noun sense: "any deal depends on", "the news comes as"
              "depends",
              "depend",
              "comes",
              "goes",
              "happens",
              "belongs",
              "relies",
              "consists",
              "exists",
              "continues",
              "begins",
              "occurs",
              "emerges",
              "arrives",
              // verbs in "-s" that no plural noun spells, which end a phrase rather than extend it:
              // "the plan expires", "the law protects"
              "expires",
              "involves",
              "requires",
              "allows",
              "gives",
              "makes",
              "takes",
              "suggests",
              "believes",
              "expects",
              "affects",
              "applies",
              "follows",
              "provides",
              "reflects",
              "brings",
              "keeps",
              "puts",
              "sees",
              "gets",
              "knows",
              "thinks",
              "tells",
              "feels",
              "adds",
              "argues",
              "admits",
              "grows",
              "owns",
              "earns",
              "intends",
              "prefers",
              "fails",
              "succeeds",
              "lets",
              "enables",
              "ensures",
              "threatens",
              "owes",
              "employs",
              "contains",
              "protects",
              "predicts",
              "stays",
              "lasts",
              "opens",
              "closes",
              "helps",
              "hurts",
              "differs",
              "varies",
              "exceeds",
              "sits",
              "lies",
              // opinion verbs after a plural subject: "analysts predict", "forecasters believe"
              "believe",
              "expect",
              "predict",
              "think",
              "argue",
              "suggest",
              "reckon",
              // verbs of seeming and knowing, and adverbs of time, with no noun sense: "parents
              // know",
              // "seem intent on", "never, ever attack", "politicians often"
              "know",
              "see",
              "feel",
              "seem",
              "seemed",
              "ever",
              "often"));
  private static final Set<String> GENERIC_HEADS =
      Words.lookup(
          Set.of(
              "war",
              "peace",
              "conflict",
              "negotiation",
              "crisis",
              "fighting",
              "escalation",
              "talk",
              "discussion",
              "meeting",
              "day",
              "week",
              "year",
              "month",
              "decade",
              "hour",
              "time",
              "people",
              "official",
              "statement",
              "comment",
              "remark",
              "way",
              "side",
              "part",
              "number",
              "lot",
              "end",
              "source",
              "report",
              "rumour",
              "rumor",
              "speculation",
              "video",
              "address",
              "house",
              "thing",
              "point",
              "effort",
              "level",
              "term",
              "stage",
              "place",
              "today",
              "night",
              "morning",
              "world",
              "tone",
              "atmosphere",
              "juncture",
              "sense",
              "step",
              "steps",
              "version",
              "focus",
              "situation",
              "outcome",
              "development",
              "news",
              "state",
              "work",
              "case",
              "matter",
              "question",
              "issue",
              "concern",
              "tension",
              "progress",
              "quarter",
              "behalf",
              "future",
              "past",
              "view",
              "direction",
              "speech",
              "bit",
              "chance",
              "role",
              "tribute",
              "trouble"));

  /**
   * Nouns that name a party or someone who acts for one: "the BBC spokesman", "finance ministers",
   * "the investment firm", "largest shareholders" are who takes a side, never what it is on.
   */
  private static final Set<String> PARTY_HEADS =
      Words.lookup(
          Set.of(
              "government",
              "administration",
              "regime",
              "authority",
              "leader",
              "minister",
              "spokesman",
              "spokeswoman",
              "spokesperson",
              "executive",
              "chief",
              "boss",
              "chairman",
              "chairwoman",
              "director",
              "commissioner",
              "secretary",
              "president",
              "tycoon",
              "shareholder",
              "investor",
              "member",
              "voter",
              "analyst",
              "economist",
              "negotiator",
              "diplomat",
              "delegation",
              "lawmaker",
              "politician",
              "firm",
              "company",
              "group",
              "bank",
              "agency",
              "board",
              "airline",
              "carrier",
              "insurer",
              "retailer",
              "maker",
              "giant",
              "rival",
              "union",
              "party",
              "charity",
              "regulator",
              "watchdog",
              "ministry",
              "department",
              "council",
              "committee",
              "country",
              "nation",
              "court",
              "unit"));

  /**
   * Nouns for people by what they do or who they are, stemmed: "the players", "mobile users", "the
   * chancellor", "women". They say who speaks or who is affected, not what is contested. The
   * occupations that open a name ("Actor Tom Vale") are among them.
   */
  private static final Set<String> PEOPLE_HEADS = Words.lookup(peopleHeads());

  private static Set<String> peopleHeads() {
    Set<String> out =
        new java.util.HashSet<>(
            Set.of(
                "chancellor",
                "premier",
                "mayor",
                "governor",
                "senator",
                "ambassador",
                "envoy",
                "adviser",
                "advisor",
                "aide",
                "representative",
                "deputy",
                "assistant",
                "consultant",
                "mp",
                "peer",
                "judge",
                "lawyer",
                "expert",
                "critic",
                "observer",
                "supporter",
                "opponent",
                "worker",
                "employee",
                "staff",
                "protester",
                "campaigner",
                "activist",
                "resident",
                "farmer",
                "student",
                "pupil",
                "parent",
                "pilot",
                "driver",
                "miner",
                "nurse",
                "doctor",
                "teacher",
                "patient",
                "victim",
                "player",
                "user",
                "fan",
                "customer",
                "consumer",
                "citizen",
                "passenger",
                "traveller",
                "viewer",
                "listener",
                "reader",
                "buyer",
                "seller",
                "owner",
                "child",
                "children",
                "woman",
                "women",
                "man",
                "men",
                "adult",
                "police",
                "officer",
                "soldier",
                "troop",
                "star",
                "team",
                "squad",
                "club",
                "band",
                "runner",
                "athlete",
                "champion",
                "winner",
                "colleague",
                "family",
                "suspect",
                "handler",
                "inmate",
                "detainee",
                "prisoner",
                "refugee",
                "migrant",
                "immigrant",
                "seeker",
                "applicant",
                "claimant",
                "pensioner",
                "taxpayer",
                "homeowner",
                "tenant",
                "landlord",
                "smoker",
                "motorist",
                "commuter",
                "shopper",
                "trader",
                "dealer",
                "broker",
                "banker",
                "manufacturer",
                "exporter",
                "importer",
                "operator",
                "provider",
                "supplier",
                "lender",
                "borrower",
                "creditor",
                "donor",
                "employer",
                "partner",
                "carmaker",
                "prosecutor",
                "correspondent",
                "editor",
                "reporter",
                "medallist",
                "keeper",
                "skipper",
                "host",
                "presenter",
                "constable",
                // family and friends: "an older sister", "her director husband"
                "sister",
                "brother",
                "wife",
                "husband",
                "son",
                "daughter",
                "father",
                "mother",
                "grandmother",
                "grandfather",
                "uncle",
                "aunt",
                "cousin",
                "friend",
                "girlfriend",
                "boyfriend",
                "widow",
                "baby",
                "kid",
                "boy",
                "girl",
                "teenager"));
    for (String occupation : PartyRecognizer.OCCUPATIONS) {
      out.add(Words.stem(occupation.toLowerCase(Locale.ROOT)));
    }
    return Set.copyOf(out);
  }

  private static final Set<String> GENERIC_MODIFIERS =
      Words.lookup(
          Set.of(
              "recent",
              "latest",
              "significant",
              "key",
              "major",
              "further",
              "ongoing",
              "other",
              "next",
              "same",
              "possible",
              "potential",
              "new",
              "current",
              "initial",
              "final",
              "strong",
              "clear",
              "real",
              "serious",
              "several",
              "various",
              "high-level",
              "high-stakes",
              "first",
              "second",
              "third",
              "fourth",
              "fifth",
              "sixth",
              "seventh",
              "eighth",
              "ninth",
              "tenth",
              "consecutive",
              "straight",
              "quarter",
              "quarterly",
              "last",
              "few",
              "own",
              "such",
              "certain",
              "broader",
              "larger",
              "greater",
              "important",
              "critical",
              "crucial",
              "nearly",
              "lasting",
              "long-term",
              "early",
              "late",
              "four-year",
              "five-hour",
              "year-old",
              "more",
              "most",
              // size, rank and praise say how much of a thing, not which: "biggest sovereign
              // default"
              // ("the poorest countries" does say which, and stays)
              "biggest",
              "largest",
              "highest",
              "lowest",
              "greatest",
              "smallest",
              "strongest",
              "weakest",
              "fastest",
              "slowest",
              "oldest",
              "cheapest",
              "toughest",
              "steepest",
              "sharpest",
              "heaviest",
              "busiest",
              "best",
              "worst",
              "top",
              "good",
              "great",
              "excellent",
              "fantastic",
              "brilliant",
              "amazing",
              "terrible",
              "tough",
              "difficult",
              "big",
              "massive",
              "little",
              "slight",
              "modest",
              // sameness and selection: "a similar ban", "a separate inquiry" are a ban and an
              // inquiry
              "similar",
              "different",
              "separate",
              "particular",
              "specific",
              "large",
              "huge",
              "enough",
              "another",
              "former",
              "coming",
              "existing",
              "main",
              "leading",
              "extra",
              "entire",
              "whole",
              "previous",
              "sharp",
              // numbers: "five interest rate cuts" is about rate cuts
              "one",
              "two",
              "three",
              "four",
              "five",
              "six",
              "seven",
              "eight",
              "nine",
              "ten",
              "twelve",
              "twenty",
              "hundred",
              "thousand",
              "million",
              "billion",
              "dozen"));

  /**
   * Nouns of set phrases "in X for/of/with/to": "in exchange for", "in terms of", "in line with".
   */
  private static final Set<String> IDIOM_NOUNS =
      Words.lookup(
          Set.of(
              "exchange",
              "return",
              "terms",
              "place",
              "spite",
              "light",
              "view",
              "line",
              "touch",
              "front",
              "order",
              "case",
              "response",
              "addition",
              "charge",
              "lieu",
              "respect",
              "search"));

  /** Words that close an "in X" set phrase: "in exchange for", "in charge of", "in line with". */
  private static final Set<String> IDIOM_CLOSERS = Words.lookup(Set.of("for", "of", "with", "to"));

  /**
   * True when the noun at {@code k} is part of a set phrase ("in exchange for the deal", "in terms
   * of growth"), which names no issue: "exchange" there is no telephone exchange.
   */
  private static boolean inIdiom(List<Token> ts, int k) {
    return k > 0
        && (muchOf(ts, k)
            || onOffer(ts, k)
            || (k + 1 < ts.size()
                && ts.get(k - 1).lower().equals("in")
                && IDIOM_NOUNS.contains(ts.get(k).lower())
                && IDIOM_CLOSERS.contains(ts.get(k + 1).lower())));
  }

  /** True when "offer" at {@code k} says a thing is for sale or to be had: "prizes on offer". */
  private static boolean onOffer(List<Token> ts, int k) {
    return ts.get(k).lower().equals("offer") && ts.get(k - 1).lower().equals("on");
  }

  /** Words after "a great deal" that make it an agreement: "a great deal with Acme". */
  private static final Set<String> AGREEMENT_AFTER = Words.lookup(Set.of("with", "between", "on"));

  /**
   * True when "deal" at {@code k} says how much ("a great deal of effort", "worried her a great
   * deal", "a good deal more"), not what was agreed ("a great deal with Acme").
   */
  private static boolean muchOf(List<Token> ts, int k) {
    String before = ts.get(k - 1).lower();
    return ts.get(k).lower().equals("deal")
        && (before.equals("great") || before.equals("good"))
        && (k + 1 >= ts.size() || !AGREEMENT_AFTER.contains(ts.get(k + 1).lower()));
  }

  /** Past tenses that are no nouns: "house prices fell" ends at "prices". */
  static final Set<String> PAST_TENSES =
      Words.lookup(
          Set.of(
              "fell",
              "rose",
              "grew",
              "came",
              "went",
              "took",
              "gave",
              "held",
              "won",
              "told",
              "met",
              "kept",
              "began",
              "became",
              "brought",
              "bought",
              "sold",
              "paid",
              "spent",
              "sent",
              "built",
              "fought",
              "meant",
              "stood",
              "struck",
              "broke",
              "chose",
              "drove",
              "fled",
              "sought",
              "taught",
              "caught",
              "threw",
              "wrote",
              "spoke",
              "knew",
              "drew",
              "flew",
              "shook",
              "withdrew",
              "put",
              "saw",
              "showed",
              "found",
              "led",
              "lost",
              "felt",
              "thought",
              "seemed"));

  /** Nouns among the long "-able"/"-ible" words, which are otherwise adjectives ("valuable"). */
  private static final Set<String> ABLE_NOUNS =
      Words.lookup(
          Set.of("timetable", "vegetable", "vegetables", "variable", "variables", "constable"));

  private static boolean adjectiveOrPast(String lower) {
    boolean able =
        lower.length() >= 7
            && (lower.endsWith("able") || lower.endsWith("ible"))
            && !ABLE_NOUNS.contains(lower);
    return able || PAST_TENSES.contains(lower);
  }

  private static final Map<String, String> SYNONYMS =
      Words.lookup(
          Map.ofEntries(
              Map.entry("assurance", "guarantee"),
              Map.entry("territory", "territorial"),
              Map.entry("proposal", "plan"),
              Map.entry("framework", "plan"),
              Map.entry("draft", "plan"),
              Map.entry("blueprint", "plan"),
              Map.entry("agreement", "deal"),
              Map.entry("accord", "deal"),
              Map.entry("settlement", "deal"),
              Map.entry("truce", "ceasefire"),
              Map.entry("armistice", "ceasefire"),
              Map.entry("tariff", "tariff"),
              Map.entry("levy", "tax"),
              Map.entry("wage", "pay"),
              Map.entry("salary", "pay"),
              Map.entry("redundancy", "job"),
              Map.entry("layoff", "job"),
              Map.entry("ruling", "decision"),
              Map.entry("verdict", "decision")));

  /** Nouns that name something people contest, enough to be an issue on their own. */
  static final Set<String> ISSUE_HEADS =
      Words.lookup(
          Set.of(
              "plan",
              "counter-proposal",
              "deal",
              "bid",
              "offer",
              "merger",
              "decision",
              "policy",
              "law",
              "bill",
              "tax",
              "tariff",
              "ban",
              "cut",
              "reform",
              "strike",
              "pay",
              "rise",
              "sanction",
              "ceasefire",
              "guarantee",
              "concession",
              "membership",
              "referendum",
              "charge",
              "fee",
              "investigation",
              "inquiry",
              "appeal",
              "vote",
              "budget",
              "subsidy",
              "aid",
              "coalition",
              "treaty",
              "withdrawal",
              "sovereignty",
              "independence",
              "privatisation",
              "closure",
              "redundancy",
              "job",
              "expansion",
              "machine",
              "label",
              "name",
              "waste",
              "action",
              "initiative",
              "amendment",
              "settlement",
              "regulation",
              "scheme",
              "campaign",
              "territory"));

  /**
   * Concepts that one issue goes by under many phrasings: "territorial concessions", "the occupied
   * areas", "giving up territory", "withdrawal" are all the territory question.
   */
  private static final Map<String, String> CONCEPTS =
      Words.lookup(
          Map.of(
              "territorial",
              "territory",
              "territory",
              "territory",
              "land",
              "territory",
              "occupi",
              "territory",
              "annexation",
              "territory",
              "annex",
              "territory",
              "withdrawal",
              "territory"));

  /** How each concept is named in the table: the phrase people use for it. */
  private static final Map<String, String> CONCEPT_NAMES =
      Words.lookup(Map.of("territory", "territorial concessions"));

  /** The concept a phrase belongs to, or null. */
  private static String concept(List<Token> ts, int from, int to) {
    for (int k = from; k <= to; k++) {
      String c = ts.get(k).concept();
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  /** "Long-held", "Hand-held", "State-held" opening a sentence: how, not who. */
  private static final Set<String> HOLDING_MANNER =
      Words.lookup(Set.of("long", "hand", "self", "family", "state"));

  /** Who holds land, written in lower case before "-held": "rebel-held towns". */
  private static final Set<String> CONTROLLERS =
      Words.lookup(
          Set.of(
              "rebel", "government", "militant", "separatist", "insurgent", "opposition", "enemy"));

  private static boolean heldLand(String word, String lower) {
    if (!lower.endsWith("-held") || lower.length() == 5) {
      return false;
    }
    String holder = lower.substring(0, lower.length() - 5);
    if (CONTROLLERS.contains(holder)) {
      return true;
    }
    return Character.isUpperCase(word.charAt(0))
        && !HOLDING_MANNER.contains(holder)
        && !holder.endsWith("ly");
  }

  /**
   * The concept of one word; hyphenated words count by their parts. "Russian-held regions" and
   * "rebel-held towns" name land by who controls it; "long-held views" and "hand-held cameras" do
   * not.
   */
  static String conceptOf(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (heldLand(word, lower)) {
      return "territory";
    }
    for (String part : lower.split("-")) {
      String c = CONCEPTS.get(Words.stem(part));
      if (c == null && part.startsWith("occupi")) {
        c = "territory";
      }
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  /** Where an issue is named: its head token, the issue, and the phrase's first token. */
  record Hit(int token, int issue, int from) {}

  /** Issues ranked, their group keys, and for each sentence where each issue is named. */
  record Result(List<Issue> issues, List<String> keys, List<List<Hit>> hits) {
    /** The issues a sentence names, each once. */
    List<Integer> inSentence(int sentence) {
      List<Integer> out = new ArrayList<>();
      for (Hit h : hits.get(sentence)) {
        if (!out.contains(h.issue())) {
          out.add(h.issue());
        }
      }
      return out;
    }

    /** The issue named last from token {@code from} to before token {@code before}, or null. */
    Hit lastBefore(int sentence, int from, int before) {
      Hit out = null;
      for (Hit h : hits.get(sentence)) {
        if (h.token() >= from && h.token() < before) {
          out = h;
        }
      }
      return out;
    }

    /** The issues named between tokens {@code from} and {@code to} of a sentence. */
    List<Integer> inRange(int sentence, int from, int to) {
      List<Integer> out = new ArrayList<>();
      for (Hit h : hits.get(sentence)) {
        if (h.token() >= from && h.token() < to && !out.contains(h.issue())) {
          out.add(h.issue());
        }
      }
      return out;
    }
  }

  private IssueExtractor() {}

  /** Tokens after a side-taking cue within which a phrase counts as the cue's object. */
  static final int OBJECT_WINDOW = 6;

  /** Tokens before a passive cue ("opposed by") within which a phrase is what it acts on. */
  static final int PATIENT_WINDOW = 4;

  /** A phrase found in one sentence: its head position, group key and surface words. */
  private record Phrase(int head, String key, String surface, int words, boolean object) {}

  /**
   * @param cueAt for each sentence, the token positions of side-taking cue words
   */
  static Result extract(
      List<List<Token>> tokens, List<List<Mention>> mentions, List<List<Integer>> cueAt) {
    Map<String, Integer> sentencesWith = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> surfaces = new HashMap<>();
    Map<String, Map<String, Integer>> casings = new HashMap<>();
    Map<String, Boolean> object = new HashMap<>();
    Map<String, Boolean> multiword = new HashMap<>();
    Map<String, Boolean> bodyOnly = new HashMap<>();
    Map<String, Map<String, Integer>> complements = new HashMap<>();
    List<List<Phrase>> found = new ArrayList<>();
    for (int si = 0; si < tokens.size(); si++) {
      List<Token> ts = tokens.get(si);
      boolean[] entity = new boolean[ts.size()];
      for (Mention m : mentions.get(si)) {
        for (int k = m.from(); k < m.to(); k++) {
          entity[k] = true;
        }
      }
      List<Phrase> phrases = new ArrayList<>();
      java.util.Set<String> seenHere = new java.util.HashSet<>();
      boolean[] isHead = new boolean[ts.size()];
      boolean[] isModifier = new boolean[ts.size()];
      for (int k = 0; k < ts.size(); k++) {
        isHead[k] = head(ts.get(k), entity[k]);
        isModifier[k] = modifier(ts.get(k), entity[k]);
        if ((isHead[k] || isModifier[k])
            && (actsAsVerb(ts, k)
                || pastAfterNoun(ts, k)
                || presentAfterPlural(ts, k)
                || planAfterPlural(ts, k)
                || presentBeforeObject(ts, k)
                || describesWho(ts, k)
                || inIdiom(ts, k))) {
          isHead[k] = false;
          isModifier[k] = false;
        }
      }
      for (int j = 0; j < ts.size(); j++) {
        if (!isHead[j] || describesGeneric(ts, j)) {
          continue; // "cheap political | points": the adjective describes a generic noun
        }
        Token next = j + 1 < ts.size() ? ts.get(j + 1) : null;
        if (next != null
            && isHead[j + 1]
            && !next.possessive()
            && adjacent(ts, j + 1)
            && (ISSUE_HEADS.contains(next.key())
                || !looksLikeVerb(next)
                || pluralByWhatFollows(ts, j + 1)
                || isModifier[j]) // the next head takes this word in anyway: one phrase, not two
            && !ts.get(j).possessive()) {
          continue; // "peace | plan": the phrase goes on
        }
        int start = j;
        // a modifier joins only across a space: "rising costs, falling wages" is two phrases
        while (start > j - 2
            && start > 0
            && isModifier[start - 1]
            && adjacent(ts, start)
            && !ts.get(start - 1).possessive()) {
          start--;
        }
        String key = concept(ts, start, j);
        if (key == null) {
          key = ts.get(j).key();
        }
        String antecedent =
            start == j ? antecedent(ts, j, key, si > 0 ? found.get(si - 1) : null) : null;
        if (antecedent != null) {
          // "A counter-offer from Chile ... Lima dismissed this plan": the same proposal
          boolean isObject = objectOfCue(cueAt.get(si), start);
          phrases.add(new Phrase(j, antecedent, null, 1, isObject));
          if (seenHere.add(antecedent)) {
            sentencesWith.merge(antecedent, 1, Integer::sum);
          }
          object.merge(antecedent, isObject, Boolean::logicalOr);
          continue;
        }
        StringBuilder surface = new StringBuilder();
        for (int k = start; k <= j; k++) {
          if (k > start) {
            surface.append(' ');
          }
          surface.append(ts.get(k).lower());
        }
        boolean isObject = objectOfCue(cueAt.get(si), start) || patientOfCue(ts, cueAt.get(si), j);
        phrases.add(new Phrase(j, key, surface.toString(), j - start + 1, isObject));
        if (seenHere.add(key)) {
          sentencesWith.merge(key, 1, Integer::sum);
        }
        surfaces
            .computeIfAbsent(key, x -> new HashMap<>())
            .merge(surface.toString(), 1, Integer::sum);
        String written = written(ts, start, j, surface);
        if (written != LOWER_CASE) {
          // only phrases with a capital, or with a case that says nothing (""), are counted: the
          // rest are the group's lower-case count
          casings
              .computeIfAbsent(surface.toString(), x -> new HashMap<>())
              .merge(written == null ? "" : written, 1, Integer::sum);
        }
        object.merge(key, isObject, Boolean::logicalOr);
        multiword.merge(key, j > start, Boolean::logicalOr);
        bodyOnly.merge(key, namesABody(ts, j + 1), Boolean::logicalAnd);
        String complement =
            start == j && ISSUE_HEADS.contains(key)
                ? complement(ts, j, isHead, isModifier, entity)
                : null;
        if (complement != null) {
          complements.computeIfAbsent(key, x -> new HashMap<>()).merge(complement, 1, Integer::sum);
        }
      }
      found.add(phrases);
    }
    List<String> ranked = new ArrayList<>();
    for (String key : sentencesWith.keySet()) {
      int n = sentencesWith.get(key);
      boolean contested = ISSUE_HEADS.contains(key);
      // "a medical technology firm", "the civil rights group", "garment workers": what describes a
      // body or people is no issue
      boolean keep =
          (n >= 2 || object.get(key))
              && (contested || multiword.get(key))
              && !bodyOnly.getOrDefault(key, false);
      if (keep) {
        ranked.add(key);
      }
    }
    ranked.sort(
        (x, y) ->
            Integer.compare(score(y, sentencesWith, object), score(x, sentencesWith, object)));
    if (ranked.size() > MAX_ISSUES) {
      ranked = new ArrayList<>(ranked.subList(0, MAX_ISSUES));
    }
    List<Issue> issues = new ArrayList<>();
    for (String key : ranked) {
      String name =
          CONCEPT_NAMES.containsKey(key) && !onlyAmbiguousWords(surfaces.get(key))
              ? CONCEPT_NAMES.get(key)
              : asWritten(name(surfaces.get(key)), surfaces.get(key), casings);
      if (name.indexOf(' ') < 0 && complements.containsKey(key)) {
        name = name(complements.get(key)); // "plans" is "plans to close the plant"
      }
      issues.add(new Issue(name, sentencesWith.get(key)));
    }
    List<List<Hit>> hits = new ArrayList<>();
    for (List<Phrase> phrases : found) {
      List<Hit> h = new ArrayList<>();
      for (Phrase p : phrases) {
        int id = ranked.indexOf(p.key());
        if (id >= 0) {
          h.add(new Hit(p.head(), id, p.head() - p.words() + 1));
        }
      }
      hits.add(h);
    }
    return new Result(issues, ranked, hits);
  }

  /**
   * True when token {@code k} is an organisation's common noun ("firm", "group", "watchdog") or
   * names people or who acts for a party ("workers", "campaigners", "maker"): "the sacked garment
   * workers", "the region's top tractor maker" say who, not what is contested.
   */
  private static boolean namesABody(List<Token> ts, int k) {
    return k < ts.size()
        && (PartyRecognizer.ORG_NOUN_KINDS.containsKey(ts.get(k).lower())
            || partyOrPeople(Words.stem(ts.get(k).lower())));
  }

  private static int score(String key, Map<String, Integer> n, Map<String, Boolean> object) {
    return n.get(key) + (object.get(key) ? 2 : 0);
  }

  /**
   * Concept words with other senses: building land, landing charges, a film's withdrawal,
   * "dangerous territory", sales territories.
   */
  private static final Set<String> AMBIGUOUS_CONCEPT_WORDS =
      Words.lookup(Set.of("land", "withdrawal", "territory"));

  /**
   * True when the group's phrases name its concept only by words with other senses ("land",
   * "landing", "withdrawal"): the group keeps its own words as its name, not the concept's.
   */
  private static boolean onlyAmbiguousWords(Map<String, Integer> surfaces) {
    if (surfaces == null) {
      return false;
    }
    for (String surface : surfaces.keySet()) {
      for (String w : surface.split(" ")) {
        if (conceptOf(w) != null && !AMBIGUOUS_CONCEPT_WORDS.contains(Words.stem(w))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The words {@code from..to} with the capitals the text gives them ("EU budget", "non-EU
   * imports"), {@link #LOWER_CASE} when they have none, or null when a word's case says nothing: a
   * capital that may only open the sentence or a quote ("Council tax rises are ...", "Non-EU
   * imports fell").
   */
  private static String written(List<Token> ts, int from, int to, CharSequence lower) {
    StringBuilder out = null;
    for (int k = from; k <= to; k++) {
      Token t = ts.get(k);
      if (t.text().equals(t.lower())) {
        continue;
      }
      boolean opening = k == 0 || t.start() - ts.get(k - 1).end() > 1;
      if (t.text().length() != t.lower().length() || (opening && t.capitalised() && !t.allCaps())) {
        return null;
      }
      if (out == null) {
        out = new StringBuilder(lower);
      }
      int at = 0;
      for (int w = from; w < k; w++) {
        at += ts.get(w).lower().length() + 1;
      }
      out.replace(at, at + t.text().length(), t.text());
    }
    return out == null ? LOWER_CASE : out.toString();
  }

  /** What {@link #written} returns for a phrase written all in lower case. */
  private static final String LOWER_CASE = new String("lower case");

  /** {@code lower} as the text most often writes it: "EU budget", not "eu budget". */
  private static String asWritten(
      String lower, Map<String, Integer> surfaces, Map<String, Map<String, Integer>> casings) {
    Map<String, Integer> forms = casings.get(lower);
    if (forms == null) {
      return lower;
    }
    int most = surfaces.get(lower);
    for (int n : forms.values()) {
      most -= n; // the occurrences written all in lower case
    }
    String best = lower;
    for (var e : forms.entrySet()) {
      if (!e.getKey().isEmpty() && e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  /** The most frequent phrase of a group, preferring phrases of two or more words. */
  private static String name(Map<String, Integer> surfaces) {
    String best = null;
    int bestScore = -1;
    for (var e : surfaces.entrySet()) {
      int score = e.getValue() * 2 + (e.getKey().contains(" ") ? 3 : 0);
      if (score > bestScore || (score == bestScore && e.getKey().compareTo(best) < 0)) {
        best = e.getKey();
        bestScore = score;
      }
    }
    return best;
  }

  /** Prepositions that open what a bare proposal noun is about: "the ban on smoking". */
  private static final Set<String> COMPLEMENT_PREPOSITIONS =
      Words.lookup(Set.of("to", "on", "for", "over", "against"));

  private static final Set<String> COMPLEMENT_DETERMINERS =
      Words.lookup(
          Set.of(
              "the", "a", "an", "its", "their", "his", "her", "our", "all", "any", "both", "these",
              "those"));

  /** Words a complement may run to after its preposition or verb. */
  static final int COMPLEMENT_WORDS = 3;

  /**
   * What the single noun at {@code j} is about, when the words right after it say so: "plans to
   * close the plant", "the ban on smoking", "a bid for the airline". Null when no preposition
   * follows, when punctuation breaks the run, or when no noun ends it.
   */
  private static String complement(
      List<Token> ts, int j, boolean[] isHead, boolean[] isModifier, boolean[] entity) {
    int k = j + 1;
    if (!adjacent(ts, k) || !COMPLEMENT_PREPOSITIONS.contains(ts.get(k).lower())) {
      return null;
    }
    StringBuilder out = new StringBuilder(ts.get(j).lower()).append(' ').append(ts.get(k).lower());
    k++;
    if (ts.get(k - 1).lower().equals("to")) {
      if (!adjacent(ts, k) || !word(ts.get(k)) || ts.get(k).capitalised()) {
        return null; // "to" a verb: "plans to close"; "talks to Ford" is no complement
      }
      out.append(' ').append(ts.get(k).lower());
      k++;
    }
    if (adjacent(ts, k) && COMPLEMENT_DETERMINERS.contains(ts.get(k).lower())) {
      out.append(' ').append(ts.get(k).lower());
      k++;
    }
    int last = -1;
    for (int n = 0; n < COMPLEMENT_WORDS && adjacent(ts, k); n++, k++) {
      Token t = ts.get(k);
      boolean name =
          entity[k]
              || (t.capitalised()
                  && Character.isLetter(t.text().charAt(0))
                  && !PartyRecognizer.NOT_NAME_WORDS.contains(t.text())); // not "on Thursday"
      String stem = Words.stem(t.lower());
      boolean who = word(t) && partyOrPeople(stem);
      boolean general = word(t) && generic(t.lower());
      if (!(isHead[k] || name || isModifier[k] || who || general)
          || (n > 0
              && !isHead[k]
              && t.lower().endsWith("ing")
              && (isHead[k - 1] || generic(ts.get(k - 1).lower())))) {
        break; // "a ban for decades saying ...": a participle after the noun opens a clause
      }
      // a capital inside a word is the text's own: "plans for non-EU imports"
      boolean written = name || !t.text().substring(1).equals(t.lower().substring(1));
      out.append(' ').append(written ? t.text() : t.lower());
      if (isHead[k] || name || who || (general && n > 0)) {
        last = out.length(); // "to detain the suspects", "for the war", not "on the day"
      }
    }
    return last < 0 ? null : out.substring(0, last);
  }

  /**
   * True for a modifier that says how much or how good, not which: "massive", "similar", and with
   * "-ever" after it ("biggest-ever", "first-ever").
   */
  static boolean genericModifier(String lower) {
    return GENERIC_MODIFIERS.contains(
        lower.endsWith("-ever") ? lower.substring(0, lower.length() - 5) : lower);
  }

  /** True when token {@code k} exists and only a space parts it from the token before. */
  static boolean adjacent(List<Token> ts, int k) {
    return k < ts.size() && k > 0 && ts.get(k).start() - ts.get(k - 1).end() == 1;
  }

  /**
   * True when the "-ing" word at {@code k} describes who follows it rather than naming an activity:
   * "the ruling party", "Peru's ruling junta", "the banking group".
   */
  private static boolean describesWho(List<Token> ts, int k) {
    if (!adjacent(ts, k + 1) || !ING_NOUNS.contains(ts.get(k).lower())) {
      return false;
    }
    Token next = ts.get(k + 1);
    return next.capitalised() || partyOrPeople(Words.stem(next.lower()));
  }

  /** Endings of adjectives: "political", "economic", "dangerous", "hereditary". */
  private static final List<String> ADJECTIVE_ENDINGS =
      List.of("ical", "ial", "ual", "onal", "ous", "ful", "less", "ary");

  /**
   * Common adjectives of age, size, wealth and rank, which no ending gives away, and the words of
   * an office before its holder ("prime minister", "shadow home secretary").
   */
  private static final Set<String> PLAIN_ADJECTIVES =
      Words.lookup(
          Set.of(
              "young",
              "old",
              "elderly",
              "local",
              "general",
              "cheap",
              "poor",
              "rich",
              "senior",
              "junior",
              "key",
              "top",
              "main",
              "major",
              "minor",
              "economic",
              "public",
              "domestic",
              "ethnic",
              "specific",
              "basic",
              "academic",
              "strategic",
              "democratic",
              "diplomatic",
              "prime",
              "deputy",
              "shadow",
              "foreign",
              "home",
              "vice"));

  /**
   * True when the word at {@code k} is an adjective right before a generic noun or one for people,
   * which heads no issue: "cheap political points", "encouraging young people", "the annual general
   * meeting". It describes that noun; without it the name would end on an adjective.
   */
  private static boolean describesGeneric(List<Token> ts, int k) {
    String w = ts.get(k).lower();
    if (!PLAIN_ADJECTIVES.contains(w) && !adjectiveEnding(w)) {
      return false; // the cheap test first: most heads are no adjective
    }
    return adjacent(ts, k + 1)
        && word(ts.get(k + 1))
        && !ts.get(k + 1).capitalised()
        && genericOrParty(ts.get(k + 1).lower());
  }

  private static boolean adjectiveEnding(String w) {
    for (String ending : ADJECTIVE_ENDINGS) {
      if (w.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** A third-person verb ("quota divides") rather than the noun that would extend the phrase. */
  private static boolean looksLikeVerb(Token t) {
    String l = t.lower();
    return l.endsWith("s") && !l.endsWith("ss") && !l.endsWith("us") && !l.endsWith("is");
  }

  /**
   * Words that follow a plural noun but not a verb in "-s": "of", conjunctions, auxiliaries and
   * past tenses. Other prepositions follow verbs as often ("the plan expires in May").
   */
  private static final Set<String> AFTER_A_NOUN =
      Words.lookup(
          Set.of(
              "of", "and", "or", "but", "because", "are", "were", "have", "had", "will", "would",
              "could", "should", "may", "might", "must", "can", "which", "who", "rose", "fell"));

  /**
   * True when the word at {@code k}, which looks like a third-person verb, is a plural noun by what
   * follows it: the sentence's end, punctuation, "of", a conjunction or an auxiliary ("rising fuel
   * costs.", "flexible exchange rates because").
   */
  private static boolean pluralByWhatFollows(List<Token> ts, int k) {
    return !adjacent(ts, k + 1) || AFTER_A_NOUN.contains(ts.get(k + 1).lower());
  }

  private static final Set<String> DEMONSTRATIVES =
      Words.lookup(Set.of("this", "that", "these", "those"));

  /**
   * The key of the proposal a bare demonstrative one points back to ("this plan" after "a
   * counter-offer from Chile"): the last proposal named in the sentence before, when it is another
   * one; otherwise null.
   */
  private static String antecedent(List<Token> ts, int head, String key, List<Phrase> before) {
    if (before == null
        || head == 0
        || !DEMONSTRATIVES.contains(ts.get(head - 1).lower())
        || !StanceDetector.PROPOSALS.contains(key)) {
      return null;
    }
    for (int k = before.size() - 1; k >= 0; k--) {
      String previous = before.get(k).key();
      if (StanceDetector.PROPOSALS.contains(previous)) {
        return previous.equals(key) ? null : previous;
      }
    }
    return null;
  }

  /** "the port sale - a step fiercely opposed by Chile": what a passive cue acts on. */
  private static boolean patientOfCue(List<Token> ts, List<Integer> cues, int phraseHead) {
    for (int c : cues) {
      if (c > phraseHead
          && c - phraseHead <= PATIENT_WINDOW
          && c + 1 < ts.size()
          && ts.get(c + 1).lower().equals("by")) {
        return true;
      }
    }
    return false;
  }

  private static boolean objectOfCue(List<Integer> cues, int phraseStart) {
    for (int c : cues) {
      if (phraseStart > c && phraseStart - c <= OBJECT_WINDOW) {
        return true;
      }
    }
    return false;
  }

  private static boolean word(Token t) {
    String l = t.lower();
    return l.length() > 2
        && Character.isLetter(l.charAt(0))
        && !Words.STOP.contains(l)
        && !BREAK.contains(l)
        && !l.endsWith("ly")
        && l.indexOf('\'') < 0 // "aren't", "they've"; a possessive's "'s" is already cut off
        && l.indexOf('\u2019') < 0
        && !hasDigit(l)
        && !l.contains("year-old");
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean modifier(Token t, boolean entity) {
    if (entity) {
      return t.allCaps() && t.text().length() >= 2; // "NATO membership"
    }
    if (t.capitalised() && t.text().indexOf('-') > 0) {
      return true; // "Russian-held regions", "US-led coalition"
    }
    return !t.capitalised()
        && word(t)
        && !PAST_TENSES.contains(t.lower())
        && !genericModifier(t.lower())
        && !StanceDetector.isCue(t.lower()); // "has demanded | water guarantees"
  }

  private static boolean head(Token t, boolean entity) {
    return !entity
        && !t.capitalised()
        && word(t)
        && !adjectiveOrPast(t.lower())
        && !t.lower().endsWith("ed")
        && (!t.lower().endsWith("ing") || ING_NOUNS.contains(t.lower()))
        && !genericOrParty(t.lower())
        && !genericModifier(t.lower())
        && !NOT_HEADS.contains(t.lower())
        && (ISSUE_HEADS.contains(t.key()) || !StanceDetector.isCue(t.lower()));
  }

  /**
   * Words in "-ing" that name an activity people argue over, which can head an issue ("consumer
   * spending", "arts funding", "fox hunting"); other "-ing" words are read as verbs.
   */
  private static final Set<String> ING_NOUNS =
      Words.lookup(
          Set.of(
              "spending",
              "funding",
              "housing",
              "hunting",
              "training",
              "borrowing",
              "lending",
              "banking",
              "bombing",
              "shooting",
              "marketing",
              "pricing",
              "ruling",
              "hearing",
              "sentencing",
              "screening",
              "testing",
              "cloning",
              "smoking",
              "drinking",
              "gambling",
              "trafficking",
              "laundering",
              "dumping",
              "downloading",
              "file-sharing",
              "restructuring",
              "outsourcing",
              "licensing",
              "policing",
              "schooling",
              "fundraising",
              "bullying",
              "logging",
              "fishing",
              "mining",
              "farming",
              "shipping",
              "manufacturing",
              "broadcasting",
              "advertising",
              "financing",
              "accounting",
              "lobbying",
              "voting",
              "trading",
              "planning",
              "rationing",
              "profiteering",
              "sponsoring",
              "cheating",
              "doping",
              "hacking",
              "spamming",
              "phishing",
              "offshoring",
              "tendering",
              "bidding"));

  /**
   * Adverbs and adjectives that end a noun phrase but never head one: "walked away", "days later",
   * "available online", "personal best". Before a noun they still modify it ("online shopping",
   * "away win").
   */
  private static final Set<String> NOT_HEADS =
      Words.lookup(
          Set.of(
              "high",
              "low",
              "worth",
              "away",
              "later",
              "earlier",
              "ago",
              "online",
              "offline",
              "best",
              "worst",
              "ever",
              "soon",
              "together",
              "apart",
              "abroad",
              "forward",
              "anyway",
              "alone",
              "else",
              "almost",
              "far",
              "too",
              "another",
              "enough",
              "guilty",
              "available",
              "able",
              "likely",
              "unlikely",
              "open",
              "alive",
              // comparisons and states: "played better", "making matters worse", "tested positive"
              "better",
              "worse",
              "easier",
              "harder",
              "higher",
              "lower",
              "longer",
              "shorter",
              "closer",
              "faster",
              "slower",
              "sooner",
              "bigger",
              "smaller",
              "confident",
              "innocent",
              "efficient",
              "useful",
              "positive",
              "negative",
              "free"));

  private static boolean genericOrParty(String lower) {
    return generic(lower) || partyOrPeople(Words.stem(lower));
  }

  /** True for a generic noun, listed by its stem ("issue") or as it is ("meeting", "news"). */
  private static boolean generic(String lower) {
    return GENERIC_HEADS.contains(lower) || GENERIC_HEADS.contains(Words.stem(lower));
  }

  /** True for a noun that names who takes part: a party, its people, or people by role. */
  private static boolean partyOrPeople(String stem) {
    return PARTY_HEADS.contains(stem) || PEOPLE_HEADS.contains(stem);
  }

  /** Words after which any word is a verb: "would hurt companies", "did not cut rates". */
  private static final Set<String> VERB_BEFORE =
      Words.lookup(
          Set.of(
              "would", "could", "should", "will", "can", "may", "might", "must", "not", "did",
              "does", "do", "help", "helps", "helped", "helping"));

  /** Words after which a participle is a verb: "has dented sales", "had cut rates". */
  private static final Set<String> PERFECT_BEFORE =
      Words.lookup(Set.of("has", "have", "had", "having"));

  /** Subjects after which any word is a verb: "we allow artists", "who sexually abuse pupils". */
  private static final Set<String> SUBJECT_BEFORE =
      Words.lookup(Set.of("i", "we", "you", "they", "he", "she", "it", "who", "which"));

  /**
   * Verbs that after "to" are verbs, not part of a noun phrase the preposition governs: "to cut
   * costs", "to sell shares", "to boost exports". Words as often nouns after the preposition ("to
   * state control", "to price rises") are not in the list.
   */
  static final Set<String> VERBS_AFTER_TO =
      Words.lookup(
          Set.of(
              "allow",
              "boost",
              "cut",
              "sell",
              "buy",
              "hurt",
              "help",
              "raise",
              "reduce",
              "increase",
              "improve",
              "ensure",
              "avoid",
              "prevent",
              "protect",
              "make",
              "take",
              "keep",
              "give",
              "get",
              "put",
              "build",
              "create",
              "attract",
              "encourage",
              "tackle",
              "scrap",
              "introduce",
              "restore",
              "secure",
              "win",
              "lose",
              "maintain",
              "expand",
              "extend",
              "limit",
              "curb",
              "meet",
              "abolish",
              "lift",
              "replace",
              "remove",
              "force",
              "stop",
              "turn",
              "bring",
              "provide",
              "set",
              "hold",
              "run",
              "use",
              "face",
              "hit",
              "cover",
              "offset",
              "open",
              "spend",
              "save",
              "seek",
              "find",
              "join",
              "leave",
              "push",
              "drive",
              "deliver",
              "fight",
              "pass",
              "block",
              "impose",
              "withdraw",
              "change",
              "slash",
              "axe",
              "lower",
              "tighten",
              "ease",
              "approve",
              "consider",
              "discuss",
              "review",
              "investigate",
              "launch",
              "sign",
              "accept",
              "reject",
              "back",
              "support",
              "come",
              "go",
              "return"));

  /**
   * True when the word at {@code k} is, by the word before it (adverbs in "-ly" skipped), a verb
   * rather than a noun or a noun's modifier.
   */
  static boolean actsAsVerb(List<Token> ts, int k) {
    if (k == 0) {
      return false;
    }
    String w = ts.get(k).lower();
    int b = k - 1;
    while (b > 0
        && (ts.get(b).lower().endsWith("ly") || SHORT_ADVERBS.contains(ts.get(b).lower()))) {
      b--; // "who sexually abuse pupils", "to further increase supply", "will even prevent it"
    }
    String before = ts.get(b).lower();
    if (VERB_BEFORE.contains(before)
        || Words.deniedAuxiliary(before) // "can't change it", "won't cut rates"
        || SUBJECT_BEFORE.contains(before)) {
      return true;
    }
    if (PERFECT_BEFORE.contains(before)
        && (w.endsWith("ed")
            || w.endsWith("en")
            || PAST_TENSES.contains(w)
            || VERBS_AFTER_TO.contains(w))) {
      return true;
    }
    if (w.endsWith("ing")) {
      return StanceDetector.BE.contains(before); // "is assessing evidence"
    }
    if (!before.equals("to")) {
      return false;
    }
    return VERBS_AFTER_TO.contains(w)
        || (b > 0 && TAKES_AN_INFINITIVE.contains(ts.get(b - 1).lower()))
        || takesAnObject(ts, k)
        || (WITH_VERBS.contains(w) && k + 1 < ts.size() && ts.get(k + 1).lower().equals("with"));
  }

  /** Adverbs without "-ly" that stand between a verb and what opens it: "to further cut". */
  private static final Set<String> SHORT_ADVERBS =
      Words.lookup(
          Set.of(
              "further", "even", "ever", "also", "still", "never", "always", "already", "just",
              "again", "first", "then", "now"));

  /**
   * Words after which "to" opens a verb, whatever word follows: "tried to quell claims", "plans to
   * download files", "was unable to claim refunds", "efforts to regain control". Not "agreed",
   * "committed", "opposed" or "right", which take a noun after "to" too ("agreed to talks", "the
   * right to privacy").
   */
  private static final Set<String> TAKES_AN_INFINITIVE =
      Words.lookup(
          Set.of(
              "try",
              "tries",
              "tried",
              "trying",
              "able",
              "unable",
              "want",
              "wants",
              "wanted",
              "need",
              "needs",
              "needed",
              "plans",
              "planned",
              "planning",
              "going",
              "decided",
              "decide",
              "aims",
              "aimed",
              "hopes",
              "hoped",
              "seeks",
              "sought",
              "continue",
              "continues",
              "continued",
              "refuse",
              "refuses",
              "refused",
              "fail",
              "fails",
              "failed",
              "vowed",
              "vows",
              "pledged",
              "promised",
              "threatened",
              "threatens",
              "likely",
              "unlikely",
              "ought",
              "order",
              "attempt",
              "attempts",
              "willing",
              "ready",
              "began",
              "begin",
              "begins",
              "managed",
              "intends",
              "intended",
              "wish",
              "wishes",
              "wished",
              "effort",
              "efforts",
              "bid",
              "moves",
              "drive",
              "negotiations",
              "pressure",
              "enough",
              "opportunity",
              "chance",
              "ability"));

  /**
   * Words that after "to" and before "with" are verbs: "to deal with the deficit", "to side with
   * Peru" ("agreed to talks with Peru" keeps its noun).
   */
  private static final Set<String> WITH_VERBS =
      Words.lookup(
          Set.of("deal", "cope", "comply", "side", "proceed", "engage", "interfere", "cooperate"));

  /** Besides {@link #OBJECT_OPENERS}, what follows a verb after "to": "to pay a total", "for". */
  private static final Set<String> INFINITIVE_OBJECTS =
      Words.lookup(
          Set.of("a", "an", "your", "them", "it", "him", "for", "back", "off", "up", "out"));

  /**
   * True when an object or particle follows the word at {@code k}, so that after "to" it is a verb:
   * "agreed to pay $850m", "to pay the bill", "to fund a study" (not "objected to pay cuts").
   */
  private static boolean takesAnObject(List<Token> ts, int k) {
    if (k + 1 >= ts.size()) {
      return false;
    }
    String next = ts.get(k + 1).lower();
    char c = next.isEmpty() ? ' ' : next.charAt(0);
    return OBJECT_OPENERS.contains(next)
        || INFINITIVE_OBJECTS.contains(next)
        || Character.isDigit(c)
        || c == '$'
        || c == '\u00A3'
        || c == '\u20AC';
  }

  /**
   * True when the word at {@code k} is a past tense right after a noun or name, its subject:
   * "businesses increased spending", "data sparked inflation". After an article or an adverb it is
   * an adjective ("the increased spending", "highly skilled workers").
   */
  private static boolean pastAfterNoun(List<Token> ts, int k) {
    String w = ts.get(k).lower();
    boolean past =
        PAST_TENSES.contains(w)
            || (w.endsWith("ed") && w.length() > 4 && !w.endsWith("eed") && w.indexOf('-') < 0);
    if (k == 0 || !past) {
      return false; // "red tape", "speed", "US-led" and "high-speed" are no past tenses
    }
    Token before = ts.get(k - 1);
    return word(before) && !before.possessive() && !genericModifier(before.lower());
  }

  /** Plurals without an "-s": "people use", "police want". */
  private static final Set<String> PLURALS =
      Words.lookup(Set.of("people", "police", "children", "women", "men"));

  /**
   * True when the word at {@code k} is a known verb right after a plural noun, its subject:
   * "companies use", "people sign", "packages help" (not "tax cut", "rate rise").
   */
  private static boolean presentAfterPlural(List<Token> ts, int k) {
    String w = ts.get(k).lower();
    if (k == 0
        || !(VERBS_AFTER_TO.contains(w) || REPORTS_AFTER_PLURAL.contains(w))
        || !adjacent(ts, k)) {
      return false;
    }
    Token before = ts.get(k - 1);
    return word(before)
        && !before.capitalised()
        && !before.possessive()
        && (looksLikeVerb(before) || PLURALS.contains(before.lower()));
  }

  /**
   * What figures, studies or people do: "official figures suggest", "patients receive". Not "show"
   * or "claim", which end nouns too ("awards show", "damages claim").
   */
  private static final Set<String> REPORTS_AFTER_PLURAL =
      Words.lookup(
          Set.of(
              "suggest",
              "indicate",
              "reveal",
              "say",
              "believe",
              "think",
              "argue",
              "warn",
              "fear",
              "receive"));

  /**
   * True when "plan" at {@code k} is a verb after a plural subject and before "to": "the Greens
   * plan to fight it", "rebels plan to march"; not "its plan to", "an ambitious plan to".
   */
  private static boolean planAfterPlural(List<Token> ts, int k) {
    if (k == 0
        || k + 1 >= ts.size()
        || !ts.get(k).lower().equals("plan")
        || !ts.get(k + 1).lower().equals("to")
        || !adjacent(ts, k)) {
      return false;
    }
    Token before = ts.get(k - 1);
    return word(before) && !before.possessive() && looksLikeVerb(before); // "its" is no word
  }

  /** Words that open a verb's object and never follow a plural noun inside its phrase. */
  private static final Set<String> OBJECT_OPENERS =
      Words.lookup(Set.of("the", "its", "their", "his", "her", "our"));

  /**
   * True when the word at {@code k} is a third-person verb, by the object that follows it: "the
   * report suggests the", "the quota divides their". A plural noun is not followed by these.
   */
  private static boolean presentBeforeObject(List<Token> ts, int k) {
    return adjacent(ts, k + 1) // not "salaries, the paper reports"
        && looksLikeVerb(ts.get(k))
        && OBJECT_OPENERS.contains(ts.get(k + 1).lower());
  }

  /** The identity of one lower-case word in a phrase. */
  static String keyOf(String lower) {
    String whole = SYNONYMS.get(lower); // "ruling" before the stemmer cuts it to "rul"
    if (whole != null) {
      return whole;
    }
    String s = Words.stem(lower);
    return SYNONYMS.getOrDefault(s, s);
  }
}
