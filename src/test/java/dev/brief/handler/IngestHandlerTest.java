package dev.brief.handler;

import static dev.brief.testutil.QuarkusLambdaEndpoint.invoke;
import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.app.ArticleIds;
import dev.brief.app.ArticleResult;
import dev.brief.app.Status;
import dev.brief.testutil.EventJson;
import dev.brief.testutil.InMemoryPorts;
import dev.brief.testutil.InMemoryProfiles;
import dev.brief.testutil.RepoPaths;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Feeds the files in events/ through Quarkus's own Lambda event handling (its mock event server),
 * so a broken S3 event mapping fails here. The ports are in-memory fakes.
 */
@QuarkusTest
@TestProfile(InMemoryProfiles.Ingest.class)
class IngestHandlerTest {
  private static final String BUCKET = "brief-articles";

  @BeforeEach
  void reset() {
    InMemoryPorts.SOURCE.clear();
    InMemoryPorts.STORE.clear();
  }

  /** Puts a seed article at the key the S3 events in events/ name; returns its bytes. */
  private static byte[] seedAtEventKey(String seedFile) throws Exception {
    byte[] seed = Files.readAllBytes(RepoPaths.seeds().resolve(seedFile));
    InMemoryPorts.SOURCE.put(BUCKET, "articles/peace-talks.txt", seed, "text/plain");
    return seed;
  }

  @Test
  void handleRequest_putEvent_storesDoneResultForTheObject() throws Exception {
    seedAtEventKey("001_440f3e811b64d454.txt");

    String report = invoke(EventJson.text("s3-put.json"));

    ArticleResult r =
        InMemoryPorts.STORE.get(ArticleIds.of(BUCKET, "articles/peace-talks.txt")).orElseThrow();
    assertThat(r.status()).isEqualTo(Status.DONE);
    assertThat(r.summary()).isNotEmpty();
    assertThat(r.source().versionId()).isEqualTo("3HL4kqtJlcpXroDTDmJ-rmSpXd3dIbrHY");
    assertThat(report).contains("\"DONE\":1");
  }

  @Test
  void handleRequest_encodedKey_readsTheDecodedKey() {
    String decoded = "inbox/2025 11/K\u00f8benhavn talks + notes%2.txt";
    InMemoryPorts.SOURCE.put(
        BUCKET, decoded, "Talks went on. Both sides met again today.".getBytes(), null);

    invoke(EventJson.text("s3-put-encoded-key.json"));

    assertThat(InMemoryPorts.STORE.get(ArticleIds.of(BUCKET, decoded))).isPresent();
  }

  @Test
  void handleRequest_multiRecordEvent_processesEveryRecord() {
    for (String key : new String[] {"articles/one.txt", "articles/two.md", "articles/three.html"}) {
      InMemoryPorts.SOURCE.put(
          BUCKET, key, ("Article " + key + " says something. It is short.").getBytes(), null);
    }

    String report = invoke(EventJson.text("s3-multi-record.json"));

    assertThat(report).contains("\"DONE\":3");
    for (String key : new String[] {"articles/one.txt", "articles/two.md", "articles/three.html"}) {
      assertThat(InMemoryPorts.STORE.get(ArticleIds.of(BUCKET, key))).as(key).isPresent();
    }
  }

  @Test
  void handleRequest_deleteAfterPut_removesTheResult() throws Exception {
    seedAtEventKey("000_29237bb8e8796ad1.txt");
    invoke(EventJson.text("s3-put.json"));

    String report = invoke(EventJson.text("s3-delete.json"));

    assertThat(report).contains("\"DELETED\":1");
    assertThat(InMemoryPorts.STORE.get(ArticleIds.of(BUCKET, "articles/peace-talks.txt")))
        .isEmpty();
  }

  @Test
  void handleRequest_sameEventTwice_writesOnce() throws Exception {
    seedAtEventKey("002_d889c6ce5bc20b57.txt");

    invoke(EventJson.text("s3-put.json"));
    String second = invoke(EventJson.text("s3-put.json"));

    assertThat(second).contains("\"SKIPPED_STALE\":1");
    assertThat(InMemoryPorts.STORE.writes).isEqualTo(1);
    assertThat(InMemoryPorts.SOURCE.reads.get()).isEqualTo(1);
  }

  @Test
  void handleRequest_logsIdsAndOutcomesButNeverArticleText() throws Exception {
    byte[] seed = seedAtEventKey("001_440f3e811b64d454.txt");
    List<String> messages = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.logging.Handler capture =
        new java.util.logging.Handler() {
          @Override
          public void publish(java.util.logging.LogRecord r) {
            messages.add(
                java.text.MessageFormat.format(
                    String.valueOf(r.getMessage()),
                    r.getParameters() == null ? new Object[0] : r.getParameters()));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    java.util.logging.Logger logger =
        java.util.logging.Logger.getLogger(IngestHandler.class.getName());
    logger.addHandler(capture);
    try {
      invoke(EventJson.text("s3-put.json"));
    } finally {
      logger.removeHandler(capture);
    }

    String all = String.join("\n", messages);
    assertThat(all)
        .contains("articleId=" + ArticleIds.of(BUCKET, "articles/peace-talks.txt"))
        .contains("DONE");
    for (String line : new String(seed, java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
      if (line.length() > 40) {
        assertThat(all).doesNotContain(line.substring(0, 40));
      }
    }
  }

  @Test
  void handleRequest_binaryObject_isRejectedNotRetried() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
    InMemoryPorts.SOURCE.put(BUCKET, "articles/peace-talks.txt", png, "text/plain");

    invoke(EventJson.text("s3-put.json"));

    ArticleResult r =
        InMemoryPorts.STORE.get(ArticleIds.of(BUCKET, "articles/peace-talks.txt")).orElseThrow();
    assertThat(r.status()).isEqualTo(Status.REJECTED);
    assertThat(r.reason()).isEqualTo("unsupported-content");
  }
}
