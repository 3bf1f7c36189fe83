package dev.brief.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.brief.app.ArticleIds;
import dev.brief.app.ArticleResult;
import dev.brief.app.IngestService;
import dev.brief.app.IngestSettings;
import dev.brief.app.ObjectEvent;
import dev.brief.app.Status;
import dev.brief.aws.DynamoDbResultStore;
import dev.brief.aws.S3ArticleSource;
import dev.brief.aws.Table;
import dev.brief.core.Analyzer;
import dev.brief.core.SummaryLength;
import dev.brief.testutil.Emulators;
import dev.brief.testutil.FaultInjector;
import dev.brief.testutil.RepoPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Faults and races against real S3 and DynamoDB protocol: injected server errors and throttling
 * surface as retriable exceptions, never leave a half-written result, and a retry completes the
 * job; the same event delivered concurrently writes one result.
 */
class ReliabilityIT {
  private static final String BUCKET = "reliability-it";
  private static final String TABLE = "reliability-it";
  private static final FaultInjector DYNAMO_500 =
      new FaultInjector("TransactWriteItems", FaultInjector.Fault.DYNAMODB_500);
  private static final FaultInjector DYNAMO_THROTTLED =
      new FaultInjector("GetItem", FaultInjector.Fault.DYNAMODB_THROTTLING);
  private static final FaultInjector S3_503 =
      new FaultInjector("GetObject", FaultInjector.Fault.S3_503);
  private static final FaultInjector DYNAMO_RESET =
      new FaultInjector("TransactWriteItems", FaultInjector.Fault.CONNECTION_RESET);
  private static final FaultInjector S3_STALL =
      new FaultInjector("GetObject", FaultInjector.Fault.STALL);
  private static S3Client s3;
  private static S3Client stallingS3;
  private static DynamoDbClient dynamo;
  private static IngestService ingest;

  @BeforeAll
  static void start() {
    Emulators e = Emulators.shared();
    // Lambda retries a failed event; inside one attempt the SDK tries each call 3 times
    s3 = e.s3Client(config(S3_503));
    dynamo = e.dynamoClient(config(DYNAMO_500, DYNAMO_THROTTLED, DYNAMO_RESET));
    stallingS3 =
        e.s3Client(
            ClientOverrideConfiguration.builder()
                .executionInterceptors(List.of(S3_STALL))
                .apiCallAttemptTimeout(java.time.Duration.ofMillis(500))
                .retryStrategy(b -> b.maxAttempts(2))
                .build());
    s3.createBucket(b -> b.bucket(BUCKET));
    dynamo.createTable(Table.createRequest(TABLE));
    ingest =
        new IngestService(
            new S3ArticleSource(s3),
            new DynamoDbResultStore(dynamo, TABLE),
            Analyzer.standard(),
            new IngestSettings(IngestSettings.DEFAULT_MAX_OBJECT_BYTES, SummaryLength.sentences(3)),
            Clock.systemUTC());
  }

  private static ClientOverrideConfiguration config(FaultInjector... injectors) {
    return ClientOverrideConfiguration.builder()
        .executionInterceptors(List.of(injectors))
        .retryStrategy(b -> b.maxAttempts(3))
        .build();
  }

  /** The article's partition holds either nothing or the article item with all its stance rows. */
  private static void assertNothingOrComplete(String key) {
    List<Map<String, AttributeValue>> items = partition(key);
    if (items.isEmpty()) {
      return;
    }
    ArticleResult r =
        new DynamoDbResultStore(dynamo, TABLE).get(ArticleIds.of(BUCKET, key)).orElseThrow();
    long stances = r.parties().stream().mapToLong(p -> p.stances().size()).sum();
    assertThat(items).hasSize(1 + (int) stances);
  }

