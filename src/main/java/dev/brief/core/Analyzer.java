package dev.brief.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The analysis pipeline: decode, extract (plain text, Markdown or HTML), clean, split, summarise,
 * find parties and issues, read stances. Thread-safe and side-effect free; build one and reuse it.
 */
public final class Analyzer {
  /** Parties beyond this many (ranked by mentions) are left out of a result. */
  public static final int MAX_PARTIES = 25;

  private final Gazetteer gazetteer;
  private final PartyRecognizer recognizer;

  public Analyzer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.recognizer = new PartyRecognizer(gazetteer);
  }

  public static Analyzer standard() {
    return new Analyzer(Gazetteer.standard());
  }

  /**
   * Analyses raw bytes.
   *
   * @param contentType the declared content type (may carry a charset), or null
   * @param name the file or object name, used as a format hint, or null
   * @throws UnsupportedContentException for binary data or an article with no text
   */
  public Analysis analyse(byte[] bytes, String contentType, String name, SummaryLength length) {
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, charsetOf(contentType));
    TextFormat format = TextFormat.detect(contentType, name, decoded.text());
    return analyseText(decoded.text(), format, decoded.charset().name(), length);
  }

  public Analysis analyseText(
      String text, TextFormat format, String charset, SummaryLength length) {
    CleanDocument doc = clean(text, format);
    if (doc.sentences().isEmpty()) {
      throw new UnsupportedContentException(
          "no-text", "The article has no readable text after cleaning.");
    }
    List<Sentence> sentences = doc.sentences();
    String title = doc.title() != null ? doc.title() : derivedTitle(sentences.get(0).text());
    List<SummarySentence> summary = Summarizer.summarise(sentences, doc.title(), length);

    PartyRecognizer.Result found = recognizer.recognise(sentences);
    IssueExtractor.Result issues = rankIssues(found);
    Map<String, List<Stance>> stances = StanceDetector.detect(found, issues, gazetteer);

    List<Party> parties = new ArrayList<>();
    for (PartyRecognizer.Found f : found.parties().values()) {
      parties.add(
          new Party(
              f.name,
              f.kind,
              f.mentions,
              new ArrayList<>(f.actors.values()),
              stances.getOrDefault(f.name, List.of())));
    }
    parties.sort(Comparator.comparingInt(Party::mentions).reversed());
    if (parties.size() > MAX_PARTIES) {
      parties = new ArrayList<>(parties.subList(0, MAX_PARTIES));
    }

    List<Issue> contested = contested(issues.issues(), parties);

    TreeSet<Integer> cited = new TreeSet<>();
    summary.forEach(s -> cited.add(s.index()));
    parties.forEach(p -> p.stances().forEach(s -> cited.addAll(s.evidence())));
    List<Sentence> evidence = new ArrayList<>();
    for (int i : cited) {
      evidence.add(sentences.get(i));
    }
    int words = 0;
    for (Sentence s : sentences) {
      words += Layout.wordCount(s.text());
    }
    Stats stats =
        new Stats(sentences.size(), words, doc.removedBoilerplate(), doc.removedDuplicates());
    return new Analysis(
        title, doc.byline(), format, charset, stats, summary, parties, contested, evidence);
  }

  /** The article's issues ranked, with where each is named, before any stance is read. */
  static IssueExtractor.Result rankIssues(PartyRecognizer.Result found) {
    List<List<Integer>> cues = new ArrayList<>(found.tokens().size());
    for (List<Token> ts : found.tokens()) {
      cues.add(StanceDetector.sideCues(ts));
    }
    return IssueExtractor.extract(found.tokens(), found.mentions(), cues);
  }

  /**
   * The issues some listed party has a stance on, in rank order: a topic nobody takes a position on
   * ("fog" in a shipping report, a suspect's height in a police appeal) is no contested issue.
   */
  static List<Issue> contested(List<Issue> ranked, List<Party> parties) {
    Set<String> held = new HashSet<>();
    for (Party p : parties) {
      for (Stance s : p.stances()) {
        held.add(s.issue());
      }
    }
    List<Issue> out = new ArrayList<>();
    for (Issue i : ranked) {
      if (held.contains(i.name())) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * The summary alone (decode, extract, clean, split, rank), without parties and stances: what the
   * CLI's summary and batch modes need.
   *
   * @throws UnsupportedContentException for binary data or an article with no text
   */
  public List<SummarySentence> summarise(
      byte[] bytes, String contentType, String name, SummaryLength length) {
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, charsetOf(contentType));
    CleanDocument doc = clean(decoded.text(), TextFormat.detect(contentType, name, decoded.text()));
    return Summarizer.summarise(doc.sentences(), doc.title(), length);
  }

  /** The extraction and cleaning stages alone: the sentences every later stage works on. */
  public CleanDocument clean(String text, TextFormat format) {
    Extraction extraction =
        switch (format) {
          case HTML -> HtmlReader.read(text);
          case MARKDOWN -> MarkdownReader.read(text);
          case PLAIN -> PlainTextReader.read(text);
        };
    return Cleaner.clean(extraction);
  }

  private static String derivedTitle(String firstSentence) {
    if (firstSentence.length() <= 90) {
      return firstSentence;
    }
    int cut = firstSentence.lastIndexOf(' ', 87);
    return firstSentence.substring(0, cut > 40 ? cut : 87) + "\u2026";
  }

  static String charsetOf(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        return p.substring(8).replace("\"", "").strip();
      }
    }
    return null;
  }
}
