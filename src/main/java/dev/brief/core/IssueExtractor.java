package dev.brief.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the article's issues: two-word noun phrases of ordinary (not capitalised) words, such as
 * "security guarantees" or "pay rise", that recur or that someone takes a position on. Phrases are
 * merged when their words are forms or synonyms of each other ("security assurances" is "security
 * guarantees"); the name is the most frequent surface form.
 */
final class IssueExtractor {
  static final int MAX_ISSUES = 6;
  private static final Set<String> BREAK =
      Set.of(
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
          "what");
  private static final Set<String> GENERIC_HEADS =
      Set.of(
          "talk",
          "discussion",
          "meeting",
          "day",
          "week",
          "year",
          "month",
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
          "area",
          "matter",
          "question",
          "issue",
          "concern",
          "tension",
          "progress");
  private static final Set<String> GENERIC_MODIFIERS =
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
          "most");
  private static final Map<String, String> SYNONYMS =
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
          Map.entry("layoff", "job"));

  /** Issues ranked, and for each sentence the issues it mentions (keys into the ranked list). */
  record Result(List<Issue> issues, List<String> keys, List<List<Integer>> perSentence) {}

  private IssueExtractor() {}

  /** Tokens after a side-taking cue within which a phrase counts as the cue's object. */
  static final int OBJECT_WINDOW = 6;

  /**
   * @param cueAt for each sentence, the token positions of side-taking cue words
   */
  static Result extract(
      List<List<Token>> tokens, List<List<Mention>> mentions, List<List<Integer>> cueAt) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> surfaces = new HashMap<>();
    Map<String, Boolean> stanceTarget = new HashMap<>();
    List<List<String>> keysBySentence = new ArrayList<>();
    for (int si = 0; si < tokens.size(); si++) {
      List<Token> ts = tokens.get(si);
      boolean[] entity = new boolean[ts.size()];
      for (Mention m : mentions.get(si)) {
        for (int k = m.from(); k < m.to(); k++) {
          entity[k] = true;
        }
      }
      List<String> keys = new ArrayList<>();
      for (int i = 0; i + 1 < ts.size(); i++) {
        Token a = ts.get(i);
        Token b = ts.get(i + 1);
        if (!modifier(a, entity[i]) || !head(b, entity[i + 1]) || a.possessive()) {
          continue;
        }
        Token c = i + 2 < ts.size() ? ts.get(i + 2) : null;
        if (c != null
            && !b.possessive()
            && head(c, entity[i + 2])
            && c.start() - b.end() <= 1
            && !looksLikeVerb(c)) {
          continue; // "US peace | proposal": the phrase goes on
        }
        String key = phraseKey(a, b);
        if (!keys.contains(key)) {
          keys.add(key);
          counts.merge(key, 1, Integer::sum);
          stanceTarget.merge(key, objectOfCue(cueAt.get(si), i), Boolean::logicalOr);
        }
        surfaces
            .computeIfAbsent(key, k -> new HashMap<>())
            .merge(a.lower() + " " + b.lower(), 1, Integer::sum);
      }
      keysBySentence.add(keys);
    }
    List<String> ranked = new ArrayList<>(counts.keySet());
    ranked.removeIf(k -> counts.get(k) < 2 && !stanceTarget.get(k));
    ranked.sort(
        (x, y) -> {
          int cx = counts.get(x) + (stanceTarget.get(x) ? 1 : 0);
          int cy = counts.get(y) + (stanceTarget.get(y) ? 1 : 0);
          return Integer.compare(cy, cx);
        });
    if (ranked.size() > MAX_ISSUES) {
      ranked = new ArrayList<>(ranked.subList(0, MAX_ISSUES));
    }
    List<Issue> issues = new ArrayList<>();
    for (String k : ranked) {
      String surface =
          surfaces.get(k).entrySet().stream()
              .max(Map.Entry.comparingByValue())
              .map(Map.Entry::getKey)
              .orElse(k);
      issues.add(new Issue(surface, counts.get(k)));
    }
    List<List<Integer>> perSentence = new ArrayList<>();
    for (List<String> keys : keysBySentence) {
      List<Integer> ids = new ArrayList<>();
      for (String k : keys) {
        int id = ranked.indexOf(k);
        if (id >= 0) {
          ids.add(id);
        }
      }
      perSentence.add(ids);
    }
    return new Result(issues, ranked, perSentence);
  }

  /** A third-person verb ("quota divides") rather than the noun that would extend the phrase. */
  private static boolean looksLikeVerb(Token t) {
    String l = t.lower();
    return l.endsWith("s") && !l.endsWith("ss") && !l.endsWith("us") && !l.endsWith("is");
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
    return !t.capitalised() && word(t) && !GENERIC_MODIFIERS.contains(t.lower());
  }

  private static boolean head(Token t, boolean entity) {
    return !entity
        && !t.capitalised()
        && word(t)
        && !t.lower().endsWith("ed")
        && !t.lower().endsWith("ing")
        && !GENERIC_HEADS.contains(Words.stem(t.lower()))
        && !GENERIC_MODIFIERS.contains(t.lower());
  }

  /** The identity of a two-word phrase: stems, with synonyms folded together. */
  static String phraseKey(Token a, Token b) {
    return a.key() + " " + b.key();
  }

  /** The identity of one lower-case word in a phrase. */
  static String keyOf(String lower) {
    String s = Words.stem(lower);
    return SYNONYMS.getOrDefault(s, s);
  }
}
