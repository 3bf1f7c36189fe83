package dev.brief.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Scores the stance table against the hand annotations in src/test/resources/golden (see its
 * README): party precision and recall, actor recall, names that must not be parties, stance-cell
 * accuracy. The floors below are the figures reached so far (a ratchet: raise them, never lower
 * them); BENCHMARKS.md quotes the printed table.
 */
class GoldenStanceTableTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path ROOT = Path.of(System.getProperty("repo.root", "."));
  private static final Path GOLDEN = ROOT.resolve("src/test/resources/golden");

  /** Counts over one set of annotated articles. */
  static final class Score {
    int partyTp;
    int partyFp;
    int goldParties;
    int goldFound;
    int actorsGold;
    int actorsFound;
    int notPartyViolations;
    int cells;
    int cellsCorrect;
    final List<String> misses = new ArrayList<>();

    double precision() {
      return partyTp + partyFp == 0 ? 0 : (double) partyTp / (partyTp + partyFp);
    }

    double recall() {
      return goldParties == 0 ? 0 : (double) goldFound / goldParties;
    }

    double actorRecall() {
      return actorsGold == 0 ? 0 : (double) actorsFound / actorsGold;
    }

    double accuracy() {
      return cells == 0 ? 0 : (double) cellsCorrect / cells;
    }

    String line(String set, int articles) {
      return String.format(
          Locale.ROOT,
          "| %s (%d articles) | %.2f (%d/%d) | %.2f (%d/%d) | %d/%d | %d | %.2f (%d/%d) |",
          set,
          articles,
          precision(),
          partyTp,
          partyTp + partyFp,
          recall(),
          goldFound,
          goldParties,
          actorsFound,
          actorsGold,
          notPartyViolations,
          accuracy(),
          cellsCorrect,
          cells);
    }
  }

  static Score score(String set) throws IOException {
    Score s = new Score();
    Analyzer analyzer = Analyzer.standard();
    try (Stream<Path> files = Files.list(GOLDEN.resolve(set))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode gold = MAPPER.readTree(f.toFile());
        Path article = articlePath(gold.get("article").asText());
        Analysis a =
            analyzer.analyse(
                Files.readAllBytes(article),
                "text/plain",
                article.toString(),
                SummaryLength.sentences(3));
        score(f.getFileName().toString(), gold, a, s);
      }
    }
    return s;
  }

  static Path articlePath(String ref) {
    if (ref.startsWith("bbc:")) {
      return ROOT.resolve("../shared/bench/bbc/articles").resolve(ref.substring(4)).normalize();
    }
    return ROOT.resolve(ref);
  }

  static String key(String s) {
    return s.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
  }

  private static Set<String> names(JsonNode party) {
    Set<String> out = new HashSet<>();
    out.add(key(party.get("name").asText()));
    party.path("aliases").forEach(a -> out.add(key(a.asText())));
    return out;
  }

  private static void score(String file, JsonNode gold, Analysis a, Score s) {
    List<JsonNode> parties = new ArrayList<>();
    gold.get("parties").forEach(parties::add);
    Set<String> optional = new HashSet<>();
    gold.path("optional").forEach(o -> optional.add(key(o.asText())));
    Set<String> notParties = new HashSet<>();
    gold.path("notParties").forEach(o -> notParties.add(key(o.asText())));
    Set<JsonNode> found = new HashSet<>();
    for (Party p : a.parties()) {
      String name = key(p.name());
      JsonNode match =
          parties.stream().filter(g -> names(g).contains(name)).findFirst().orElse(null);
      if (match != null) {
        if (found.add(match)) {
          s.partyTp++;
        }
      } else if (!optional.contains(name)) {
        s.partyFp++;
        s.misses.add(file + ": extra party " + p.name());
      }
      if (notParties.contains(name)) {
        s.notPartyViolations++;
      }
    }
    s.goldParties += parties.size();
    s.goldFound += found.size();
    for (JsonNode g : parties) {
      if (!found.contains(g)) {
        s.misses.add(file + ": missing party " + g.get("name").asText());
      }
      // the gold party's aliases may match several predicted parties ("DTI" and "UK"): any holds it
      List<Party> holders = findAll(a, g);
      for (JsonNode actor : g.path("actors")) {
        s.actorsGold++;
        String want = key(actor.asText());
        boolean ok =
            holders.stream()
                .flatMap(h -> h.actors().stream())
                .anyMatch(x -> key(x.name()).endsWith(want) || want.endsWith(key(x.name())));
        if (ok) {
          s.actorsFound++;
        } else {
          s.misses.add(file + ": actor " + actor.asText() + " not under " + g.get("name").asText());
        }
      }
    }
    for (JsonNode cell : gold.get("stances")) {
      s.cells++;
      JsonNode g =
          parties.stream()
              .filter(p -> p.get("name").asText().equals(cell.get("party").asText()))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException(file + ": cell for an unlisted party"));
      List<Party> predicted = findAll(a, g);
      JsonNode issue = null;
      for (JsonNode i : gold.get("issues")) {
        if (i.get("name").asText().equals(cell.get("issue").asText())) {
          issue = i;
        }
      }
      if (issue == null) {
        throw new IllegalStateException(file + ": cell for an unlisted issue " + cell.get("issue"));
      }
      String want = cell.get("stance").asText();
      String got = "none";
      search:
      for (Party party : predicted) {
        for (Stance st : party.stances()) {
          if (issueMatches(issue, st.issue())) {
            got = st.stance().name();
            if (got.equals(want)) {
              break search;
            }
          }
        }
      }
      if (got.equals(want)) {
        s.cellsCorrect++;
      } else {
        s.misses.add(
            file
                + ": "
                + cell.get("party").asText()
                + " on "
                + cell.get("issue").asText()
                + " want "
                + want
                + " got "
                + got);
      }
    }
  }

  /** Every predicted party that the gold party's name or aliases match. */
  private static List<Party> findAll(Analysis a, JsonNode gold) {
    Set<String> names = names(gold);
    return a.parties().stream().filter(p -> names.contains(key(p.name()))).toList();
  }

  static boolean issueMatches(JsonNode issue, String predicted) {
    Set<String> got = new HashSet<>(Words.contentStems(predicted));
    if (got.isEmpty()) {
      return false;
    }
    List<String> variants = new ArrayList<>();
    variants.add(issue.get("name").asText());
    issue.path("variants").forEach(v -> variants.add(v.asText()));
    for (String v : variants) {
      Set<String> want = new HashSet<>(Words.contentStems(v));
      if (!want.isEmpty() && (got.containsAll(want) || want.containsAll(got))) {
        return true;
      }
    }
    return false;
  }

  private static void report(String set, Score s, int articles) {
    System.out.println(
        "| set | party precision | party recall | actors found | not-party violations | stance accuracy |");
    System.out.println(s.line(set, articles));
    s.misses.forEach(m -> System.out.println("  - " + m));
  }

  private static int count(String set) throws IOException {
    try (Stream<Path> f = Files.list(GOLDEN.resolve(set))) {
      return (int) f.filter(p -> p.toString().endsWith(".json")).count();
    }
  }

  @Test
  void seeds_stanceTableAgainstGoldenAnnotation() throws IOException {
    Score s = score("seeds");
    report("seeds", s, count("seeds"));

    assertThat(s.precision()).isGreaterThanOrEqualTo(SEEDS_PRECISION);
    assertThat(s.recall()).isGreaterThanOrEqualTo(SEEDS_RECALL);
    assertThat(s.actorRecall()).isGreaterThanOrEqualTo(SEEDS_ACTORS);
    assertThat(s.accuracy()).isGreaterThanOrEqualTo(SEEDS_ACCURACY);
    assertThat(s.notPartyViolations).isLessThanOrEqualTo(SEEDS_VIOLATIONS);
  }

  @Test
  void bbc_stanceTableAgainstGoldenAnnotation() throws IOException {
    Assumptions.assumeTrue(
        Files.isDirectory(ROOT.resolve("../shared/bench/bbc/articles")),
        "the BBC articles live in ../shared/bench, which is not beside this checkout");
    Score s = score("bbc");
    report("bbc", s, count("bbc"));

    assertThat(s.precision()).isGreaterThanOrEqualTo(BBC_PRECISION);
    assertThat(s.recall()).isGreaterThanOrEqualTo(BBC_RECALL);
    assertThat(s.actorRecall()).isGreaterThanOrEqualTo(BBC_ACTORS);
    assertThat(s.accuracy()).isGreaterThanOrEqualTo(BBC_ACCURACY);
    assertThat(s.notPartyViolations).isLessThanOrEqualTo(BBC_VIOLATIONS);
  }

  // Ratchet: the figures reached so far. Raise them as the rules improve; never lower them to let
  // a rule in. The one exception: a floor that held a cell found for the wrong reason comes down
  // with the fix, said in BENCHMARKS.md (seeds 0.88 -> 0.84: a pressured party's "accept").
  static final double SEEDS_PRECISION = 0.91;
  static final double SEEDS_RECALL = 0.99;
  static final double SEEDS_ACTORS = 0.93;
  static final double SEEDS_ACCURACY = 0.84;
  static final int SEEDS_VIOLATIONS = 0;
  static final double BBC_PRECISION = 0.99;
  static final double BBC_RECALL = 0.99;
  static final double BBC_ACTORS = 1.0;
  static final double BBC_ACCURACY = 0.75;
  static final int BBC_VIOLATIONS = 0;
}
