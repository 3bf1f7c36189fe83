package dev.brief.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brief.app.ArticleIds;
import dev.brief.local.LocalBrief;
import dev.brief.testutil.EventJson;
import dev.brief.testutil.LambdaFunction;
import dev.brief.testutil.RepoPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The whole product path as it runs on Lambda: the real function.zip (ingest and query) under the
 * Runtime Interface Client, S3 notifications, S3 and DynamoDB protocol against the emulators (or
 * LocalStack with AWS_EMULATORS=localstack).
 */
class EndToEndIT {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static LocalBrief brief;

  @BeforeAll
  static void start() throws Exception {
    brief = LocalBrief.start();
  }

  @AfterAll
  static void stop() {
    if (brief != null) {
      brief.close();
    }
  }

  private static JsonNode get(String path, String query) throws Exception {
    EventJson.HttpResponse r = brief.get(path, query);
    assertThat(r.status()).as(path + " -> " + r.body()).isEqualTo(200);
    return MAPPER.readTree(r.body());
  }

  private static List<Map<String, AttributeValue>> partition(String articleId) {
    return brief
        .dynamo
        .query(
            q ->
                q.tableName(LocalBrief.TABLE)
                    .consistentRead(true)
                    .keyConditionExpression("pk = :pk")
                    .expressionAttributeValues(
                        Map.of(":pk", AttributeValue.fromS("ART#" + articleId))))
        .items();
  }

  private static long stanceCount(JsonNode article) {
    long n = 0;
    for (JsonNode p : article.get("parties")) {
      n += p.get("stances").size();
    }
    return n;
  }

  @Test
  void seeds_eachUploadEndsDoneWithSummaryPartiesAndMatchingStanceRows() throws Exception {
    List<Path> seeds;
    try (var s = Files.list(RepoPaths.seeds())) {
      seeds = s.sorted().toList();
    }
    for (Path seed : seeds) {
      String key = "seeds/" + seed.getFileName();
      LocalBrief.Upload u = brief.upload(seed, key);
      assertThat(u.ingest().error()).as(u.ingest().body()).isFalse();

      JsonNode a = get("/articles/" + u.articleId(), null);
      assertThat(a.get("status").asText()).isEqualTo("DONE");
      assertThat(a.get("summary")).hasSize(3);
      assertThat(a.get("parties").findValuesAsText("name")).contains("Ukraine", "Russia");
      assertThat(a.get("source").get("key").asText()).isEqualTo(key);
      assertThat(a.get("source").get("versionId").asText()).isNotBlank();
      // one article item plus exactly one row per stance, written together
      assertThat(partition(u.articleId())).hasSize(1 + (int) stanceCount(a));
    }
    JsonNode list = get("/articles", "limit=100");
    assertThat(list.get("items").findValuesAsText("key"))
        .filteredOn(k -> k.startsWith("seeds/"))
        .hasSize(seeds.size());
    JsonNode russia = get("/parties/Russia/stances", null);
    assertThat(russia.get("items")).isNotEmpty();
    assertThat(russia.get("items").findValuesAsText("party")).containsOnly("Russia");
  }

  @Test
  void overwriteThenDelete_resultFollowsTheObjectAndLeavesNoRows() throws Exception {
    Path first = Files.createTempFile("brief", ".txt");
    Files.writeString(
        first,
        "Union rejects offer\n\nThe National Union of Teachers rejected the pay offer. "
            + "Ministers defended the pay offer. Talks resume next week.",
        StandardCharsets.UTF_8);
    Path second = Files.createTempFile("brief", ".txt");
    Files.writeString(
        second,
        "Merger approved\n\nRegulators approved the merger on Monday. Shares rose.",
        StandardCharsets.UTF_8);
    String key = "inbox/overwrite me + you.txt";
    String id = ArticleIds.of(LocalBrief.BUCKET, key);

    brief.upload(first, key);
    assertThat(get("/articles/" + id, null).get("title").asText()).isEqualTo("Union rejects offer");
    brief.upload(second, key);
    JsonNode replaced = get("/articles/" + id, null);
    assertThat(replaced.get("title").asText()).isEqualTo("Merger approved");
    assertThat(partition(id)).hasSize(1 + (int) stanceCount(replaced));

    brief.s3.deleteObject(b -> b.bucket(LocalBrief.BUCKET).key(key));
    brief.notifyRemoved(key, null);
    assertThat(brief.get("/articles/" + id, null).status()).isEqualTo(404);
    assertThat(partition(id)).hasSize(1); // the tombstone only
    assertThat(get("/articles", "limit=100").get("items").findValuesAsText("id"))
        .doesNotContain(id);
  }

  @Test
  void redeliveredAndLateEvents_changeNothing() throws Exception {
    String key = "redelivery.txt";
    Path file = RepoPaths.seeds().resolve("003_7591712a9a130a1a.txt");
    var put =
        brief.s3.putObject(b -> b.bucket(LocalBrief.BUCKET).key(key), RequestBody.fromFile(file));
    String older = EventJson.nextSequencer();
    String newer = EventJson.nextSequencer();
    String event =
        EventJson.created(
            LocalBrief.BUCKET, key, Files.size(file), put.eTag(), put.versionId(), newer);
    String id = ArticleIds.of(LocalBrief.BUCKET, key);

    LambdaFunction.Result firstRun = brief.ingest.invoke(event, Duration.ofSeconds(60));
    List<Map<String, AttributeValue>> before = partition(id);
    LambdaFunction.Result again = brief.ingest.invoke(event, Duration.ofSeconds(60));
    LambdaFunction.Result late =
        brief.ingest.invoke(
            EventJson.created(
                LocalBrief.BUCKET, key, Files.size(file), put.eTag(), put.versionId(), older),
            Duration.ofSeconds(60));

    assertThat(firstRun.body()).contains("DONE");
    assertThat(again.body()).contains("SKIPPED_STALE");
    assertThat(late.body()).contains("SKIPPED_STALE");
    assertThat(partition(id)).isEqualTo(before);
  }

  @Test
  void badRequestsThroughTheRealQueryFunction_areProblemJson() {
    for (String[] call :
        new String[][] {
          {"/articles", "limit=-1"},
          {"/articles", "next=bm90IGEgY3Vyc29y"},
          {"/articles/not-an-id", null},
          {"/parties/" + "x".repeat(300) + "/stances", null}
        }) {
      EventJson.HttpResponse r = brief.get(call[0], call[1]);
      assertThat(r.status()).as(String.join("?", call[0], String.valueOf(call[1]))).isEqualTo(400);
      assertThat(r.headers().get("Content-Type")).isEqualTo("application/problem+json");
      assertThat(r.body()).doesNotContain("Exception").doesNotContain("at dev.brief");
    }
  }
}
