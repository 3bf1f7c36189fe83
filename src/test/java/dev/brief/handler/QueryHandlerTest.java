package dev.brief.handler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brief.app.ArticleIds;
import dev.brief.app.ArticleResult;
import dev.brief.app.SourceRef;
import dev.brief.core.Analyzer;
import dev.brief.core.SummaryLength;
import dev.brief.testutil.EventJson;
import dev.brief.testutil.InMemoryPorts;
import dev.brief.testutil.InMemoryProfiles;
import dev.brief.testutil.QuarkusLambdaEndpoint;
import dev.brief.testutil.RepoPaths;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The query handler behind Quarkus's event handling, fed events/api-*.json and variants. */
@QuarkusTest
@TestProfile(InMemoryProfiles.Query.class)
class QueryHandlerTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @BeforeEach
  void seedStore() throws Exception {
    InMemoryPorts.STORE.clear();
    Analyzer analyzer = Analyzer.standard();
    int minute = 10;
    try (var files = Files.list(RepoPaths.seeds())) {
      for (Path f : files.sorted().toList()) {
        String key = f.getFileName().toString();
        String id = ArticleIds.of("brief-articles", key);
        var analysis =
            analyzer.analyse(Files.readAllBytes(f), "text/plain", key, SummaryLength.sentences(3));
        InMemoryPorts.STORE.put(
            ArticleResult.done(
                id,
                new SourceRef("brief-articles", key, null, null, Files.size(f), "text/plain"),
                analysis,
                "2025-11-24T10:" + (minute++) + ":00Z"),
            "0" + minute);
      }
    }
  }

  private static EventJson.HttpResponse call(String eventJson) {
    return EventJson.httpResponse(QuarkusLambdaEndpoint.invoke(eventJson));
  }

  private static JsonNode json(EventJson.HttpResponse r) throws Exception {
    return MAPPER.readTree(r.body());
  }

  @Test
  void listArticles_returnsNewestFirstWithinLimit() throws Exception {
    EventJson.HttpResponse r = call(EventJson.text("api-list-articles.json"));

    assertThat(r.status()).isEqualTo(200);
    JsonNode items = json(r).get("items");
    assertThat(items).hasSize(5);
    assertThat(items.get(0).get("processedAt").asText())
        .isGreaterThan(items.get(4).get("processedAt").asText());
  }

  @Test
  void listArticles_limitTwo_pagesWithCursorUntilTheEnd() throws Exception {
    int seen = 0;
    String next = null;
    do {
      String query = "limit=2" + (next == null ? "" : "&next=" + next);
      JsonNode page = json(call(EventJson.httpRequest("GET", "/articles", query, Map.of())));
      seen += page.get("items").size();
      next = page.hasNonNull("next") ? page.get("next").asText() : null;
    } while (next != null);
    assertThat(seen).isEqualTo(5);
  }

  @Test
  void getArticle_unknownId_is404ProblemJson() {
    EventJson.HttpResponse r = call(EventJson.text("api-get-article.json"));

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.headers().get("Content-Type")).isEqualTo("application/problem+json");
  }

  @Test
  void getArticle_knownId_returnsTheFullResult() throws Exception {
    String id = ArticleIds.of("brief-articles", "003_7591712a9a130a1a.txt");
    JsonNode a = json(call(EventJson.httpRequest("GET", "/articles/" + id, null, Map.of())));

    assertThat(a.get("id").asText()).isEqualTo(id);
    assertThat(a.get("status").asText()).isEqualTo("DONE");
    assertThat(a.get("summary")).isNotEmpty();
    assertThat(a.get("parties")).isNotEmpty();
    assertThat(a.get("source").get("key").asText()).isEqualTo("003_7591712a9a130a1a.txt");
  }

  @Test
  void partyStances_fromEventFile_onlyThatPartyAndIssue() throws Exception {
    JsonNode page = json(call(EventJson.text("api-party-stances.json")));

    for (JsonNode row : page.get("items")) {
      assertThat(row.get("party").asText()).isEqualTo("Russia");
      assertThat(row.get("issue").asText()).isEqualTo("security guarantees");
    }
  }

  @Test
  void issueStances_fromEventFile_listsPartiesOnThatIssue() throws Exception {
    JsonNode page = json(call(EventJson.text("api-issue-stances.json")));

    assertThat(page.get("items")).isNotEmpty();
    for (JsonNode row : page.get("items")) {
      assertThat(row.get("issue").asText()).isEqualTo("security guarantees");
      assertThat(row.get("evidence")).isNotEmpty();
    }
  }

  @Test
  void badLimit_fromEventFile_is400ProblemJson() throws Exception {
    EventJson.HttpResponse r = call(EventJson.text("api-bad-request.json"));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.headers().get("Content-Type")).isEqualTo("application/problem+json");
    assertThat(json(r).get("detail").asText()).contains("limit");
  }

  @Test
  void cursorFromAnotherQuery_is400() {
    String issueCursor =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("issue:security guarantees@1".getBytes());

    EventJson.HttpResponse r =
        call(EventJson.httpRequest("GET", "/articles", "next=" + issueCursor, Map.of()));

    assertThat(r.status()).isEqualTo(400);
  }

  @Test
  void postMethod_is405AndUnknownRoute404() {
    assertThat(call(EventJson.httpRequest("POST", "/articles", null, Map.of())).status())
        .isEqualTo(405);
    assertThat(call(EventJson.httpRequest("GET", "/nope", null, Map.of())).status()).isEqualTo(404);
  }
}
