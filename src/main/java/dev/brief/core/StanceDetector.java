package dev.brief.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads stances from clauses. A clause with a cue word (rejects, backs, demands, warns, ...) gives
 * its holder - the party mentioned nearest before the cue, which is the speaker in reported speech
 * ("Ushakov said it would be unacceptable") - a position on the issue the clause names, or on the
 * one the sentence names. Negation before the cue ("would not back") flips support and opposition.
 * A party's cues on one issue are pooled: all one way gives SUPPORT or OPPOSE, both ways MIXED,
 * only reporting verbs NEUTRAL.
 */
final class StanceDetector {
  static final int MAX_EVIDENCE = 5;

  private static final Map<String, StanceValue> CUES = Words.lookup(cues());
  private static final java.util.Set<String> NEGATIONS =
      Words.lookup(
          java.util.Set.of(
              "not",
              "never",
              "no",
              "n't",
              "cannot",
              "won't",
              "didn't",
              "doesn't",
              "don't",
              "wouldn't",
              "couldn't",
              "refused",
              "refuses",
              "refuse",
              "refusing",
              "refusal",
              "nor"));
  private static final java.util.Set<String> CLAUSE_BREAKS =
      Words.lookup(
          java.util.Set.of("but", "while", "whereas", "however", "although", "though", "yet"));

  private StanceDetector() {}

  /** True for any cue word, reporting verbs included. */
  static boolean isCue(String lower) {
    return CUES.containsKey(lower);
  }

  /** Verbs of keeping a thing as it is: "kept the option open", "keeps hopes alive". */
  private static final java.util.Set<String> KEEPING =
      Words.lookup(java.util.Set.of("keep", "keeps", "kept", "keeping"));

  /** What keeping a thing open or alive says: "kept the option of talks open". */
  private static final java.util.Set<String> KEPT_STATES =
      Words.lookup(java.util.Set.of("open", "alive"));

  /** Articles, after which "open" describes the noun that follows ("kept an open mind"). */
  private static final java.util.Set<String> ARTICLES =
      Words.lookup(java.util.Set.of("a", "an", "the"));

  /** Words within which "open" or "alive" follows a verb of keeping. */
  private static final int KEPT_WINDOW = 8;

  /**
   * The side a word takes as a cue, before any check of its sense: its entry in the cue list, or
   * SUPPORT for keeping a thing open or alive ("kept the option of talks open").
   */
  private static StanceValue cueWord(List<Token> ts, int k) {
    StanceValue value = CUES.get(ts.get(k).lower());
    return value != null || keptState(ts, k) < 0 ? value : StanceValue.SUPPORT;
  }

  /**
   * The position of "open" or "alive" after a verb of keeping at {@code k} and its object ("kept
   * the option of talks open"), or -1; not "kept an open mind", where "open" describes the noun.
   */
  private static int keptState(List<Token> ts, int k) {
    if (!KEEPING.contains(ts.get(k).lower())) {
      return -1;
    }
    for (int j = k + 2; j < Math.min(ts.size(), k + KEPT_WINDOW); j++) {
      if (KEPT_STATES.contains(ts.get(j).lower()) && !ARTICLES.contains(ts.get(j - 1).lower())) {
        return j;
      }
    }
    return -1;
  }

