package dev.brief.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The warm-up runs the real use cases end to end on SDK clients over the canned HTTP client: if a
 * canned answer stops parsing, or the path changes shape, the outcome or the request count shows
 * it.
 */
class WarmupTest {
  @Test
  void ingest_readsAnalysesAndWritesTheSampleThroughTheSdk() {
    Warmup.Report r = Warmup.run("ingest");
    // the last sequencer, the object, the old stance rows, then one transaction: stored
    assertThat(r.outcome()).isEqualTo("DONE");
    assertThat(r.requests()).containsExactly("GetItem", "GET", "Query", "TransactWriteItems");
    assertThat(r.failed()).isFalse();
  }

  @Test
  void query_readsAnArticleAndTwoPagesThroughTheSdk() {
    Warmup.Report r = Warmup.run("query");
    // GetItem answered with no item, then the list and party queries with empty pages
    assertThat(r.outcome()).isEqualTo("not-found");
    assertThat(r.requests()).containsExactly("GetItem", "Query", "Query");
  }

  @Test
  void await_withoutAStartedWarmup_returnsAtOnce() {
    assertThat(Warmup.await(Duration.ofSeconds(30))).isNull();
  }

  @Test
  void whenDone_withoutAStartedWarmup_neverCallsBack() {
    List<Warmup.Report> seen = new ArrayList<>();
    Warmup.whenDone(seen::add);
    assertThat(seen).isEmpty();
  }
}
