package dev.brief.config;

import dev.brief.app.ArticleIds;
import dev.brief.app.IngestService;
import dev.brief.app.IngestSettings;
import dev.brief.app.ObjectEvent;
import dev.brief.app.QueryService;
import dev.brief.aws.DynamoDbResultStore;
import dev.brief.aws.S3ArticleSource;
import dev.brief.core.Analyzer;
import dev.brief.core.SummaryLength;
import dev.brief.json.Json;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Runs the first invocation's one-time work on a second thread while Quarkus boots on the first.
 *
 * <p>A cold Lambda JVM loads classes one by one: Quarkus and Jackson at init, then on the first
 * invocation the AWS SDK's request path (metadata, endpoint rules, signers, marshallers) and the
 * analysis. Started by {@link dev.brief.handler.StreamHandler} before Quarkus, the warm-up runs the
 * real ingest (or query) use case on throwaway SDK clients whose HTTP client answers from memory
 * ({@link CannedHttpClient}): the built-in sample article is "read" from S3, analysed, and
 * "written" to DynamoDB, signed with dummy credentials, with no network and no side effects.
 *
 * <p>Init does not wait for it. Quarkus is ready before the warm-up ends, and on a cold start the
 * first invocation arrives at once: the warm-up's tail then runs on the second core beside it, and
 * the invocation finds the classes the warm-up has loaded. Waiting instead would leave that core
 * idle while init waits (BENCHMARKS.md measures both). Before a SnapStart snapshot, and with
 * priming at init, {@link Priming} waits for it to finish.
 *
 * <p>Failures are recorded, never thrown: the warm-up only saves time. {@code BRIEF_WARMUP=false}
 * turns it off.
 */
public final class Warmup {
  /** The default retry strategy, but a canned answer that fails fails at once. */
  private static final Consumer<ClientOverrideConfiguration.Builder> ONE_ATTEMPT =
      o -> o.retryStrategy(r -> r.maxAttempts(1));

  private static final Object LOCK = new Object();
  private static Thread thread;
  private static final CompletableFuture<Report> DONE = new CompletableFuture<>();

  /**
   * What a finished warm-up did: its duration, the requests its HTTP client answered, and the
   * outcome of the use case it ran (ingest: DONE; query: not-found), or "failed: ..." when it
   * threw.
   */
  public record Report(String handler, long millis, List<String> requests, String outcome) {
    public boolean failed() {
      return outcome.startsWith("failed");
    }
  }

  private Warmup() {}

  /**
   * Starts the warm-up once per JVM for the named function ({@code query}, else ingest); later
   * calls do nothing.
   */
  public static void start(String handler) {
    synchronized (LOCK) {
      if (thread != null) {
        return;
      }
      String name = "query".equals(handler) ? "query" : "ingest";
      thread = new Thread(() -> DONE.complete(run(name)), "brief-warmup");
      thread.setDaemon(true);
      thread.start();
    }
  }

  /**
   * Waits up to {@code max} for a started warm-up to finish.
   *
   * @return its report, or null when no warm-up was started or it is still running
   */
  public static Report await(Duration max) {
    Thread t;
    synchronized (LOCK) {
      t = thread;
    }
    if (t == null) {
      return null;
    }
    try {
      t.join(max.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return DONE.getNow(null);
  }

  /**
   * Runs {@code action} with the report of a started warm-up once it finishes: at once on the
   * calling thread if it has, else on the warm-up's thread. Does nothing when no warm-up was
   * started.
   */
  public static void whenDone(Consumer<Report> action) {
    synchronized (LOCK) {
      if (thread == null) {
        return;
      }
    }
    DONE.thenAccept(action);
  }

  /** Runs the warm-up on the calling thread. */
  static Report run(String handler) {
    long start = System.nanoTime();
    byte[] sample = Priming.sample();
    CannedHttpClient http = new CannedHttpClient(sample);
    // requests are signed, so signing is warmed too; nothing leaves the process
    var credentials =
        StaticCredentialsProvider.create(AwsBasicCredentials.create("warm-up", "warm-up"));
    URI endpoint = URI.create("http://warm-up.invalid");
    String outcome;
    // building the real clients' HTTP client sets up TLS (trust store, SSL context)
    try (SdkHttpClient tls = UrlConnectionHttpClient.create();
        DynamoDbClient dynamo =
            DynamoDbClient.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials)
                .endpointOverride(endpoint)
                .httpClient(http)
                .overrideConfiguration(ONE_ATTEMPT)
                .build()) {
      var store = new DynamoDbResultStore(dynamo, "brief-warmup");
      if (handler.equals("query")) {
        QueryService query = new QueryService(store);
        boolean found = query.article(ArticleIds.of("brief-warmup", "sample.txt")).isPresent();
        Json.write(query.articles("5", null));
        Json.write(query.partyStances("Warm-up", null, "5", null));
        outcome = found ? "found" : "not-found";
      } else {
        try (S3Client s3 =
            S3Client.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials)
                .endpointOverride(endpoint)
                .forcePathStyle(true)
                .httpClient(http)
                .overrideConfiguration(ONE_ATTEMPT)
                .build()) {
          IngestService ingest =
              new IngestService(
                  new S3ArticleSource(s3),
                  store,
                  Analyzer.standard(),
                  new IngestSettings(
                      IngestSettings.DEFAULT_MAX_OBJECT_BYTES, SummaryLength.sentences(3)),
                  Clock.systemUTC());
          ObjectEvent created =
              new ObjectEvent(
                  ObjectEvent.Type.CREATED,
                  "brief-warmup",
                  "sample.txt",
                  null,
                  null,
                  (long) sample.length,
                  null);
          outcome = ingest.handle(created).name();
        }
      }
    } catch (RuntimeException e) {
      outcome = "failed: " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    return new Report(handler, (System.nanoTime() - start) / 1_000_000, http.operations(), outcome);
  }
}