  private static ObjectEvent put(String key, String seq) throws Exception {
    byte[] body = Files.readAllBytes(RepoPaths.seeds().resolve("003_7591712a9a130a1a.txt"));
    s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromBytes(body));
    return new ObjectEvent(
        ObjectEvent.Type.CREATED, BUCKET, key, null, seq, (long) body.length, null);
  }

  private static List<Map<String, AttributeValue>> partition(String key) {
    return dynamo
        .query(
            q ->
                q.tableName(TABLE)
                    .consistentRead(true)
                    .keyConditionExpression("pk = :pk")
                    .expressionAttributeValues(
                        Map.of(":pk", AttributeValue.fromS("ART#" + ArticleIds.of(BUCKET, key)))))
        .items();
  }

  @Test
  void connectionDropsBeforeTheWrite_isRetriableAndWritesNothing() throws Exception {
    ObjectEvent event = put("fault/reset.txt", "0A");
    try {
      DYNAMO_RESET.failNext(10);
      // the exception propagates out of the handler, so Lambda retries the event
      assertThatThrownBy(() -> ingest.handle(event)).isInstanceOf(SdkException.class);
      assertThat(DYNAMO_RESET.injected.get()).isEqualTo(3); // after the SDK's own 3 attempts
      assertThat(partition("fault/reset.txt")).isEmpty();
    } finally {
      DYNAMO_RESET.failNext(0);
    }
    assertThat(ingest.handle(event)).isEqualTo(IngestService.Outcome.DONE);
    assertNothingOrComplete("fault/reset.txt");
  }

  @Test
  void serverErrorAfterTheWrite_isRetriableNeverHalfWrittenAndTheRetryIsIdempotent()
      throws Exception {
    ObjectEvent event = put("fault/dynamo-500.txt", "0A");
    try {
      DYNAMO_500.failNext(10);
      assertThatThrownBy(() -> ingest.handle(event)).isInstanceOf(SdkException.class);
      // the transaction may have committed before the error reached us: all or nothing, never half
      assertNothingOrComplete("fault/dynamo-500.txt");
    } finally {
      DYNAMO_500.failNext(0);
    }
    assertThat(ingest.handle(event))
        .isIn(IngestService.Outcome.DONE, IngestService.Outcome.SKIPPED_STALE);
    assertThat(partition("fault/dynamo-500.txt")).isNotEmpty();
    assertNothingOrComplete("fault/dynamo-500.txt");
  }

  @Test
  void throttledReads_surfaceThenTheRetryCompletes() throws Exception {
    ObjectEvent event = put("fault/throttled.txt", "0A");
    try {
      DYNAMO_THROTTLED.failNext(10);
      assertThatThrownBy(() -> ingest.handle(event)).isInstanceOf(SdkException.class);
      assertThat(partition("fault/throttled.txt")).isEmpty();
    } finally {
      DYNAMO_THROTTLED.failNext(0);
    }
    assertThat(ingest.handle(event)).isEqualTo(IngestService.Outcome.DONE);
  }

  @Test
  void s3SlowDown_surfacesThenTheRetryCompletes() throws Exception {
    ObjectEvent event = put("fault/s3-503.txt", "0A");
    try {
      S3_503.failNext(10);
      assertThatThrownBy(() -> ingest.handle(event)).isInstanceOf(SdkException.class);
      assertThat(partition("fault/s3-503.txt")).isEmpty();
    } finally {
      S3_503.failNext(0);
    }
    assertThat(ingest.handle(event)).isEqualTo(IngestService.Outcome.DONE);
  }

  @Test
  void s3Timeout_surfacesAndTheRetryCompletes() throws Exception {
    ObjectEvent event = put("fault/timeout.txt", "0A");
    IngestService stalling =
        new IngestService(
            new S3ArticleSource(stallingS3),
            new DynamoDbResultStore(dynamo, TABLE),
            Analyzer.standard(),
            new IngestSettings(IngestSettings.DEFAULT_MAX_OBJECT_BYTES, SummaryLength.sentences(3)),
            Clock.systemUTC());
    try {
      S3_STALL.failNext(10);
      assertThatThrownBy(() -> stalling.handle(event))
          .isInstanceOf(SdkException.class)
          .hasMessageContaining("timeout");
      assertThat(partition("fault/timeout.txt")).isEmpty();
    } finally {
      S3_STALL.failNext(0);
    }
    assertThat(stalling.handle(event)).isEqualTo(IngestService.Outcome.DONE);
  }

  @Test
  void sameEventDeliveredConcurrently_writesOneResultAndNoDuplicateRows() throws Exception {
    ObjectEvent event = put("race/same-event.txt", "0B");
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Callable<IngestService.Outcome>> calls = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      calls.add(() -> ingest.handle(event));
    }
    List<IngestService.Outcome> outcomes = new ArrayList<>();
    for (Future<IngestService.Outcome> f : pool.invokeAll(calls)) {
      outcomes.add(f.get());
    }
    pool.shutdown();

    assertThat(outcomes).filteredOn(o -> o == IngestService.Outcome.DONE).hasSize(1);
    assertThat(outcomes).filteredOn(o -> o == IngestService.Outcome.SKIPPED_STALE).hasSize(5);
    ArticleResult r =
        new DynamoDbResultStore(dynamo, TABLE)
            .get(ArticleIds.of(BUCKET, "race/same-event.txt"))
            .orElseThrow();
    long stances = r.parties().stream().mapToLong(p -> p.stances().size()).sum();
    assertThat(partition("race/same-event.txt")).hasSize(1 + (int) stances);
  }

  @Test
  void hugeArticleWithHundredsOfParties_staysWithinTheItemLimitAndIsDone() throws Exception {
    StringBuilder text = new StringBuilder("Market report\n\n");
    for (int i = 0; i < 600; i++) {
      text.append("Company")
          .append(i)
          .append(" Holdings rejected the merger plan on day ")
          .append(i)
          .append(", while rival Firm")
          .append(i)
          .append(" Group backed the merger plan. ");
    }
    byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
    s3.putObject(b -> b.bucket(BUCKET).key("big/parties.txt"), RequestBody.fromBytes(body));

    IngestService.Outcome outcome =
        ingest.handle(
            new ObjectEvent(
                ObjectEvent.Type.CREATED,
                BUCKET,
                "big/parties.txt",
                null,
                "0C",
                (long) body.length,
                null));

    assertThat(outcome).isEqualTo(IngestService.Outcome.DONE);
    ArticleResult r =
        new DynamoDbResultStore(dynamo, TABLE)
            .get(ArticleIds.of(BUCKET, "big/parties.txt"))
            .orElseThrow();
    assertThat(r.status()).isEqualTo(Status.DONE);
    assertThat(r.parties()).hasSizeLessThanOrEqualTo(Analyzer.MAX_PARTIES);
  }
}
