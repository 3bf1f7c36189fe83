package dev.brief.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Edge cases and large or random input. Time bounds here only catch hangs, not speed. */
class CoreRobustnessTest {
  private final Analyzer analyzer = Analyzer.standard();

  @Test
  void analyse_empty_isNoText() {
    assertThatThrownBy(
            () ->
                analyzer.analyse(
                    "   \n\t ".getBytes(StandardCharsets.UTF_8),
                    null,
                    "x.txt",
                    SummaryLength.sentences(3)))
        .isInstanceOf(UnsupportedContentException.class)
        .extracting(e -> ((UnsupportedContentException) e).reason())
        .isEqualTo("no-text");
  }

  @Test
  void analyse_singleSentence_isItsOwnSummary() {
    Analysis a =
        analyzer.analyse(
            "Only one sentence here.".getBytes(StandardCharsets.UTF_8),
            null,
            "x.txt",
            SummaryLength.sentences(3));

    assertThat(a.summary())
        .extracting(SummarySentence::text)
        .containsExactly("Only one sentence here.");
  }

  @Test
  void analyse_html_extractsTheArticleNotTheChrome() {
    String html =
        "<html><head><title>Rates rise</title><script>var x='Ignore me.';</script></head><body>"
            + "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            + "<article><h1>Rates rise</h1><p>The bank raised rates on Thursday &amp; markets fell.</p>"
            + "<p>Analysts said the move was expected.</p><!-- a comment --></article>"
            + "<footer>Cookie policy. Subscribe to our newsletter.</footer></body></html>";

    Analysis a =
        analyzer.analyse(
            html.getBytes(StandardCharsets.UTF_8),
            "text/html",
            "page.html",
            SummaryLength.sentences(3));

    assertThat(a.format()).isEqualTo(TextFormat.HTML);
    assertThat(a.title()).isEqualTo("Rates rise");
    assertThat(a.summary())
        .extracting(SummarySentence::text)
        .containsExactly(
            "The bank raised rates on Thursday & markets fell.",
            "Analysts said the move was expected.");
  }

  @Test
  void analyse_markdown_keepsLinkTextDropsImages() {
    String md =
        "# Port strike ends\n\n![photo](x.png)\nDockers at [Felixstowe](https://x) voted to **accept** the offer.\n";

    Analysis a =
        analyzer.analyse(
            md.getBytes(StandardCharsets.UTF_8), null, "strike.md", SummaryLength.sentences(3));

    assertThat(a.title()).isEqualTo("Port strike ends");
    assertThat(a.summary())
        .extracting(SummarySentence::text)
        .containsExactly("Dockers at Felixstowe voted to accept the offer.");
  }

  @Test
  void analyse_turkishDefaultLocale_sameResult() {
    String text =
        "ISTANBUL INITIATIVE\n\nTurkish President Ilhan Demir backed the initiative. Italy rejected it.";
    Analysis root =
        analyzer.analyseText(text, TextFormat.PLAIN, "UTF-8", SummaryLength.sentences(2));
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      Analysis turkish =
          analyzer.analyseText(text, TextFormat.PLAIN, "UTF-8", SummaryLength.sentences(2));
      assertThat(turkish).isEqualTo(root);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void analyse_oneHundredKilobyteLine_finishes() {
    StringBuilder b = new StringBuilder();
    Random r = new Random(1);
    while (b.length() < 100_000) {
      b.append(r.nextBoolean() ? "Ministers from France met " : "the union of workers in Spain ")
          .append(r.nextInt(99))
          .append(r.nextInt(5) == 0 ? ". " : ", ");
    }
    Analysis a =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () ->
                analyzer.analyseText(
                    b.toString(), TextFormat.PLAIN, "UTF-8", SummaryLength.sentences(3)));

    assertThat(a.summary()).hasSize(3);
  }

  @Test
  void analyse_randomText_neverThrowsUnexpectedly() {
    Random r = new Random(42);
    String alphabet = "abc DEF .,;:!?\"'()[]-\u2014\u201c\u201d#\n\t\u00e9\u00df\u4e2d1234567890 ";
    for (int round = 0; round < 200; round++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(400);
      for (int i = 0; i < n; i++) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      try {
        analyzer.analyseText(b.toString(), TextFormat.PLAIN, "UTF-8", SummaryLength.sentences(3));
      } catch (UnsupportedContentException expectedForEmptyText) {
        assertThat(expectedForEmptyText.reason()).isEqualTo("no-text");
      }
    }
  }
}
