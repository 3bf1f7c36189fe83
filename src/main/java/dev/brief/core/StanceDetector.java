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

  private static final Map<String, StanceValue> CUES = cues();
  private static final java.util.Set<String> NEGATIONS =
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
          "nor");
  private static final java.util.Set<String> CLAUSE_BREAKS =
      java.util.Set.of("but", "while", "whereas", "however", "although", "though", "yet");

  private StanceDetector() {}

  /** Positions of the words that take a side (support or opposition). */
  static List<Integer> sideCues(List<Token> ts) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < ts.size(); i++) {
      StanceValue v = CUES.get(ts.get(i).lower());
      if (v == StanceValue.SUPPORT || v == StanceValue.OPPOSE) {
        out.add(i);
      }
    }
    return out;
  }

  /** A cue found in a clause, credited to a party on an issue. */
  private record Vote(String party, int issue, StanceValue value, String cue, int sentence) {}

  static Map<String, List<Stance>> detect(
      PartyRecognizer.Result parties, IssueExtractor.Result issues) {
    List<Vote> votes = new ArrayList<>();
    for (int si = 0; si < parties.tokens().size(); si++) {
      List<Token> ts = parties.tokens().get(si);
      List<Mention> ms = parties.mentions().get(si);
      List<Integer> sentenceIssues = issues.perSentence().get(si);
      int clauseStart = 0;
      for (int i = 0; i <= ts.size(); i++) {
        boolean end =
            i == ts.size() || (CLAUSE_BREAKS.contains(ts.get(i).lower()) && i > clauseStart);
        if (!end) {
          continue;
        }
        votes.addAll(clause(si, ts, ms, clauseStart, i, sentenceIssues, issues));
        clauseStart = i;
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

  private static List<Vote> clause(
      int si,
      List<Token> ts,
      List<Mention> ms,
      int from,
      int to,
      List<Integer> sentenceIssues,
      IssueExtractor.Result issues) {
    List<Vote> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String word = ts.get(i).lower();
      StanceValue value = CUES.get(word);
      if (value == null) {
        continue;
      }
      if (value != StanceValue.NEUTRAL && negated(ts, from, i)) {
        value = value == StanceValue.SUPPORT ? StanceValue.OPPOSE : StanceValue.SUPPORT;
      }
      Mention holder = null;
      for (Mention m : ms) {
        if (m.to() <= i && m.from() >= from && !m.incidental()) {
          holder = m;
        }
      }
      if (holder == null) {
        for (Mention m : ms) {
          if (m.to() <= i && !m.incidental()) {
            holder = m; // the sentence's subject, when the clause has none of its own
          }
        }
      }
      if (holder == null) {
        continue;
      }
      List<Integer> targets = issuesIn(ts, from, to, issues);
      if (targets.isEmpty()) {
        targets = sentenceIssues;
      }
      for (int issue : targets) {
        out.add(new Vote(holder.party(), issue, value, word, si));
      }
      break; // one cue per clause: the first carries the clause's stance
    }
    return out;
  }

  private static List<Integer> issuesIn(
      List<Token> ts, int from, int to, IssueExtractor.Result issues) {
    List<Integer> out = new ArrayList<>();
    for (int i = from; i + 1 < to; i++) {
      int k = issues.keys().indexOf(IssueExtractor.phraseKey(ts.get(i), ts.get(i + 1)));
      if (k >= 0 && !out.contains(k)) {
        out.add(k);
      }
    }
    return out;
  }

  private static boolean negated(List<Token> ts, int from, int cue) {
    for (int k = Math.max(from, cue - 3); k < cue; k++) {
      String l = ts.get(k).lower();
      if (NEGATIONS.contains(l) || l.endsWith("n't")) {
        return true;
      }
    }
    return false;
  }

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
    evidence.sort(Integer::compare);
    return new Stance(issue, value, cue, evidence, Math.round(confidence * 100) / 100.0, List.of());
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
                + " emphasised emphasized stressed called calls embrace embraced defended defends")
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
                + " unconstructive")
            .split(" ")) {
      m.put(w, StanceValue.OPPOSE);
    }
    for (String w :
        ("said says stated noted described acknowledged discussed considering considered"
                + " remarked told added explained confirmed indicated announced")
            .split(" ")) {
      m.put(w, StanceValue.NEUTRAL);
    }
    return Map.copyOf(m);
  }
}
