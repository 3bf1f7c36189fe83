package dev.brief.config;

import dev.brief.app.ArticleIds;
import dev.brief.app.ArticleResult;
import dev.brief.app.ArticleSource;
import dev.brief.app.QueryService;
import dev.brief.app.ResultStore;
import dev.brief.app.SourceRef;
import dev.brief.core.Analyzer;
import dev.brief.core.SummaryLength;
import dev.brief.json.Json;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Makes the first real invocation cheap. At start-up the selected handler's objects (SDK clients,
 * store, analyzer) are built once. Priming then runs the code the first invocation would run,
 * without side effects: it analyses a built-in sample article, serialises a result, and reads a key
 * that does not exist from DynamoDB (GetItem) and, for ingest, from S3 (GetObject). That loads and
 * links classes, initialises signers, HTTP connections and Jackson, and warms the JIT.
 *
 * <p>Under SnapStart priming runs in the CRaC {@code beforeCheckpoint} hook, once, before the
 * snapshot. {@code BRIEF_PRIME_AT_INIT=true} also runs it at init, for deployments without
 * SnapStart and for measuring.
 */
@ApplicationScoped
public class Priming implements org.crac.Resource {
  private static final Logger LOG = Logger.getLogger(Priming.class);
  static final String SAMPLE = "/dev/brief/priming/sample.txt";
  private static final Duration WARMUP_WAIT = Duration.ofSeconds(10);

  @Inject BriefConfig config;
  @Inject Instance<ArticleSource> source;
  @Inject Instance<ResultStore> store;
  @Inject Instance<QueryService> query;
  @Inject Analyzer analyzer;

  @ConfigProperty(name = "quarkus.lambda.handler", defaultValue = "ingest")
  String handler;

  void onStart(@Observes StartupEvent event) {
    if (handler.equals("ingest")) {
      source.get();
    } else {
      query.get();
    }
    store.get();
    Warmup.whenDone(Priming::logWarmup);
    org.crac.Core.getGlobalContext().register(this);
    if (config.primeAtInit()) {
      Warmup.await(WARMUP_WAIT);
      prime();
    }
  }

  private static void logWarmup(Warmup.Report warmup) {
    LOG.logf(
        warmup.failed() ? Logger.Level.WARN : Logger.Level.INFO,
        "warm-up handler=%s ms=%d requests=%s outcome=%s",
        warmup.handler(),
        warmup.millis(),
        warmup.requests(),
        warmup.outcome());
  }

  /** The snapshot is taken with the warm-up finished and the handler's path primed. */
  @Override
  public void beforeCheckpoint(org.crac.Context<? extends org.crac.Resource> context) {
    Warmup.await(WARMUP_WAIT);
    prime();
  }

  @Override
  public void afterRestore(org.crac.Context<? extends org.crac.Resource> context) {
    // nothing to renew: the SDK clients reconnect on their own after a restore
  }

  /**
   * Runs the handler's path on harmless inputs; failures of the dry calls are expected and ignored.
   */
  void prime() {
    long start = System.nanoTime();
    byte[] sample = sample();
    var analysis = analyzer.analyse(sample, "text/plain", "sample.txt", SummaryLength.sentences(3));
    for (int i = 0; i < 2; i++) {
      analyzer.analyse(sample, "text/plain", "sample.txt", SummaryLength.sentences(3));
    }
    String id = ArticleIds.of("priming", "sample.txt");
    Json.write(
        ArticleResult.done(
            id,
            new SourceRef("priming", "sample.txt", null, null, 1L, null),
            analysis,
            "1970-01-01T00:00:00Z"));
    try {
      store.get().lastSequencer(id);
    } catch (RuntimeException dryCallFailed) {
      LOG.debugf("priming GetItem: %s", dryCallFailed.getClass().getSimpleName());
    }
    if (handler.equals("ingest")) {
      try {
        source
            .get()
            .fetch(
                config.bucketName().orElse("brief-priming"), "__brief-priming__/none", null, 1024);
      } catch (RuntimeException dryCallFailed) {
        LOG.debugf("priming GetObject: %s", dryCallFailed.getClass().getSimpleName());
      }
    } else {
      Json.write(query.get().articles("1", null));
    }
    LOG.infof("primed handler=%s ms=%d", handler, (System.nanoTime() - start) / 1_000_000);
  }

  static byte[] sample() {
    try (InputStream in = Priming.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("Missing class-path resource " + SAMPLE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
