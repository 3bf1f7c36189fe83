package dev.brief.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.Analyzer;
import dev.brief.core.SummaryLength;
import dev.brief.testutil.InMemoryArticleSource;
import dev.brief.testutil.InMemoryResultStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IngestServiceTest {
  private static final String B = "bucket";
  private static final byte[] ARTICLE =
      "Strike ends\n\nThe union accepted the pay offer. Managers welcomed the deal."
          .getBytes(StandardCharsets.UTF_8);
  private final InMemoryArticleSource source = new InMemoryArticleSource();
  private final InMemoryResultStore store = new InMemoryResultStore();
  private IngestService service;

  @BeforeEach
  void setUp() {
    service =
        new IngestService(
            source,
            store,
            Analyzer.standard(),
            new IngestSettings(1000, SummaryLength.sentences(3)),
            Clock.fixed(Instant.parse("2025-11-24T10:00:00Z"), ZoneOffset.UTC));
  }

  private static ObjectEvent created(String key, String seq, Long size) {
    return new ObjectEvent(ObjectEvent.Type.CREATED, B, key, null, seq, size, "e");
  }

  private static ObjectEvent removed(String key, String seq) {
    return new ObjectEvent(ObjectEvent.Type.REMOVED, B, key, null, seq, null, null);
  }

  @Test
  void handle_createdArticle_isDoneAndStored() {
    source.put(B, "a.txt", ARTICLE, "text/plain");

    assertThat(service.handle(created("a.txt", "0A", (long) ARTICLE.length)))
        .isEqualTo(IngestService.Outcome.DONE);
    ArticleResult r = store.get(ArticleIds.of(B, "a.txt")).orElseThrow();
    assertThat(r.title()).isEqualTo("Strike ends");
    assertThat(r.processedAt()).isEqualTo("2025-11-24T10:00:00Z");
  }

  @Test
  void handle_redeliveredOrOlderEvent_changesNothing() {
    source.put(B, "a.txt", ARTICLE, "text/plain");
    service.handle(created("a.txt", "0B", null));

    assertThat(service.handle(created("a.txt", "0B", null)))
        .isEqualTo(IngestService.Outcome.SKIPPED_STALE);
    assertThat(service.handle(created("a.txt", "0A", null)))
        .isEqualTo(IngestService.Outcome.SKIPPED_STALE);
    assertThat(store.writes).isEqualTo(1);
    assertThat(source.reads.get()).isEqualTo(1);
  }

  @Test
  void handle_sequencersOfDifferentLength_compareAsS3Says() {
    source.put(B, "a.txt", ARTICLE, "text/plain");
    service.handle(created("a.txt", "0055AED6DCD90281E5", null));

    // right-padded, "0055AED6DCD90281E5" < "0055AED6DCD90281E6" even with an extra digit on the
    // first
    assertThat(service.handle(created("a.txt", "0055AED6DCD90281E", null)))
        .isEqualTo(IngestService.Outcome.SKIPPED_STALE);
    assertThat(service.handle(created("a.txt", "0055AED6DCD90281E6", null)))
        .isEqualTo(IngestService.Outcome.DONE);
  }

  @Test
  void handle_deleteThenLateCreateForTheOldVersion_staysDeleted() {
    source.put(B, "a.txt", ARTICLE, "text/plain");
    service.handle(created("a.txt", "01", null));

    assertThat(service.handle(removed("a.txt", "03"))).isEqualTo(IngestService.Outcome.DELETED);
    assertThat(service.handle(created("a.txt", "02", null)))
        .isEqualTo(IngestService.Outcome.SKIPPED_STALE);
    assertThat(store.get(ArticleIds.of(B, "a.txt"))).isEmpty();
  }

  @Test
  void handle_declaredSizeOverTheCap_isRejectedWithoutReading() {
    assertThat(service.handle(created("big.log", "01", 5_000_000L)))
        .isEqualTo(IngestService.Outcome.REJECTED);
    assertThat(source.reads.get()).isZero();
    assertThat(store.get(ArticleIds.of(B, "big.log")).orElseThrow().reason())
        .isEqualTo("too-large");
  }

  @Test
  void handle_objectLargerThanDeclared_isRejectedByTheCappedRead() {
    source.put(B, "big.txt", new byte[2000], "text/plain");

    assertThat(service.handle(created("big.txt", "01", 10L)))
        .isEqualTo(IngestService.Outcome.REJECTED);
    assertThat(store.get(ArticleIds.of(B, "big.txt")).orElseThrow().reason())
        .isEqualTo("too-large");
  }

  @Test
  void handle_emptyAndBinaryObjects_areRejectedWithReasons() {
    source.put(B, "empty.txt", new byte[0], "text/plain");
    source.put(B, "photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3}, "text/plain");

    service.handle(created("empty.txt", "01", null));
    service.handle(created("photo.txt", "01", null));

    assertThat(store.get(ArticleIds.of(B, "empty.txt")).orElseThrow().reason()).isEqualTo("empty");
    ArticleResult photo = store.get(ArticleIds.of(B, "photo.txt")).orElseThrow();
    assertThat(photo.status()).isEqualTo(Status.REJECTED);
    assertThat(photo.reason()).isEqualTo("unsupported-content");
    assertThat(photo.message()).contains("PNG");
  }

  @Test
  void handle_objectGoneBeforeRead_isSkippedNotFailed() {
    assertThat(service.handle(created("vanished.txt", "01", null)))
        .isEqualTo(IngestService.Outcome.SKIPPED_GONE);
    assertThat(store.writes).isZero();
  }
}