  /** Positions of the words that take a side (support or opposition). */
  static List<Integer> sideCues(List<Token> ts) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < ts.size(); i++) {
      StanceValue v = cueWord(ts, i);
      if (v != null && (sideless(ts, i) || !backing(ts, i))) {
        v = null;
      }
      if (v == StanceValue.SUPPORT || v == StanceValue.OPPOSE || needNoun(ts, i) >= 0) {
        out.add(i);
      }
    }
    return out;
  }

  /** A cue found in a clause, credited to a party on an issue. */
  private record Vote(
      String party,
      int issue,
      StanceValue value,
      String cue,
      int sentence,
      List<String> with,
      boolean conditional) {
    Vote(String party, int issue, StanceValue value, String cue, int sentence, List<String> with) {
      this(party, issue, value, cue, sentence, with, false);
    }

    Vote onCondition() {
      return new Vote(party, issue, value, cue, sentence, with, true);
    }
  }

  static Map<String, List<Stance>> detect(
      PartyRecognizer.Result parties, IssueExtractor.Result issues, Gazetteer gazetteer) {
    List<Vote> votes = new ArrayList<>();
    List<Mention> speakers = new ArrayList<>();
    Map<String, Character> sexes = sexOfSurnames(parties.tokens());
    for (int si = 0; si < parties.tokens().size(); si++) {
      List<Token> ts = parties.tokens().get(si);
      List<Mention> ms = parties.mentions().get(si);
      List<Integer> sentenceIssues = issues.inSentence(si);
      String text = parties.texts().get(si);
      Mention speaker = speaker(text, ts, ms);
      if (speaker == null && opensWithQuote(text) && !attributed(text, ts, ms)) {
        // the quotation goes on from the sentence before, unless "she said" cannot be him
        speaker = goesOnWith(speakers, attributingPronoun(text, ts), sexes);
      }
      if (speaker != null) {
        speakers.add(speaker);
      }
      votes.addAll(proposers(si, text, ts, ms, issues, parties.parties()));
      votes.addAll(leaders(si, ts, issues, parties, gazetteer));
      votes.addAll(needs(si, ts, ms, issues));
      List<int[]> clauses = clauses(text, ts);
      boolean conditional = clauses.stream().anyMatch(c -> c[2] == 1);
      for (int[] c : clauses) {
        if (c[2] == 1) {
          continue; // "unless ministers drop the tax rise": a condition, nobody's position
        }
        // a clause that names no issue speaks of the sentence's, except those another clause
        // takes its own position on ("X praised the steps but stressed that Y's demand ..."),
        // unless it points back to them ("pushing for guarantees, but Y rejected this demand")
        List<Integer> fallback = new ArrayList<>(sentenceIssues);
        if (!pointsBack(ts, c[0], c[1])) {
          for (int[] other : clauses) {
            if (other != c && hasCue(ts, other[0], other[1])) {
              fallback.removeAll(issues.inRange(si, other[0], other[1]));
            }
          }
        }
        for (Vote v :
            clause(
                si,
                text,
                speaker,
                ts,
                ms,
                c[0],
                c[1],
                fallback,
                issues,
                parties.parties(),
                gazetteer)) {
          Vote sided = sideWithOwner(v, si, ts, ms, issues, parties, votes);
          votes.add(conditional ? sided.onCondition() : sided);
        }
      }
    }
    Map<String, Map<Integer, List<Vote>>> byParty = new LinkedHashMap<>();
    for (Vote v : votes) {
      byParty
          .computeIfAbsent(v.party(), k -> new LinkedHashMap<>())
          .computeIfAbsent(v.issue(), k -> new ArrayList<>())
          .add(v);
    }
    Map<String, List<Stance>> out = new LinkedHashMap<>();
    for (var party : byParty.entrySet()) {
      List<Stance> stances = new ArrayList<>();
      for (var issue : party.getValue().entrySet()) {
        stances.add(pool(issues.issues().get(issue.getKey()).name(), issue.getValue()));
      }
      out.put(party.getKey(), stances);
    }
    return out;
  }

  /** Honorifics and the sex they tell: "Mr Reed" is a man, "Ms Reed" a woman. */
  private static final Map<String, Character> SEX_OF_HONORIFIC =
      Words.lookup(
          Map.of(
              "Mr",
              'm',
              "Sir",
              'm',
              "Lord",
              'm',
              "Mrs",
              'f',
              "Ms",
              'f',
              "Miss",
              'f',
              "Lady",
              'f',
              "Dame",
              'f',
              "Baroness",
              'f'));

  /**
   * The surnames the article writes after an honorific, with the sex it tells: "Ms Reed", "Sir Tom
   * Lane". A surname written with both sexes ("Mr and Mrs Reed") is left out.
   */
  private static Map<String, Character> sexOfSurnames(List<List<Token>> tokens) {
    Map<String, Character> out = new java.util.HashMap<>();
    java.util.Set<String> both = new java.util.HashSet<>();
    for (List<Token> ts : tokens) {
      for (int k = 0; k + 1 < ts.size(); k++) {
        Character sex = SEX_OF_HONORIFIC.get(ts.get(k).text());
        if (sex == null || !ts.get(k + 1).capitalised()) {
          continue;
        }
        int last = k + 1;
        while (last + 1 < ts.size() && last < k + 3 && ts.get(last + 1).capitalised()) {
          last++;
        }
        Character before = out.put(ts.get(last).text(), sex);
        if (before != null && !before.equals(sex)) {
          both.add(ts.get(last).text());
        }
      }
    }
    both.forEach(out::remove);
    return out;
  }

  /**
   * The speaker a quotation goes on with: the last one, unless the pronoun that attributes it
   * ("..., she said") cannot be that person; then the last speaker who can, or null.
   */
  private static Mention goesOnWith(
      List<Mention> speakers, char pronoun, Map<String, Character> sexes) {
    for (int k = speakers.size() - 1; k >= 0; k--) {
      Mention m = speakers.get(k);
      char sex = sexOf(m, sexes);
      if (pronoun == 0 || sex == pronoun || (sex == 0 && k == speakers.size() - 1)) {
        return m;
      }
    }
    return null;
  }

  /** The sex of a mention's person, from the honorifics the article gives the surname; else 0. */
  private static char sexOf(Mention m, Map<String, Character> sexes) {
    if (m.actor() == null) {
      return 0;
    }
    String surname = m.actor().substring(m.actor().lastIndexOf(' ') + 1);
    return sexes.getOrDefault(surname, (char) 0);
  }

  /** The sex of "he" or "she" next to a reporting verb outside quotation marks, else 0. */
  private static char attributingPronoun(String text, List<Token> ts) {
    for (int k = 0; k < ts.size(); k++) {
      if (!Words.REPORTING.contains(ts.get(k).lower()) || insideQuote(text, ts.get(k).start())) {
        continue;
      }
      for (int j = Math.max(0, k - 1); j <= Math.min(ts.size() - 1, k + 1); j++) {
        String w = ts.get(j).lower();
        if (w.equals("he") || w.equals("she")) {
          return w.equals("he") ? 'm' : 'f';
        }
      }
    }
    return 0;
  }

  /** Determiners that make an act someone's: "their action", "its campaign". */
  private static final java.util.Set<String> POSSESSIVE_PRONOUNS =
      Words.lookup(java.util.Set.of("their", "its", "his", "her"));

  /**
   * Backing or opposing another party's act takes a side on what that party acted on: "Dale Road
   * Residents appealed against the port searches. Their appeal is backed by Acme Watch" puts Acme
   * Watch against the port searches, not for them. Applies when the issue a vote acts on is named
   * with a possessive pronoun before any party in its sentence, and the first party named in the
   * sentence before, the pronoun's antecedent, is not the vote's own and took a side in the two
   * sentences before. Otherwise the vote stands.
   */
  private static Vote sideWithOwner(
      Vote v,
      int si,
      List<Token> ts,
      List<Mention> ms,
      IssueExtractor.Result issues,
      PartyRecognizer.Result parties,
      List<Vote> earlier) {
    if (v.value() != StanceValue.SUPPORT && v.value() != StanceValue.OPPOSE) {
      return v;
    }
    for (IssueExtractor.Hit hit : issues.hits().get(si)) {
      if (hit.issue() != v.issue()) {
        continue;
      }
      int pronoun = -1;
      for (int k = Math.max(0, hit.token() - 2); k < hit.token(); k++) {
        if (POSSESSIVE_PRONOUNS.contains(ts.get(k).lower())) {
          pronoun = k;
        }
      }
      if (pronoun < 0) {
        continue;
      }
      if (si == 0 || lastMentionBetween(ms, -1, pronoun) != null) {
        return v; // "Multiplex believes its claim ...": the act of a party in the same sentence
      }
      Mention owner =
          parties.mentions().get(si - 1).stream()
              .filter(m -> !m.incidental())
              .min(Mention.BY_START)
              .orElse(null);
      if (owner == null || owner.party().equals(v.party())) {
        return v;
      }
      for (int j = earlier.size() - 1; j >= 0 && earlier.get(j).sentence() >= si - 2; j--) {
        Vote o = earlier.get(j);
        if (o.sentence() < si
            && o.party().equals(owner.party())
            && o.value() != StanceValue.NEUTRAL) {
          StanceValue side = v.value() == StanceValue.OPPOSE ? o.value().turned() : o.value();
          return new Vote(v.party(), o.issue(), side, v.cue(), si, v.with(), v.conditional());
        }
      }
      return v;
    }
    return v;
  }

  private static List<Vote> clause(
      int si,
      String text,
      Mention speaker,
      List<Token> ts,
      List<Mention> ms,
      int from,
      int to,
      List<Integer> sentenceIssues,
      IssueExtractor.Result issues,
      Map<String, PartyRecognizer.Found> found,
      Gazetteer gazetteer) {
    List<Vote> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String word = ts.get(i).lower();
      if (heldByOthers(text, ts, i)) {
        List<Mention> feel = experiencers(ts, ms, i, to);
        // a reaction opposes; what a subject faces keeps its cue's side ("faces calls for ...")
        StanceValue felt = EXPERIENCER.contains(word) ? StanceValue.OPPOSE : cueValue(ts, from, i);
        if (!feel.isEmpty() && felt != null) {
          List<Integer> targets = issues.inRange(si, from, to);
          for (int issue : targets.isEmpty() ? sentenceIssues : targets) {
            for (Mention m : feel) {
              out.add(new Vote(m.party(), issue, felt, word, si, List.of()));
            }
          }
          break;
        }
        // without its holders named after it, a concern noun says nothing, nor does what the
        // subject faces ("faces calls for restraint", "in the face of protests")
        continue;
      }
      StanceValue value = cueValue(text, ts, from, i, to);
      if (value == null || !standsAgainst(ts, i, issues.hits().get(si))) {
        continue;
      }
      if (value != StanceValue.NEUTRAL && warnedSomeone(text, ts, i, to)) {
        continue; // "warned banks that gangs may apply", "warned users to update": no side
      }
      if (value != StanceValue.NEUTRAL && accusedOfBeing(text, ts, i, to)) {
        continue; // "accused Mr Lane of being afraid of scrutiny": a charge on him, no side
      }
      if (value != StanceValue.NEUTRAL && (asked(text, ts, i, to) || openQuestion(ts, from, i))) {
        continue; // "Should Peru back the plan?", "declined to say whether Peru backs it"
      }
      if (value != StanceValue.NEUTRAL
          && (judgesAClaim(text, ts, i, to) || deniesAStatement(text, ts, i, to))) {
        break; // "dismissed claims that his policy was extreme": the claim, not the policy
      }
      if (value != StanceValue.NEUTRAL && othersInfinitive(ts, ms, i)) {
        continue; // "keep the right to refuse", "could not expect the farmers to back it": no side
      }
      if (value != StanceValue.NEUTRAL && claimAlone(text, ts, i, to)) {
        continue; // "dismissed the claims, saying it condemned torture": what it says next counts
      }
      if (nobody(ts, from, i)) {
        continue; // "no-one wants the levy", "nobody backs the plan": no one's side
      }
      Mention agent = passiveAgent(ts, ms, i, to);
      if (agent == null && byAgent(ts, i, to)) {
        continue; // "criticised by some charities": an agent the article names as no party
      }
      if (agent == null && passiveWithoutAgent(ts, from, i)) {
        if (ASKING.contains(word)) {
          break; // "Chile is being urged to back the plan": what it is asked to do, not its stance
        }
        continue; // "Mr Doe has been accused of fraud": the subject is the one acted on
      }
      Mention holder = agent;
      IssueExtractor.Hit patientHit = holder == null ? null : issues.lastBefore(si, from, i);
      int closed = patientHit == null ? -1 : closedAsideBefore(text, ts, from, i);
      if (closed >= 0 && patientHit.token() > closed) {
        // "The levy, which officials say would curb waste, will be opposed by Peru":
        // the bill is opposed, not what the aside names
        patientHit = issues.lastBefore(si, from, closed);
      }
      int patient = patientHit == null ? -1 : patientHit.issue();
      if (agent != null && patient < 0 && issues.inRange(si, i + 1, agentBy(ts, i, to)).isEmpty()) {
        // "The move was welcomed by Peru, which called the levy a relic": the passive's
        // subject is what the agent acts on, and names no issue; what follows the agent is not
        // it ("are being promised tax cuts by Peru" names its object before "by")
        continue;
      }
      StanceValue base = value;
      // "their action against the expansion is backed by Y": Y backs opposing the expansion
      StanceValue inner =
          patientHit == null ? null : againstBefore(ts, ms, from, patientHit.token());
      if (inner != null && value != StanceValue.NEUTRAL) {
        base = value == StanceValue.OPPOSE ? inner.turned() : inner;
      }
      int relative = relativeBefore(ts, from, i);
      if (holder == null && relative >= 0) {
        // "the rebels, who want a separate state": the cue is the antecedent's, and in "women who
        // want to work" no party's
        holder = antecedent(ts, ms, relative);
        if (holder == null) {
          continue;
        }
      }
      if (holder == null && speaker != null && insideQuote(text, ts.get(i).start())) {
        if (othersSubject(text, ts, ms, speaker, from, i, found, gazetteer)
            || THIRD_PERSONS.contains(wordBeforeVerb(ts, from, i))
            || namedSubjectOfReport(text, ts, ms, from, i)) {
          continue; // "... while farmers would welcome the tariff," Ms Reed said: the farmers'
        }
        // "Peru has rejected the plan," Ms Reed said: the party quoted as acting, else the speaker
        // ("... we will fight the fine," said an Acme spokesman)
        Mention quoted = subjectBefore(text, ts, ms, from - 1, i);
        if (quoted == null) {
          quoted = subjectBeforeAside(text, ts, ms, from, i);
        }
        if (quoted == null) {
          quoted = quotedSubject(text, ts, ms, from, i);
        }
        if (quoted == null && bodyQuotedByAPerson(ts, from, i, speaker, found)) {
          // "The Tory party's distrust of Europe is now so deep that it advocates exit," he wrote:
          // "it" is not the person quoted, but the body the quotation names before it
          quoted =
              lastMentionBetween(
                  ms,
                  -1,
                  i,
                  m ->
                      !m.incidental()
                          && !objectOfPreposition(ts, m)
                          && found.get(m.party()).kind != PartyKind.PERSON);
          if (quoted == null) {
            continue;
          }
        }
        holder = quoted != null ? quoted : speaker;
      }
      if (holder == null && coordinated(text, ts, i)) {
        // "The minister said Mr Reed would lead the talks, and praised his work": the second verb
        // shares the sentence's subject, not the last name before it
        holder = ms.stream().filter(m -> !m.incidental() && m.from() <= 1).findFirst().orElse(null);
        if (holder == null) {
          continue;
        }
      }
      if (holder == null) {
        // the clause's subject, else the sentence's: mentions stand in order, so the last one
        // before the cue is the clause's whenever the clause names one
        int cue = i;
        String subject = wordBeforeVerb(ts, from, i);
        boolean person = personal(subject); // "in which he praised": a person's cue
        // "its hostility to Peru ... at which it advocates", "praise on Mr Lane saying ... she
        // would not back": a pronoun's antecedent is a subject, not the object of a preposition
        boolean pronoun = THING_SUBJECTS.contains(subject);
        holder =
            lastSubjectBetween(
                ts,
                ms,
                -1,
                i,
                m ->
                    (!person || m.actor() != null)
                        && !((pronoun || person) && objectOfPreposition(ts, m))
                        && !undergoes(ts, m)
                        && !ownedStake(text, ts, m)
                        && !(formerly(text, ts, m) && servedOnly(m, found))
                        && !ownsAThing(text, ts, m, cue, gazetteer)
                        && !inRelativeClause(text, ts, m, cue)
                        && !inRestrictiveRelative(text, ts, m, cue)
                        && !outsideItsClause(text, ts, m, cue)
                        && !insideApposition(text, ts, ms, m, cue));
        if (holder != null && ts.get(i - 1).lower().equals("but")) {
          // "Ms Ruiz said Chile must act but praised the plan": the verb right after "but"
          // shares the subject of the sentence's first verb, not the last party named before it
          Mention first = subjectOfFirstVerb(ts, ms, holder.from());
          if (first != null) {
            holder = first;
          }
        }
        int objectVerb = holder == null ? -1 : objectOfVerbBeforeAnd(text, ts, holder, i);
        if (objectVerb >= 0) {
          // "The letter thanked President Lopez for his help and stressed ...": the object of
          // the first verb does not hold the second, its subject does, if a party
          holder = lastSubjectBetween(ts, ms, -1, objectVerb);
          if (holder == null) {
            continue;
          }
        }
        int directive = holder == null ? -1 : directiveOver(ts, holder, i);
        if (directive >= 0) {
          // "Norway persuaded Finland to support the tax": the persuader's side, not Finland's
          holder = lastSubjectBetween(ts, ms, -1, directive, m -> !undergoes(ts, m));
          if (holder == null) {
            continue;
          }
        } else if (holder != null
            && (nounSubjectAfter(text, ts, holder.to(), i, gazetteer)
                || outsideParty(ts, holder, holder.to(), i, found)
                || namedSubjectOfReport(text, ts, ms, holder.to(), i))) {
          continue; // "Acme said most investors accept a merger": the investors accept it
        }
      }
      if (holder == null
          && speaker != null
          && (speaker.sentence() != si || (speaker.from() >= from && speaker.to() <= to))) {
        if (value != StanceValue.NEUTRAL
            && othersSubject(text, ts, ms, speaker, from, i, found, gazetteer)) {
          continue; // "Most farmers oppose the tax, Acme said": the farmers', only reported
        }
        holder = speaker; // the party reporting this clause, not one quoted in another clause
      }
      if (holder == null) {
        continue;
      }
      if (value != StanceValue.NEUTRAL && onlyHopedOrFeared(text, ts, holder, si, i)) {
        continue; // "in case Acme wanted changes", "we hope that Peru will reject it": not yet so
      }
      if (protestBefallsSubject(ts, holder, i)) {
        continue; // "Peru saw a week of protests against the tax": others protest, not Peru
      }
      // what the cue acts on follows it; an issue before it is its subject ("A counter-offer
      // from Chile rejected ..."), a target only when nothing follows
      int reach = quoteEnd(text, ts, i, to); // a quoted cue acts on the quoted words
      int aside = asideEnd(text, ts, from, i, reach);
      int kept = keptState(ts, i);
      if (kept > i) {
        reach = Math.min(reach, kept); // "kept the option of talks open": what it keeps open
      }
      int modal =
          value == StanceValue.NEUTRAL
              ? -1
              : thingPredicted(ts, ms, issues.hits().get(si), from, i, gazetteer);
      List<Integer> targets;
      if (modal >= 0) {
        // "giving up the islands would undermine the treaty": the holder judges the thing
        // predicted to act by what it would do, and takes no side on what it acts on
        targets = issues.inRange(si, modal - 1, modal);
        if (targets.isEmpty()) {
          continue;
        }
      } else {
        targets = objects(text, ts, issues.hits().get(si), i, reach, value != StanceValue.NEUTRAL);
      }
      // issues named after the cue only past a boundary are not its objects ("wanted a period of
      // calm after the tax rise"), nor is anything else then
      boolean onlyPast = targets.isEmpty() && !issues.inRange(si, i + 1, reach).isEmpty();
      if (targets.isEmpty() && kept > i) {
        continue; // "keeping his legacy alive": what is kept names no issue
      }
      if (targets.isEmpty() && word.equals("against") && patient < 0 && ownObject(ts, i)) {
        continue; // "the fight against crime": what it is against names no issue
      }
      if (targets.isEmpty()
          && value != StanceValue.NEUTRAL
          && patient < 0
          && partyObject(text, ts, ms, i)) {
        continue; // "to challenge the Greens in their strongholds": a cue on a party names no issue
      }
      if (targets.isEmpty()
          && value != StanceValue.NEUTRAL
          && patient < 0
          && ownDeed(ts, i, reach)) {
        continue; // "pledged to contest the action": what it pledges names no issue
      }
      if (targets.isEmpty()
          && value != StanceValue.NEUTRAL
          && patient < 0
          && countedObject(ts, i, reach)) {
        continue; // "wants fewer migrants in the towns": what it counts names no issue
      }
      if (targets.isEmpty() && !onlyPast) {
        targets = issues.inRange(si, from, reach);
      }
      if (patient >= 0) {
        targets = List.of(patient); // "X, a move opposed by Y": Y acts on X alone
      } else if (targets.isEmpty() && reach < to && !onlyPast) {
        targets = issues.inRange(si, 0, reach); // the quotation's issues, not its attribution's
      } else if (targets.isEmpty() && !onlyPast) {
        targets = sentenceIssues;
      }
      if (patient < 0 && !targets.isEmpty()) {
        int[] apposition = appositionAfter(text, ts, holder, si, i);
        if (apposition != null) {
          // "Acme, a leading maker of steel pipes, warned that ...": what describes the holder
          // is no object of its cue
          List<IssueExtractor.Hit> hits = issues.hits().get(si);
          targets =
              targets.stream()
                  .filter(x -> !onlyWithin(hits, x, apposition[0], apposition[1]))
                  .toList();
        }
      }
      for (int issue : targets) {
        StanceValue v = base;
        String w = word;
        Mention who = holder;
        // "demanding shorter shifts and protesting against the new rotas": a later cue in the
        // clause governs the issues named after it; a party named between the two cues holds the
        // later one ("X said that Y rejected the plan", "X stressed that Y's demand ...")
        IssueExtractor.Hit first = patient >= 0 ? null : firstHitAfter(issues, si, issue, i, to);
        int at = first == null ? -1 : first.token();
        int previous = i;
        boolean othersAct = false;
        for (int k = i + 1; k < at && !othersAct; k++) {
          if (v != StanceValue.NEUTRAL && k > i + 1 && ts.get(k).lower().equals("whether")) {
            // "wants voters to say whether they back the plan", "backs a vote on whether to
            // adopt it": the side is on asking the question, not on the answer; a doubt cast
            // right on it ("questioned whether the plan works") stays
            othersAct = true;
            continue;
          }
          // from the first cue on, which may itself deny the later one: "refused to back it"
          StanceValue later = cueValue(text, ts, i, k, to);
          if (later == StanceValue.NEUTRAL
              && ts.get(k - 1).lower().equals("and")
              && Words.REPORTING.contains(ts.get(k).lower())) {
            // "denied the claims and said she lost her post": what follows is only reported, by
            // the clause's holder ("argued that Mr Doe was committed to it and said ...")
            v = later;
            w = ts.get(k).lower();
            who = holder;
            previous = k;
            continue;
          }
          // "accepted the offer, which was criticised by aid groups as too little": what
          // follows a passive cue is its agent's act, not the holder's
          othersAct = later != null && byAgent(ts, k, to);
          if (later == null
              || later == StanceValue.NEUTRAL
              || othersAct
              || passiveWithoutAgent(ts, i + 1, k)
              || callTakenUp(text, ts, previous, k)
              || !standsAgainst(ts, k, issues.hits().get(si))
              || asked(text, ts, k, to)
              || (openQuestion(ts, previous + 1, k) && !owned(ts, k))
              || deniesAStatement(text, ts, k, to)
              || judgesAClaim(text, ts, k, to)
              || boundedBefore(text, ts, k, first.from())
              || heldByOthers(text, ts, k)
              || othersInfinitive(ts, ms, k)) {
            continue; // as for the clause's first cue: "a game against Wales", "Should we ...?"
          }
          if (accusedOfBeing(text, ts, k, to)) {
            othersAct = true; // "..., had accused Mr Lane of being afraid of it": as for the first
            continue;
          }
          int relativeAt = relativeBefore(ts, previous + 1, k);
          Mention subject =
              relativeAt >= 0
                  ? antecedent(ts, ms, relativeAt)
                  : subjectBefore(text, ts, ms, previous, k);
          if ((relativeAt >= 0 && subject == null)
              || thingPredicted(ts, ms, issues.hits().get(si), previous + 1, k, gazetteer) >= 0) {
            // "announced help for women who want the plan": the women's cue; "warned that the
            // cuts could undermine local bonds": a forecast of what the cuts do, not the holder's
            // act on the bonds
            othersAct = true;
            continue;
          }
          if (nobody(ts, previous + 1, k)) {
            othersAct = true; // "Ms Reed said nobody wants the levy": no one's cue
            continue;
          }
          if (subject == null && quotedThirdPerson(text, ts, previous + 1, k)) {
            // "... the Greens attack him because they fear his skills," Mr Reed said: theirs
            othersAct = true;
            continue;
          }
          Mention named = subject != null ? null : lastMentionBetween(ms, previous, k);
          int after = named == null ? previous + 1 : named.to();
          if (subject == null
              && (nounSubjectAfter(text, ts, after, k, gazetteer)
                  || outsideParty(ts, named == null ? who : named, after, k, found))) {
            continue; // "Acme said most investors accept the merger": the investors' cue
          }
          v = later;
          w = ts.get(k).lower();
          if (subject != null) {
            who = subject;
          }
          previous = k;
        }
        if (othersAct || (previous == i && aside > i && at >= aside)) {
          // "Ms Lee, who backs the levy, said the tax rose": the aside's cue stops at its comma
          continue;
        }
        int described = previous == i ? describedNoun(ts, i) : -1;
        if (described >= 0 && (first == null || described < first.from() || described > at)) {
          // "to ease the terrible hardship the tax brought": the judgement is on the hardship
          continue;
        }
        if (previous == i
            && (v != StanceValue.OPPOSE || WARNINGS.contains(word))
            && at > i
            && predicted(ts, i, at, to)) {
          // "Lima insists that selling the port would only invite more unrest": the holder
          // vouches for a prediction, whose verb judges the issue; unjudged, it backs nothing
          int effect = effectAfter(ts, at, to);
          if (effect >= 0) {
            v = sideOfJudgement(ts, at + 1, effect, at);
            w = ts.get(effect).lower();
          } else if (v != StanceValue.NEUTRAL) {
            continue; // "warned that the firm would have to sell units": a forecast, no side
          }
        }
        IssueExtractor.Hit before =
            at < 0 && WARNINGS.contains(word) ? lastHitBefore(issues, si, issue, i) : null;
        // a modal after the issue's head and before the warning: "stocks may fall, X warned"
        if (before != null && modalBetween(ts, before.token() + 1, i)) {
          // "Fish stocks may fall sharply next year, Norway has warned": a forecast put before the
          // warning; its verb judges the issue, else it backs nothing
          int effect = effectAfter(ts, before.token(), i);
          if (effect < 0) {
            continue;
          }
          v = sideOfJudgement(ts, before.token() + 1, effect, before.token());
          w = ts.get(effect).lower();
        }
        String name = issues.issues().get(issue).name().toLowerCase(java.util.Locale.ROOT);
        boolean byRemoval = namedByRemoval(name);
        boolean sidedOnHit = first != null && v != StanceValue.NEUTRAL;
        boolean removal =
            sidedOnHit
                && (removalBefore(ts, previous, first.from())
                    || removalOpening(ts, previous, first.from(), name)
                    || removalAfter(ts, first.token(), to, w))
                && !QUANTITIES.contains(ts.get(first.token()).lower());
        if (removal && !byRemoval) {
          // "wants to do away with the water tax", "wants the water tax scrapped" oppose the tax;
          // an issue named by its removal ("cutting subsidies") is what the holder backs
          v = v.turned();
        } else if (sidedOnHit
            && !removal
            && byRemoval
            && !REMOVING.contains(ts.get(first.from()).lower())) {
          // on an issue named by its removal ("scrapping fees"), a side on the thing itself is
          // the other side on its removal: "wants to keep the fees", "vowed to scrap the fees"
          v = v.turned();
        } else if (first == null
            && v != StanceValue.NEUTRAL
            && removalOfAnaphor(ts, previous, to)
            && !byRemoval) {
          v = v.turned(); // "the tax rose and Peru vowed to fight it": the tax named before
        }
        if (sidedOnHit && negatedInfinitive(ts, previous, first.from())) {
          v = v.turned(); // "pledged not to raise fuel duty", "vowed never to scrap the fees"
        }
        int judged = v == StanceValue.NEUTRAL && at > i ? judgementAfter(ts, at, to) : -1;
        if (judged > 0 && lastMentionBetween(ms, i, judged) == null) {
          // "Doe said the pay offer was unacceptable": the report takes no side, the judgement
          // of the issue it reports does
          v = sideOfJudgement(ts, i + 1, judged, at);
          w = ts.get(judged).lower();
        }
        if (first != null
            && v != StanceValue.NEUTRAL
            && attachedToHit(text, ts, issues.hits().get(si), first, previous)) {
          continue; // "rejected a windfall tax on profits": the tax, not the profits
        }
        // "supported by Acme Watch and Liberty": agents are coordinated after "by"
        List<Mention> joint =
            who == agent ? coordinatedAfter(text, ts, ms, who) : conjuncts(text, ts, ms, who);
        List<String> names = new ArrayList<>();
        joint.forEach(m -> names.add(m.party()));
        for (Mention m : joint) {
          List<String> with = new ArrayList<>(names);
          with.remove(m.party());
          out.add(new Vote(m.party(), issue, v, w, si, with));
        }
      }
      break; // one holder per clause: its first cue, or a later one for what follows it
    }
    return out;
  }

  /**
   * The side token {@code k} takes, turned over when a negation stands before it after {@code from}
   * ("would not back"); null when the word is no cue. A neutral cue stays neutral.
   */
  private static StanceValue cueValue(List<Token> ts, int from, int k) {
    StanceValue value = cueWord(ts, k);
    if (value == null
        || namesRatherThanCalls(ts, k)
        || !backing(ts, k)
        || inName(ts, k)
        || sideless(ts, k)
        || unfelt(ts, k)
        || obliged(ts, k)) {
      return null; // most words are no cue: the lookup goes first
    }
    if (ts.get(k).lower().startsWith("call")
        && k + 1 < ts.size()
        && ts.get(k + 1).lower().equals("off")) {
      value = StanceValue.OPPOSE; // "called off its plan"
    }
    if (!negated(ts, from, k)) {
      return value;
    }
    // "investors do not fear an impact" welcome nothing: a feeling denied takes no side
    return UNEASE.contains(ts.get(k).lower()) ? StanceValue.NEUTRAL : value.turned();
  }

  /** People a host welcomes: "welcome delegates", "welcomed the visitors". */
  private static final java.util.Set<String> GUESTS =
      Words.lookup(
          java.util.Set.of(
              "delegates",
              "guests",
              "visitors",
              "participants",
              "audience",
              "audiences",
              "spectators",
              "crowd",
              "crowds",
              "newcomers"));

  /** Words that say what "in protest" is against: "in protest at", "in protest against". */
  private static final java.util.Set<String> PROTESTED_AT =
      Words.lookup(java.util.Set.of("at", "against", "over", "about", "to"));

  /** Forms of "be": "Scotland were slammed" is passive; "is assessing evidence" progressive. */
  static final java.util.Set<String> BE =
      Words.lookup(java.util.Set.of("is", "was", "are", "were", "been", "be", "being"));

  /**
   * Words before "in favour of" that make it a side taken: "is in favour of", "voted in favour".
   */
  private static final java.util.Set<String> FAVOUR_TAKERS =
      Words.lookup(
          Words.union(
              BE,
              java.util.Set.of(
                  "am",
                  "m",
                  "vote",
                  "votes",
                  "voted",
                  "voting",
                  "rule",
                  "rules",
                  "ruled",
                  "ruling",
                  "argue",
                  "argues",
                  "argued",
                  "arguing",
                  "speak",
                  "speaks",
                  "spoke",
                  "come",
                  "comes",
                  "came",
                  "decide",
                  "decides",
                  "decided",
                  "find",
                  "finds",
                  "found",
                  "majority",
                  "campaign",
                  "campaigned",
                  "campaigning",
                  "lobby",
                  "lobbied",
                  "lobbying",
                  "all")));

  /**
   * True when "in favour of" at {@code k} ("favour") names no side someone takes: a replacement
   * ("abolishing the tax in favour of an income tax"), a bias ("biased in favour of burglars"), a
   * presumption, a step aside ("stand down in favour of"). It takes a side after "be" or a verb of
   * voting, ruling or arguing, past adverbs ("voted unanimously in favour of", "I'm so strongly in
   * favour"), or after "majority".
   */
  private static boolean inFavourOfNothing(List<Token> ts, int k) {
    if (k < 2 || !ts.get(k - 1).lower().equals("in")) {
      return false; // "ministers favour limited changes": the verb
    }
    String w = wordBeforeDegrees(ts, k - 2);
    return !(FAVOUR_TAKERS.contains(w) || w.endsWith("'m"));
  }

  /**
   * The lower-case word at or before {@code k} that is no adverb or degree word ("so strongly"), or
   * "" when none is.
   */
  private static String wordBeforeDegrees(List<Token> ts, int k) {
    while (k >= 0 && (Words.adverb(ts.get(k).lower()) || DEGREES.contains(ts.get(k).lower()))) {
      k--;
    }
    return k >= 0 ? ts.get(k).lower() : "";
  }

  /** Verbs that say what a plural noun before them holds: "advocates say", "critics argue". */
  private static final java.util.Set<String> SAYING =
      Words.lookup(
          Words.union(
              Words.REPORTING,
              java.util.Set.of(
                  "say", "argue", "claim", "believe", "insist", "warn", "fear", "hope")));

  /**
   * True when the word at {@code k} stands inside a compound noun, between a singular noun and the
   * noun it helps name: "a farmer support scheme", "pupil support grants", "product support staff";
   * not a verb ("would support multiple", "and support third") nor a noun of its own ("financial
   * support until", "voters support higher taxes").
   */
  private static boolean compoundHead(List<Token> ts, int k) {
    if (k == 0 || k + 1 >= ts.size()) {
      return false;
    }
    String prev = ts.get(k - 1).lower();
    String next = ts.get(k + 1).lower();
    return IssueExtractor.adjacent(ts, k) // "weak on trade, support higher fees": no compound
        && IssueExtractor.adjacent(ts, k + 1)
        && plainNoun(ts.get(k - 1))
        && !prev.endsWith("s")
        && !prev.endsWith("ing")
        && !VERB_SUBJECTS.contains(prev)
        && !AUXILIARIES.contains(prev)
        && plainNoun(ts.get(k + 1))
        && !isCue(next)
        && !IssueExtractor.VERBS_AFTER_TO.contains(next);
  }

  /** True for a lower-case word that is no function word, adverb or past form. */
  private static boolean plainNoun(Token t) {
    String w = t.lower();
    return !t.capitalised()
        && !w.isEmpty()
        && Character.isLetter(w.charAt(0))
        && !Words.STOP.contains(w)
        && !Words.adverb(w)
        && !w.endsWith("ed")
        && !IssueExtractor.PAST_TENSES.contains(w);
  }

  /** Nouns of what one may do, which take no side: "the right to refuse", "a chance to back". */
  private static final java.util.Set<String> ENTITLEMENTS =
      Words.lookup(
          java.util.Set.of(
              "right", "rights", "freedom", "power", "powers", "option", "chance", "opportunity"));

  /** Verbs after which another's infinitive is foreseen or let happen: "expect the voters to". */
  private static final java.util.Set<String> FORESEEING =
      Words.lookup(
          java.util.Set.of(
              "expect",
              "expects",
              "expected",
              "allow",
              "allows",
              "allowed",
              "let",
              "lets",
              "enable",
              "enables",
              "enabled",
              "permit",
              "permits",
              "permitted",
              "cause",
              "causes",
              "caused",
              "lead",
              "leads",
              "led"));

  /**
   * True when the cue at {@code cue} is an infinitive that is nobody's side: what an entitlement
   * allows ("landlords keep the right to refuse") or what a common noun is foreseen or let to do
   * ("could not expect the farmers to back the levy"; not a party's own people: "expects its
   * members to back it", nor a party: "allowed Peru to block it").
   */
  private static boolean othersInfinitive(List<Token> ts, List<Mention> ms, int cue) {
    int k = cue - 1;
    if (k >= 0 && ts.get(k).lower().equals("not")) {
      k--;
    }
    if (k < 1 || !ts.get(k).lower().equals("to")) {
      return false;
    }
    int noun = k - 1;
    String w = ts.get(noun).lower();
    String before = noun > 0 ? ts.get(noun - 1).lower() : "";
    if (ENTITLEMENTS.contains(w)) {
      // "the right to refuse", "their right to"; not "was right to reject", a judgement
      return ARTICLES.contains(before) || OWNERS.contains(before) || before.equals("no");
    }
    boolean plural = w.endsWith("s") || w.equals("electorate") || w.equals("public");
    if (ts.get(noun).capitalised()
        || !plural
        || PartyRecognizer.ACTOR_NOUNS.contains(w)
        || ms.stream().anyMatch(m -> m.from() <= noun && noun < m.to())) {
      return false;
    }
    int j = noun - 1;
    if (j >= 0
        && (ARTICLES.contains(ts.get(j).lower()) || DETERMINERS.contains(ts.get(j).lower()))) {
      j--;
    }
    return j >= 0 && FORESEEING.contains(ts.get(j).lower());
  }

  /** Parts in a cast: "supporting" before them names the part ("best supporting actress"). */
  private static final java.util.Set<String> CAST_PARTS =
      Words.lookup(
          java.util.Set.of(
              "actor",
              "actors",
              "actress",
              "actresses",
              "role",
              "roles",
              "cast",
              "part",
              "parts",
              "character",
              "characters",
              "player",
              "players",
              "act",
              "acts"));

  /**
   * Words before "to" that make what follows a duty, not a choice: "had to accept", "forced to".
   */
  private static final java.util.Set<String> DUTIES =
      Words.lookup(
          java.util.Set.of("have", "has", "had", "having", "forced", "obliged", "compelled"));

  /**
   * True when the cue at {@code k} is something its subject must do: "may have to accept the cuts",
   * "was forced to approve the sale". A duty shows no side on what it acts on.
   */
  private static boolean obliged(List<Token> ts, int k) {
    return k >= 2 && ts.get(k - 1).lower().equals("to") && DUTIES.contains(ts.get(k - 2).lower());
  }

  /** Nouns for what someone says is so: "dismissed claims that ...", "denied reports that ...". */
  private static final java.util.Set<String> CLAIMS =
      Words.lookup(
          java.util.Set.of(
              "claim",
              "claims",
              "suggestion",
              "suggestions",
              "report",
              "reports",
              "speculation",
              "rumour",
              "rumours",
              "rumor",
              "rumors",
              "allegation",
              "allegations",
              "accusation",
              "accusations",
              "assertion",
              "assertions",
              "idea",
              "notion",
              "view",
              "questions",
              "fears",
              "concerns",
              "worries"));

  /** Words that name whose a claim is: "fears from some members that", "claims by rivals that". */
  private static final java.util.Set<String> CLAIM_SOURCES =
      Words.lookup(java.util.Set.of("from", "by", "among"));

  /**
   * True when the cue at {@code k} acts on what someone says rather than on a thing: "dismissed
   * claims that his policy was extreme", "denied reports that the firm would close", "rejected
   * allegations he misled them", "dismissed questions about the advice". Its side is on the claim,
   * so the issues inside it get none.
   */
  private static boolean judgesAClaim(String text, List<Token> ts, int k, int to) {
    for (int j = k + 1; j < Math.min(to, k + 4); j++) {
      String w = ts.get(j).lower();
      if (w.equals("that")
          || w.equals("about")
          || SUBJECT_PRONOUNS.contains(w)
          || (w.endsWith("ing")
              && w.length() > 5
              && !Words.hasComma(text, ts.get(j - 1).end(), ts.get(j).start()))) {
        // "rejected allegations he pressured staff", "dismissed questions about the advice",
        // "dismissed press reports naming her for the post" (not "denied the claims, saying")
        return CLAIMS.contains(ts.get(j - 1).lower());
      }
      if (CLAIM_SOURCES.contains(w) && CLAIMS.contains(ts.get(j - 1).lower())) {
        // "dismissed fears from some members that the plan was weak": past whose they are
        for (int t = j + 1; t < Math.min(to, j + 6); t++) {
          if (ts.get(t).lower().equals("that")) {
            return !Words.hasComma(text, ts.get(j).end(), ts.get(t).start());
          }
        }
        return false;
      }
      if (!CLAIMS.contains(w) && !DETERMINERS.contains(w) && !w.equals("the")) {
        // one describing word may stand before the claim: "dismissed recent claims that"
        boolean adjective = j + 1 < to && CLAIMS.contains(ts.get(j + 1).lower());
        if (!adjective) {
          return false; // "dismissed the plan": no claim follows
        }
      }
    }
    return false;
  }

  /**
   * True when the cue at {@code k} acts on a claim that ends its phrase, its content unsaid:
   * "dismissed the new claims, adding that ...", "denied the reports."
   */
  private static boolean claimAlone(String text, List<Token> ts, int k, int to) {
    int j = k + 1;
    while (j < to
        && j < k + 4
        && (ts.get(j).capitalised() || DETERMINERS.contains(ts.get(j).lower()))) {
      j++; // "denied Ms Reed's claims", "the claims"
    }
    if (j < to && !CLAIMS.contains(ts.get(j).lower()) && j + 1 < to) {
      j++; // one describing word: "the latest claims"
    }
    return j < to
        && CLAIMS.contains(ts.get(j).lower())
        && (j + 1 >= to || Words.hasComma(text, ts.get(j).end(), ts.get(j + 1).start()));
  }

  /**
   * True when a cue's subject word ({@link #wordBeforeVerb}) is "he", "she" or a quote's "I" ("he
   * also praised", "she would not back", "I regret"): the holder is a person named before, not an
   * organisation or a country named in between ("fond of Velcora, I regret").
   */
  private static boolean personal(String subject) {
    return subject.equals("he") || subject.equals("she") || subject.equals("i");
  }

  /** Subjects that name no one: "nobody backs it", "no-one wants to". */
  private static final java.util.Set<String> NOBODY =
      Words.lookup(java.util.Set.of("nobody", "no-one", "none"));

  /** True when the subject of the cue at {@code cue} is no one: "no-one wants", "no one backs". */
  private static boolean nobody(List<Token> ts, int from, int cue) {
    int k = subjectWordAt(ts, from, cue);
    if (k < 0) {
      return false;
    }
    for (int j = k + 1; j < cue; j++) {
      if (COMPARING.contains(ts.get(j).lower())) {
        return false; // "no one is more committed than we are": the speaker most of all
      }
    }
    String w = ts.get(k).lower();
    return NOBODY.contains(w) || (w.equals("one") && k > 0 && ts.get(k - 1).lower().equals("no"));
  }

  /** Words of comparison: "no one is more committed than ...". */
  private static final java.util.Set<String> COMPARING =
      Words.lookup(java.util.Set.of("more", "less"));

  /**
   * The word before the cue at {@code cue} and its auxiliaries, negations and adverbs, lower case:
   * "he" in "he would not strongly back"; empty when none stands after {@code from}.
   */
  private static String wordBeforeVerb(List<Token> ts, int from, int cue) {
    int k = subjectWordAt(ts, from, cue);
    return k >= 0 ? ts.get(k).lower() : "";
  }

  /** The position of the word {@link #wordBeforeVerb} gives, or -1. */
  private static int subjectWordAt(List<Token> ts, int from, int cue) {
    int k = beforeVerb(ts, from, cue - 1);
    if (k - 1 >= from && ts.get(k).lower().equals("to")) {
      k = beforeVerb(ts, from, k - 2); // "it could try to block": the subject of "try"
    }
    if (k >= from
        && STATIVE.contains(ts.get(cue).lower())
        && (BE.contains(ts.get(k).lower()) || LINKING.contains(ts.get(k).lower()))) {
      k = beforeVerb(ts, from, k - 1); // a state's subject stands before "be": "they were worried"
    }
    return k >= from ? k : -1;
  }

  /**
   * True when the subject of the cue at {@code cue} is "he", "she" or "they" inside a quotation:
   * someone the speaker talks about ("... because they fear his skills"). Not a pronoun outside a
   * quoted word ("he was 'disappointed'").
   */
  private static boolean quotedThirdPerson(String text, List<Token> ts, int from, int cue) {
    int k = subjectWordAt(ts, from, cue);
    return k >= 0
        && THIRD_PERSONS.contains(ts.get(k).lower())
        && insideQuote(text, ts.get(k).start());
  }

  /** Pronouns for others than the one speaking: in a quotation, not the speaker. */
  private static final java.util.Set<String> THIRD_PERSONS =
      Words.lookup(java.util.Set.of("he", "she", "they"));

  /** Forms of "deny". */
  private static final java.util.Set<String> DENIALS =
      Words.lookup(java.util.Set.of("deny", "denies", "denied", "denying"));

  /** Tokens after a denial within which the verb of a denied statement stands. */
  private static final int DENIED_STATEMENT_WINDOW = 6;

  /**
   * True when the denial at {@code k} denies a statement, not a thing: "denied his forecasts were
   * too optimistic", "denied that they had met", "denied the plan would raise costs". It says
   * nothing for or against the statement's subject. Found by a form of "be" or an auxiliary soon
   * after the denial, with no comma between ("denied the charges, which were ..." denies the
   * charges), or by a subject pronoun right after it ("denied he met them"). Denying a deed says
   * nothing either ("denies breaking the rules").
   */
  private static boolean deniesAStatement(String text, List<Token> ts, int k, int to) {
    return DENIALS.contains(ts.get(k).lower())
        && (statementAfter(text, ts, k, to) || deedAfter(ts, k, to));
  }

  /**
   * True when a deed, a verb in "-ing", follows the denial at {@code k}: "denies breaking the
   * rules", "denied having met them". Denying a deed takes no side on what the deed acts on.
   */
  private static boolean deedAfter(List<Token> ts, int k, int to) {
    return k + 1 < to && ts.get(k + 1).lower().endsWith("ing") && !ts.get(k + 1).capitalised();
  }

  /**
   * Verbs that agree with or insist on a statement after them, and then only report it: "agreed
   * that ...", "insisted the plans were ...".
   */
  private static final java.util.Set<String> STATING =
      Words.lookup(
          java.util.Set.of(
              "agree",
              "agrees",
              "agreed",
              "insist",
              "insists",
              "insisted",
              "stressed",
              "emphasised",
              "emphasized"));

  /**
   * The side of the cue at {@code k}: its value, or NEUTRAL when it agrees with, accepts or insists
   * on a statement ("agreed that the figures were stronger", "insisted voters faced higher taxes",
   * "accepts that the tax is unfair"), which then reports that statement; what the statement judges
   * still counts ("insisted the plans were affordable").
   */
  private static StanceValue cueValue(String text, List<Token> ts, int from, int k, int to) {
    if (describesOutsideQuote(text, ts, k)) {
      return null;
    }
    StanceValue value = cueValue(ts, from, k);
    if (value == null) {
      return null;
    }
    String w = ts.get(k).lower();
    boolean stated =
        (STATING.contains(w) && (statementAfter(text, ts, k, to) || statementBefore(text, ts, k)))
            || (ACCEPTING.contains(w)
                && k + 1 < to
                && ts.get(k + 1).lower().equals("that")
                && statementAfter(text, ts, k, to));
    return stated ? StanceValue.NEUTRAL : value;
  }

  /**
   * Forms of "accept", which report a statement only before "that" ("accepts that nicotine is
   * harmful"); "accepted the request was typical" may accept the request.
   */
  private static final java.util.Set<String> ACCEPTING =
      Words.lookup(java.util.Set.of("accept", "accepts", "accepted", "accepting"));

  /**
   * True when a judging adjective at {@code k} describes the noun after it in the article's own
   * words: "drawn from unfair dismissal cases", "a proportionate boost to the budget". Quoted, it
   * is the speaker's judgement ("'a terrible waste of public money'").
   */
  private static boolean describesOutsideQuote(String text, List<Token> ts, int k) {
    String w = ts.get(k).lower();
    if (!EVALUATIVE.contains(w) || STATIVE.contains(w) || k + 1 >= ts.size()) {
      return false; // a feeling is someone's ("is concerned farmers may not be paid")
    }
    Token next = ts.get(k + 1);
    return !next.capitalised()
        && Character.isLetter(next.text().charAt(0))
        && !Words.STOP.contains(next.lower())
        && PartyRecognizer.blankBetween(text, ts.get(k).end(), next.start())
        && !insideQuote(text, ts.get(k).start());
  }

  /**
   * True when a statement follows the verb at {@code k}, not a thing: "denied his forecasts were
   * too optimistic", "that they had met", "the plan would raise costs".
   */
  private static boolean statementAfter(String text, List<Token> ts, int k, int to) {
    if (k + 1 >= to) {
      return false;
    }
    int j = ts.get(k + 1).lower().equals("that") ? k + 2 : k + 1;
    if (j >= to || ts.get(j).lower().endsWith("ing")) {
      return false; // "denies using drugs": a deed, no statement (see deedAfter)
    }
    if (SUBJECT_PRONOUNS.contains(ts.get(j).lower())) {
      return true;
    }
    if (j + 1 < to && finiteAfterSubject(ts, j)) {
      return true; // "insisted that farmers faced higher fees", "insist farmers face them"
    }
    for (int v = j + 1; v < Math.min(to, j + DENIED_STATEMENT_WINDOW); v++) {
      String w = ts.get(v).lower();
      // not a month: "agreed to raise prices in May"
      if ((BE.contains(w) || AUXILIARIES.contains(w)) && !ts.get(v).capitalised()) {
        return !Words.hasComma(text, ts.get(k).end(), ts.get(v).start());
      }
    }
    return false;
  }

  /**
   * True when the word after {@code j} is a finite verb and the word at {@code j}, a lower-case
   * noun, its subject: "voters faced", "prices rose", or a plural before a verb's plain form,
   * "voters face"; not "the revised deal", whose "-ed" word follows an article.
   */
  private static boolean finiteAfterSubject(List<Token> ts, int j) {
    Token subject = ts.get(j);
    String s = subject.lower();
    String verb = ts.get(j + 1).lower();
    boolean past =
        IssueExtractor.PAST_TENSES.contains(verb) || (verb.endsWith("ed") && verb.length() > 4);
    boolean present =
        s.endsWith("s") && !s.endsWith("ss") && IssueExtractor.VERBS_AFTER_TO.contains(verb);
    return (past || present)
        && !subject.capitalised()
        && Character.isLetter(s.charAt(0))
        && !Words.STOP.contains(s)
        && !s.endsWith("ed")
        && IssueExtractor.adjacent(ts, j + 1);
  }

  /** Personal pronouns in the subject case: "they demand", "he met them". */
  private static final java.util.Set<String> PERSONAL_PRONOUNS =
      Words.lookup(java.util.Set.of("he", "she", "they", "it", "we", "i", "you"));

  /** Pronouns that open a clause as its subject: "denied he met them", "said there was". */
  private static final java.util.Set<String> SUBJECT_PRONOUNS =
      Words.lookup(Words.union(PERSONAL_PRONOUNS, java.util.Set.of("there")));

  /** Cues of unease; denied, they leave the holder at ease, not in favour. */
  private static final java.util.Set<String> UNEASE =
      Words.lookup(
          java.util.Set.of(
              "fear",
              "fears",
              "feared",
              "worry",
              "worries",
              "worried",
              "concerned",
              "concern",
              "concerns"));

  /** Words of degree before a feeling: "was more concerned", "are not so concerned". */
  private static final java.util.Set<String> DEGREES =
      Words.lookup(
          java.util.Set.of(
              "more", "most", "very", "so", "too", "also", "still", "not", "less", "as"));

  /** Verbs that link a subject to its state: "remains concerned", "felt concerned". */
  private static final java.util.Set<String> LINKING =
      Words.lookup(
          java.util.Set.of(
              "am",
              "feel",
              "feels",
              "felt",
              "remain",
              "remains",
              "remained",
              "seem",
              "seems",
              "seemed",
              "become",
              "became",
              "grow",
              "grew",
              "growing",
              "appear",
              "appears",
              "appeared"));

  /** Words that say what a concern is about: "concerned about", "concerned that". */
  private static final java.util.Set<String> CONCERN_OBJECTS =
      Words.lookup(
          java.util.Set.of(
              "about", "by", "over", "that", "at", "with", "for", "to", "if", "whether"));

  /** Verbs whose challenge is a difficulty: "poses challenges to", "faces a challenge". */
  private static final java.util.Set<String> POSING =
      Words.lookup(
          java.util.Set.of(
              "pose",
              "poses",
              "posed",
              "posing",
              "present",
              "presents",
              "presented",
              "face",
              "faces",
              "faced",
              "facing",
              "meet",
              "meets",
              "met"));

  /** Words after "push" that make it a push for something: "pushed for", "pushed through". */
  private static final java.util.Set<String> PUSH_PARTICLES =
      Words.lookup(java.util.Set.of("for", "through", "ahead", "forward"));

  /** Words between a verb and the support it names: "won broad support", "lost some backing". */
  private static final java.util.Set<String> SUPPORT_MEASURES =
      Words.lookup(
          java.util.Set.of(
              "the", "a", "this", "that", "more", "some", "much", "broad", "wide", "strong",
              "public"));

  /** Words after "support" that say what or whom it is for, or who gives it. */
  private static final java.util.Set<String> SUPPORTED_BY =
      Words.lookup(java.util.Set.of("for", "of", "to", "from"));

  /**
   * Verbs whose subject receives, asks for or needs what follows: "won support from", "gained
   * backing", "will need the backing of the fleet owners".
   */
  private static final java.util.Set<String> RECEIVING =
      Words.lookup(
          java.util.Set.of(
              "win",
              "wins",
              "won",
              "winning",
              "gain",
              "gains",
              "gained",
              "gaining",
              "get",
              "gets",
              "got",
              "getting",
              "receive",
              "receives",
              "received",
              "receiving",
              "attract",
              "attracts",
              "attracted",
              "secure",
              "secures",
              "secured",
              "enjoy",
              "enjoys",
              "enjoyed",
              "lack",
              "lacks",
              "lacked",
              "lose",
              "loses",
              "lost",
              "losing",
              "need",
              "needs",
              "needed",
              "require",
              "requires",
              "required",
              "seek",
              "seeks",
              "sought",
              "seeking"));

  /** What one refuses to do when one only keeps silent: "refused to comment", "... rule out". */
  private static final java.util.Set<String> WITHHELD =
      Words.lookup(
          java.util.Set.of(
              "comment",
              "discuss",
              "say",
              "confirm",
              "reveal",
              "disclose",
              "elaborate",
              "answer",
              "speculate",
              "be",
              "name",
              "deny",
              "rule",
              "specify",
              "identify"));

  /**
   * True for a fear that no one is said to feel: "the politics of fear", "use that fear". It takes
   * no side, though what it is a fear of stays contested ("the fear of lawsuits"); "for fear of" is
   * felt by the subject.
   */
  private static boolean unfelt(List<Token> ts, int k) {
    String w = ts.get(k).lower();
    return FEARS.contains(w) && k > 0 && UNFELT_BEFORE.contains(ts.get(k - 1).lower());
  }

  /**
   * True when the unease or warning at {@code k} is of an act done to a thing: "for fear of
   * flooding the market", "worried about losing the fund", "warned of flooding the market". What
   * the act does to the thing, not the unease, would say how the holder sees it; an act of removal
   * ("worried about scrapping the fund") is read where removals are.
   */
  private static boolean fearsAnAct(List<Token> ts, int k) {
    int j = k + 1;
    if (j < ts.size() && UNEASE_OBJECTS.contains(ts.get(j).lower())) {
      j++;
    }
    if (j + 1 >= ts.size()) {
      return false;
    }
    String act = ts.get(j).lower();
    return act.length() > 5
        && act.endsWith("ing")
        && !REMOVING.contains(act)
        && opensNoun(ts.get(j + 1));
  }

  /** Words between unease and what it is about: "fear of", "worried about". */
  private static final java.util.Set<String> UNEASE_OBJECTS =
      Words.lookup(java.util.Set.of("of", "about", "over", "at"));

  /** Nouns of fear a text can name without anyone feeling them: "the politics of fear". */
  private static final java.util.Set<String> FEARS =
      Words.lookup(java.util.Set.of("fear", "fears", "worry", "worries"));

  /** Words before a noun of feeling that no one is said to feel: "of fear", "that fear". */
  private static final java.util.Set<String> UNFELT_BEFORE =
      Words.lookup(
          java.util.Set.of(
              "the", "a", "that", "this", "some", "any", "no", "of", "on", "in", "with"));

  /** Verbs of saying, seeing and learning, whose aim takes no side: "wants to thank everyone". */
  private static final java.util.Set<String> SAYING_OR_SEEING =
      Words.lookup(
          java.util.Set.of(
              "say",
              "stress",
              "emphasise",
              "emphasize",
              "point",
              "add",
              "explain",
              "clarify",
              "tell",
              "talk",
              "speak",
              "discuss",
              "ask",
              "thank",
              "congratulate",
              "apologise",
              "apologize",
              "reassure",
              "divulge",
              "watch",
              "view",
              "look",
              "hear",
              "listen",
              "read",
              "know",
              "learn",
              "understand",
              "find"));

  /** Words opening a clause whose wish only bounds the main one: "than", "when", "if". */
  private static final java.util.Set<String> LIMITING =
      Words.lookup(
          java.util.Set.of("than", "when", "whenever", "wherever", "whatever", "if", "unless"));

  /** Words that may stand between a wish and its subject: "when they really want". */
  private static final java.util.Set<String> WISH_FILLERS =
      Words.lookup(
          java.util.Set.of(
              "really", "still", "ever", "do", "does", "did", "not", "don't", "didn't"));

  /**
   * True when the wish at {@code k} has a pronoun subject after a limiting word: "work longer than
   * they wanted", "watch shows when they want", "if we want to sell it", or after "what" that no
   * "be" takes up ("building what we wanted to build"). The main clause says what happens; the wish
   * takes no side.
   */
  private static boolean wishInLimit(List<Token> ts, int k) {
    int j = k - 1;
    while (j > 0 && k - j <= 2 && WISH_FILLERS.contains(ts.get(j).lower())) {
      j--;
    }
    if (j <= 0 || !PERSONAL_PRONOUNS.contains(ts.get(j).lower())) {
      return false;
    }
    String before = ts.get(j - 1).lower();
    return LIMITING.contains(before) || (before.equals("what") && !cleftAfter(ts, k));
  }

  /**
   * True when "be" follows the wish at {@code k} within a few words: "what we want is a fair deal",
   * "what they wanted to do was sell", where the wish is named after all; unlike "doing what we
   * wanted to do" or "did what it wanted with the games", whose wish is unnamed.
   */
  private static boolean cleftAfter(List<Token> ts, int k) {
    for (int j = k + 1; j < Math.min(ts.size(), k + CLEFT_WORDS); j++) {
      if (BE.contains(ts.get(j).lower())) {
        return true;
      }
    }
    return false;
  }

  /** Words after a wish within which "be" makes "what we want" name it: "want to do is". */
  private static final int CLEFT_WORDS = 5;

  /** True when "to" and a verb of {@code verbs} follow token {@code k}: "refused to comment". */
  private static boolean infinitiveIn(List<Token> ts, int k, java.util.Set<String> verbs) {
    return k + 2 < ts.size()
        && ts.get(k + 1).lower().equals("to")
        && verbs.contains(ts.get(k + 2).lower());
  }

  /** Who a survey questions: "those questioned", "of the people questioned". */
  private static final java.util.Set<String> SURVEYED =
      Words.lookup(
          java.util.Set.of(
              "those", "people", "respondents", "adults", "voters", "firms", "companies"));

  /** What the questioned do next in a survey's report: "those questioned said", "... use". */
  private static final java.util.Set<String> SURVEY_ANSWERS =
      Words.lookup(
          java.util.Set.of(
              "said",
              "say",
              "says",
              "thought",
              "think",
              "believe",
              "believed",
              "felt",
              "feel",
              "use",
              "used",
              "would",
              "will",
              "had",
              "have",
              "agreed",
              "wanted",
              "want",
              "admitted"));

  /** Words that own a demand: "their demands", "its demand for talks". */
  private static final java.util.Set<String> OWNERS =
      Words.lookup(java.util.Set.of("their", "its", "his", "her", "our", "my", "your"));

  /** Words that stand before a verb: "they demand", "who demands", "to demand", "it challenges". */
  private static final java.util.Set<String> VERB_SUBJECTS =
      Words.lookup(Words.union(PERSONAL_PRONOUNS, java.util.Set.of("who", "which", "to")));

  /** Words of a market's growth before "demand": "the region's rising demand for copper". */
  private static final java.util.Set<String> GROWTH =
      Words.lookup(
          java.util.Set.of(
              "growing",
              "rising",
              "falling",
              "booming",
              "soaring",
              "slowing",
              "weakening",
              "increasing",
              "increased",
              "strong",
              "weak",
              "high",
              "low",
              "consumer",
              "customer"));

  /** Verbs that serve a market's demand: "to satisfy the region's demand". */
  private static final java.util.Set<String> SERVING =
      Words.lookup(
          java.util.Set.of("meet", "meeting", "satisfy", "satisfying", "supply", "supplying"));

  /**
   * True when the noun "demand" at {@code k} is a market's: after a word of growth ("growing
   * demand"), served ("to meet the country's demand"), or the unowned subject of a verb after "for"
   * and its object ("Asian demand for copper is set to ...", "in Europe demand for vans is likely
   * to ..."). "Peru's demand for talks was rejected" is a party's.
   */
  private static boolean marketDemand(List<Token> ts, int k) {
    if (k > 0 && GROWTH.contains(ts.get(k - 1).lower())) {
      return true;
    }
    for (int j = Math.max(0, k - 4); j < k; j++) {
      if (SERVING.contains(ts.get(j).lower())) {
        return true;
      }
    }
    if (k + 1 >= ts.size() || !ts.get(k + 1).lower().equals("for") || owned(ts, k)) {
      return false;
    }
    for (int j = k + 2; j < Math.min(ts.size(), k + 6); j++) {
      String w = ts.get(j).lower();
      if (BE.contains(w) || AUXILIARIES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Words after "slammed" or "blasted" that make it a shot or a crash: "blasted wide". */
  private static final java.util.Set<String> SHOT_PARTICLES =
      Words.lookup(java.util.Set.of("over", "wide", "home", "into", "past", "high"));

  /** Words that describe a market's demand at a sentence's start: "Strong demand from Peru". */
  private static final java.util.Set<String> MARKET_WORDS =
      Words.lookup(
          java.util.Set.of(
              "strong",
              "weak",
              "high",
              "low",
              "higher",
              "lower",
              "consumer",
              "customer",
              "domestic",
              "global",
              "world",
              "overall",
              "total",
              "public",
              "user",
              "market"));

  /**
   * True when "contest" at {@code k} acts on a disputable thing: its object before any preposition
   * ("will contest the fine", "contested Labour's decision") or, after "be", its subject ("the
   * ruling will be contested").
   */
  private static boolean disputes(List<Token> ts, int k) {
    for (int j = k + 1; j < Math.min(ts.size(), k + CONTESTED_WINDOW); j++) {
      String w = ts.get(j).lower();
      if (DISPUTABLE.contains(w)) {
        return true;
      }
      if (OBJECT_PREPOSITIONS.contains(w) || PLACE_PREPOSITIONS.contains(w)) {
        break;
      }
    }
    if (k > 0 && BE.contains(ts.get(k - 1).lower())) {
      for (int j = k - 2; j >= Math.max(0, k - CONTESTED_WINDOW); j--) {
        if (DISPUTABLE.contains(ts.get(j).lower())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Words between "contest" and what it disputes: "contest the £2m court fine". */
  private static final int CONTESTED_WINDOW = 5;

  /**
   * True when a cue word is used in a sense that takes no side: a market's demand ("rising consumer
   * demand for oil", "demand will hold"), a challenge that is a difficulty ("the big challenges
   * facing us", "rise to the challenge of"), a challenging condition ("challenging trading
   * conditions"), a push that is no push for something ("pushed back the launch"), a commitment
   * that is no commitment "to" something ("committed fraud"). A party's demand is a verb ("unions
   * demand", "will demand", "to demand") or owned ("Peru's demand", "their key demands", "union
   * demands"); a challenge takes a side as a verb or as a challenge "to" or "against" something ("a
   * court challenge to the ruling"); "challenging" does before what it challenges ("challenging the
   * ruling", "challenging Peru's decision"). Critics are others unless "critics of" something, a
   * "supporting actor" supports nothing, and a champion backs only what it is "champion of".
   * Support that rises, falls or lies among others is a measure ("seen support rise"), a vow takes
   * a side only to take a thing away ("vowed to fight the merger"), and ", as opposed to"
   * contrasts.
   */
  private static boolean sideless(List<Token> ts, int k) {
    String w = ts.get(k).lower();
    if (tippedToWin(ts, k)) {
      return true; // "backed Chile to win the cup": a forecast, not support
    }
    if ((UNEASE.contains(w) || WARNINGS.contains(w)) && fearsAnAct(ts, k)) {
      return true; // "for fear of flooding the market": the act is feared, not the market
    }
    switch (w) {
      case "demand", "demands" -> {
        return marketDemand(ts, k) || (!actsAsVerb(ts, k) && !owned(ts, k));
      }
      case "pledge", "pledges", "promise", "promises" -> {
        // "said the pledges were worthless", "the promise of better returns": someone's
        // pledge the sentence judges or offers, not one its subject makes
        return k > 0 && ts.get(k - 1).lower().equals("the");
      }
      case "backs" -> {
        // "deft handling from the backs", "our backs have had it": players, no backing
        return k > 0 && opensNoun(ts.get(k - 1));
      }
      case "slam" -> {
        return k > 0 && ts.get(k - 1).lower().equals("grand"); // "grand slam titles": a contest
      }
      case "blocks" -> {
        return k > 0 && ts.get(k - 1).lower().equals("the"); // "out of the blocks": a start
      }
      case "slammed", "slams", "slamming", "blasted" -> {
        // "blasted over", "slammed into the post": a shot or a crash, no criticism
        return k + 1 < ts.size() && SHOT_PARTICLES.contains(ts.get(k + 1).lower());
      }
      case "contest", "contests", "contested", "contesting" -> {
        // "a talent contest", "will contest the election", "contested the 60m": a race, no side;
        // a verb that acts on a ruling, a claim or a decision disputes it
        boolean verb =
            w.equals("contest") || w.equals("contests") ? actsAsVerb(ts, k) : !describesNoun(ts, k);
        return !verb || !disputes(ts, k);
      }
      case "hopeful" -> {
        // "a leadership hopeful": a candidate; hope is a state after "be" or a linking
        // verb ("remains hopeful", "is cautiously hopeful")
        String prev = wordBeforeDegrees(ts, k - 1);
        return !(BE.contains(prev) || LINKING.contains(prev));
      }
      case "challenge", "challenges" -> {
        String next = k + 1 < ts.size() ? ts.get(k + 1).lower() : "";
        boolean posed = false; // "will pose challenges to the budget"
        for (int j = Math.max(0, k - 3); j < k; j++) {
          posed |= POSING.contains(ts.get(j).lower());
        }
        return posed || (!actsAsVerb(ts, k) && !next.equals("to") && !next.equals("against"));
      }
      case "agreed",
          "proposed",
          "pledged",
          "favoured",
          "supported",
          "backed",
          "accepted",
          "rejected",
          "criticised",
          "opposed",
          "approved" -> {
        // "gave up agreed rules", "his favoured role"; an aside "..., as opposed to" only
        // contrasts two things ("reported a bank as opposed to the deal" does not)
        boolean contrast =
            w.equals("opposed")
                && k > 1
                && k + 1 < ts.size()
                && ts.get(k - 1).lower().equals("as")
                && ts.get(k + 1).lower().equals("to")
                && !IssueExtractor.adjacent(ts, k - 1);
        return contrast || describesNoun(ts, k);
      }
      case "question", "questions" -> {
        // "the big question is", "dismissed questions about", "raises questions of": a noun asks,
        // it takes no side; "X questions whether", "sought to question his role" do
        String prev = k > 0 ? ts.get(k - 1).lower() : "";
        return !actsAsVerb(ts, k) && !prev.equals("also") && !prev.equals("not");
      }
      case "questioned" -> {
        // "of the 65 questioned", "those questioned said", "the people Acme questioned use": a
        // survey's answers, not a doubt
        String prev = k > 0 ? ts.get(k - 1).lower() : "";
        String next = k + 1 < ts.size() ? ts.get(k + 1).lower() : "";
        return SURVEYED.contains(prev)
            || (!prev.isEmpty() && Character.isDigit(prev.charAt(0)))
            || BE.contains(next)
            || SURVEY_ANSWERS.contains(next)
            || interviewedBy(ts, k);
      }
      case "concerned" -> {
        // "as far as Mr Lee is concerned": whose view follows, not a concern
        for (int j = Math.max(2, k - 8); j < k; j++) {
          if (ts.get(j).lower().equals("as")
              && ts.get(j - 1).lower().equals("far")
              && ts.get(j - 2).lower().equals("as")) {
            return true;
          }
        }
        // a concern is felt ("is deeply concerned", "concerned about the cuts"); "the countries
        // concerned", "concerned friends" and "the letters concerned the levy" feel nothing
        int j = beforeVerb(ts, 0, k - 1);
        String prev = j >= 0 ? ts.get(j).lower() : "";
        String next = k + 1 < ts.size() ? ts.get(k + 1).lower() : "";
        return !BE.contains(prev) && !LINKING.contains(prev) && !CONCERN_OBJECTS.contains(next);
      }
      case "refuse", "refuses", "refused", "refusing", "decline", "declines", "declined" -> {
        // "refused to comment on the deal", "declined to rule out a tariff": silence, no side
        return infinitiveIn(ts, k, WITHHELD);
      }
      case "support", "backing", "approval", "endorsement" -> {
        if (w.equals("support") && compoundHead(ts, k)) {
          return true; // "a farmer support scheme", "pupil support grants": a kind of thing
        }
        // "Labour support has been falling", "seen support rise", "support among voters": a
        // measure of others' support, not the holder's
        String next = k + 1 < ts.size() ? ts.get(k + 1).lower() : "";
        if (BE.contains(next) || HAVE.contains(next) || SHIFTS.contains(next)) {
          return true;
        }
        if (next.equals("across") || next.equals("in") && votersAfter(ts, k + 2)) {
          return true; // "Labour's shrinking support in market towns", "support across the north"
        }
        // "a drive for rural support", "asked voters for support": support sought, given by no
        // one; "support for the plan" says what it is for
        if (!SUPPORTED_BY.contains(next)
            && ((k > 0 && ts.get(k - 1).lower().equals("for"))
                || (k > 1 && ts.get(k - 2).lower().equals("for")))) {
          return true;
        }
        // "the bill would win support from most members", "has won backing from banks": the
        // subject receives the support, it gives none
        for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
          String before = ts.get(j).lower();
          if (RECEIVING.contains(before)) {
            return true;
          }
          if (!SUPPORT_MEASURES.contains(before)
              && !ts.get(j).capitalised()
              && (Words.STOP.contains(before) || isCue(before))) {
            return false; // "risk losing EU support", "need farmer backing": givers between
          }
        }
        return false;
      }
      case "vow", "vows", "vowed", "vowing" -> {
        // a vow is to do something ("vowed to sue", "vowed to stay on"), which takes a side only
        // when the deed takes a thing away: "vowed to fight the merger"
        return k + 2 >= ts.size()
            || !ts.get(k + 1).lower().equals("to")
            || !REMOVING.contains(ts.get(k + 2).lower());
      }
      case "commit", "commits", "committed", "committing" -> {
        // "committed fraud", "committed resources to it": only a commitment "to" takes a side
        int next = k + 1;
        if (next < ts.size() && REFLEXIVES.contains(ts.get(next).lower())) {
          next++; // "would not commit himself to the tour"
        }
        return describesNoun(ts, k) || next >= ts.size() || !ts.get(next).lower().equals("to");
      }
      case "welcome", "welcomes", "welcomed", "welcoming" -> {
        // "will welcome visitors to the fair": a host greets guests, it backs nothing
        int j = wordAfterArticle(ts, k);
        return j < ts.size() && GUESTS.contains(ts.get(j).lower());
      }
      case "protest" -> {
        // "a protest vote", "resigned in protest": a way of voting or leaving, nothing protested
        String prev = k > 0 ? ts.get(k - 1).lower() : "";
        String next = k + 1 < ts.size() ? ts.get(k + 1).lower() : "";
        return next.startsWith("vot") || (prev.equals("in") && !PROTESTED_AT.contains(next));
      }
      case "favour", "favor" -> {
        return inFavourOfNothing(ts, k);
      }
      case "champion", "champions" -> {
        // "a champion of free trade", "to champion the cause"; "the Olympic champion" is a winner
        String prev = k > 0 ? ts.get(k - 1).lower() : "";
        String next = k + 1 < ts.size() ? ts.get(k + 1).lower() : "";
        return !(next.equals("of") || VERB_SUBJECTS.contains(prev) || AUXILIARIES.contains(prev));
      }
      case "supporting" -> {
        // "best supporting actor", "a supporting role": a part in a cast, not support; "the
        // supporting documents": papers that back a claim up
        return (k + 1 < ts.size() && CAST_PARTS.contains(ts.get(k + 1).lower()))
            || describesNoun(ts, k);
      }
      case "opposing" -> {
        return describesNoun(ts, k); // "the opposing side", "their opposing views"
      }
      case "advocates" -> {
        // "but advocates say it works", "the advocates of reform": supporters, who are no party
        String prev = k > 0 ? ts.get(k - 1).lower() : "";
        String next = k + 1 < ts.size() ? ts.get(k + 1).lower() : "";
        return DETERMINERS.contains(prev) || next.equals("of") || SAYING.contains(next);
      }
      case "critics" -> {
        // "among the fiercest critics of the plan" is one; "critics claim", "movie critics" and
        // "the critics' award" name others, who are no party here
        return k + 1 >= ts.size() || !ts.get(k + 1).lower().equals("of");
      }
      case "want", "wants", "wanted", "seek", "seeks", "sought", "seeking" -> {
        // "wants to stress that ...", "the films they want to watch": an aim of saying or seeing;
        // "longer than they wanted", "whenever you want": a wish that only sets a limit or a time
        return infinitiveIn(ts, k, SAYING_OR_SEEING) || wishInLimit(ts, k);
      }
      case "push", "pushed", "pushing" -> {
        String next = k + 1 < ts.size() ? ts.get(k + 1).lower() : "";
        return !PUSH_PARTICLES.contains(next); // "pushed back the launch", "pushed prices up"
      }
      case "veto" -> {
        return heldPower(ts, k); // "holds a veto over the plan", "the right of veto"
      }
      case "challenging" -> {
        if (k + 1 >= ts.size()) {
          return false;
        }
        Token next = ts.get(k + 1);
        return !(next.capitalised()
            || next.possessive()
            || DETERMINERS.contains(next.lower())
            || OWNERS.contains(next.lower())
            || next.lower().equals("a")
            || next.lower().equals("an"));
      }
      default -> {
        return false;
      }
    }
  }

  /** Who questions a suspect: "were questioned by police". */
  private static final java.util.Set<String> INTERVIEWERS =
      Words.lookup(java.util.Set.of("police", "detectives", "officers", "investigators", "agents"));

  /**
   * True when "questioned" at {@code k} is an interview by police: "were questioned by police
   * before release", not "was questioned by MPs".
   */
  private static boolean interviewedBy(List<Token> ts, int k) {
    if (k + 1 >= ts.size() || !ts.get(k + 1).lower().equals("by")) {
      return false;
    }
    for (int j = k + 2; j < Math.min(ts.size(), k + 5); j++) {
      if (INTERVIEWERS.contains(ts.get(j).lower())) {
        return true;
      }
    }
    return false;
  }

  /** Verbs of holding a power: "have a veto", "retains its veto". */
  private static final java.util.Set<String> HOLDING =
      Words.lookup(
          java.util.Set.of(
              "have",
              "has",
              "had",
              "having",
              "hold",
              "holds",
              "held",
              "holding",
              "keep",
              "keeps",
              "kept",
              "retain",
              "retains",
              "retained",
              "give",
              "gives",
              "gave",
              "given",
              "lose",
              "loses",
              "lost"));

  /**
   * True when the noun at {@code k} names a power held, given or lost rather than used: "holds a
   * veto over the plan", "the right of veto"; not "threatened a veto", "will use its veto".
   */
  private static boolean heldPower(List<Token> ts, int k) {
    int j = k - 1;
    while (j >= 0 && (ts.get(j).lower().equals("a") || OWNERS.contains(ts.get(j).lower()))) {
      j--;
    }
    if (j >= 1 && ts.get(j).lower().equals("of")) {
      String owner = ts.get(j - 1).lower();
      return owner.equals("right") || owner.equals("power"); // "the right of veto"
    }
    return j >= 0 && HOLDING.contains(ts.get(j).lower());
  }

  /**
   * True when the participle at {@code k} describes the noun after it, as an adjective: after a
   * determiner, a possessive, a quantifier or a particle and before a lower-case word ("the agreed
   * procedures", "his favoured role", "other favoured firms", "gave up agreed rules"), adverbs
   * allowed between ("the most bitterly opposed rules", "a widely backed bill"), not as a verb
   * ("has agreed terms", "both strongly opposed plans").
   */
  private static boolean describesNoun(List<Token> ts, int k) {
    if (k == 0 || k + 1 >= ts.size()) {
      return false;
    }
    int j = k - 1;
    while (j > 0 && gradesAParticiple(ts.get(j).lower())) {
      j--;
    }
    String p = ts.get(j).lower();
    Token next = ts.get(k + 1);
    boolean article = p.equals("the") || p.equals("a") || p.equals("an") || OWNERS.contains(p);
    boolean before = j == k - 1 ? article || p.equals("up") || QUANTIFIERS.contains(p) : article;
    return before && describedWord(next);
  }

  /** An adverb that grades a participle: "fiercely", "most", "hotly". */
  private static boolean gradesAParticiple(String w) {
    return w.equals("most") || w.equals("more") || Words.adverb(w);
  }

  /**
   * Words that count or pick out what a noun names: "other favoured firms", "some agreed rules".
   */
  private static final java.util.Set<String> QUANTIFIERS =
      Words.lookup(
          java.util.Set.of(
              "other", "another", "some", "many", "most", "several", "these", "those", "all",
              "both", "each", "every"));

  /**
   * True for a lower-case word that can be the noun a describing word stands before: no stop word
   * and no form of "be" ("the opposing side", "a terrible mistake"; not "the plan is").
   */
  private static boolean describedWord(Token t) {
    String w = t.lower();
    return !t.capitalised()
        && Character.isLetter(w.charAt(0))
        && !Words.STOP.contains(w)
        && !BE.contains(w);
  }

  /** Words of judgement that also stand before the noun they judge: "a terrible mistake". */
  private static final java.util.Set<String> JUDGING_ADJECTIVES =
      Words.lookup(
          java.util.Set.of(
              "terrible",
              "dangerous",
              "excessive",
              "unfair",
              "unacceptable",
              "irresponsible",
              "unlawful",
              "unconstructive",
              "productive",
              "proportionate",
              "justified"));

  /**
   * The noun that the judging adjective at {@code k} stands before, past one adjective joined by
   * "and" ("a bold, dangerous and costly plan"), or -1 when it judges a subject ("the plan is
   * dangerous", "it is dangerous to wait").
   */
  private static int describedNoun(List<Token> ts, int k) {
    if (!JUDGING_ADJECTIVES.contains(ts.get(k).lower())) {
      return -1;
    }
    int j = k + 1;
    if (IssueExtractor.adjacent(ts, j) && ts.get(j).lower().equals("and")) {
      j += 2; // "dangerous and costly"
    }
    if (!IssueExtractor.adjacent(ts, j) || !IssueExtractor.adjacent(ts, k + 1)) {
      return -1;
    }
    return describedWord(ts.get(j)) ? j : -1;
  }

  /** Words of backing that also tip a winner: "backed Chile to win". */
  private static final java.util.Set<String> TIPPING =
      Words.lookup(java.util.Set.of("back", "backs", "backed", "backing", "tipped"));

  /** Verbs of winning a contest: "to win the title", "to beat Chile". */
  private static final java.util.Set<String> WINNING =
      Words.lookup(java.util.Set.of("win", "beat", "lift", "retain", "reach"));

  /**
   * True when the backing word at {@code k} tips a named side to win: "backed Chile to win the
   * series", "backs Chile to beat Peru".
   */
  private static boolean tippedToWin(List<Token> ts, int k) {
    if (!TIPPING.contains(ts.get(k).lower())) {
      return false;
    }
    int j = k + 1;
    while (j < ts.size() && j - k <= 3 && ts.get(j).capitalised()) {
      j++;
    }
    return j > k + 1
        && j + 1 < ts.size()
        && ts.get(j).lower().equals("to")
        && WINNING.contains(ts.get(j + 1).lower());
  }

  /** True when the word before {@code k} owns it: "Peru's demand", "their key demands". */
  private static boolean owned(List<Token> ts, int k) {
    if (k == 0) {
      return false;
    }
    String p = ts.get(k - 1).lower();
    return ts.get(k - 1).possessive()
        || OWNERS.contains(p)
        || (k > 1 && (ts.get(k - 2).possessive() || OWNERS.contains(ts.get(k - 2).lower())))
        || PartyRecognizer.ORG_NOUN_KINDS.containsKey(p)
        || PartyRecognizer.ACTOR_NOUNS.contains(p);
  }

  /**
   * True when the word before {@code k} makes it a verb: a subject pronoun, "to", an auxiliary, an
   * -ly adverb or a name ("unions demand", "it challenges"); a sentence's first word, or a market
   * word opening it ("Strong demand"), makes it a noun.
   */
  private static boolean actsAsVerb(List<Token> ts, int k) {
    if (k == 0) {
      return false; // "Demand is huge"
    }
    Token prev = ts.get(k - 1);
    String p = prev.lower();
    return VERB_SUBJECTS.contains(p)
        || AUXILIARIES.contains(p)
        || Words.adverb(p)
        || (prev.capitalised()
            && !prev.possessive() // "Reed's challenge": an owner, not a subject
            && !ARTICLES.contains(p) // "A demand for back taxes": an article, not a subject
            && !DETERMINERS.contains(p)
            && !OWNERS.contains(p)
            && (k > 1 || !(MARKET_WORDS.contains(p) || p.endsWith("ing") || p.endsWith("ed"))));
  }

  /**
   * True when the cue word at {@code k} is a capitalised word of a name ("Fair Support Trust",
   * "Campaign Against Arms Trade", "Family Support Agency"): capitalised past the sentence's first
   * word, with a capitalised word next to it, or before it across "on", "of", "for" or "the".
   */
  private static boolean inName(List<Token> ts, int k) {
    if (k == 0 || !ts.get(k).capitalised()) {
      return false;
    }
    boolean before =
        ts.get(k - 1).capitalised()
            || (k >= 2 && NAME_LINKS.contains(ts.get(k - 1).text()) && ts.get(k - 2).capitalised());
    boolean after = k + 1 < ts.size() && ts.get(k + 1).capitalised();
    // capitalised after a lower-case word and a single space, so opening no quotation: a name
    // ("data from Endorse covered ...")
    Token prev = ts.get(k - 1);
    boolean midSentence =
        !prev.capitalised()
            && Character.isLetter(prev.text().charAt(0))
            && ts.get(k).start() - prev.end() == 1;
    return before || after || midSentence;
  }

  private static final java.util.Set<String> NAME_LINKS =
      Words.lookup(java.util.Set.of("on", "of", "for", "the"));

  /** Words after "back" that make it an adverb: "went back on", "back to", "back in 1998". */
  private static final java.util.Set<String> BACK_PARTICLES =
      Words.lookup(
          java.util.Set.of(
              "on", "in", "into", "to", "from", "down", "up", "off", "out", "away", "at", "of",
              "and", "or", "then", "there", "here", "home", "again", "when", "after", "before",
              "until", "with", "for", "as", "towards", "toward", "by", "under", "where"));

  /** Forms of "back" that may take a particle of retreat: "backed down", "backing away". */
  private static final java.util.Set<String> BACKING_FORMS =
      Words.lookup(java.util.Set.of("backs", "backed", "backing"));

  /** Words that make backing a retreat: "backed down", "backing away", "backed off", "out". */
  private static final java.util.Set<String> RETREATS =
      Words.lookup(java.util.Set.of("down", "away", "off", "out"));

  /** Nouns "back" describes: "back taxes", "the back door", "back pay". */
  private static final java.util.Set<String> BACK_NOUNS =
      Words.lookup(
          java.util.Set.of(
              "tax",
              "taxes",
              "pay",
              "payments",
              "wages",
              "rent",
              "catalogue",
              "office",
              "offices",
              "door",
              "doors",
              "seat",
              "seats",
              "foot",
              "burner",
              "page",
              "pages",
              "garden",
              "row",
              "issue",
              "issues",
              "yard",
              "injury",
              "problems",
              "pain",
              "room"));

  /** Words before "back" that make it an adverb or a noun: "fought back", "the back of". */
  private static final java.util.Set<String> BACK_TAKERS =
      Words.lookup(
          java.util.Set.of(
              ("the a an its their his her our my your come came comes coming go goes"
                      + " went going gone get gets got getting bring brings brought bringing give"
                      + " gives gave giving take takes took taking put puts putting hold holds"
                      + " held holding fight fights fought fighting pay pays paid paying cut cuts"
                      + " cutting scale scaled scaling roll rolled rolling win wins won winning"
                      + " look looked looking step stepped turn turned turning link linked send"
                      + " sent set date dates dated dating fed hit bounce bounced bouncing move"
                      + " moved moving way fall fell falling call called calling write wrote play"
                      + " played sit sat stay stayed hand handed cast think thought trace traced"
                      + " flash sell sold buy bought kick kicked claw clawed snap snapped push"
                      + " pushed pushing clawing claws")
                  .split(" ")));

  /**
   * False when "back" at {@code k} is an adverb or a noun ("went back on a pledge", "injecting soul
   * back into", "the back door", "back taxes") or a name ("Back and Jones"), not the verb of
   * backing ("would not back the plans", "unions back the deal"); false too for a retreat ("backed
   * down", "backing away from the plan").
   */
  private static boolean backing(List<Token> ts, int k) {
    Token t = ts.get(k);
    if (!t.lower().equals("back")) {
      String next = k + 1 < ts.size() ? ts.get(k + 1).lower() : "";
      // "backed up by figures", "backing up files": as for "back up", no side
      return !(BACKING_FORMS.contains(t.lower()) && (RETREATS.contains(next) || next.equals("up")));
    }
    if (k > 0 && t.capitalised()) {
      return false;
    }
    boolean followed =
        IssueExtractor.adjacent(ts, k + 1)
            && !BACK_PARTICLES.contains(ts.get(k + 1).lower())
            && !BACK_NOUNS.contains(ts.get(k + 1).lower());
    String before = k == 0 ? "" : ts.get(k - 1).lower();
    // "buying back shares", "pulled back": after an "-ing" or "-ed" verb, a particle
    boolean particle = before.length() > 4 && (before.endsWith("ing") || before.endsWith("ed"));
    return followed && !particle && !BACK_TAKERS.contains(before);
  }

  /** Currencies, whose value is measured "against" one another. */
  private static final java.util.Set<String> CURRENCIES =
      Words.lookup(
          java.util.Set.of(
              ("dollar dollars euro euros yen pound pounds sterling franc francs rand yuan renminbi"
                      + " rouble roubles ruble rupee rupees peso pesos krona krone lira greenback"
                      + " currency currencies")
                  .split(" ")));

  /**
   * Currencies whose names are also common words ("a real cut", "the seats it won"): a currency
   * only after a capitalised word naming its country, "the Brazilian real", "the South Korean won".
   */
  private static final java.util.Set<String> CURRENCIES_AFTER_DEMONYM =
      Words.lookup(java.util.Set.of("real", "won"));

  /** Words before "against" that make it a side taken: "voted against", "is against". */
  private static final java.util.Set<String> AGAINST_TAKERS =
      Words.lookup(
          java.util.Set.of(
              ("vote votes voted voting argue argues argued arguing campaign campaigns"
                      + " campaigned campaigning speak speaks spoke speaking out is are was were"
                      + " be been being am warn warns warned warning caution cautions cautioned"
                      + " lobby lobbied lobbying rule rules ruled protest protests protested"
                      + " protesting fight fights fought fighting stand stands stood standing"
                      + " firmly strongly decide decides decided turn turns turned come comes came"
                      + " stance rebel rebels rebelled rail railed appeal appeals appealed"
                      + " appealing demonstrate demonstrated demonstrating demonstration"
                      + " demonstrations march marched marching petition petitioned unite united"
                      + " mobilise mobilised advise advised advising recommend recommended"
                      + " recommends set backlash case firm opposition")
                  .split(" ")));

  /** The position of the word after token {@code k}, an article skipped ("welcome the guests"). */
  private static int wordAfterArticle(List<Token> ts, int k) {
    int j = k + 1;
    return j < ts.size() && ARTICLES.contains(ts.get(j).lower()) ? j + 1 : j;
  }

  /**
   * True when a word that names something stands right after the preposition at {@code k}, past an
   * article or a possessive pronoun: "against crime", "against the expansion", "against its coach".
   * Whatever issue the sentence names elsewhere is then no object of it.
   */
  private static boolean ownObject(List<Token> ts, int k) {
    int j = k + 1;
    if (j < ts.size() && opensNoun(ts.get(j))) {
      j++;
    }
    return j < ts.size()
        && Character.isLetter(ts.get(j).text().charAt(0))
        && !Words.STOP.contains(ts.get(j).lower());
  }

  /**
   * True when the cue at {@code k} takes a deed of its own, "to" and a verb or "for" and an "-ing"
   * word, before {@code reach} and nothing there points back: "pledged to contest the action",
   * "committed to helping its growers", "support for giving Lima more say", "a demand for Peru to
   * quit"; not "vowed to fight it".
   */
  private static boolean ownDeed(List<Token> ts, int k, int reach) {
    if (k + 2 >= reach) {
      return false;
    }
    String next = ts.get(k + 1).lower();
    int at = k + 2;
    if (next.equals("for") && ts.get(at).capitalised()) {
      // "a demand for Norway to recognise Iceland": a deed asked of the party named
      while (at < reach && at < k + 6 && ts.get(at).capitalised()) {
        at++;
      }
      if (at + 1 >= reach || !ts.get(at).lower().equals("to")) {
        return false;
      }
      next = "to";
      at++;
    }
    Token verb = ts.get(at);
    if (!next.equals("to") && !(next.equals("for") && verb.lower().endsWith("ing"))) {
      return false; // "support for giving Lima more say" is a deed too
    }
    if (verb.capitalised()
        || !Character.isLetter(verb.text().charAt(0))
        || Words.STOP.contains(verb.lower())) {
      return false;
    }
    for (int j = at + 1; j < reach; j++) {
      if (refersBack(ts.get(j).lower())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The tokens of an apposition set off by commas right after {@code holder}, in sentence {@code
   * si}, and closing before the cue at {@code cue}, past auxiliaries and adverbs ("Acme, a maker of
   * pipes, has warned"), as {start, end}; else null.
   */
  private static int[] appositionAfter(
      String text, List<Token> ts, Mention holder, int si, int cue) {
    if (holder == null
        || holder.sentence() != si
        || holder.to() >= cue
        || !Words.hasComma(text, ts.get(holder.to() - 1).end(), ts.get(holder.to()).start())) {
      return null;
    }
    int end = beforeVerb(ts, holder.to(), cue - 1) + 1; // the first word of the verb group
    if (end <= holder.to() + 1
        || !Words.hasComma(text, ts.get(end - 1).end(), ts.get(end).start())) {
      return null;
    }
    return new int[] {holder.to(), end};
  }

  /** True when every hit of {@code issue} in {@code hits} has its head in [from, to). */
  private static boolean onlyWithin(List<IssueExtractor.Hit> hits, int issue, int from, int to) {
    boolean any = false;
    for (IssueExtractor.Hit h : hits) {
      if (h.issue() == issue) {
        if (h.token() < from || h.token() >= to) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** Words that count what follows them: "fewer people", "more jobs". */
  private static final java.util.Set<String> COUNTING =
      Words.lookup(java.util.Set.of("fewer", "less", "more", "many", "few"));

  /**
   * True when the cue at {@code k} is followed right away by a counted lower-case noun, before
   * {@code reach}: "wants fewer migrants", "called for more police". Its object is that noun.
   */
  private static boolean countedObject(List<Token> ts, int k, int reach) {
    if (k + 2 >= reach || !COUNTING.contains(ts.get(k + 1).lower())) {
      return false;
    }
    Token noun = ts.get(k + 2);
    return !noun.capitalised()
        && Character.isLetter(noun.text().charAt(0))
        && !Words.STOP.contains(noun.lower());
  }

  /** True for a word that points back to a thing named before: "this", "it", "fight them". */
  private static boolean refersBack(String lower) {
    return ANAPHORS.contains(lower) || BACK_OBJECTS.contains(lower);
  }

  /** Object pronouns that point back to a thing named before: "vowed to fight them". */
  private static final java.util.Set<String> BACK_OBJECTS =
      Words.lookup(java.util.Set.of("them", "so", "that"));

  /** True for an article or a possessive pronoun, which opens a noun phrase: "the", "its". */
  private static boolean opensNoun(Token t) {
    return ARTICLES.contains(t.lower()) || OWNERS.contains(t.lower());
  }

  /**
   * True when a party, or any other name, stands right after the cue at {@code k}, past an article
   * (and the preposition of a cue noun: "support for Globex"), as its object and not as the owner
   * of what follows: "challenge Labour", "backed the Greens", "to challenge Harbour Plus"; not
   * "rejected Labour's plan", nor the speaker after an inverted cue ("..., warned Mr Reed").
   */
  private static boolean partyObject(String text, List<Token> ts, List<Mention> ms, int k) {
    if (commaOrQuoteBefore(text, ts, k)) {
      return false; // "..., warned Mr Reed": the party after the cue is its speaker
    }
    int at = k;
    if (k + 1 < ts.size() && ts.get(k + 1).lower().equals(NOUN_OBJECTS.get(ts.get(k).lower()))) {
      at = k + 1; // "Chilean support for Globex", "criticism of Labour"
    }
    int j = wordAfterArticle(ts, at);
    for (Mention m : ms) {
      if (m.from() == j) {
        return !ts.get(m.to() - 1).possessive()
            && !Words.hasComma(text, ts.get(k).end(), ts.get(j).start());
      }
    }
    // "to challenge Harbour Plus": a name the article makes no party of is an object all the same
    if (j <= k || j >= ts.size()) {
      return false;
    }
    Token t = ts.get(j);
    return t.capitalised()
        && Character.isLetter(t.text().charAt(0))
        && !t.possessive()
        && !Words.hasComma(text, ts.get(k).end(), t.start());
  }

  /**
   * Cue nouns and the preposition that names their object: "support for", "criticism of", "a
   * protest against".
   */
  private static final Map<String, String> NOUN_OBJECTS =
      Words.lookup(
          Map.of(
              "support",
              "for",
              "backing",
              "for",
              "praise",
              "for",
              "criticism",
              "of",
              "protest",
              "against",
              "protests",
              "against"));

  /** Acts and their agents that are against something: "legal action", "went to court". */
  private static final java.util.Set<String> AGAINST_ACTS =
      Words.lookup(
          java.util.Set.of(
              "action",
              "actions",
              "proceedings",
              "court",
              "lawsuit",
              "lawsuits",
              "suit",
              "measures",
              "steps",
              "crackdown",
              "move",
              "moves",
              "moved",
              "campaigners",
              "crusade",
              "crusader"));

  /** Verbs whose object stands before "against": "warned ministers against", "turned them". */
  private static final java.util.Set<String> WARNED_AGAINST =
      Words.lookup(
          java.util.Set.of(
              "warn",
              "warns",
              "warned",
              "caution",
              "cautions",
              "cautioned",
              "advise",
              "advised",
              "advising",
              "turn",
              "turns",
              "turned",
              "unite",
              "united",
              "mobilise",
              "mobilised"));

  /** Contests and their results, which are against a rival: "a game against Wales". */
  private static final java.util.Set<String> CONTESTS =
      Words.lookup(
          java.util.Set.of(
              "game",
              "games",
              "match",
              "matches",
              "win",
              "wins",
              "victory",
              "victories",
              "defeat",
              "defeats",
              "tie",
              "clash",
              "fixture",
              "draw",
              "final",
              "debut",
              "performance",
              "goals",
              "tries"));

  /**
   * False when "against" at {@code k} only relates two things ("a game against Wales", "legal
   * claims against subcontractors", "strong against the dollar", "cushion them against costs",
   * "measured against a rate of 2%") rather than saying someone is against something: after a word
   * of taking sides ("voted against", "the unions are against it", "argued strongly against",
   * "warned ministers against"), or after an act against something right before an issue ("legal
   * action against the merger").
   */
  private static boolean standsAgainst(List<Token> ts, int k, List<IssueExtractor.Hit> hits) {
    if (!ts.get(k).lower().equals("against")) {
      return true;
    }
    for (int j = k + 1; j < Math.min(ts.size(), k + 4); j++) {
      if (isCurrency(ts, j)) {
        return false; // "the krona rose against the US dollar": one rate against another
      }
    }
    String before = k > 0 ? ts.get(k - 1).lower() : "";
    if (CONTESTS.contains(before)
        || (before.equals("and") && k > 1 && ts.get(k - 2).lower().equals("for"))) {
      return false; // "a hard match against the league leaders", "evidence for and against"
    }
    int norm = k + 1 < ts.size() && ts.get(k + 1).lower().equals("the") ? k + 2 : k + 1;
    if (norm + 1 < ts.size() && PUBLIC_OR_NATIONAL.contains(ts.get(norm).lower())) {
      norm++; // "against the public interest"
    }
    if (norm < ts.size() && NORMS.contains(ts.get(norm).lower())) {
      return false; // "it was against the law", "is against the public interest"
    }
    if (CANDIDACY.contains(before) && electionAfter(ts, k)) {
      return false; // "will stand against the sitting MP at the election": a rival, no side
    }
    if (AGAINST_TAKERS.contains(before)) {
      return true;
    }
    if (AGAINST_ACTS.contains(before)) {
      // "legal action against the merger"; "action against its coach" names a person, no issue
      return hits.stream().anyMatch(h -> h.token() > k && h.token() <= k + 4);
    }
    int j = k - 1; // "argued vociferously against", "is not against"
    while (j > 0 && (Words.adverb(ts.get(j).lower()) || NEGATIONS.contains(ts.get(j).lower()))) {
      j--;
    }
    // "cautioned members against": the one warned stands between
    return (j < k - 1 && AGAINST_TAKERS.contains(ts.get(j).lower()))
        || (k >= 2 && WARNED_AGAINST.contains(ts.get(k - 2).lower()));
  }

  /**
   * True when the words from {@code from} name where voters are: "urban areas", "the opinion
   * polls", "its northern heartlands".
   */
  private static boolean votersAfter(List<Token> ts, int from) {
    for (int j = from; j < Math.min(ts.size(), from + 3); j++) {
      if (VOTER_PLACES.contains(ts.get(j).lower())) {
        return true;
      }
    }
    return false;
  }

  /** Where support is measured: "support in urban areas", "support in the polls". */
  private static final java.util.Set<String> VOTER_PLACES =
      Words.lookup(
          java.util.Set.of(
              "areas",
              "cities",
              "towns",
              "constituencies",
              "seats",
              "heartlands",
              "regions",
              "suburbs",
              "marginals",
              "polls",
              "countryside"));

  /** Verbs of running for office: "stand against", "ran against". */
  private static final java.util.Set<String> CANDIDACY =
      Words.lookup(
          java.util.Set.of(
              "stand", "stands", "stood", "standing", "run", "runs", "ran", "running"));

  /** Words for a race for office: "at the next election", "for the seat". */
  private static final java.util.Set<String> ELECTIONS =
      Words.lookup(
          java.util.Set.of(
              "election",
              "elections",
              "by-election",
              "poll",
              "polls",
              "seat",
              "constituency",
              "ballot"));

  /**
   * True when a race for office follows the object of "against" at {@code k}: "against Labour at
   * the next general election", "against him for the seat"; not "against the election".
   */
  private static boolean electionAfter(List<Token> ts, int k) {
    for (int j = k + 2; j < Math.min(ts.size(), k + 8); j++) {
      String w = ts.get(j).lower();
      if (!(w.equals("at") || w.equals("in") || w.equals("for"))) {
        continue;
      }
      for (int e = j + 1; e < Math.min(ts.size(), j + 5); e++) {
        if (ELECTIONS.contains(ts.get(e).lower())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * What a thing can be "against" without anyone opposing it: "against the law", "against the
   * rules", "against the national interest" judge the thing, not the law.
   */
  private static final java.util.Set<String> NORMS =
      Words.lookup(
          java.util.Set.of(
              "law",
              "laws",
              "rules",
              "regulations",
              "interest",
              "interests",
              "spirit",
              "principles"));

  /** Words before a norm that keep it one: "the national interest", "the public interest". */
  private static final java.util.Set<String> PUBLIC_OR_NATIONAL =
      Words.lookup(java.util.Set.of("national", "public"));

  private static boolean isCurrency(List<Token> ts, int j) {
    String w = ts.get(j).lower();
    if (CURRENCIES_AFTER_DEMONYM.contains(w)) {
      return j > 0
          && ts.get(j).text().equals(w)
          && Character.isUpperCase(ts.get(j - 1).text().charAt(0));
    }
    return CURRENCIES.contains(w);
  }

  /** What one calls to have it happen: "the union called a strike", "called an inquiry". */
  private static final java.util.Set<String> CALLED_EVENTS =
      Words.lookup(
          java.util.Set.of(
              "strike",
              "strikes",
              "ballot",
              "election",
              "vote",
              "referendum",
              "truce",
              "ceasefire",
              "halt",
              "meeting",
              "inquiry",
              "review",
              "walkout",
              "boycott",
              "moratorium",
              "debate"));

  /**
   * "called the plans dangerous" names the plans, it calls for nothing: "call" takes a side only
   * before for/on/upon ("called for a ban"), before an event it starts ("called a strike"), before
   * "off" (against) or "by" (a passive: "the strike, called by the union"). Otherwise the words
   * that follow say the side.
   */
  private static boolean namesRatherThanCalls(List<Token> ts, int k) {
    String w = ts.get(k).lower();
    if (!(w.equals("called") || w.equals("calls"))) {
      return false;
    }
    String next = k + 1 < ts.size() ? ts.get(k + 1).lower() : "";
    if (next.equals("for")
        || next.equals("on")
        || next.equals("upon")
        || next.equals("off")
        || next.equals("by")
        || (w.equals("calls") && next.equals("from"))) {
      return false; // a call: "calls for", "calls from unions for a strike" (not "called from")
    }
    int n = k + 1;
    if (n < ts.size() && (next.equals("a") || next.equals("an") || next.equals("the"))) {
      n++;
    }
    return !(n < ts.size() && CALLED_EVENTS.contains(ts.get(n).lower()));
  }

  /** Words between a cue and the "calls" it acts on: "rejected fresh calls for". */
  private static final int CALL_OBJECT_GAP = 3;

  /**
   * True when "calls" at {@code k} is the object of the cue at {@code cue}, a few lower-case words
   * before it: "rejected calls for a tax" opposes the tax and "backed growing calls for" backs it,
   * so the earlier cue keeps its side. Not after a comma or a conjunction ("rejected the plan and
   * calls for a tax").
   */
  private static boolean callTakenUp(String text, List<Token> ts, int cue, int k) {
    if (!ts.get(k).lower().equals("calls")
        || k - cue > CALL_OBJECT_GAP + 1
        || Words.hasComma(text, ts.get(cue).end(), ts.get(k).start())) {
      return false;
    }
    for (int j = cue + 1; j < k; j++) {
      Token t = ts.get(j);
      if (t.capitalised() || PartyRecognizer.COORDINATORS.contains(t.lower())) {
        return false;
      }
    }
    return true;
  }

  /** Auxiliaries that carry a tense, so open a verb of their own after "and": "and has put". */
  private static final java.util.Set<String> FINITE_AUXILIARIES =
      Words.lookup(
          java.util.Set.of(
              "do", "does", "did", "has", "have", "had", "will", "would", "could", "should", "may",
              "might", "must", "can"));

  /** Words that may stand between a subject and its verb: "Labour has rejected", "X would not". */
  private static final java.util.Set<String> AUXILIARIES =
      Words.lookup(
          Words.union(
              FINITE_AUXILIARIES,
              java.util.Set.of(
                  "also",
                  "now",
                  "then",
                  "still",
                  "already",
                  "not",
                  "never",
                  "firmly",
                  "strongly",
                  "flatly",
                  "repeatedly",
                  "previously",
                  "again",
                  "duly")));

  /** Words that open a condition: "will vote against it unless ...", "would back it if ...". */
  private static final java.util.Set<String> CONDITIONS =
      Words.lookup(java.util.Set.of("unless", "if"));

  /**
   * After these "if" asks a question ("questioned if", "unclear if") or compares ("as if"): no
   * condition.
   */
  private static final java.util.Set<String> QUESTIONING =
      Words.lookup(
          java.util.Set.of(
              "ask",
              "asks",
              "asked",
              "asking",
              "question",
              "questioned",
              "questions",
              "wonder",
              "wondered",
              "wonders",
              "unclear",
              "know",
              "knows",
              "see",
              "sure",
              "clear",
              "decide",
              "decided",
              "check",
              "checked",
              "whether"));

  private static boolean opensCondition(List<Token> ts, int i) {
    String w = ts.get(i).lower();
    if (w.equals("as")
        && i + 2 < ts.size()
        && ts.get(i + 1).lower().equals("long")
        && ts.get(i + 2).lower().equals("as")) {
      return true; // "as long as"
    }
    if (w.equals("condition") && i > 0 && ts.get(i - 1).lower().equals("on")) {
      return true; // "on condition that"
    }
    if ((w.equals("provided") || w.equals("providing"))
        && i + 1 < ts.size()
        && ts.get(i + 1).lower().equals("that")) {
      return true; // "provided that", not "provided extra support"
    }
    if (INVERTING.contains(w)
        && i + 1 < ts.size()
        && SUBJECT_PRONOUNS.contains(ts.get(i + 1).lower())) {
      // "the fine would have been higher had she opposed the levy", "were they to back it"
      return true;
    }
    return CONDITIONS.contains(w)
        && !(w.equals("if") && i > 0 && QUESTIONING.contains(ts.get(i - 1).lower()));
  }

  /** Auxiliaries that open a condition when the subject follows them: "had he", "were they". */
  private static final java.util.Set<String> INVERTING =
      Words.lookup(java.util.Set.of("had", "were", "should"));

  /**
   * A sentence's clauses as {from, to, 1 if a condition else 0}. Clauses break at "but", "while",
   * ... and where a condition opens; a condition runs to the first comma after it ("If the Tories
   * back it, Labour will ...") or to the next break.
   */
  private static List<int[]> clauses(String text, List<Token> ts) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    boolean condition = false;
    for (int i = 0; i <= ts.size(); i++) {
      boolean atEnd = i == ts.size();
      boolean opens = !atEnd && opensCondition(ts, i);
      boolean breaks = !atEnd && CLAUSE_BREAKS.contains(ts.get(i).lower());
      boolean closesCondition =
          condition
              && !atEnd
              && i > start
              && Words.hasComma(text, ts.get(i - 1).end(), ts.get(i).start());
      if (atEnd || ((opens || breaks || closesCondition) && i > start)) {
        out.add(new int[] {start, i, condition ? 1 : 0});
        start = i;
        condition = opens;
      } else if (opens) {
        condition = true; // a condition opening the sentence
      }
    }
    return out;
  }

  /** Words that refer back to something already named: "this demand", "rejected it". */
  private static final java.util.Set<String> ANAPHORS =
      Words.lookup(java.util.Set.of("this", "these", "those", "such", "it"));

  private static boolean pointsBack(List<Token> ts, int from, int to) {
    for (int k = from; k < to; k++) {
      if (ANAPHORS.contains(ts.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** True when tokens {@code from} to {@code to} hold a cue word or a reaction noun. */
  private static boolean hasCue(List<Token> ts, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = ts.get(k).lower();
      if (CUES.containsKey(w) || EXPERIENCER.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Words between an issue and a judgement of it: "the offer was wholly unacceptable". */
  private static final java.util.Set<String> COPULA =
      Words.lookup(
          java.util.Set.of(
              "is",
              "was",
              "are",
              "were",
              "be",
              "been",
              "would",
              "will",
              "could",
              "may",
              "might",
              "not",
              "deeply",
              "wholly",
              "totally",
              "utterly",
              "completely",
              "simply",
              "very",
              "so"));

  /**
   * The position of a judgement ({@link #EVALUATIVE}) of the issue phrase whose head is at {@code
   * head}: "the offer was unacceptable", "lifting it would be irresponsible"; -1 when none follows
   * it directly. Not "too optimistic", which judges the other way.
   */
  private static int judgementAfter(List<Token> ts, int head, int to) {
    for (int k = head + 1; k < to && k <= head + 4; k++) {
      String w = ts.get(k).lower();
      if (EVALUATIVE.contains(w)) {
        return k;
      }
      if (!COPULA.contains(w)) {
        return -1;
      }
    }
    return -1;
  }

  /** Modal verbs that make what follows a prediction: "giving up land would invite attacks". */
  private static final java.util.Set<String> MODALS =
      Words.lookup(java.util.Set.of("would", "could", "will", "might", "may"));

  /**
   * True when the cue at {@code cue} reports a "that" clause that predicts, and the issue whose
   * head is at {@code head} is the prediction's subject ("insists that selling the port would ...")
   * or part of what it predicts ("... would only invite more unrest").
   */
  private static boolean predicted(List<Token> ts, int cue, int head, int to) {
    boolean that = cue + 1 < to && ts.get(cue + 1).lower().equals("that");
    boolean warning = WARNINGS.contains(ts.get(cue).lower()); // "warned the firm would ..."
    if (!(that || warning) || COMMITTING.contains(ts.get(cue).lower())) {
      return false; // "promised that the next release will allow it" backs what it promises
    }
    return modalBetween(ts, cue + 1, Math.min(to, head + 3));
  }

  /**
   * True when a modal ("would", "may" ...) or a word of forecast before "to" ("expected to",
   * "likely to", "set to") stands in tokens {@code from} to {@code to}.
   */
  private static boolean modalBetween(List<Token> ts, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = ts.get(k).lower();
      if (MODALS.contains(w)
          || (FORECASTING.contains(w) && k + 1 < ts.size() && ts.get(k + 1).lower().equals("to"))) {
        return true;
      }
    }
    return false;
  }

  /** Words that before "to" forecast: "yields were expected to decline", "is set to rise". */
  private static final java.util.Set<String> FORECASTING =
      Words.lookup(java.util.Set.of("expected", "likely", "set"));

  /** Forms of "have", which follow a noun subject: "support has fallen". */
  private static final java.util.Set<String> HAVE =
      Words.lookup(java.util.Set.of("has", "have", "had"));

  /**
   * Words after a noun that say how much of it there is or where it lies: "support rose", "backing
   * among members".
   */
  private static final java.util.Set<String> SHIFTS =
      Words.lookup(
          java.util.Set.of(
              "rise", "rises", "rose", "risen", "fall", "falls", "fell", "fallen", "grow", "grows",
              "grew", "grown", "drop", "drops", "dropped", "slip", "slips", "slipped", "among"));

  /** Cues that warn of what a forecast predicts: its verb, not the warning, judges. */
  private static final java.util.Set<String> WARNINGS =
      Words.lookup(
          java.util.Set.of(
              "warn", "warns", "warned", "warning", "caution", "cautions", "cautioned"));

  /** Words a warning's addressee may run to before what they are warned of. */
  private static final int ADDRESSEE_WORDS = 5;

  /**
   * True when the accusation at {@code k} charges its object with what it is or has: "accused Mr
   * Lane of being afraid of scrutiny", "accuse the board of having contempt for savers". What
   * follows describes the accused, and the accuser takes no side on the things it names; "accused
   * the board of raising fees" still opposes the fees.
   */
  private static boolean accusedOfBeing(String text, List<Token> ts, int k, int to) {
    if (!ts.get(k).lower().startsWith("accus")) {
      return false;
    }
    for (int j = k + 1; j + 1 < Math.min(to, k + 2 + ADDRESSEE_WORDS); j++) {
      if (Words.hasComma(text, ts.get(j - 1).end(), ts.get(j).start())) {
        return false;
      }
      if (ts.get(j).lower().equals("of")) {
        String next = ts.get(j + 1).lower();
        return next.equals("being") || next.equals("having");
      }
    }
    return false;
  }

  /**
   * True when the warning at {@code k} names whom it warns before what: "warned banks and other
   * firms that ...", "warned PC users to update ...", "warned his side they must ...". What follows
   * is advice or a forecast for them, which takes no side on the addressee.
   */
  private static boolean warnedSomeone(String text, List<Token> ts, int k, int to) {
    if (!WARNINGS.contains(ts.get(k).lower()) || k + 1 >= to) {
      return false;
    }
    String first = ts.get(k + 1).lower();
    if (first.equals("that")
        || OBJECT_PREPOSITIONS.contains(first)
        || OPENING_PREPOSITIONS.contains(first)
        || BETWEEN_SUBJECT_AND_VERB.contains(first)
        || first.equals("before")
        || Words.adverb(first)) {
      return false; // "warned that", "warned of", "warned on Thursday that": no addressee
    }
    for (int j = k + 2; j < Math.min(to, k + 2 + ADDRESSEE_WORDS); j++) {
      if (Words.hasComma(text, ts.get(j - 1).end(), ts.get(j).start())) {
        return false;
      }
      String w = ts.get(j).lower();
      if (w.equals("that") || SUBJECT_PRONOUNS.contains(w)) {
        return true;
      }
      if (w.equals("to") && j + 1 < to && infinitive(ts.get(j + 1))) {
        return true; // "warned users to update their systems"
      }
      if (BE.contains(w) || AUXILIARIES.contains(w) || isCue(w)) {
        return false; // "warned the cuts would hurt": a statement, its subject no addressee
      }
    }
    return false;
  }

  /** True when {@code t}, after "to", reads as a verb: a lower-case word that opens no noun. */
  private static boolean infinitive(Token t) {
    String w = t.lower();
    return !t.capitalised()
        && !opensNoun(t)
        && !DETERMINERS.contains(w)
        && Character.isLetter(w.charAt(0));
  }

  /** Tokens after an issue's head within which a prediction's verb judges it. */
  private static final int EFFECT_WINDOW = 6;

  /** Cues that commit the holder to what the "that" clause says will happen. */
  private static final java.util.Set<String> COMMITTING =
      Words.lookup(
          java.util.Set.of(
              "promise",
              "promises",
              "promised",
              "pledge",
              "pledges",
              "pledged",
              "vow",
              "vows",
              "vowed"));

  /**
   * The position of the first side-taking cue or judgement after the modal that follows the head at
   * {@code head} ("would undermine", "would be unacceptable"), before any condition, or -1.
   */
  private static int effectAfter(List<Token> ts, int head, int to) {
    for (int k = head + 1; k < to && k <= head + EFFECT_WINDOW; k++) {
      if (opensCondition(ts, k)) {
        return -1; // "could strike if ministers scrap the scheme": the condition is no effect
      }
      StanceValue v = cueValue(ts, head + 1, k); // every judgement word is a cue too
      if ((v != null && v != StanceValue.NEUTRAL) || servesAs(ts, head + 1, k) >= 0) {
        return k;
      }
    }
    return -1;
  }

  /** What a thing may serve as when it is welcomed: "a basis for talks", "a starting point". */
  private static final java.util.Set<String> GROUNDS =
      Words.lookup(
          java.util.Set.of(
              "basis", "foundation", "foundational", "starting", "blueprint", "model"));

  /**
   * The position of the verb when the word at {@code k} is a ground that "serve(s) as" or "act(s)
   * as", after {@code from}, puts the issue forward as ("the draft might serve as a starting
   * point"); otherwise -1.
   */
  private static int servesAs(List<Token> ts, int from, int k) {
    if (!GROUNDS.contains(ts.get(k).lower())) {
      return -1;
    }
    for (int b = Math.max(from, k - 3); b + 1 < k; b++) {
      String verb = ts.get(b).lower();
      if ((verb.startsWith("serv") || verb.equals("act") || verb.equals("acts"))
          && ts.get(b + 1).lower().equals("as")) {
        return b;
      }
    }
    return -1;
  }

  /** Verbs that take a thing away: judging its removal judges the thing the other way. */
  private static final java.util.Set<String> REMOVING =
      Words.lookup(
          java.util.Set.of(
              "lifting",
              "scrapping",
              "dropping",
              "abolishing",
              "ending",
              "removing",
              "axing",
              "cutting",
              "repealing",
              "lift",
              "scrap",
              "drop",
              "abolish",
              "end",
              "remove",
              "axe",
              "repeal",
              "stop",
              "stopping",
              "prevent",
              "preventing",
              "halt",
              "halting",
              "curb",
              "curbing",
              "reduce",
              "reducing",
              "cut",
              "tackle",
              "tackling",
              "combat",
              "combating",
              "fight",
              "fighting",
              "ban",
              "banning",
              "abandon",
              "abandoning",
              "reverse",
              "reversing",
              "withdraw",
              "withdrawing",
              "avoid",
              "avoiding",
              "refrain",
              "refraining",
              "halve",
              "halving",
              "slash",
              "slashing",
              "eliminate",
              "eliminating",
              "eradicate",
              "eradicating",
              "shrink",
              "shrinking",
              "suspend",
              "suspending",
              "shelve",
              "shelving",
              "postpone",
              "postponing",
              "pause",
              "pausing",
              "delay",
              "delaying",
              "freeze",
              "freezing",
              "curtail",
              "curtailing",
              "trim",
              "trimming"));

  /**
   * True when an issue's name opens with a verb of removal: "cutting subsidies", "end poverty"; not
   * a noun ("ban on arms exports", "the end of").
   */
  private static boolean namedByRemoval(String name) {
    String[] words = name.split(" ");
    return words.length > 1
        && REMOVING.contains(words[0])
        && (words[0].endsWith("ing") || !Words.STOP.contains(words[1]));
  }

  /** Nouns of taking a thing away: "the abolition of the water tax", "a ban on night flights". */
  private static final java.util.Set<String> REMOVAL_NOUNS =
      Words.lookup(
          java.util.Set.of(
              "abolition",
              "removal",
              "deportation",
              "deportations",
              "ban",
              "closure",
              "repeal",
              "scrapping",
              "cut",
              "cuts",
              "reduction",
              "reductions",
              "deletion",
              "destruction",
              "suspension",
              "elimination"));

  /**
   * Heads of issues that are amounts, which a cut lowers rather than takes away: "a cut in the
   * retirement age" is no opposition to a retirement age.
   */
  private static final java.util.Set<String> QUANTITIES =
      Words.lookup(
          java.util.Set.of(
              "age",
              "limit",
              "limits",
              "rate",
              "rates",
              "level",
              "levels",
              "threshold",
              "thresholds",
              "ceiling",
              "cap"));

  /** Nouns that hold a thing back, before "on": "a limit on privatisation", "curbs on imports". */
  private static final java.util.Set<String> LIMITS =
      Words.lookup(
          java.util.Set.of(
              "limit",
              "limits",
              "restriction",
              "restrictions",
              "curb",
              "curbs",
              "cap",
              "caps",
              "moratorium",
              "freeze",
              "halt"));

  /** Words that join a removal noun to what is removed: "abolition of", "ban on", "cuts in". */
  private static final java.util.Set<String> REMOVED_FROM =
      Words.lookup(java.util.Set.of("of", "on", "in", "to"));

  /**
   * The side the judgement at {@code judgement} takes on the issue whose head is at {@code head}
   * (negated when a "not" stands after {@code from}), turned when the issue is being taken away:
   * "lifting the trade embargo would be reckless" is for the embargo.
   */
  private static StanceValue sideOfJudgement(List<Token> ts, int from, int judgement, int head) {
    StanceValue v = cueValue(ts, from, judgement);
    if (v == null) {
      // a ground: "could serve as a basis" welcomes it, "could not serve as a basis" does not
      v =
          negated(ts, from, servesAs(ts, from, judgement))
              ? StanceValue.OPPOSE
              : StanceValue.SUPPORT;
    }
    return removedBefore(ts, head) ? v.turned() : v;
  }

  /**
   * True when the words after the cue at {@code cue} and just before the phrase that starts at
   * {@code from} take the thing away: "wants to abolish the tax", "called for an end to the
   * embargo", "backed lifting the ban", "wants to do away with", "get rid of", "regretted any limit
   * on", "called for less red tape", also past an owner and words of size ("to lift the Andean
   * Pact's fishing ban", "to halve Peru's massive port debt"); not "warned of a drop in profit".
   */
  private static boolean removalBefore(List<Token> ts, int cue, int from) {
    int owner = from - 1; // "to lift the Andean Pact's fishing ban": the owner is skipped
    while (owner > cue + 1 && IssueExtractor.genericModifier(ts.get(owner).lower())) {
      owner--; // "to halve Peru's massive port debt": a word of size before the phrase too
    }
    if (owner > cue && ts.get(owner).possessive()) {
      owner--;
      while (owner > cue && ts.get(owner).capitalised()) {
        owner--;
      }
      if (owner > cue && DETERMINERS.contains(ts.get(owner).lower())) {
        owner--;
      }
    }
    for (int k = Math.max(cue + 1, owner - 2); k < from; k++) {
      String w = ts.get(k).lower();
      String next = ts.get(k + 1).lower();
      boolean phrasal =
          (w.equals("away") && next.equals("with"))
              || (w.equals("rid") && next.equals("of"))
              || (w.equals("end") && next.equals("to"))
              || (REMOVAL_NOUNS.contains(w) && REMOVED_FROM.contains(next))
              || (LIMITS.contains(w) && next.equals("on"));
      // a base form is a verb after "to" ("to drop the charges"), else a noun ("a drop in profit")
      boolean verb = w.endsWith("ing") || (k > 0 && ts.get(k - 1).lower().equals("to"));
      boolean less = k == from - 1 && (w.equals("less") || w.equals("fewer")); // "less red tape"
      if (phrasal || less || (REMOVING.contains(w) && verb)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when "not to" or "never to" stands between the cue at {@code cue} and the phrase at {@code
   * from}: the cue commits its holder against the act it names ("pledged not to raise the tax").
   */
  private static boolean negatedInfinitive(List<Token> ts, int cue, int from) {
    for (int k = cue + 1; k + 1 < from; k++) {
      String w = ts.get(k).lower();
      if ((w.equals("not") || w.equals("never")) && ts.get(k + 1).lower().equals("to")) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the phrase found at {@code from} opens with a verb of removal after "to" that its
   * issue's name leaves out: "agreed to suspend cotton sales" found as "cotton sales".
   */
  private static boolean removalOpening(List<Token> ts, int cue, int from, String name) {
    String w = ts.get(from).lower();
    boolean verb =
        from > cue + 1 ? ts.get(from - 1).lower().equals("to") : from > cue && w.endsWith("ing");
    return verb && REMOVING.contains(w) && !name.startsWith(w + " ");
  }

  /**
   * True when the cue at {@code cue} takes away a thing named before, pointed back to right after
   * it: a verb of removal after "to" ("vowed to fight it", "wants to scrap this") or a removal
   * participle after a verb of wanting ("would never want it dropped").
   */
  private static boolean removalOfAnaphor(List<Token> ts, int cue, int to) {
    int k = cue + 2;
    if (k < to
        && WANTING.contains(ts.get(cue).lower())
        && refersBack(ts.get(cue + 1).lower())
        && REMOVED.contains(ts.get(k).lower())) {
      return true;
    }
    return k + 1 < to
        && ts.get(cue + 1).lower().equals("to")
        && REMOVING.contains(ts.get(k).lower())
        && refersBack(ts.get(k + 1).lower());
  }

  /**
   * Past participles of taking a thing away or holding it down: "wants the tax scrapped", "want the
   * fee to be capped".
   */
  private static final java.util.Set<String> REMOVED =
      Words.lookup(
          java.util.Set.of(
              "capped",
              "frozen",
              "curtailed",
              "restricted",
              "reduced",
              "trimmed",
              "scrapped",
              "abolished",
              "axed",
              "dropped",
              "lifted",
              "removed",
              "ended",
              "halted",
              "stopped",
              "banned",
              "curbed",
              "withdrawn",
              "abandoned",
              "reversed",
              "repealed",
              "eliminated",
              "slashed",
              "halved",
              "shelved",
              "suspended",
              "paused",
              "delayed"));

  /** Verbs of wanting, after which a bare participle says what is wanted: "wants it scrapped". */
  private static final java.util.Set<String> WANTING =
      Words.lookup(
          java.util.Set.of("want", "wants", "wanted", "wanting", "prefer", "prefers", "preferred"));

  /**
   * True when the issue whose head is at {@code head} is taken away by a passive right after it:
   * "demanded that the tax be scrapped", "the tax should be abolished", "jobs being axed", "jobs in
   * Lima alone being axed", "put on hold"; a bare participle only after a verb of wanting ({@code
   * cue}): "wants the tax scrapped".
   */
  private static boolean removalAfter(List<Token> ts, int head, int to, String cue) {
    int j = head + 1;
    if (j < to && PLACE_PREPOSITIONS.contains(ts.get(j).lower())) {
      // "jobs in Lima alone being axed": a place between the issue and its passive
      for (int k = j + 1; k < Math.min(to, j + PLACE_WORDS + 1); k++) {
        if (BE.contains(ts.get(k).lower())) {
          j = k;
          break;
        }
      }
    }
    boolean bare = true;
    if (j + 1 < to && (ts.get(j).lower().equals("to") || AUXILIARIES.contains(ts.get(j).lower()))) {
      j++; // "to be scrapped", "should be scrapped"
    }
    if (j < to && BE.contains(ts.get(j).lower())) {
      j++;
      bare = false;
    }
    if (j >= to || (bare && (j != head + 1 || !WANTING.contains(cue)))) {
      return false;
    }
    String w = ts.get(j).lower();
    boolean onHold =
        w.equals("put")
            && j + 2 < to
            && ts.get(j + 1).lower().equals("on")
            && ts.get(j + 2).lower().equals("hold");
    return REMOVED.contains(w) || onHold;
  }

  /** Prepositions of place that may stand between an issue and the passive that removes it. */
  private static final java.util.Set<String> PLACE_PREPOSITIONS =
      Words.lookup(java.util.Set.of("in", "at", "across", "throughout"));

  /** Words at most in such a place phrase: "in Lima alone". */
  private static final int PLACE_WORDS = 3;

  /** True when a removal verb stands within the three words before the issue's head. */
  private static boolean removedBefore(List<Token> ts, int head) {
    for (int k = Math.max(0, head - 3); k < head; k++) {
      if (REMOVING.contains(ts.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last party named between the two positions that is not the object of a participle: in "The
   * three unions meeting Mr Hale want ...", Hale is met, he does not want.
   */
  private static Mention lastSubjectBetween(
      List<Token> ts, List<Mention> ms, int after, int before) {
    return lastSubjectBetween(ts, ms, after, before, m -> true);
  }

  private static Mention lastSubjectBetween(
      List<Token> ts,
      List<Mention> ms,
      int after,
      int before,
      java.util.function.Predicate<Mention> also) {
    return lastMentionBetween(ms, after, before, m -> !objectOfParticiple(ts, m) && also.test(m));
  }

  /**
   * The position of the relative pronoun that is the subject of the cue at {@code cue} ("who want",
   * "which has rejected"), or -1.
   */
  private static int relativeBefore(List<Token> ts, int from, int cue) {
    if (CUE_NOUNS.contains(ts.get(cue).lower())) {
      return -1; // "posters, which critics called offensive": the pronoun is the object
    }
    int k = cue - 1;
    if (ts.get(cue).lower().equals("against")
        && k >= from
        && AGAINST_TAKERS.contains(ts.get(k).lower())) {
      k--; // "people who marched against the plan"
    }
    k = beforeVerb(ts, from, k); // "who has long rejected", "which also wants"
    String w = k >= from ? ts.get(k).lower() : "";
    if (w.equals("and")) {
      // "people who own a computer and want a tablet": the relative clause's second verb
      // ("sells to farmers who own tractors, and wants diesel": a comma closes the clause)
      for (int j = k - 1; j >= Math.max(from, k - RELATIVE_REACH - 3); j--) {
        if (!IssueExtractor.adjacent(ts, j + 1)) {
          break;
        }
        String r = ts.get(j).lower();
        if (r.equals("who") || r.equals("which")) {
          return j;
        }
      }
      return -1;
    }
    return w.equals("who") || w.equals("which") || relativeThat(ts, from, k) ? k : -1;
  }

  /**
   * True when "that" at {@code k} is a relative pronoun: after a pronoun for people ("those that
   * support hunting") or a plural after a determiner ("the firms that backed it"); not a
   * conjunction ("said that it backed ...").
   */
  private static boolean relativeThat(List<Token> ts, int from, int k) {
    if (k <= from || !ts.get(k).lower().equals("that")) {
      return false;
    }
    Token before = ts.get(k - 1);
    String w = before.lower();
    return !before.capitalised()
        && (PEOPLE_PRONOUNS.contains(w)
            || (w.endsWith("s") && k - 2 >= from && DETERMINERS.contains(ts.get(k - 2).lower())));
  }

  /** Pronouns for people that a relative clause can describe: "those who", "anyone that". */
  private static final java.util.Set<String> PEOPLE_PRONOUNS =
      Words.lookup(
          java.util.Set.of(
              "those",
              "anyone",
              "anybody",
              "everyone",
              "everybody",
              "someone",
              "somebody",
              "people"));

  /**
   * The position of "which", "who" or "whose" opening an aside set off by commas that closes before
   * the cue at {@code cue} ("The bill, which ministers back, is opposed"), or -1.
   */
  private static int closedAsideBefore(String text, List<Token> ts, int from, int cue) {
    for (int j = cue - 1; j > from; j--) {
      if (RELATIVES.contains(ts.get(j).lower())
          && Words.hasComma(text, ts.get(j - 1).end(), ts.get(j).start())) {
        return Words.hasComma(text, ts.get(j).end(), ts.get(cue).start()) ? j : -1;
      }
    }
    return -1;
  }

  /**
   * True when the cue at {@code cue}, in a clause from {@code from} that its {@code speaker} only
   * reports, has a subject of its own that is not the speaker's: a common noun ("while farmers
   * would welcome it"), a plural opening the clause ("Creditors would seek it"), or "the
   * government" for a firm ("the government would oppose it").
   */
  private static boolean othersSubject(
      String text,
      List<Token> ts,
      List<Mention> ms,
      Mention speaker,
      int from,
      int cue,
      Map<String, PartyRecognizer.Found> found,
      Gazetteer gazetteer) {
    return nounSubjectAfter(text, ts, Math.max(0, from - 1), cue, gazetteer)
        || quoteOpensWithNoun(text, ts, ms, from, cue, gazetteer)
        || outsideParty(ts, speaker, from, cue, found);
  }

  /**
   * The party whose verb the cue at {@code cue} is when an aside set off by commas stands between
   * them ("'Peru, which is a small country, does not want the tax,' she said"): the party ends
   * right before the aside's comma. Null otherwise; a noun or party of its own between the aside
   * and the cue is found before this is asked ("..., says farmers do not want ...").
   */
  private static Mention subjectBeforeAside(
      String text, List<Token> ts, List<Mention> ms, int from, int cue) {
    int aside = closedAsideBefore(text, ts, from, cue);
    if (aside < 0) {
      return null;
    }
    for (Mention m : ms) {
      if (!m.incidental() && m.to() == aside) {
        return m;
      }
    }
    return null;
  }

  /**
   * The token that opens the first comma after the cue at {@code cue} when the cue stands in an
   * aside opened by a comma and "who", "which" or "whose" ("Ms Lee, who backs the levy, said ..."),
   * before {@code reach}; else -1.
   */
  private static int asideEnd(String text, List<Token> ts, int from, int cue, int reach) {
    for (int j = cue - 1; j >= Math.max(from, 1); j--) {
      if (Words.hasComma(text, ts.get(j).end(), ts.get(j + 1).start())) {
        return -1; // a comma between the cue and any pronoun: no aside of its own
      }
      if (RELATIVES.contains(ts.get(j).lower())
          && Words.hasComma(text, ts.get(j - 1).end(), ts.get(j).start())) {
        for (int k = cue + 1; k < reach; k++) {
          if (Words.hasComma(text, ts.get(k - 1).end(), ts.get(k).start())) {
            return k;
          }
        }
        return -1;
      }
    }
    return -1;
  }

  /**
   * The party a relative pronoun at {@code relative} stands for: the mention ending right before it
   * ("the rebels, who"; "President Lee himself, who"), or null when it stands for no party ("women
   * who want to work").
   */
  private static Mention antecedent(List<Token> ts, List<Mention> ms, int relative) {
    int end =
        relative > 0 && REFLEXIVES.contains(ts.get(relative - 1).lower()) ? relative - 1 : relative;
    Mention named = lastMentionBetween(ms, -1, relative, m -> m.to() == end);
    for (int r = relative - 1; named == null && r >= Math.max(0, relative - 6); r--) {
      if (REPRESENTING.contains(ts.get(r).lower())) {
        // "Acme Action, representing 80 people who appealed", "a union, which represents nurses
        // who ...": those it speaks for
        int at = r > 0 && RELATIVES.contains(ts.get(r - 1).lower()) ? r - 1 : r;
        named = lastMentionBetween(ms, -1, r, m -> m.to() == at);
      }
    }
    return named;
  }

  /** Words by which a party speaks for people it names: "a union representing nurses who ...". */
  private static final java.util.Set<String> REPRESENTING =
      Words.lookup(java.util.Set.of("representing", "represents", "represent", "represented"));

  /** Words that stand between a name and the relative pronoun after it: "Lee himself, who". */
  private static final java.util.Set<String> REFLEXIVES =
      Words.lookup(java.util.Set.of("himself", "herself", "itself", "themselves"));

  /** Cue words that are nouns, never the verb of a relative pronoun. */
  private static final java.util.Set<String> CUE_NOUNS =
      Words.lookup(
          java.util.Set.of(
              "critics",
              "criticism",
              "objection",
              "objections",
              "rejection",
              "condemnation",
              "optimism"));

  /** True when the cue at {@code k} is a verb coordinated after a comma: "..., and praised". */
  private static boolean coordinated(String text, List<Token> ts, int k) {
    return k >= 2
        && ts.get(k - 1).lower().equals("and")
        && Words.hasComma(text, ts.get(k - 2).end(), ts.get(k - 1).start());
  }

  /**
   * The position of the verb whose object {@code m} is, when the cue at {@code cue} follows "and"
   * with no comma and no verb of its own between: "thanked President Lopez for his help and
   * stressed" (the verb, in the past and no report, right before the party or its title); else -1.
   */
  private static int objectOfVerbBeforeAnd(String text, List<Token> ts, Mention m, int cue) {
    if (cue < 2
        || !ts.get(cue - 1).lower().equals("and")
        || Words.hasComma(text, ts.get(cue - 2).end(), ts.get(cue - 1).start())) {
      return -1;
    }
    int k = m.from() - 1;
    while (k >= 0 && (ts.get(k).capitalised() || DETERMINERS.contains(ts.get(k).lower()))) {
      k--; // "thanked President Lopez", "met the Peru delegation"
    }
    if (k < 0) {
      return -1;
    }
    String w = ts.get(k).lower();
    boolean past = w.endsWith("ed") || IssueExtractor.PAST_TENSES.contains(w);
    if (!past || Words.REPORTING.contains(w) || isCue(w) || BE.contains(w)) {
      return -1;
    }
    for (int j = m.to(); j < cue - 1; j++) {
      String v = ts.get(j).lower();
      if (isCue(v) || Words.REPORTING.contains(v) || BE.contains(v) || v.equals("to")) {
        // "met Chile, which backed ..., and": another verb between; "allowed Acme to keep
        // control and block the sale": the second verb goes on the first's infinitive
        return -1;
      }
    }
    return k;
  }

  /**
   * The party named last before the sentence's first cue or reporting verb, when that verb stands
   * before token {@code before}: the subject the sentence opens with. Null otherwise.
   */
  private static Mention subjectOfFirstVerb(List<Token> ts, List<Mention> ms, int before) {
    for (int v = 0; v < before; v++) {
      String w = ts.get(v).lower();
      if (isCue(w) || Words.REPORTING.contains(w)) {
        return lastMentionBetween(ms, -1, v);
      }
    }
    return null;
  }

  /** Pronouns that stand for a body or a group as the subject of a cue: "it backs", "they want". */
  private static final java.util.Set<String> THING_SUBJECTS =
      Words.lookup(java.util.Set.of("it", "they"));

  /** Prepositions whose object is no subject: "hostility to Peru", "talks with Chile". */
  private static final java.util.Set<String> OBJECT_PREPOSITIONS =
      Words.lookup(
          java.util.Set.of(
              "to", "of", "from", "with", "on", "at", "for", "against", "about", "over", "towards",
              "toward", "into"));

  /**
   * True when mention {@code m} names a party one serves rather than belongs to: a state, firm or
   * body, not a person or a political party ("former Conservative leader" is still a Tory).
   */
  private static boolean servedOnly(Mention m, Map<String, PartyRecognizer.Found> found) {
    PartyRecognizer.Found f = found.get(m.party());
    return f != null && f.kind != PartyKind.PERSON && f.kind != PartyKind.POLITICAL_PARTY;
  }

  /** Tokens before a mention within which "former" makes it a past affiliation. */
  private static final int FORMER_REACH = 4;

  /**
   * True when mention {@code m} names a party someone served in the past: "a former Cabinet Office
   * minister", "former directors at Acme", "ex-Acme chief". Such an official does not speak for a
   * state or body ({@link #servedOnly}); a person is their own party, and a political party keeps
   * its former leaders.
   */
  private static boolean formerly(String text, List<Token> ts, Mention m) {
    for (int k = m.from() - 1; k >= Math.max(0, m.from() - FORMER_REACH); k--) {
      if (Words.hasComma(text, ts.get(k).end(), ts.get(k + 1).start())) {
        return false;
      }
      String w = ts.get(k).lower();
      if (w.equals("former") || w.equals("ex") || w.startsWith("ex-")) {
        return true;
      }
      if (CUES.containsKey(w) || BE.contains(w)) {
        return false; // "Acme backed former ...": the word belongs to another phrase
      }
    }
    return false;
  }

  /** Nouns for a part of a firm that someone holds: "a stake in Acme", "shares of Acme". */
  private static final java.util.Set<String> HOLDINGS =
      Words.lookup(
          java.util.Set.of(
              "stake", "stakes", "share", "shares", "holding", "holdings", "cent", "percent"));

  /**
   * True when mention {@code m} is what someone holds a part of: "owns 5% of Acme", "a 2% stake in
   * Acme", "shares in Acme". The holder, not the firm held, is the subject.
   */
  private static boolean ownedStake(String text, List<Token> ts, Mention m) {
    int k = wordBeforeArticle(ts, m);
    if (k < 1 || !(ts.get(k).lower().equals("of") || ts.get(k).lower().equals("in"))) {
      return false;
    }
    Token part = ts.get(k - 1);
    if (k - 1 == 0) {
      return false; // "Shares in Acme fell after it said ...": no holder, the firm is the topic
    }
    return HOLDINGS.contains(part.lower())
        || text.substring(part.end(), ts.get(k).start()).contains("%")
        || part.text().endsWith("%");
  }

  /** Nouns of a public protest, which others hold: "protests", "riots", "a strike". */
  private static final java.util.Set<String> PROTEST_NOUNS =
      Words.lookup(
          java.util.Set.of(
              "protest",
              "protests",
              "demonstration",
              "demonstrations",
              "riot",
              "riots",
              "rally",
              "rallies",
              "march",
              "marches",
              "strike",
              "strikes",
              "unrest"));

  /** Verbs whose subject undergoes what follows: "suffered", "faced", "saw". */
  private static final java.util.Set<String> UNDERGOING =
      Words.lookup(
          java.util.Set.of(
              "suffered",
              "suffers",
              "faced",
              "faces",
              "facing",
              "saw",
              "sees",
              "witnessed",
              "endured"));

  /**
   * True when the cue at {@code k} is a protest noun, or "against" right after one, that a verb of
   * undergoing puts on the holder: "Peru endured days of angry protests against the tax", "the
   * minister faced riots against the plan". The protesters, unnamed, take the side.
   */
  private static boolean protestBefallsSubject(List<Token> ts, Mention holder, int k) {
    int noun = ts.get(k).lower().equals("against") ? k - 1 : k;
    if (noun < 1 || !PROTEST_NOUNS.contains(ts.get(noun).lower())) {
      return false;
    }
    for (int j = noun - 1; j >= Math.max(holder.to(), noun - 6); j--) {
      if (UNDERGOING.contains(ts.get(j).lower())) {
        return true;
      }
    }
    return false;
  }

  /** Nouns of what befalls a party, whose "of" names the party it befalls: "the collapse of". */
  private static final java.util.Set<String> BEFALLING =
      Words.lookup(
          java.util.Set.of(
              "collapse",
              "fall",
              "downfall",
              "demise",
              "death",
              "break-up",
              "breakup",
              "defeat",
              "departure",
              "resignation",
              "exit",
              "failure",
              "absence",
              "arrival"));

  /**
   * True when mention {@code m} follows "of" after a noun of what befalls it: in "the collapse of
   * the Kestrel Union forced it to ..." the collapse acts, not the union.
   */
  private static boolean undergoes(List<Token> ts, Mention m) {
    int k = wordBeforeArticle(ts, m);
    return k > 0 && ts.get(k).lower().equals("of") && BEFALLING.contains(ts.get(k - 1).lower());
  }

  /** True when mention {@code m} is the object of a preposition: "to Peru", "with the EU". */
  private static boolean objectOfPreposition(List<Token> ts, Mention m) {
    int k = wordBeforeArticle(ts, m);
    return k >= 0 && OBJECT_PREPOSITIONS.contains(ts.get(k).lower());
  }

  /** Pronouns that open a relative clause set off by commas: "X, which owns Y, said". */
  private static final java.util.Set<String> RELATIVES =
      Words.lookup(java.util.Set.of("which", "who", "whose"));

  /** Tokens before a mention within which "who" or "which" may open the clause it stands in. */
  private static final int RELATIVE_REACH = 5;

  /**
   * True when mention {@code m} stands in a relative clause without commas that describes a common
   * noun, before the cue: in "the unions which met Labour leaders want ..." the unions want it, not
   * Labour.
   */
  private static boolean inRestrictiveRelative(String text, List<Token> ts, Mention m, int cue) {
    if (cue < m.to()) {
      return false;
    }
    for (int k = m.from() - 1; k >= Math.max(1, m.from() - RELATIVE_REACH); k--) {
      if (Words.hasComma(text, ts.get(k).end(), ts.get(k + 1).start())) {
        return false;
      }
      String w = ts.get(k).lower();
      if (w.equals("who") || w.equals("which")) {
        // the mention is the relative clause's object, not its subject ("which Acme has
        // pledged to ...": Acme's cue); a common noun, also one opening the sentence, is described
        Token antecedent = ts.get(k - 1);
        boolean object = m.from() - k > 1 && !ARTICLES.contains(ts.get(k + 1).lower());
        return object
            && (k - 1 == 0 || !antecedent.capitalised())
            && Character.isLetter(antecedent.lower().charAt(0))
            && !Words.hasComma(text, antecedent.end(), ts.get(k).start());
      }
    }
    return false;
  }

  /**
   * True when mention {@code m} stands in a relative clause set off by commas that closes before
   * the cue: in "Mark Lane, which owns a stake in Peru Mining, may seek a vote" Peru Mining seeks
   * nothing.
   */
  private static boolean inRelativeClause(String text, List<Token> ts, Mention m, int cue) {
    int comma = text.lastIndexOf(',', ts.get(m.from()).start());
    if (comma < 0) {
      return false;
    }
    int opener = m.from(); // the first word after the nearest comma before the mention
    while (opener > 0 && ts.get(opener - 1).start() > comma) {
      opener--;
    }
    boolean inToken = opener > 0 && ts.get(opener - 1).end() > comma; // "1,000"
    if (inToken || !RELATIVES.contains(ts.get(opener).lower())) {
      return false; // the nearest comma before the mention opens no relative clause
    }
    int closing = text.indexOf(',', ts.get(m.to() - 1).end());
    return closing >= 0 && closing < ts.get(cue).start();
  }

  /**
   * Prepositions that open a sentence with a phrase of place, time or circumstance: "In a speech at
   * the Acme Institute, ...", "Following the takeover of Brightline, ...". Not "For" ("For the
   * Greens, Jo Reed said": the party spoken for) nor "According to", which opens such a phrase only
   * before a named subject ({@link #namedSubjectAfter}).
   */
  private static final java.util.Set<String> OPENING_PREPOSITIONS =
      Words.lookup(
          java.util.Set.of(
              "in",
              "at",
              "during",
              "after",
              "before",
              "on",
              "following",
              "despite",
              "since",
              "under",
              "from",
              "with",
              "amid",
              "without",
              "unlike",
              "like",
              "across",
              "throughout",
              "outside",
              "inside",
              "beyond",
              "among",
              "near",
              "within",
              "over",
              "speaking"));

  /**
   * True when the sentence opens with a noun phrase that describes the subject pronoun after its
   * comma: "A long-time foe of the Senate, he has said ...".
   */
  private static boolean openingApposition(String text, List<Token> ts) {
    String first = ts.get(0).lower();
    if (!first.equals("a") && !first.equals("an")) {
      return false;
    }
    Token next = tokenAfter(ts, text.indexOf(','));
    return next != null && PERSONAL_PRONOUNS.contains(next.lower()) && !next.lower().equals("it");
  }

  /**
   * The first token that starts after the offset {@code at}, or null (also when {@code at < 0}).
   */
  private static Token tokenAfter(List<Token> ts, int at) {
    if (at < 0) {
      return null;
    }
    for (Token t : ts) {
      if (t.start() > at) {
        return t;
      }
    }
    return null;
  }

  /**
   * True when the sentence opens with a participle and its object: "Launching his campaign at ...",
   * "Writing in the Acme Times, ...".
   */
  private static boolean openingParticiple(List<Token> ts) {
    String first = ts.get(0).lower();
    return first.length() > 5
        && first.endsWith("ing")
        && !first.equals("according") // "According to Mr Reed, ...": the source speaks
        && ts.size() > 1
        && !ts.get(1).capitalised()
        && Character.isLetter(ts.get(1).text().charAt(0));
  }

  /**
   * True when mention {@code m} stands in a phrase that opens the sentence with a preposition and
   * closes with the sentence's first comma: "In a lecture at the Acme Institute, ...".
   */
  private static boolean inOpeningPhrase(String text, List<Token> ts, Mention m) {
    return openingPhraseComma(text, ts, m) >= 0;
  }

  /**
   * The offset of the comma that closes the sentence's opening phrase when mention {@code m} stands
   * in it ({@link #inOpeningPhrase}), else -1.
   */
  private static int openingPhraseComma(String text, List<Token> ts, Mention m) {
    boolean source = ts.size() > 1 && ts.get(0).lower().equals("according");
    if (m.from() == 0
        || !(OPENING_PREPOSITIONS.contains(ts.get(0).lower())
            || openingParticiple(ts)
            || source
            || openingApposition(text, ts))
        || Words.hasComma(text, 0, ts.get(m.from()).start())) {
      return -1;
    }
    int comma = text.indexOf(',', ts.get(m.to() - 1).end());
    return source && !namedSubjectAfter(ts, comma) ? -1 : comma;
  }

  /**
   * True when a name opens the clause after the comma at {@code comma}: in "According to Jo Reed,
   * Tom Lane had warned ..." the source reports what Lane said; in "According to Jo Reed, the plan
   * is unfair" and "..., he was never asked" the source speaks.
   */
  private static boolean namedSubjectAfter(List<Token> ts, int comma) {
    Token t = tokenAfter(ts, comma);
    return t != null && t.capitalised() && Character.isLetter(t.text().charAt(0));
  }

  /** Prepositions that place someone, not tie them to a body: "a campaigner in Peru". */
  private static final java.util.Set<String> WHERE =
      Words.lookup(java.util.Set.of("in", "across", "throughout", "within"));

  /**
   * True when mention {@code m} stands in an apposition set off by commas after another mention and
   * closing before the cue's verb: in "Jo Reed, a campaigner in Peru, dismissed the plan" Peru
   * describes the subject and dismisses nothing.
   */
  private static boolean insideApposition(
      String text, List<Token> ts, List<Mention> ms, Mention m, int cue) {
    int before =
        m.from() > 0 && ts.get(m.from() - 1).lower().equals("the") ? m.from() - 2 : m.from() - 1;
    if (before < 0 || !WHERE.contains(ts.get(before).lower())) {
      return false; // "Jo Reed, a director at Acme, said": the employer speaks through her
    }
    for (Mention h : ms) {
      if (h.to() <= m.from()) {
        int[] apposition = appositionAfter(text, ts, h, m.sentence(), cue);
        if (apposition != null && m.from() >= apposition[0] && m.to() <= apposition[1]) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when mention {@code m} stands in the sentence's opening phrase and a new subject follows
   * that phrase's comma before the cue: in "In a lecture at the Acme Institute, Jo Reed said ..."
   * the institute says nothing. "On Monday Acme, the largest firm, confirmed ..." keeps Acme, as
   * its apposition runs to the verb.
   */
  private static boolean outsideItsClause(String text, List<Token> ts, Mention m, int cue) {
    int comma = openingPhraseComma(text, ts, m);
    if (comma < 0) {
      return false;
    }
    int subject = m.to(); // the first word after the comma
    while (subject < cue && ts.get(subject).start() < comma) {
      subject++;
    }
    return comma < ts.get(cue).start()
        && subject < cue
        && !Words.hasComma(text, comma + 1, ts.get(cue).start());
  }

  /** Words between a subject and its verb: "Peru yesterday rejected", "Peru, however, backs". */
  private static final java.util.Set<String> BETWEEN_SUBJECT_AND_VERB =
      Words.lookup(
          java.util.Set.of(
              "yesterday",
              "today",
              "tonight",
              "however",
              "meanwhile",
              "week",
              "month",
              "year",
              "weekend",
              "night",
              "morning",
              "evening",
              "afternoon",
              "last",
              "this",
              "next",
              "too",
              "thus",
              "far",
              "so",
              "long",
              "since",
              "always",
              "often",
              "once",
              "even",
              "only",
              "all",
              "both",
              "earlier",
              "later",
              "first"));

  /**
   * Cue words that are nouns or prepositions: no subject stands before them. The nouns that are
   * never a verb ({@link #CUE_NOUNS}), and those that can be one ("support", "demands").
   */
  private static final java.util.Set<String> SUBJECTLESS_CUES =
      Words.lookup(
          Words.union(
              CUE_NOUNS,
              java.util.Set.of(
                  "against",
                  "support",
                  "opposition",
                  "fear",
                  "fears",
                  "concern",
                  "concerns",
                  "backing",
                  "challenge",
                  "challenges",
                  "pledge",
                  "promise",
                  "vow",
                  "demand",
                  "demands",
                  "question",
                  "questions",
                  "protest",
                  "protests",
                  "worry",
                  "worries")));

  /**
   * True when a common noun the article names as no party stands right before the cue, after token
   * {@code after} (the party's end, or an earlier cue): in "Acme said most investors accept a
   * merger" the investors accept it, not Acme. A noun right after the party ("Labour MPs
   * rejected"), after a possessive pronoun ("its allies"), or naming those who act for a party
   * ("the government", "officials") leaves the party the holder.
   */
  private static boolean nounSubjectAfter(
      String text, List<Token> ts, int after, int cue, Gazetteer gazetteer) {
    String cueWord = ts.get(cue).lower();
    boolean state = STATIVE.contains(cueWord);
    int k = beforeVerb(ts, after, cue - 1);
    if (k > after
        && OTHERS.contains(ts.get(k).lower())
        && !Words.hasComma(text, ts.get(k).end(), ts.get(cue).start())) {
      return true; // "as some had feared", "while others fear the levy"
    }
    boolean infinitive =
        k > after + 1 && ts.get(k).lower().equals("to") && raising(ts.get(k - 1).lower());
    if ((SUBJECTLESS_CUES.contains(cueWord) && !afterModal(ts, after, cue) && !infinitive)
        || (EVALUATIVE.contains(cueWord) && !state)
        || cueWord.endsWith("ing")) {
      // "a speech criticising X" is the speaker's; "the ruling that the plan is unlawful" judges
      // the plan, which holds no view
      return false;
    }
    if (infinitive) {
      // "markets are starting to fear": the subject of the verb before "to"
      k = beforeVerb(ts, after, k - 2);
      if (k > after && BE.contains(ts.get(k).lower())) {
        k = beforeVerb(ts, after, k - 1);
      }
    }
    if (state) {
      // a state's subject stands before its verb ("fans remain firmly opposed"); without
      // one the word is no state of a subject ("called the plan worrying")
      if (k < after || !(BE.contains(ts.get(k).lower()) || LINKING.contains(ts.get(k).lower()))) {
        return false;
      }
      k = beforeVerb(ts, after, k - 1);
    }
    if (k < 0) {
      return false;
    }
    String gap = text.substring(ts.get(k).end(), ts.get(cue).start());
    if (k - after < 1 || gap.contains(",") || gap.contains(" - ") || gap.contains("\u2014")) {
      return false; // the party, or a noun right after it, or an aside closed by a comma or dash
    }
    boolean outsider = outsider(text, ts, after, k);
    for (int j = k - 1; j >= after && !outsider; j--) {
      if (actsFor(ts.get(j).lower(), gazetteer)) {
        return false; // "Acme's board of governors reject": a body of the party's
      }
      if (Words.hasComma(text, ts.get(j).end(), ts.get(j + 1).start())) {
        break; // "While Acme's board waits, fans remain opposed": a new subject
      }
    }
    Token t = ts.get(k);
    String w = t.lower();
    // "many people are concerned": people counted out are others, not a country's people; so is
    // any one of a kind ("every publisher wants")
    String before = k > after ? ts.get(k - 1).lower() : "";
    boolean counted = (w.equals("people") && OTHERS.contains(before)) || EACH.contains(before);
    // "the KPC may become concerned": an acronym named as no party is a body of its own
    boolean body =
        t.allCaps()
            && w.length() >= 2
            && before.equals("the")
            && gazetteer.lookup(t.text()) == null;
    return (outsider || counted || !actsFor(w, gazetteer))
        && (!t.capitalised() || body)
        && Character.isLetter(w.charAt(0))
        && !Words.STOP.contains(w)
        && !VERB_SUBJECTS.contains(w)
        && !w.endsWith("ed")
        && !w.endsWith("ing") // "are staying silent"
        && !IssueExtractor.PAST_TENSES.contains(w)
        && (!isCue(w) || (state && CUE_NOUNS.contains(w))) // "the critics are not optimistic"
        && !OWNERS.contains(ts.get(k - 1).lower());
  }

  /**
   * True when the cue at {@code cue} stands after "in case", or after "hope that" with its holder
   * named in the hoped clause, with no comma between: what may happen or is hoped for is no one's
   * stance yet.
   */
  private static boolean onlyHopedOrFeared(
      String text, List<Token> ts, Mention holder, int si, int cue) {
    for (int k = cue - 1; k > 0; k--) {
      if (Words.hasComma(text, ts.get(k).end(), ts.get(k + 1).start())) {
        return false; // "Peru hopes that talks go well, and Peru rejects the tax": a new clause
      }
      String w = ts.get(k).lower();
      String before = ts.get(k - 1).lower();
      if (w.equals("case") && before.equals("in")) {
        return true;
      }
      if (w.equals("that") && HOPING.contains(before)) {
        return holder.sentence() == si && holder.from() > k;
      }
    }
    return false;
  }

  /** Verbs of hoping, before the clause hoped for: "hope that". */
  private static final java.util.Set<String> HOPING =
      Words.lookup(java.util.Set.of("hope", "hopes", "hoped", "hoping"));

  /**
   * True when a name that is no party's opens the reported clause of the cue at {@code cue}: in
   * "Acme claimed that Reed had agreed to the offer" Reed agreed, and Acme only says so.
   */
  private static boolean namedSubjectOfReport(
      String text, List<Token> ts, List<Mention> ms, int after, int cue) {
    int k = beforeVerb(ts, after, cue - 1);
    if (mentioned(ms, k)) {
      return false; // a party's name: its own subject
    }
    int s = k;
    while (s > after && ts.get(s).capitalised() && !firstPerson(ts.get(s).lower())) {
      s--;
    }
    return s < k
        && s >= after
        && CLAUSE_OPENERS.contains(ts.get(s).lower())
        && !Words.hasComma(text, ts.get(k).end(), ts.get(cue).start());
  }

  /** True for "I" and its contractions: "I", "I'm", "I've". */
  private static boolean firstPerson(String lower) {
    return lower.equals("i") || lower.startsWith("i'") || lower.startsWith("i\u2019");
  }

  /** Words that open a clause with its own subject: "that Reed agreed", "and Acme has promised". */
  private static final java.util.Set<String> CLAUSE_OPENERS =
      Words.lookup(java.util.Set.of("that", "and", "but", "while"));

  /** Modals of duty, by which a speaker asks something of a subject: "People must resist it". */
  private static final java.util.Set<String> DUTY_MODALS =
      Words.lookup(java.util.Set.of("must", "should", "ought", "need", "have"));

  /** Plurals without an "-s" for people at large: "People will want it". */
  private static final java.util.Set<String> GENERIC_PEOPLE =
      Words.lookup(java.util.Set.of("people", "children", "women", "men"));

  /**
   * True when a plural common noun, capitalised only because it opens the quotation or sentence, is
   * the subject of the cue at {@code cue}: in "\"Creditors would seek sanctions,\" said Ms Lee" the
   * creditors seek them, not Ms Lee; so are others unnamed ("Some of them want sanctions"). A
   * party's name there is a mention, and its own subject.
   */
  private static boolean quoteOpensWithNoun(
      String text, List<Token> ts, List<Mention> ms, int from, int cue, Gazetteer gazetteer) {
    int verb = beforeVerb(ts, from, cue - 1);
    boolean ofThem =
        verb == from + 2
            && ts.get(verb).lower().equals("them")
            && ts.get(verb - 1).lower().equals("of");
    int k = ofThem ? from : verb; // "Some of them want it": those the speaker speaks of
    if (k != from || k >= cue) {
      return false;
    }
    Token t = ts.get(k);
    String w = t.lower();
    boolean opens = k == 0 || Words.hasAnyOf(text, ts.get(k - 1).end(), t.start(), "\"\u201c");
    if (opens && OTHERS.contains(w)) {
      return true; // "Some want the tax scrapped, Acme said", "Many of them fear it"
    }
    if (opens && t.capitalised() && GENERIC_PEOPLE.contains(w)) {
      // "\"People will want to buy it,\" she said": people at large; "People must resist it"
      // is what the speaker asks of them
      return !DUTY_MODALS.contains(ts.get(k + 1).lower());
    }
    return opens
        && t.capitalised()
        && w.length() > 3
        && w.endsWith("s")
        && !w.endsWith("ss")
        && !Words.STOP.contains(w)
        && !actsFor(w, gazetteer)
        && !isCue(w)
        && !mentioned(ms, k);
  }

  /** True when token {@code k} is part of a party's mention in {@code ms}. */
  private static boolean mentioned(List<Mention> ms, int k) {
    return ms.stream().anyMatch(m -> m.from() <= k && k < m.to());
  }

  /** Pronouns for people the article leaves unnamed: "some fear", "others warned". */
  private static final java.util.Set<String> OTHERS =
      Words.lookup(java.util.Set.of("some", "others", "many", "few", "several"));

  /** Words that take any one of a kind: "every publisher", "each member". */
  private static final java.util.Set<String> EACH =
      Words.lookup(java.util.Set.of("every", "each", "any"));

  /** Nouns for a state's government: they act for a country, never for a firm or a charity. */
  private static final java.util.Set<String> GOVERNMENT_NOUNS =
      Words.lookup(
          java.util.Set.of(
              "government",
              "governments",
              "administration",
              "authorities",
              "ministers",
              "ministry",
              "cabinet",
              "regime"));

  /** Parties that no state's government acts for. */
  private static final java.util.Set<PartyKind> NON_STATE =
      java.util.EnumSet.of(
          PartyKind.COMPANY,
          PartyKind.UNION,
          PartyKind.NGO,
          PartyKind.GROUP,
          PartyKind.ORGANISATION,
          PartyKind.REGULATOR,
          PartyKind.COURT,
          PartyKind.ARMED_GROUP);

  /**
   * True when the subject of the cue at {@code cue}, after token {@code after}, stands outside
   * {@code party}: "the government" or a like noun when the party is no state, political party or
   * person ("Acme said the government would oppose the deal": the government opposes it, not Acme),
   * followers named right after a party that is no state ("Labour voters oppose the tax"), or peers
   * named after any party's possessive ("Mr Marsh's colleagues refused to back it").
   */
  private static boolean outsideParty(
      List<Token> ts, Mention party, int after, int cue, Map<String, PartyRecognizer.Found> found) {
    PartyRecognizer.Found f = found.get(party.party());
    if (f == null) {
      return false;
    }
    int k = beforeVerb(ts, after, cue - 1);
    // "Mr Marsh's colleagues refused to back it", "Acme's rivals oppose it"
    int peer = k > after + 1 && ts.get(k).lower().equals("to") ? beforeVerb(ts, after, k - 2) : k;
    if (peer == party.to()
        && peer > 0
        && ts.get(peer - 1).possessive()
        && PEERS.contains(ts.get(peer).lower())) {
      return true;
    }
    if (k == party.to()
        && FOLLOWERS.contains(ts.get(k).lower())
        && f.kind != PartyKind.COUNTRY
        && f.kind != PartyKind.GOVERNMENT) {
      return true; // "Labour voters", "Acme customers"; a country's voters are the country
    }
    // "the government", not the party's own members named after it ("G7 finance ministers")
    return NON_STATE.contains(f.kind)
        && k > after
        && k > party.to()
        && ts.get(k - 1).lower().equals("the")
        && GOVERNMENT_NOUNS.contains(ts.get(k).lower());
  }

  /**
   * Nouns for those who follow, buy from or own a share in a party without acting for it: "Labour
   * voters", "Acme customers", "Acme shareholders".
   */
  private static final java.util.Set<String> FOLLOWERS =
      Words.lookup(
          java.util.Set.of(
              "voters",
              "supporters",
              "sympathisers",
              "fans",
              "donors",
              "customers",
              "clients",
              "users",
              "readers",
              "viewers",
              "listeners",
              "passengers",
              "consumers",
              "subscribers",
              "shareholder",
              "shareholders",
              "investors",
              "creditors",
              "bondholders"));

  /**
   * Nouns for those who stand beside or against a party without speaking for it, after the party's
   * possessive: "Mr Marsh's colleagues", "Acme's rivals".
   */
  private static final java.util.Set<String> PEERS =
      Words.lookup(
          java.util.Set.of(
              "colleagues",
              "critics",
              "rivals",
              "opponents",
              "detractors",
              "enemies",
              "friends",
              "neighbours",
              "family",
              "relatives"));

  /** Words whose subject is that of the verb after "to": "seem to", "are likely to", "began to". */
  private static final java.util.Set<String> RAISING =
      Words.lookup(
          java.util.Set.of(
              "seem",
              "seems",
              "seemed",
              "appear",
              "appears",
              "appeared",
              "likely",
              "unlikely",
              "able",
              "unable",
              "willing",
              "unwilling",
              "ready",
              "keen",
              "eager",
              "set",
              "begin",
              "begins",
              "began",
              "start",
              "starts",
              "started",
              "continue",
              "continues",
              "continued",
              "try",
              "tries",
              "tried"));

  /**
   * True when {@code w} before "to" lends its subject to the verb after it: a word of {@link
   * #RAISING} or an "-ing" verb ("are starting to fear"); not a noun ("a legal bid to block").
   */
  private static boolean raising(String w) {
    return RAISING.contains(w) || (w.length() > 5 && w.endsWith("ing"));
  }

  /** Auxiliaries after which a word that can be a noun is a verb: "tenants will now fear". */
  private static final java.util.Set<String> VERB_MAKERS =
      Words.lookup(
          java.util.Set.of(
              "do", "does", "did", "will", "would", "could", "should", "may", "might", "must",
              "can"));

  /**
   * True when an auxiliary from {@link #VERB_MAKERS} stands before the cue at {@code cue}, past
   * adverbs and negations, after token {@code after}: the cue is then a verb, not a noun.
   */
  private static boolean afterModal(List<Token> ts, int after, int cue) {
    for (int k = cue - 1; k > after && k >= cue - 3; k--) {
      String w = ts.get(k).lower();
      if (VERB_MAKERS.contains(w)) {
        return true;
      }
      if (!(NEGATIONS.contains(w) || Words.adverb(w) || AUXILIARIES.contains(w))) {
        return false;
      }
    }
    return false;
  }

  /** Those who judge a party from outside it: "analysts said", "economists warned". */
  private static final java.util.Set<String> COMMENTATORS =
      Words.lookup(java.util.Set.of("analyst", "analysts", "economist", "economists"));

  /**
   * True when the noun at {@code k}, the subject of a cue, opens a new phrase after a comma or a
   * contrast that names someone new, not one acting for the party before it: commentators without a
   * determiner or with "a" ("..., analysts said", "but analysts are optimistic", "..., a leading
   * economist warned"), or a body introduced by "a" ("..., a charity has warned"). "The firm", "its
   * economists" and "a spokesman" still speak for the party.
   */
  private static boolean outsider(String text, List<Token> ts, int after, int k) {
    int start = k;
    while (start > after && !opensPhrase(text, ts, start)) {
      start--;
    }
    if (start == 0 || !opensPhrase(text, ts, start)) {
      return false;
    }
    String opener = ts.get(start).lower();
    boolean indefinite = opener.equals("a") || opener.equals("an");
    String head = ts.get(k).lower();
    if (COMMENTATORS.contains(head)) {
      return indefinite || !(DETERMINERS.contains(opener) || OWNERS.contains(opener));
    }
    return indefinite && PartyRecognizer.ORG_NOUN_KINDS.containsKey(head);
  }

  /** True when a comma or a word that opens a contrast ("but", "while") stands before {@code k}. */
  private static boolean opensPhrase(String text, List<Token> ts, int k) {
    return Words.hasComma(text, ts.get(k - 1).end(), ts.get(k).start())
        || CLAUSE_BREAKS.contains(ts.get(k - 1).lower());
  }

  /**
   * The first token at or before {@code k} and after {@code after} that is no auxiliary, negation
   * or adverb.
   */
  private static int beforeVerb(List<Token> ts, int after, int k) {
    while (k >= after) {
      String w = ts.get(k).lower();
      if (!(AUXILIARIES.contains(w)
          || NEGATIONS.contains(w)
          || BETWEEN_SUBJECT_AND_VERB.contains(w)
          || DEGREES.contains(w)
          || Words.adverb(w))) {
        break;
      }
      k--;
    }
    return k;
  }

  /**
   * Nouns that refer back to parties already named ("the pair denied", "loyal members said") or
   * name what a party issues ("a statement said", "the report added", "its forecasts said").
   */
  private static final java.util.Set<String> BACK_REFERENCES =
      Words.lookup(
          java.util.Set.of(
              "pair",
              "duo",
              "trio",
              "two",
              "three",
              "men",
              "women",
              "members",
              "report",
              "reports",
              "statement",
              "statements",
              "letter",
              "forecast",
              "forecasts",
              "figures",
              "survey",
              "study"));

  /** True for a noun naming who or what acts for a party: a role, a body, "the pair", a report. */
  private static boolean actsFor(String w, Gazetteer gazetteer) {
    String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    return gazetteer.isRole(w)
        || gazetteer.isRole(singular)
        || PartyRecognizer.ACTOR_NOUNS.contains(w)
        || PartyRecognizer.ORG_NOUN_KINDS.containsKey(w)
        || BACK_REFERENCES.contains(w)
        || BODIES.contains(w);
  }

  /** Nouns for a part of an organisation: "the UN food agency", "its lending arm". */
  private static final java.util.Set<String> BODIES =
      Words.lookup(
          java.util.Set.of(
              "agency",
              "agencies",
              "body",
              "bodies",
              "arm",
              "wing",
              "unit",
              "division",
              "subsidiary"));

  /** Passive participles of asking: what follows is what others want the subject to do. */
  private static final java.util.Set<String> ASKING =
      Words.lookup(
          java.util.Set.of(
              "urged", "asked", "pressed", "pressured", "lobbied", "encouraged", "told"));

  /** Participles that after "be" name the subject's own state: "is opposed to", "was committed". */
  private static final java.util.Set<String> STATIVE =
      Words.lookup(
          java.util.Set.of(
              "opposed",
              "committed",
              "concerned",
              "worried",
              "pleased",
              "delighted",
              "disappointed",
              "dismayed",
              "agreed",
              "optimistic",
              "hopeful"));

  /**
   * True when the cue at {@code cue} is a passive with no agent named: "has been criticised over
   * delays", "was accused of fraud", "is being urged to act". Its subject is acted on, and whoever
   * acts is not named.
   */
  private static boolean passiveWithoutAgent(List<Token> ts, int from, int cue) {
    String w = ts.get(cue).lower();
    if (!(w.endsWith("ed") || w.endsWith("en") || w.equals("told"))) {
      return false;
    }
    if (cue + 1 < ts.size() && ts.get(cue + 1).lower().equals(CHARGES.get(w))) {
      return true; // "Mr Doe, accused of fraud, ...": an active verb names its object first
    }
    int k = cue - 1;
    if (k > from && Words.adverb(ts.get(k).lower())) {
      k--; // "was strongly criticised"
    }
    if (k < from || !BE.contains(ts.get(k).lower())) {
      return false;
    }
    // a state ("is opposed to", "are agreed that"), except a settlement "been agreed" by others
    // ("no figure has been agreed")
    return !STATIVE.contains(w)
        || (w.equals("agreed") && SETTLED_BY_OTHERS.contains(ts.get(k).lower()));
  }

  /**
   * Participles and the preposition that names what their object is blamed or praised for. Right
   * after the participle it makes a passive ("the firm, criticised for delays"), as the active verb
   * names whom it blames first ("criticised the firm for delays").
   */
  private static final Map<String, String> CHARGES =
      Words.lookup(
          Map.of(
              "accused", "of",
              "criticised", "for",
              "criticized", "for",
              "condemned", "for",
              "attacked", "for",
              "slammed", "for",
              "blasted", "for",
              "praised", "for",
              "hailed", "for"));

  /** Forms of "be" after which "agreed" is done by others: "has been agreed", "will be agreed". */
  private static final java.util.Set<String> SETTLED_BY_OTHERS =
      Words.lookup(java.util.Set.of("been", "be", "being"));

  /** Tokens after a possessive owner within which the words it owns show whether it acts. */
  private static final int OWNED_WINDOW = 3;

  /** Nouns for those who act for a party: "the union's members voted", "Peru's negotiators". */
  private static final java.util.Set<String> ACTING_NOUNS =
      Words.lookup(
          java.util.Set.of(
              "government",
              "leaders",
              "leadership",
              "authorities",
              "administration",
              "forces",
              "troops",
              "army",
              "military",
              "negotiators",
              "delegation",
              "team",
              "members",
              "ministers",
              "diplomats",
              "lawyers",
              "board",
              "executives",
              "bosses",
              "management",
              "staff",
              "workers"));

  /**
   * True when a possessive mention owns a thing rather than standing for those who act: in
   * "Exporters welcomed Peru's long-awaited cut and warned against levies" Peru warns nothing. The
   * owner acts when the cue follows within a few words ("Peru's demand") or what it owns is a
   * person, a body or a name ("Peru's trade minister", "the union's members", "Peru's Andes
   * Mining").
   */
  private static boolean ownsAThing(
      String text, List<Token> ts, Mention m, int cue, Gazetteer gazetteer) {
    if (!ts.get(m.to() - 1).possessive()) {
      return false;
    }
    boolean near =
        cue - m.to() <= OWNED_WINDOW
            && !Words.hasComma(text, ts.get(m.to() - 1).end(), ts.get(cue).start());
    // "Peru's rivals have rejected": an auxiliary makes the cue a verb, whose subject is owned
    int verb = beforeVerb(ts, m.to(), cue - 1);
    if (near && verb == cue - 1) {
      return false; // "Peru's demand"; not "Peru's campaign, and praised"
    }
    for (int k = m.to(); k < Math.min(cue, m.to() + OWNED_WINDOW); k++) {
      Token t = ts.get(k);
      String w = t.lower();
      if (t.capitalised()
          || gazetteer.isRole(w)
          || ACTING_NOUNS.contains(w)
          || PartyRecognizer.ORG_NOUN_KINDS.containsKey(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean objectOfParticiple(List<Token> ts, Mention m) {
    int k = wordBefore(ts, m);
    if (k < 0) {
      return false;
    }
    String w = ts.get(k).lower();
    return w.length() > 5 && w.endsWith("ing") && !w.equals("during");
  }

  /** The position of the word before a mention, "the" skipped ("meeting the unions"), or -1. */
  private static int wordBefore(List<Token> ts, Mention m) {
    int k = m.from() - 1;
    return k >= 0 && ts.get(k).lower().equals("the") ? k - 1 : k;
  }

  /**
   * The position of the word before a mention, any article skipped ("with a Peru delegation", "in
   * the Acme group"), or -1. Unlike {@link #wordBefore}, "a" and "an" are skipped too.
   */
  private static int wordBeforeArticle(List<Token> ts, Mention m) {
    int k = m.from() - 1;
    return k >= 0 && ARTICLES.contains(ts.get(k).lower()) ? k - 1 : k;
  }

  /** Verbs that get someone else to act: "persuaded Finland to support", "pressed Spain to". */
  private static final java.util.Set<String> DIRECTIVES =
      Words.lookup(
          java.util.Set.of(
              "persuade",
              "persuades",
              "persuaded",
              "persuading",
              "convince",
              "convinces",
              "convinced",
              "convincing",
              "press",
              "presses",
              "pressed",
              "pressure",
              "pressures",
              "pressured",
              "pressuring",
              "pressing",
              "force",
              "forces",
              "forced",
              "forcing",
              "encourage",
              "encourages",
              "encouraged",
              "encouraging",
              "tell",
              "tells",
              "told",
              "ask",
              "asks",
              "asked",
              "asking",
              "lobby",
              "lobbies",
              "lobbied",
              "lobbying",
              "invite",
              "invites",
              "invited",
              "inviting",
              "urge",
              "urges",
              "urged",
              "urging"));

  /**
   * The position of the verb that directs {@code object} to do the cue at {@code cue} ("persuaded
   * Finland to support", "called on Poland to back", "asked Peruvian officials to approve",
   * "pressing Chilean President Ana Ruiz to accept"), or -1 when the mention is no such object.
   */
  private static int directiveOver(List<Token> ts, Mention object, int cue) {
    int end = object.to();
    if (end < cue - 1 && PartyRecognizer.ACTOR_NOUNS.contains(ts.get(end).lower())) {
      end++; // "Peruvian officials": the country's people
    }
    if (end + 1 != cue || !ts.get(end).lower().equals("to")) {
      return -1;
    }
    int k = object.from() - 1;
    for (int title = 0; title < 2 && k > 0 && ts.get(k).capitalised(); title++) {
      k--; // "Chilean President Ana Ruiz": the role before the name
    }
    if (k >= 0 && ts.get(k).lower().equals("the")) {
      k--;
    }
    if (k >= 0 && (ts.get(k).lower().equals("on") || ts.get(k).lower().equals("upon"))) {
      k--; // "called on Poland to back"
    }
    if (k < 0) {
      return -1;
    }
    String w = ts.get(k).lower();
    return DIRECTIVES.contains(w) || w.startsWith("call") ? k : -1;
  }

  /** The last party named after token {@code after} and before {@code before}, or null. */
  private static Mention lastMentionBetween(List<Mention> ms, int after, int before) {
    return lastMentionBetween(ms, after, before, m -> true);
  }

  private static Mention lastMentionBetween(
      List<Mention> ms, int after, int before, java.util.function.Predicate<Mention> also) {
    Mention found = null;
    for (Mention m : ms) {
      if (!m.incidental() && m.from() > after && m.to() <= before && also.test(m)) {
        found = m;
      }
    }
    return found;
  }

  /** Cue words that judge a thing; "Labour's unfair taxes" names the target, not the judge. */
  static final java.util.Set<String> EVALUATIVE =
      Words.lookup(
          java.util.Set.of(
              "unacceptable",
              "unconstructive",
              "irresponsible",
              "unfair",
              "excessive",
              "terrible",
              "dangerous",
              "unlawful",
              "productive",
              "hopeful",
              "optimistic",
              "proportionate",
              "justified",
              "concerned",
              "worried"));

  /**
   * The party that is the subject of the cue at {@code cue}, named after token {@code after}: "that
   * Labour has rejected", "Putin's demand"; null when no party stands right before the cue, and for
   * passives ("Scotland were slammed") and judgements ("Labour's unfair taxes").
   */
  private static Mention subjectBefore(
      String text, List<Token> ts, List<Mention> ms, int after, int cue) {
    Mention m = subjectBefore(ts, ms, after, cue);
    return m != null ? m : listSubject(text, ts, ms, after, cue);
  }

  /**
   * The subject of a list of predicates that the cue at {@code cue} goes on after a comma: in "the
   * Greens are weak on crime, back higher fees" the Greens back them. The subject stands before a
   * form of "be" or an auxiliary, with no other party between it and the cue.
   */
  private static Mention listSubject(
      String text, List<Token> ts, List<Mention> ms, int after, int cue) {
    if (cue < 1 || !Words.hasComma(text, ts.get(cue - 1).end(), ts.get(cue).start())) {
      return null;
    }
    Mention last = lastMentionBetween(ms, after, cue, m -> !m.incidental());
    if (last == null || last.to() >= cue) {
      return null;
    }
    String next = ts.get(last.to()).lower();
    return BE.contains(next) || AUXILIARIES.contains(next) ? last : null;
  }

  private static Mention subjectBefore(List<Token> ts, List<Mention> ms, int after, int cue) {
    String word = ts.get(cue).lower();
    for (Mention m : ms) {
      if (m.incidental() || m.from() <= after || m.to() > cue) {
        continue;
      }
      boolean adjacent = true;
      boolean passive = false;
      for (int k = m.to(); k < cue; k++) {
        String w = ts.get(k).lower();
        adjacent &=
            AUXILIARIES.contains(w) || BE.contains(w) || NEGATIONS.contains(w) || Words.adverb(w);
        passive |= BE.contains(w);
      }
      // "is committed to", "are opposed to": a state of the subject, not a passive
      passive &= (word.endsWith("ed") || word.endsWith("en")) && !STATIVE.contains(word);
      boolean judged = EVALUATIVE.contains(word) && ts.get(m.to() - 1).possessive();
      if (adjacent && !passive && !judged) {
        return m;
      }
    }
    return null;
  }

  /**
   * Words that open a clause or phrase about something else than the cue's object: "the treaty,
   * which would close the harbour", "after Peru unveiled its plans", "more than the fleet needs".
   */
  private static final java.util.Set<String> OBJECT_BOUNDARIES =
      Words.lookup(
          java.util.Set.of(
              "which",
              "who",
              "whom",
              "whose",
              "after",
              "before",
              "because",
              "since",
              "when",
              "whenever",
              "while",
              "than",
              "unless",
              "until",
              "despite",
              "although",
              "though",
              "whereas",
              "during",
              "where"));

  /**
   * The issues the cue at {@code cue} acts on, in order: those named after it before {@code reach},
   * up to a word that opens a clause or phrase about something else ("refused to sign the treaty,
   * which would close the harbour", "wants more boats than the quota allows"). An issue a later cue
   * acts on is kept. A report ({@code sided} false) always keeps its first issue; a cue that takes
   * a side keeps none that stands only past a boundary.
   */
  private static List<Integer> objects(
      String text,
      List<Token> ts,
      List<IssueExtractor.Hit> hits,
      int cue,
      int reach,
      boolean sided) {
    List<Integer> out = new ArrayList<>();
    int boundary = -1; // the last boundary after the cue
    int laterCue = -1; // the last cue after it
    int scanned = sided ? cue + 1 : -1; // a report's first issue is what it reports, wherever
    for (IssueExtractor.Hit h : hits) {
      if (h.token() <= cue || h.token() >= reach || out.contains(h.issue())) {
        continue;
      }
      if (addressed(ts, cue, h)) {
        continue; // "urged the steel industry to cut emissions": whom it urges, not its object
      }
      if (scanned < 0) {
        out.add(h.issue());
        scanned = h.token() + 1;
        continue;
      }
      for (int k = scanned; k < h.from(); k++) {
        String w = ts.get(k).lower();
        if (bounds(text, ts, k, out.isEmpty())
            || (sided && k > cue + 1 && sideAfterComma(text, ts, k))
            || (sided && k > cue + 1 && nounContent(ts, k))
            || (sided && lookedIntoOrPaidFor(ts, k))
            || (out.isEmpty() && k > cue + 2 && verbCoordinated(ts, k) && endsObject(ts, k - 1))
            || (sided && (!out.isEmpty() || endsObject(ts, k - 1)) && laterPredicate(ts, k))) {
          boundary = k;
        } else if (CUES.containsKey(w) && !heldByOthers(text, ts, k)) {
          laterCue = k; // "rejected the plan, which Labour backs": the later cue decides
        }
      }
      scanned = Math.max(scanned, h.from());
      if (boundary < 0 || laterCue > boundary) {
        out.add(h.issue());
      }
    }
    return out;
  }

  /** Verbs that ask someone to act: "urged the industry to", "called on the industry to". */
  private static final java.util.Set<String> DIRECTING =
      Words.lookup(
          java.util.Set.of(
              "urge",
              "urges",
              "urged",
              "urging",
              "ask",
              "asks",
              "asked",
              "asking",
              "press",
              "pressed",
              "pressing",
              "encourage",
              "encourages",
              "encouraged",
              "call",
              "calls",
              "called",
              "calling"));

  /**
   * True when the issue phrase of {@code h} is whom the cue at {@code cue} asks to act: right after
   * it (past "on" and an article) and before "to" and a verb other than "be": "urged the steel
   * industry to cut emissions", "called on the car industry to act"; not "urged the ban to be
   * lifted".
   */
  private static boolean addressed(List<Token> ts, int cue, IssueExtractor.Hit h) {
    String w = ts.get(cue).lower();
    if (!DIRECTING.contains(w)) {
      return false;
    }
    int j = cue + 1;
    if (w.startsWith("call")) {
      if (j >= ts.size() || !ts.get(j).lower().equals("on")) {
        return false; // "called for the tax to go" names what is wanted
      }
      j++;
    }
    if (j < ts.size() && ARTICLES.contains(ts.get(j).lower())) {
      j++;
    }
    int after = h.token() + 1;
    while (after < Math.min(ts.size(), h.token() + 3)
        && !ts.get(after).lower().equals("to")
        && !ts.get(after).capitalised()
        && Character.isLetter(ts.get(after).text().charAt(0))
        && !Words.STOP.contains(ts.get(after).lower())
        && !CUES.containsKey(ts.get(after).lower())) {
      after++; // "urged the steel industry bosses to": the people the issue names
    }
    return h.from() <= j
        && after + 1 < ts.size()
        && ts.get(after).lower().equals("to")
        && !ts.get(after + 1).lower().equals("be")
        && !ts.get(after + 1).capitalised();
  }

  /**
   * True when "that" at {@code k} opens what a noun before it holds: "attacked the decision by
   * Britain's highest court that detaining suspects breaks human rights laws". What the decision
   * says is not what the cue acts on; "said that", "so that" and a verb's "that" are no such noun.
   */
  private static boolean nounContent(List<Token> ts, int k) {
    if (!ts.get(k).lower().equals("that")) {
      return false;
    }
    Token noun = ts.get(k - 1);
    String w = noun.lower();
    if (k >= 2 && ts.get(k - 2).lower().equals("to")) {
      return false; // "want to ensure that ...": a verb's "that"
    }
    return Character.isLetter(w.charAt(0))
        && !noun.capitalised()
        && !Words.STOP.contains(w)
        && !Words.adverb(w)
        && !CUES.containsKey(w)
        && !Words.REPORTING.contains(w)
        && !w.endsWith("ed")
        && !IssueExtractor.PAST_TENSES.contains(w)
        && !(w.endsWith("s")
            && IssueExtractor.VERBS_AFTER_TO.contains(w.substring(0, w.length() - 1)));
  }

  /**
   * True when a word between the cue at {@code cue} and position {@code to} opens a clause or
   * phrase about something else, so that what stands at {@code to} is not the cue's: "said they
   * wanted more details about the drug", "said it would back the plan after the tax rise".
   */
  private static boolean boundedBefore(String text, List<Token> ts, int cue, int to) {
    for (int k = cue + 1; k < to; k++) {
      if (bounds(text, ts, k, true) || lookedIntoOrPaidFor(ts, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when "for" or "against" at {@code k} follows a comma: in "campaigners against the port
   * tax, for open docks" what follows takes the other side.
   */
  private static boolean sideAfterComma(String text, List<Token> ts, int k) {
    String w = ts.get(k).lower();
    return (w.equals("for") || w.equals("against"))
        && Words.hasComma(text, ts.get(k - 1).end(), ts.get(k).start());
  }

  /**
   * True when token {@code k} opens a clause or phrase about something else than a cue's objects.
   * Before the cue's {@code first} object only a clause opener or an inquiry bounds them; after it,
   * adverbs of time ("before", "since"), a means ("by filing") and a participle after a comma do
   * too.
   */
  private static boolean bounds(String text, List<Token> ts, int k, boolean first) {
    String w = ts.get(k).lower();
    return (OBJECT_BOUNDARIES.contains(w) && !(first && ADVERB_BOUNDARIES.contains(w)))
        || (!first
            && (byMeans(ts, k) || participleAfterComma(text, ts, k) || verbCoordinated(ts, k)))
        || inquiredInto(ts, k);
  }

  /**
   * True when token {@code k} is "and" or "or" before a second verb that takes no side, whose
   * objects are its own: "wants to scrap the tax and restore the grants", "to scrap the levy and
   * reimpose the tariff", "rejected the tax and introduced a grant". A past form counts only before
   * an article or owner, as it may describe a noun ("water rates and fixed charges"); a cue there
   * is a later cue of the holder's ("and kept the option open").
   */
  private static boolean verbCoordinated(List<Token> ts, int k) {
    String w = ts.get(k).lower();
    return (w.equals("and") || w.equals("or")) && secondVerb(ts, k + 1);
  }

  /** True when token {@code v} is a verb of its own after "and", no cue (see verbCoordinated). */
  private static boolean secondVerb(List<Token> ts, int v) {
    if (v + 1 >= ts.size() || cueWord(ts, v) != null) {
      return false;
    }
    String next = ts.get(v).lower();
    String base = next.startsWith("re") ? next.substring(2) : next; // "reintroduce"
    boolean past =
        (IssueExtractor.PAST_TENSES.contains(next) || next.endsWith("ed"))
            && !ts.get(v).capitalised()
            && opensNoun(ts.get(v + 1));
    return IssueExtractor.VERBS_AFTER_TO.contains(next)
        || IssueExtractor.VERBS_AFTER_TO.contains(base)
        || past;
  }

  /**
   * True when token {@code k} is "and" or "or" opening a second predicate past adverbs or an
   * auxiliary: "wanted to give farmers more say and has since tied the fees to ...", "and will
   * review the taxes", "and then studied the taxes". A side taken before it is not taken on what
   * the second verb acts on. (A report's statement runs on: "said the rules were not binding and
   * could be changed".)
   */
  private static boolean laterPredicate(List<Token> ts, int k) {
    String w = ts.get(k).lower();
    if (!(w.equals("and") || w.equals("or"))) {
      return false;
    }
    int v = k + 1;
    while (v + 1 < ts.size()
        && (AUXILIARIES.contains(ts.get(v).lower()) || Words.adverb(ts.get(v).lower()))) {
      if (FINITE_AUXILIARIES.contains(ts.get(v).lower())) {
        return true;
      }
      v++;
    }
    return secondVerb(ts, v);
  }

  /**
   * True when token {@code k}, before an "and" and a second verb, ends an object the first verb
   * took ("pledged to keep its word and set out the fees"), not a verb that shares the object after
   * it ("wants to scrap and replace the tax").
   */
  private static boolean endsObject(List<Token> ts, int k) {
    String w = ts.get(k).lower();
    return Character.isLetter(w.charAt(0))
        && !Words.STOP.contains(w)
        && !isCue(w)
        && !REMOVING.contains(w)
        && !IssueExtractor.VERBS_AFTER_TO.contains(w)
        && !ts.get(k - 1).lower().equals("to");
  }

  /**
   * Boundaries that are also adverbs ("have warned before that", "has since said"): they bound a
   * cue's later objects, not its first.
   */
  private static final java.util.Set<String> ADVERB_BOUNDARIES =
      Words.lookup(java.util.Set.of("before", "since"));

  /** Nouns of looking into something, which takes no side on it: "an inquiry into the sale". */
  private static final java.util.Set<String> INQUIRIES =
      Words.lookup(
          java.util.Set.of(
              "inquiry",
              "inquiries",
              "investigation",
              "investigations",
              "probe",
              "review",
              "inquest",
              "audit"));

  /**
   * Nouns of being told about something, which takes no side on it either: "demanded an explanation
   * of the levy", "wants more details about the levy".
   */
  private static final java.util.Set<String> ACCOUNTS =
      Words.lookup(
          java.util.Set.of(
              "explanation",
              "explanations",
              "assurance",
              "assurances",
              "reassurance",
              "reassurances",
              "answer",
              "answers",
              "clarification",
              "details",
              "information",
              "evidence",
              "proof"));

  /** Words that open what an account is about: "an explanation of", "assurances that". */
  private static final java.util.Set<String> ACCOUNT_OF =
      Words.lookup(java.util.Set.of("of", "about", "on", "over", "for", "that"));

  /**
   * True when token {@code k} opens what an inquiry looks into or an account is about: "a second
   * inquiry into", "an explanation of", "assurances that".
   */
  private static boolean inquiredInto(List<Token> ts, int k) {
    String w = ts.get(k).lower();
    String before = k > 0 ? ts.get(k - 1).lower() : "";
    return ((w.equals("into") || w.equals("of")) && INQUIRIES.contains(before))
        || (ACCOUNT_OF.contains(w) && ACCOUNTS.contains(before));
  }

  /**
   * True when token {@code k} opens what a side-taking cue only looks into, changes or pays for:
   * "pledged to study the report", "agreed to pay 40% more for the coal".
   */
  private static boolean lookedIntoOrPaidFor(List<Token> ts, int k) {
    String w = ts.get(k).lower();
    String next = k + 1 < ts.size() ? ts.get(k + 1).lower() : "";
    return (LOOKING_INTO.contains(w)
            && k > 0
            && ts.get(k - 1).lower().equals("to")
            && !next.equals("and") // "to review and extend the grants" extends them
            && !next.equals("or"))
        || (PAID_FOR.contains(w) && paidBefore(ts, k));
  }

  /**
   * Verbs of looking into or changing a thing, which take no side on it: "pledged to study the
   * report", "agreed to change its pricing rules".
   */
  private static final java.util.Set<String> LOOKING_INTO =
      Words.lookup(
          java.util.Set.of(
              "review",
              "study",
              "examine",
              "investigate",
              "consider",
              "reconsider",
              "reassess",
              "assess",
              "discuss",
              "rethink",
              "change",
              "alter",
              "amend",
              "revise",
              "reform",
              "overhaul",
              "modify"));

  /** Words that open what a payment is for: "to pay $5m to settle a suit over ...". */
  private static final java.util.Set<String> PAID_FOR =
      Words.lookup(java.util.Set.of("for", "over", "to"));

  /**
   * True when "pay" or "settle" stands up to six words before {@code k}: what a party pays for or
   * settles over is no side it takes ("agreed to pay 40% more for the coal", "rejected the pay
   * offer over the levy").
   */
  private static boolean paidBefore(List<Token> ts, int k) {
    for (int j = k - 1; j >= Math.max(1, k - 6); j--) {
      String v = ts.get(j).lower();
      if (v.equals("pay") || v.equals("settle")) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when token {@code k} is a participle opening a clause after a comma: "rejected the deal,
   * leading to a row", "backed the bill, saying the cuts were fair"; a cue there is a later cue of
   * the holder's ("rejected the plan, backing the tax instead").
   */
  private static boolean participleAfterComma(String text, List<Token> ts, int k) {
    String w = ts.get(k).lower();
    return k > 0
        && !CUES.containsKey(w)
        && w.endsWith("ing")
        && w.length() > 5
        && Words.hasComma(text, ts.get(k - 1).end(), ts.get(k).start());
  }

  /** True when token {@code k} opens a means: "block the sale by filing for bankruptcy". */
  private static boolean byMeans(List<Token> ts, int k) {
    return ts.get(k).lower().equals("by")
        && k + 1 < ts.size()
        && ts.get(k + 1).lower().endsWith("ing")
        && ts.get(k + 1).lower().length() > 5;
  }

  /**
   * True when the cue at {@code cue} stands in an indirect question: "declined to say whether the
   * minister backed the plans", "will decide whether to block the sale".
   */
  private static boolean openQuestion(List<Token> ts, int from, int cue) {
    for (int k = cue - 1; k >= from; k--) {
      String w = ts.get(k).lower();
      if (w.equals("whether")) {
        return true;
      }
      if (CUES.containsKey(w)) {
        return false; // "Peru backed the plan, whether or not ...": the question follows the cue
      }
    }
    return false;
  }

  /** Pronouns that stand for a thing, not a party: "this will support spending". */
  private static final java.util.Set<String> THING_PRONOUNS =
      Words.lookup(java.util.Set.of("this", "that"));

  /**
   * The position of the modal before the cue at {@code cue} when what it predicts is a thing's act,
   * not a party's (an issue, a common noun, "this"): "the new levy would undermine ...", "this will
   * support spending", "the officers could undermine local bonds"; -1 for a party, a person or a
   * body of one ("the UK would welcome", "he will seek", "Labour MPs could oppose", "the prime
   * minister would want", "it will fight the fine").
   */
  private static int thingPredicted(
      List<Token> ts,
      List<Mention> ms,
      List<IssueExtractor.Hit> hits,
      int from,
      int cue,
      Gazetteer gazetteer) {
    int k = cue - 1;
    while (k >= from
        && (Words.adverb(ts.get(k).lower()) || NEGATIONS.contains(ts.get(k).lower()))) {
      k--;
    }
    if (k <= from || !MODALS.contains(ts.get(k).lower())) {
      return -1;
    }
    Token subject = ts.get(k - 1);
    String w = subject.lower();
    int end = k;
    boolean party = ms.stream().anyMatch(m -> m.to() == end && !m.incidental());
    boolean issue = hits.stream().anyMatch(h -> h.token() == end - 1);
    boolean noun =
        (!subject.capitalised() || pluralAcronym(subject.text()))
            && Character.isLetter(w.charAt(0))
            && !Words.STOP.contains(w)
            && !VERB_SUBJECTS.contains(w)
            && !actsFor(w, gazetteer);
    return THING_PRONOUNS.contains(w) || (!party && (issue || noun)) ? k : -1;
  }

  /** True for the plural of an acronym, a common noun in capitals: "NGOs", "ISAs". */
  private static boolean pluralAcronym(String word) {
    int n = word.length();
    if (n < 3 || word.charAt(n - 1) != 's') {
      return false;
    }
    for (int i = 0; i < n - 1; i++) {
      if (!Character.isUpperCase(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Where {@code issue} is last named before token {@code cue} in the sentence, or null. */
  private static IssueExtractor.Hit lastHitBefore(
      IssueExtractor.Result issues, int si, int issue, int cue) {
    IssueExtractor.Hit last = null;
    for (IssueExtractor.Hit h : issues.hits().get(si)) {
      if (h.issue() == issue && h.token() < cue) {
        last = h;
      }
    }
    return last;
  }

  /** Where {@code issue} is first named after token {@code after} in the clause, or null. */
  private static IssueExtractor.Hit firstHitAfter(
      IssueExtractor.Result issues, int si, int issue, int after, int to) {
    for (IssueExtractor.Hit h : issues.hits().get(si)) {
      if (h.issue() == issue && h.token() > after && h.token() < to) {
        return h;
      }
    }
    return null;
  }

  /**
   * True when the phrase {@code hit} only completes an earlier issue the cue at {@code cue} acts
   * on, by a preposition: "a windfall tax on the firm's profits", "a change in the law", "a fall in
   * profits". A cue on the tax is none on the profits. A thing given or done for the phrase passes
   * the cue on ("investment in water infrastructure", "proposals for a levy"), and a removal turns
   * it ("the closure of the schemes").
   */
  private static boolean attachedToHit(
      String text, List<Token> ts, List<IssueExtractor.Hit> hits, IssueExtractor.Hit hit, int cue) {
    for (IssueExtractor.Hit h : hits) {
      int k = h.token() + 1; // the preposition
      if (h.issue() == hit.issue()
          || h.token() <= cue
          || k >= hit.from()
          || hit.from() - k > ATTACHED_WORDS
          || !ATTACHING.contains(ts.get(k).lower())
          || Words.hasComma(text, ts.get(h.token()).end(), ts.get(hit.from()).start())) {
        continue;
      }
      String head = ts.get(h.token()).lower();
      return !PASSING_ON.contains(head)
          && !REMOVAL_NOUNS.contains(head)
          && !PartyRecognizer.PROPOSAL_NOUNS.contains(head);
    }
    return false;
  }

  /** Prepositions by which a phrase completes the issue before it: "a tax on profits". */
  private static final java.util.Set<String> ATTACHING =
      Words.lookup(java.util.Set.of("on", "of", "for", "in"));

  /** Words at most between such a preposition and the phrase: "on his company's huge profits". */
  private static final int ATTACHED_WORDS = 4;

  /** Nouns for what is given or done for a thing, which back that thing too. */
  private static final java.util.Set<String> PASSING_ON =
      Words.lookup(
          java.util.Set.of(
              "investment",
              "investments",
              "funding",
              "remuneration",
              "support",
              "help",
              "aid",
              "protection",
              "use",
              "access"));

  /**
   * True when a name outside the quotation and next to its reporting verb gives the sentence a
   * speaker of its own that is no party ("\"...,\" said Jo Reed, a trader"; "\"...,\" Kestrel
   * said"), so the quotation is not the last speaker's going on; "he said", "the firm said" and
   * "said Mr Reed" may be, and so may a sentence that names a party outside the quotation.
   */
  private static boolean attributed(String text, List<Token> ts, List<Mention> ms) {
    if (ms.stream().anyMatch(m -> !insideQuote(text, ts.get(m.from()).start()))) {
      return false; // "said Jo Reed, of Acme": a party outside the quotation may be the speaker's
    }
    for (int k = 0; k < ts.size(); k++) {
      if (!Words.REPORTING.contains(ts.get(k).lower()) || insideQuote(text, ts.get(k).start())) {
        continue;
      }
      int name = k == 0 || commaOrQuoteBefore(text, ts, k) ? k + 1 : k - 1;
      if (name >= ts.size()) {
        continue;
      }
      String w = ts.get(name).text();
      if (!w.isEmpty()
          && !Character.isLowerCase(w.charAt(0))
          && !PartyRecognizer.HONORIFICS.contains(w) // "said Mr Reed": someone named before
          && ms.stream().noneMatch(m -> m.from() <= name && name < m.to())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the cue at {@code k} ends its sentence after a speaker set off by a comma or a
   * closing quote: "The plan is working, Peru insisted." The statement stands before it.
   */
  private static boolean statementBefore(String text, List<Token> ts, int k) {
    if (k + 1 < ts.size() && !Words.hasAnyOf(text, ts.get(k).end(), ts.get(k + 1).start(), ",;")) {
      return false; // "... , Peru insisted on a vote"
    }
    for (int j = k; j >= Math.max(1, k - SPEAKER_WORDS); j--) {
      if (commaOrQuoteBefore(text, ts, j)) {
        return j < k;
      }
    }
    return false;
  }

  /** Words at most between a statement's comma and the verb that reports it: "Mr Ian Lee". */
  private static final int SPEAKER_WORDS = 4;

  /**
   * True when a comma or a closing quote mark stands between token {@code k} and the one before:
   * what follows comes after a quotation or an aside ("...," said Ms Reed).
   */
  private static boolean commaOrQuoteBefore(String text, List<Token> ts, int k) {
    return k > 0 && Words.hasAnyOf(text, ts.get(k - 1).end(), ts.get(k).start(), ",\"\u201d");
  }

  /** The party a sentence quotes: named next to a reporting verb ("said a Kestrel spokesman"). */
  private static Mention speaker(String text, List<Token> ts, List<Mention> ms) {
    for (Mention m : ms) {
      if (m.incidental()) {
        continue;
      }
      for (int k = Math.max(0, m.from() - 4); k < Math.min(ts.size(), m.to() + 3); k++) {
        if ((k < m.from() || k >= m.to())
            && Words.REPORTING.contains(ts.get(k).lower())
            && (k >= m.to() || inverted(text, ts, k, m))
            && !outsideItsClause(text, ts, m, k)) {
          return m;
        }
      }
    }
    return speakerBeforeAside(text, ts, ms);
  }

  /**
   * Words that open a restrictive relative clause after a name: "the Harbour Trust which represents
   * banks".
   */
  private static final java.util.Set<String> RELATIVE_OPENERS =
      Words.lookup(java.util.Set.of("which", "who", "that"));

  /**
   * The sentence's first party when an aside stands between it and the verb that reports it: set
   * off by commas ("Acme, the firm that advises hauliers, said") or a relative clause with none ("a
   * spokesman for the Harbour Trust (Hartru) which represents banks said"). Null for a party inside
   * a quotation and for the first of a list ("Peru, Chile and Bolivia said").
   */
  private static Mention speakerBeforeAside(String text, List<Token> ts, List<Mention> ms) {
    Mention m = null;
    for (Mention x : ms) {
      if (!x.incidental()) {
        m = x;
        break;
      }
    }
    if (m == null || m.to() >= ts.size()) {
      return null;
    }
    int j = m.to();
    if (Words.hasAnyOf(text, ts.get(j - 1).end(), ts.get(j).start(), "(")) {
      while (j < ts.size() - 1
          && !Words.hasAnyOf(text, ts.get(j).end(), ts.get(j + 1).start(), ")")) {
        j++;
      }
      j++; // past the bracket: "the Harbour Trust (Hartru) which ..."
    }
    boolean comma = Words.hasComma(text, ts.get(m.to() - 1).end(), ts.get(m.to()).start());
    if (j >= ts.size() || !(comma || RELATIVE_OPENERS.contains(ts.get(j).lower()))) {
      return null;
    }
    for (int k = j + 1; k < ts.size(); k++) {
      if (Words.REPORTING.contains(ts.get(k).lower())) {
        boolean closed = !comma || Words.hasComma(text, ts.get(k - 1).end(), ts.get(k).start());
        return closed && !insideQuote(text, ts.get(m.from()).start()) ? m : null;
      }
    }
    return null;
  }

  /**
   * The party that is the subject of the verb phrase a quoted cue ends, when nothing else stands
   * between them: "'... Acme is now taking firm steps against piracy,' he said". Null when a comma,
   * a pronoun, another cue or a reporting verb stands between, or when the party is no subject
   * (followed by no verb).
   */
  private static Mention quotedSubject(
      String text, List<Token> ts, List<Mention> ms, int from, int cue) {
    Mention m =
        lastMentionBetween(ms, from - 1, cue, x -> !x.incidental() && !objectOfPreposition(ts, x));
    if (m == null || m.to() >= cue || !insideQuote(text, ts.get(m.from()).start())) {
      return null;
    }
    if (!PartyRecognizer.verbLike(ts.get(m.to()))) {
      return null;
    }
    for (int k = m.to(); k < cue; k++) {
      String w = ts.get(k).lower();
      if (Words.hasComma(text, ts.get(k - 1).end(), ts.get(k).start())
          || PERSONAL_PRONOUNS.contains(w)
          || CUES.containsKey(w)
          || Words.REPORTING.contains(w)) {
        return null;
      }
    }
    return m;
  }

  /**
   * True when the subject of the cue at {@code cue} is "it" and the speaker who is quoted is a
   * person of no organisation: the pronoun stands for a body, not for the speaker.
   */
  private static boolean bodyQuotedByAPerson(
      List<Token> ts,
      int from,
      int cue,
      Mention speaker,
      Map<String, PartyRecognizer.Found> found) {
    PartyRecognizer.Found f = found.get(speaker.party());
    return wordBeforeVerb(ts, from, cue).equals("it") && f != null && f.kind == PartyKind.PERSON;
  }

  /**
   * True when the reporting verb at {@code k}, before mention {@code m}, is inverted after a quote
   * ("... ," said a Peru spokesman) or ends its clause with the name ("said Jo Reed."): in "The
   * minister insisted Mr Reed would lead the talks" Mr Reed is what is insisted on, not the
   * speaker.
   */
  private static boolean inverted(String text, List<Token> ts, int k, Mention m) {
    boolean afterQuote =
        k == 0
            || commaOrQuoteBefore(text, ts, k)
            || Words.hasAnyOf(text, ts.get(k - 1).end(), ts.get(k).start(), ":");
    boolean endsClause =
        m.to() == ts.size()
            || Words.hasComma(text, ts.get(m.to() - 1).end(), ts.get(m.to()).start());
    return afterQuote || endsClause;
  }

  /** Definite: "the US peace plan" is the US's; "a Ukraine peace deal" is only about Ukraine. */
  private static final java.util.Set<String> DETERMINERS =
      Words.lookup(java.util.Set.of("the", "this", "that"));

  /**
   * True when tokens {@code [from, to)} could modify the noun at {@code to}: lower-case words that
   * are no cue, no verb of saying and no article, with no punctuation up to it ("the US peace
   * plan", not "the Commission, said the plans" nor "the Greens say plans").
   */
  private static boolean modifiersOnly(String text, List<Token> ts, int from, int to) {
    if (Words.hasComma(text, ts.get(from - 1).end(), ts.get(to).start())) {
      return false;
    }
    for (int k = from; k < to; k++) {
      String w = ts.get(k).lower();
      if (CUES.containsKey(w)
          || SAYING.contains(w)
          || DETERMINERS.contains(w)
          || w.equals("a")
          || w.equals("an")) {
        return false;
      }
    }
    return lowerCaseWords(ts, from, to);
  }

  private static boolean lowerCaseWords(List<Token> ts, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = ts.get(k).text();
      if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Issue heads that are somebody's proposal: its author supports it. They are keys, in which an
   * issue word's synonyms are folded: "proposal" is here as "plan", "ruling" as "decision".
   */
  static final java.util.Set<String> PROPOSALS =
      Words.lookup(
          java.util.Set.of(
              "plan",
              "deal",
              "bid",
              "offer",
              "amendment",
              "initiative",
              "motion",
              "bill",
              "scheme",
              "demand",
              "decision",
              "counter-proposal"));

  /**
   * Proposals one party writes, so that naming the party before one ("the US peace plan") makes it
   * the author. A deal is made between parties and a demand is made of one: no authorship.
   */
  private static final java.util.Set<String> AUTHORED =
      Words.lookup(
          PROPOSALS.stream()
              .filter(p -> !p.equals("deal") && !p.equals("demand"))
              .collect(java.util.stream.Collectors.toUnmodifiableSet()));

  /** Things that are disputed when contested: rulings, claims, charges and decisions. */
  private static final java.util.Set<String> DISPUTABLE =
      Words.lookup(
          Words.union(
              PROPOSALS,
              java.util.Set.of(
                  "ruling",
                  "verdict",
                  "judgment",
                  "judgement",
                  "fine",
                  "fines",
                  "claim",
                  "claims",
                  "charge",
                  "charges",
                  "allegation",
                  "allegations",
                  "action",
                  "lawsuit",
                  "suit",
                  "case",
                  "result",
                  "order",
                  "ban",
                  "penalty",
                  "dismissal",
                  "sacking",
                  "findings",
                  "legality",
                  "validity")));

  /**
   * The author of a proposal supports it: "the opposition's amendment", "Xstrata's bid", "an offer
   * from Swiss Xstrata", "a plan by the ministry". Combined with a cue in the same clause ("the
   * minister rejected the opposition's amendment"), the government opposes and the opposition
   * supports.
   */
  private static List<Vote> proposers(
      int si,
      String text,
      List<Token> ts,
      List<Mention> ms,
      IssueExtractor.Result issues,
      Map<String, PartyRecognizer.Found> found) {
    List<Vote> out = new ArrayList<>();
    for (IssueExtractor.Hit hit : issues.hits().get(si)) {
      if (!PROPOSALS.contains(ts.get(hit.token()).key())) {
        continue;
      }
      Mention author = null;
      for (Mention m : ms) {
        boolean owns =
            !m.incidental()
                && ts.get(m.to() - 1).possessive()
                && m.to() <= hit.token()
                && hit.token() - m.to() <= 3
                && !countrysRecord(ts, m, hit.token(), found.get(m.party()));
        int marker = authorMarker(ts, hit.token());
        boolean from = !m.incidental() && marker > 0 && m.from() > marker && m.from() <= marker + 3;
        // "the US peace plan": the party names the plan, a few lower-case words before its head
        boolean names =
            !m.incidental()
                && !ts.get(m.to() - 1).possessive()
                && m.to() <= hit.token()
                && hit.token() - m.to() <= 2
                && modifiersOnly(text, ts, m.to(), hit.token())
                && (m.from() == 0
                    ? m.to() == hit.token() // "Tory plans to ...", not "Lima dismissed this plan"
                    : DETERMINERS.contains(ts.get(m.from() - 1).lower())
                        || indefiniteAuthor(ts.get(m.from() - 1), found.get(m.party())))
                && AUTHORED.contains(ts.get(hit.token()).key());
        // after the head the first party named ("by US and Russian officials"), or the one it
        // qualifies ("from Swiss Xstrata", "from Japan's Mitsubishi"; not "from the UK, France")
        boolean first =
            author == null
                || author.from() < hit.token()
                || (author.to() == m.from()
                    && !Words.hasComma(
                        text, ts.get(author.to() - 1).end(), ts.get(m.from()).start()));
        if (owns || names || (from && first)) {
          author = m;
        }
      }
      if (author != null) {
        for (Mention m : coordinatedAfter(text, ts, ms, author)) {
          out.add(new Vote(m.party(), hit.issue(), StanceValue.SUPPORT, "proposes", si, List.of()));
        }
      }
    }
    return out;
  }

  /** Words ending in "est" that are no superlatives. */
  private static final java.util.Set<String> NOT_SUPERLATIVES =
      Words.lookup(
          java.util.Set.of(
              "interest",
              "protest",
              "request",
              "honest",
              "modest",
              "forest",
              "harvest",
              "contest",
              "arrest",
              "conquest",
              "manifest",
              "digest",
              "suggest",
              "invest",
              "earnest",
              "inquest",
              "behest",
              "unrest",
              "bequest",
              "latest"));

  /**
   * True when a country's possessive is followed by a superlative before the proposal: "Peru's
   * largest-ever port deal", "the UK's biggest rescue plan" rank the proposal among the country's,
   * whoever made it. "Japan's latest offer" and "Acme's largest bid" stay theirs.
   */
  private static boolean countrysRecord(
      List<Token> ts, Mention owner, int head, PartyRecognizer.Found party) {
    if (party == null || party.kind != PartyKind.COUNTRY) {
      return false;
    }
    for (int k = owner.to(); k < head; k++) {
      String w = ts.get(k).lower();
      int hyphen = w.indexOf('-');
      String first = hyphen > 0 ? w.substring(0, hyphen) : w;
      if (first.length() >= 6 && first.endsWith("est") && !NOT_SUPERLATIVES.contains(first)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when "a" or "an" before a party that is no country still makes it the author: "a Tribunal
   * ruling", "an Acme offer"; a country's name can say what a plan is about ("a Peru peace plan").
   */
  private static boolean indefiniteAuthor(Token article, PartyRecognizer.Found party) {
    String w = article.lower();
    return (w.equals("a") || w.equals("an")) && party != null && party.kind != PartyKind.COUNTRY;
  }

  /** Nouns for what a party wants addressed: "Ukraine's key concerns, including ...". */
  private static final java.util.Set<String> NEEDS =
      Words.lookup(
          java.util.Set.of(
              "concerns",
              "demands",
              "priorities",
              "conditions",
              "needs",
              "requests",
              "interests",
              "goals",
              "aims"));

  /**
   * The position of the need noun when token {@code k} opens a list of what it includes ("concerns,
   * including", "demands such as"), else -1.
   */
  private static int needNoun(List<Token> ts, int k) {
    boolean such = k > 0 && ts.get(k).lower().equals("as") && ts.get(k - 1).lower().equals("such");
    if (!such && !ts.get(k).lower().equals("including")) {
      return -1;
    }
    int noun = such ? k - 2 : k - 1;
    return noun >= 1 && NEEDS.contains(ts.get(noun).lower()) ? noun : -1;
  }

  /** Tokens after "including" within which the issues it lists are named. */
  private static final int LIST_WINDOW = 8;

  /**
   * A party wants what its needs include: "the new draft addresses Peru's main concerns, including
   * water rights and fishing quotas" has Peru support both. The party is named possessive just
   * before the need noun (one word may stand between), and the issues follow "including" or "such
   * as" right after it.
   */
  private static List<Vote> needs(
      int si, List<Token> ts, List<Mention> ms, IssueExtractor.Result issues) {
    List<Vote> out = new ArrayList<>();
    for (int k = 1; k < ts.size(); k++) {
      int noun = needNoun(ts, k);
      if (noun < 0) {
        continue;
      }
      Mention holder = null;
      for (Mention m : ms) {
        boolean owns = ts.get(m.to() - 1).possessive() && noun - m.to() <= 1 && m.to() <= noun;
        if (!m.incidental() && owns) {
          holder = m;
        }
      }
      if (holder == null) {
        continue;
      }
      for (int issue : issues.inRange(si, k + 1, Math.min(ts.size(), k + 1 + LIST_WINDOW))) {
        out.add(
            new Vote(
                holder.party(), issue, StanceValue.SUPPORT, ts.get(noun).lower(), si, List.of()));
      }
    }
    return out;
  }

  /** Second halves of "US-led", "UN-backed", "Qatar-brokered": the first half leads or backs. */
  private static final java.util.Set<String> LEADING =
      Words.lookup(
          java.util.Set.of(
              "led",
              "backed",
              "brokered",
              "mediated",
              "sponsored",
              "drafted",
              "proposed",
              "funded",
              "supported",
              "driven",
              "inspired"));

  /**
   * A party named in a hyphenated modifier of an issue leads or backs it: "a US-mediated proposal",
   * "the US-led aid coalition", "a UN-backed plan". The party must be one the article names.
   */
  private static List<Vote> leaders(
      int si,
      List<Token> ts,
      IssueExtractor.Result issues,
      PartyRecognizer.Result parties,
      Gazetteer gazetteer) {
    List<Vote> out = new ArrayList<>();
    for (IssueExtractor.Hit hit : issues.hits().get(si)) {
      for (int k = Math.max(0, hit.token() - 3); k <= hit.token(); k++) {
        String w = ts.get(k).text();
        int dash = w.lastIndexOf('-');
        if (dash <= 0 || !Character.isUpperCase(w.charAt(0))) {
          continue;
        }
        String how = w.substring(dash + 1).toLowerCase(java.util.Locale.ROOT);
        Gazetteer.Entry e = gazetteer.lookup(w.substring(0, dash));
        if (LEADING.contains(how) && e != null && parties.parties().containsKey(e.party())) {
          out.add(new Vote(e.party(), hit.issue(), StanceValue.SUPPORT, how, si, List.of()));
        }
      }
    }
    return out;
  }

  /** Participles that name who wrote a proposal: "a plan drawn up by", "the bill, tabled by". */
  private static final java.util.Set<String> AUTHORING =
      Words.lookup(
          java.util.Set.of(
              "prepared",
              "drafted",
              "drawn",
              "written",
              "tabled",
              "brokered",
              "mediated",
              "sponsored",
              "unveiled",
              "presented",
              "submitted",
              "authored",
              "devised",
              "crafted",
              "introduced",
              "floated",
              "put",
              "announced"));

  private static final java.util.Set<String> PARTICLES =
      Words.lookup(java.util.Set.of("up", "out", "forward", "together"));

  /**
   * The position of the "from" or "by" that introduces a proposal's author after its head: "a plan
   * by the ministry", "an offer from Xstrata", "the plan, prepared by US officials", "a deal put
   * forward by Qatar"; -1 when there is none.
   */
  private static int authorMarker(List<Token> ts, int head) {
    int k = head + 1;
    if (k < ts.size() && AUTHORING.contains(ts.get(k).lower())) {
      k++;
      if (k < ts.size() && PARTICLES.contains(ts.get(k).lower())) {
        k++;
      }
      return k < ts.size() && ts.get(k).lower().equals("by") ? k : -1;
    }
    String w = k < ts.size() ? ts.get(k).lower() : "";
    return w.equals("from") || w.equals("by") ? k : -1;
  }

  /**
   * A party and those coordinated after it: "by Peruvian and Chilean officials", "from Peru, Chile,
   * and Bolivia". Next to each other without a comma, the second qualifies the first ("Japan's
   * Mitsubishi") and is not coordinated.
   */
  private static List<Mention> coordinatedAfter(
      String text, List<Token> ts, List<Mention> ms, Mention first) {
    List<Mention> out = new ArrayList<>();
    out.add(first);
    Mention left = first;
    for (Mention m : ms) {
      boolean listed =
          m.from() > left.to()
              || (m.from() == left.to()
                  && Words.hasComma(text, ts.get(left.to() - 1).end(), ts.get(m.from()).start()));
      if (m.from() >= left.to()
          && !m.incidental()
          && onlyConjunctions(text, ts, left.to(), m.from())
          && listed
          && out.stream().noneMatch(x -> x.party().equals(m.party()))) {
        out.add(m);
        left = m;
      }
    }
    return out;
  }

  /**
   * Nouns for a reaction whose holders are named after them: "concerns in Kyiv and among allies".
   */
  private static final java.util.Set<String> EXPERIENCER =
      Words.lookup(
          java.util.Set.of(
              "concerns",
              "concern",
              "fears",
              "alarm",
              "anger",
              "criticism",
              "objections",
              "unease",
              "apprehension",
              "opposition",
              "misgivings"));

  /**
   * True when the cue word at {@code k} is a reaction or what a subject faces, held only by the
   * parties named after it: "after sustained criticism over ...", "faces calls for ...". It is no
   * later cue of the clause's holder.
   */
  private static boolean heldByOthers(String text, List<Token> ts, int k) {
    return EXPERIENCER.contains(ts.get(k).lower()) || faced(text, ts, k);
  }

  /**
   * Verbs of facing or causing what others do: "faces calls for", "in the face of protests",
   * "prompted calls for", "sparked protests".
   */
  private static final java.util.Set<String> FACING =
      Words.lookup(
          java.util.Set.of(
              "face",
              "faces",
              "faced",
              "facing",
              "prompt",
              "prompts",
              "prompted",
              "prompting",
              "spark",
              "sparks",
              "sparked",
              "sparking",
              "trigger",
              "triggers",
              "triggered",
              "triggering",
              "provoke",
              "provokes",
              "provoked",
              "provoking"));

  /**
   * True when the cue at {@code k} is what the subject faces or causes: "is set to face more
   * calls", "prompted calls for a port levy"; not "the hurdle they face, said".
   */
  private static boolean faced(String text, List<Token> ts, int k) {
    StanceValue value = CUES.get(ts.get(k).lower());
    if (value == null || value == StanceValue.NEUTRAL) {
      return false;
    }
    for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
      String w = ts.get(j).lower();
      if (FACING.contains(w)) {
        return !Words.hasComma(text, ts.get(j).end(), ts.get(k).start());
      }
      if (CUES.containsKey(w)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The parties named after a reaction noun: "raised concerns in Lima and among its neighbours".
   */
  private static List<Mention> experiencers(
      List<Token> ts, List<Mention> ms, int cue, int clauseEnd) {
    List<Mention> out = new ArrayList<>();
    for (int k = cue + 1; k < Math.min(clauseEnd, cue + 9); k++) {
      String w = ts.get(k).lower();
      if (w.equals("that")) {
        break; // what the concern says follows: "concern that conditions in Peru are poor"
      }
      if (!(w.equals("in") || w.equals("among") || w.equals("from") || w.equals("across"))) {
        continue;
      }
      for (Mention m : ms) {
        if (m.actor() == null
            && (m.from() == k + 1 || (m.from() == k + 2 && ts.get(k + 1).lower().equals("the")))
            && out.stream().noneMatch(x -> x.party().equals(m.party()))) {
          out.add(m); // a place here names the people in it: "concerns in Kyiv"
        }
      }
    }
    return out;
  }

  /** Cues of feeling: "concerned by the portrayal" names what is felt about, not who acts. */
  private static final java.util.Set<String> FEELINGS =
      Words.lookup(java.util.Set.of("concerned", "worried"));

  /** Whether cue {@code k} is passive with its agent after "by": "criticised by aid groups". */
  private static boolean byAgent(List<Token> ts, int k, int to) {
    return agentBy(ts, k, to) >= 0 && !FEELINGS.contains(ts.get(k).lower());
  }

  /** Words a passive's "by" may stand after: "was praised at first by", "backed last week by". */
  private static final int AGENT_GAP = 3;

  /**
   * The position of the "by" that names the agent of cue {@code k}: right after it ("criticised
   * by"), or, when a form of "be" stands just before the cue, within a few lower-case words after
   * it ("was welcomed last week by Chile"); -1 when there is none.
   */
  private static int agentBy(List<Token> ts, int k, int to) {
    if (k + 1 < to && ts.get(k + 1).lower().equals("by")) {
      return k + 1;
    }
    boolean passive =
        (k > 0 && BE.contains(ts.get(k - 1).lower()))
            || (k > 1
                && BE.contains(ts.get(k - 2).lower())
                && ts.get(k - 1).lower().endsWith("ly"));
    for (int b = k + 2; passive && b < Math.min(to, k + 2 + AGENT_GAP); b++) {
      Token t = ts.get(b);
      if (t.lower().equals("by")) {
        return b;
      }
      if (t.capitalised() || CUES.containsKey(t.lower())) {
        return -1;
      }
    }
    return -1;
  }

  /** Tokens before an issue's head within which "against" makes the phrase an act against it. */
  private static final int AGAINST_WINDOW = 3;

  /**
   * OPPOSE when the issue whose head is at {@code head}, before a passive cue, is named as the
   * object of "against" ("the campaign against the tax" in "the campaign against the tax is backed
   * by Y"), else null. A verb of the sentence before the phrase ("X was worried about plans, backed
   * by Y") is not part of it.
   */
  private static StanceValue againstBefore(List<Token> ts, List<Mention> ms, int from, int head) {
    for (int k = head - 1; k >= Math.max(from, head - AGAINST_WINDOW); k--) {
      if (ts.get(k).lower().equals("against")) {
        return lastMentionBetween(ms, k, head) == null ? StanceValue.OPPOSE : null;
      }
    }
    return null;
  }

  /** "a proposal supported by Putin": the party after "by" holds the stance. */
  private static Mention passiveAgent(List<Token> ts, List<Mention> ms, int cue, int clauseEnd) {
    int by = agentBy(ts, cue, clauseEnd);
    if (by < 0) {
      return null;
    }
    for (Mention m : ms) {
      if (!m.incidental() && m.from() >= by + 1 && m.from() <= by + 2 && m.from() < clauseEnd) {
        return m;
      }
    }
    return null;
  }

  /**
   * True when the cue at {@code cue} stands in a direct question that ends its clause: a question
   * mark follows it before the clause ends, with no full stop, colon, semicolon or quotation mark
   * between ("Should Peru back the plan?", "How much tax will voters accept?"). Not a question that
   * only follows ("Peru fears the plan: what will it cost?", "Peru backs it, but will Chile
   * follow?", "it raises the question, 'who pays?'").
   */
  private static boolean asked(String text, List<Token> ts, int cue, int to) {
    int q = text.indexOf('?', ts.get(cue).end());
    if (q < 0 || (to < ts.size() && ts.get(to).start() < q)) {
      return false;
    }
    for (int c = ts.get(cue).end(); c < q; c++) {
      char ch = text.charAt(c);
      boolean opensSingle =
          (ch == '\'' || ch == '\u2018') && Character.isWhitespace(text.charAt(c - 1));
      if (".!:;\"\u201C\u201D".indexOf(ch) >= 0 || opensSingle) {
        return false; // "it raises the question, 'who will pay?'"
      }
    }
    return true;
  }

  private static boolean opensWithQuote(String text) {
    String t = text.strip();
    return !t.isEmpty() && (t.charAt(0) == '"' || t.charAt(0) == '\u201C');
  }

  /** Words a quotation needs to be speech rather than a phrase quoted in the reporter's words. */
  private static final int QUOTED_SPEECH_WORDS = 5;

  /**
   * The token that ends the reach of the cue at {@code cue}: the first token after the quotation
   * the cue stands in ("'... potentially excessive risk-taking,' said the committee, which sets
   * interest rates" does not judge interest rates), else {@code to}. A short quoted phrase inside
   * the reporter's sentence ("had 'totally condemned' the deletion") reaches on.
   */
  private static int quoteEnd(String text, List<Token> ts, int cue, int to) {
    if (!insideQuote(text, ts.get(cue).start())) {
      return to;
    }
    int close = -1;
    for (int c = ts.get(cue).end(); c < text.length() && close < 0; c++) {
      char ch = text.charAt(c);
      if (ch == '"' || ch == '\u201D') {
        close = c;
      }
    }
    if (close < 0) {
      return to; // the quotation runs on into the next sentence
    }
    int open =
        Math.max(
            text.lastIndexOf('"', ts.get(cue).start()),
            text.lastIndexOf('\u201C', ts.get(cue).start()));
    int words = 0;
    for (Token t : ts) {
      words += t.start() > open && t.start() < close ? 1 : 0;
    }
    if (words < QUOTED_SPEECH_WORDS) {
      return to; // "totally condemned" the deletion: a phrase quoted inside the reporter's sentence
    }
    for (int k = cue + 1; k < to; k++) {
      if (ts.get(k).start() > close) {
        return k;
      }
    }
    return to;
  }

  /** True when the character at {@code at} lies between an opening and a closing quote. */
  static boolean insideQuote(String text, int at) {
    int straight = 0;
    int open = 0;
    for (int i = 0; i < at && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        straight++;
      } else if (c == '\u201C') {
        open++;
      } else if (c == '\u201D') {
        open--;
      }
    }
    return straight % 2 == 1 || open > 0;
  }

  /** The holder and the parties coordinated with it: "Peru, Chile, and Bolivia rejected". */
  private static List<Mention> conjuncts(
      String text, List<Token> ts, List<Mention> ms, Mention holder) {
    List<Mention> out = new ArrayList<>();
    out.add(holder);
    int idx = ms.indexOf(holder);
    Mention right = holder;
    for (int i = idx - 1; i >= 0; i--) {
      Mention left = ms.get(i);
      if (left.incidental()
          || left.party().equals(holder.party())
          // "France's Velcora": the owner of an organisation is no partner in its act; the
          // organisation of a person is ("the Harbour Trust's Jo Reed said")
          || (ts.get(left.to() - 1).possessive() && right.actor() == null)
          || !onlyConjunctions(text, ts, left.to(), right.from())
          || namesItsCountry(text, ts, left, right)
          // "In a speech at the Acme Institute, Jo Reed promised": a place, not a partner
          || (inOpeningPhrase(text, ts, left)
              && Words.hasComma(text, ts.get(left.to() - 1).end(), ts.get(right.from()).start()))) {
        break;
      }
      if (out.stream().noneMatch(m -> m.party().equals(left.party()))) {
        out.add(0, left);
      }
      right = left;
    }
    return out;
  }

  /**
   * True when {@code left} is a country or demonym opening the organisation name {@code right}:
   * "the British Medical Association", "the US Court of Appeals" act on their own, a government
   * body acts for its country ("the Japanese Finance Ministry"), and so does a titled person ("US
   * Secretary of Energy Jo Reed").
   */
  private static boolean namesItsCountry(String text, List<Token> ts, Mention left, Mention right) {
    return left.to() == right.from()
        && right.actor() == null
        && ts.get(right.from()).capitalised() // "Acme Holdings investors voted": its shareholders
        && !ts.get(left.to() - 1).possessive()
        && PartyRecognizer.blankBetween(
            text, ts.get(left.to() - 1).end(), ts.get(right.from()).start())
        && !PartyRecognizer.governmentName(right.party());
  }

  /**
   * True when only a conjunction, "the" or both part two mentions at {@code from} and {@code to}:
   * "A and B", "A or the B", "A, the B".
   */
  private static boolean onlyConjunctions(String text, List<Token> ts, int from, int to) {
    if (to - from > 2) {
      return false;
    }
    for (int k = from; k < to; k++) {
      String w = ts.get(k).lower();
      boolean conjunction = k == from && (w.equals("and") || w.equals("or"));
      boolean listed =
          k == from && k > 0 && Words.hasComma(text, ts.get(k - 1).end(), ts.get(k).start());
      if (!conjunction && !((k == from + 1 || listed) && w.equals("the"))) {
        return false;
      }
    }
    return true;
  }

  private static boolean negated(List<Token> ts, int from, int cue) {
    for (int k = Math.max(from, cue - 3); k < cue; k++) {
      String l = ts.get(k).lower();
      if ((NEGATIONS.contains(l) || l.endsWith("n't")) && !ADDING.contains(ts.get(k + 1).lower())) {
        return true;
      }
      if (RELUCTANT.contains(l) && ts.get(k + 1).lower().equals("to")) {
        return true; // "is reluctant to back it", "Peru's reluctance to embrace the plan"
      }
    }
    return false;
  }

  /**
   * Words of holding back before "to", and of a forecast that denies: "reluctant to back",
   * "unwilling to accept", "unlikely to oppose".
   */
  private static final java.util.Set<String> RELUCTANT =
      Words.lookup(
          java.util.Set.of(
              "reluctant",
              "reluctance",
              "unwilling",
              "unwillingness",
              "loath",
              "hesitant",
              "hesitancy",
              "unlikely"));

  /** Words that after "not" add rather than deny: "not only want ... but also". */
  private static final java.util.Set<String> ADDING =
      Words.lookup(java.util.Set.of("only", "just", "merely"));

  private static Stance pool(String issue, List<Vote> votes) {
    int support = 0;
    int oppose = 0;
    String cue = null;
    List<Integer> evidence = new ArrayList<>();
    for (Vote v : votes) {
      if (v.value() == StanceValue.SUPPORT) {
        support++;
      } else if (v.value() == StanceValue.OPPOSE) {
        oppose++;
      }
      if (cue == null
          || (v.value() != StanceValue.NEUTRAL && CUES.get(cue) == StanceValue.NEUTRAL)) {
        cue = v.cue();
      }
      if (!evidence.contains(v.sentence()) && evidence.size() < MAX_EVIDENCE) {
        evidence.add(v.sentence());
      }
    }
    StanceValue value;
    if (support > 0 && oppose > 0) {
      value = StanceValue.MIXED;
    } else if (support > 0) {
      value = StanceValue.SUPPORT;
    } else if (oppose > 0) {
      value = StanceValue.OPPOSE;
    } else {
      value = StanceValue.NEUTRAL;
    }
    int decided = support + oppose;
    double confidence =
        decided == 0
            ? 0.3
            : Math.min(
                0.95, 0.5 + 0.15 * Math.max(support, oppose) - 0.1 * Math.min(support, oppose));
    // conditional when every vote that takes a side was given on a condition
    boolean conditional =
        decided > 0
            && votes.stream()
                .filter(v -> v.value() != StanceValue.NEUTRAL)
                .allMatch(Vote::conditional);
    if (conditional) {
      confidence = Math.max(0.3, confidence - 0.15);
    }
    evidence.sort(Integer::compare);
    java.util.TreeSet<String> with = new java.util.TreeSet<>();
    votes.forEach(v -> with.addAll(v.with()));
    return new Stance(
        issue,
        value,
        cue,
        evidence,
        Math.round(confidence * 100) / 100.0,
        List.copyOf(with),
        conditional);
  }

  private static Map<String, StanceValue> cues() {
    Map<String, StanceValue> m = new java.util.HashMap<>();
    for (String w :
        ("support supports supported supporting back backs backed backing welcome welcomes"
                + " welcomed endorse endorses endorsed praise praises praised favour favours favoured favor"
                + " favors favored demand demands demanded demanding urge urges urged insist insists insisted"
                + " seek seeks sought seeking want wants wanted champion championed advocate advocates"
                + " advocated propose proposes proposed pushing push pushed agree agrees agreed approve"
                + " approves approved accept accepts accepted pledge pledged pledges commit committed"
                + " emphasised emphasized stressed called calls embrace embraced defended defends"
                + " optimism optimistic productive hopeful proportionate justified backing"
                + " championing endorsing favouring promise promises promised hail hails hailed"
                + " applaud applauds applauded pleased delighted welcoming praising approving"
                + " hailing applauding vow vows vowed vowing")
            .split(" ")) {
      m.put(w, StanceValue.SUPPORT);
    }
    for (String w :
        ("oppose opposes opposed opposing reject rejects rejected rejecting dismiss dismisses"
                + " dismissed refuse refuses refused criticise criticises criticised criticize criticizes"
                + " criticized condemn condemns condemned warn warns warned question questions questioned"
                + " deny denies denied block blocks blocked veto vetoed resist resists resisted object"
                + " objects objected unacceptable against accuse accuses accused slam slams slammed"
                + " attacked blasted scrapped scrap fears feared protest protests protested"
                + " unconstructive challenge challenges challenged challenging undermine undermines"
                + " undermined irresponsible unfair excessive terrible dangerous unlawful criticism"
                + " critics resist resisted resisting objection objections fear concerned worried"
                + " worry worries regret regrets regretted deplore deplores deplored lament"
                + " laments lamented disappointed dismayed criticising criticizing condemning"
                + " denounce denounces denounced denouncing slamming objecting vetoing"
                + " rejection condemnation contest contests contested contesting")
            .split(" ")) {
      m.put(w, StanceValue.OPPOSE);
    }
    for (String w :
        ("said says stated noted described acknowledged discussed considering considered"
                + " remarked told added explained confirmed indicated announced tight-lipped")
            .split(" ")) {
      m.put(w, StanceValue.NEUTRAL);
    }
    return Map.copyOf(m);
  }
}
