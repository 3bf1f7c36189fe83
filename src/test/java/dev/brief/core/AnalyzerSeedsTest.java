package dev.brief.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five seed articles through the whole analysis. These assert properties any correct result has
 * (no boilerplate, no repeats, verbatim sentences, the countries the text names as actors); the
 * annotated golden tables are issue #4's.
 */
class AnalyzerSeedsTest {
  static Stream<Path> seeds() throws Exception {
    return Files.list(Path.of(System.getProperty("repo.root", ".")).resolve("seeds")).sorted();
  }

  private static Analysis analyse(Path p) throws Exception {
    return Analyzer.standard()
        .analyse(
            Files.readAllBytes(p), null, p.getFileName().toString(), SummaryLength.sentences(3));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void seed_summaryIsVerbatimOrderedAndFreeOfBoilerplate(Path seed) throws Exception {
    Analysis a = analyse(seed);
    String raw = Files.readString(seed);

    assertThat(a.summary()).hasSize(3);
    assertThat(a.summary()).extracting(SummarySentence::index).isSorted().doesNotHaveDuplicates();
    for (SummarySentence s : a.summary()) {
      assertThat(raw).contains(s.text());
      String lower = s.text().toLowerCase(Locale.ROOT);
      assertThat(lower)
          .doesNotContain(
              "#",
              "ai generated",
              "related articles",
              "images from the web",
              "published",
              "in this article");
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void seed_partiesIncludeTheWarringCountries(Path seed) throws Exception {
    List<String> names = analyse(seed).parties().stream().map(Party::name).toList();

    assertThat(names).contains("Ukraine", "Russia", "United States");
    assertThat(names).doesNotContain("Geneva", "Switzerland", "Iran", "Thanksgiving");
  }

  @Test
  void seedRepeatedTwice_countsTheCopyAsDuplicates() throws Exception {
    Analysis a =
        analyse(seeds().filter(p -> p.toString().contains("002_")).findFirst().orElseThrow());

    assertThat(a.stats().removedDuplicates()).isGreaterThanOrEqualTo(a.stats().sentences() - 1);
  }

  @Test
  void everySeed_hasNoSentenceTwice() throws Exception {
    for (Path p : seeds().toList()) {
      Analysis a = analyse(p);
      assertThat(a.evidence()).extracting(Sentence::text).doesNotHaveDuplicates();
    }
  }
}
