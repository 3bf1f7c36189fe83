package dev.brief.handler;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brief.app.ArticleIds;
import dev.brief.app.ArticleResult;
import dev.brief.app.QueryService;
import dev.brief.app.SourceRef;
import dev.brief.aws.DynamoDbResultStore;
import dev.brief.aws.Table;
import dev.brief.core.Analyzer;
import dev.brief.core.SummaryLength;
import dev.brief.testutil.Emulators;
import dev.brief.testutil.RepoPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile and random requests against the query handler over the real DynamoDB adapter: every
 * answer is a 200 with JSON or a 4xx problem+json, never a 500 or a stack trace; limits are capped;
 * a cursor cannot be forged or reused to read outside its own query.
 */
class QueryFuzzIT {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String TABLE = "query-fuzz-it";
  private static QueryHandler handler;

  @BeforeAll
  static void seed() throws Exception {
    var dynamo = Emulators.shared().dynamoClient();
    dynamo.createTable(Table.createRequest(TABLE));
    DynamoDbResultStore store = new DynamoDbResultStore(dynamo, TABLE);
    Analyzer analyzer = Analyzer.standard();
    int minute = 10;
    for (int copy = 0; copy < 5; copy++) {
      try (var files = Files.list(RepoPaths.seeds())) {
        for (Path f : files.sorted().toList()) {
          String key = copy + "/" + f.getFileName();
          var a =
              analyzer.analyse(
                  Files.readAllBytes(f), "text/plain", key, SummaryLength.sentences(3));
          store.put(
              ArticleResult.done(
                  ArticleIds.of("fuzz", key),
                  new SourceRef("fuzz", key, null, null, 1L, null),
                  a,
                  "2025-11-24T10:" + (minute++) + ":00Z"),
              "01");
        }
      }
    }
    handler = new QueryHandler();
    handler.service = new QueryService(store);
  }

  private static APIGatewayV2HTTPResponse call(
      String method, String rawPath, Map<String, String> query) {
    APIGatewayV2HTTPEvent e = new APIGatewayV2HTTPEvent();
    e.setRawPath(rawPath);
    e.setQueryStringParameters(query);
    APIGatewayV2HTTPEvent.RequestContext ctx = new APIGatewayV2HTTPEvent.RequestContext();
    APIGatewayV2HTTPEvent.RequestContext.Http http =
        new APIGatewayV2HTTPEvent.RequestContext.Http();
    http.setMethod(method);
    http.setPath(rawPath);
    ctx.setHttp(http);
    e.setRequestContext(ctx);
    return handler.handleRequest(e, null);
  }

  private static void assertWellFormed(String what, APIGatewayV2HTTPResponse r) throws Exception {
    assertThat(r.getStatusCode()).as(what).isIn(200, 400, 404, 405, 414);
    String type = r.getHeaders().get("Content-Type");
    assertThat(type)
        .as(what)
        .isEqualTo(r.getStatusCode() == 200 ? "application/json" : "application/problem+json");
    JsonNode body = MAPPER.readTree(r.getBody());
    assertThat(r.getBody())
        .as(what)
        .doesNotContain("Exception", "at dev.brief", "software.amazon", "\tat ");
    if (r.getStatusCode() == 200 && body.has("items")) {
      assertThat(body.get("items").size()).as(what).isLessThanOrEqualTo(QueryService.MAX_LIMIT);
    }
  }

  @Test
  void randomAndHostileRequests_areAlways200Or4xxProblemJson() throws Exception {
    Random rnd = new Random(20251124);
    String[] methods = {
      "GET", "GET", "GET", "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", null
    };
    String[] names = {
      "Russia",
      "united states",
      "' OR 1=1 --",
      "<script>alert(1)</script>",
      "../../etc/passwd",
      "${jndi:ldap://x/a}",
      "PARTY#russia",
      "S#",
      "%00",
      "%zz",
      "%",
      "%F0%9F%92%A9",
      "\u0000",
      "\uD83D\uDCA9",
      "x".repeat(5000),
      "",
      " ",
      "Ukraine%2FRussia",
      "security%20guarantees",
      "a+b",
      "\u0130stanbul"
    };
    String[] limits = {
      null,
      "1",
      "5",
      "100",
      "101",
      "1000000",
      "-1",
      "0",
      "NaN",
      "",
      "1e9",
      "0x10",
      "9".repeat(40),
      " 3 "
    };
    for (int i = 0; i < 3000; i++) {
      String method = methods[rnd.nextInt(methods.length)];
      String name = names[rnd.nextInt(names.length)];
      String path =
          switch (rnd.nextInt(7)) {
            case 0 -> "/articles";
            case 1 ->
                "/articles/" + (rnd.nextBoolean() ? name : Integer.toHexString(rnd.nextInt()));
            case 2 -> "/parties/" + name + "/stances";
            case 3 -> "/issues/" + name + "/stances";
            case 4 -> "/" + name;
            case 5 -> "//articles///" + name + "/";
            default ->
                rnd.nextBoolean()
                    ? null
                    : "/articles/" + ArticleIds.of("fuzz", "0/000_29237bb8e8796ad1.txt");
          };
      Map<String, String> query = new HashMap<>();
      String limit = limits[rnd.nextInt(limits.length)];
      if (limit != null) {
        query.put("limit", limit);
      }
      if (rnd.nextInt(3) == 0) {
        byte[] junk = new byte[rnd.nextInt(200)];
        rnd.nextBytes(junk);
        query.put("next", rnd.nextBoolean() ? Base64.getUrlEncoder().encodeToString(junk) : name);
      }
      if (rnd.nextInt(4) == 0) {
        query.put("issue", name);
      }
      assertWellFormed(
          method + " " + path + " " + query,
          call(method, path, rnd.nextInt(10) == 0 ? null : query));
    }
  }

  @Test
  void cursors_cannotBeForgedOrReusedAcrossQueries() throws Exception {
    JsonNode page =
        MAPPER.readTree(call("GET", "/parties/Russia/stances", Map.of("limit", "1")).getBody());
    String cursor = page.get("next").asText();
    String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    String forged =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                decoded.replace("PARTY#russia", "PARTY#ukraine").getBytes(StandardCharsets.UTF_8));

    List<APIGatewayV2HTTPResponse> misuse = new ArrayList<>();
    misuse.add(call("GET", "/parties/Ukraine/stances", Map.of("next", cursor)));
    misuse.add(call("GET", "/parties/Russia/stances", Map.of("next", forged)));
    misuse.add(call("GET", "/issues/territory/stances", Map.of("next", cursor)));
    misuse.add(call("GET", "/articles", Map.of("next", cursor)));
    misuse.add(
        call(
            "GET",
            "/parties/Russia/stances",
            Map.of("next", cursor.substring(0, cursor.length() - 3))));

    for (int i = 0; i < misuse.size(); i++) {
      assertThat(misuse.get(i).getStatusCode())
          .as("misuse " + i + ": " + misuse.get(i).getBody())
          .isEqualTo(400);
    }
    JsonNode second =
        MAPPER.readTree(
            call("GET", "/parties/Russia/stances", Map.of("limit", "1", "next", cursor)).getBody());
    assertThat(second.get("items").get(0).get("party").asText()).isEqualTo("Russia");
  }

  @Test
  void hugeLimit_isCappedAtTheMaximum() throws Exception {
    JsonNode body = MAPPER.readTree(call("GET", "/articles", Map.of("limit", "1000000")).getBody());

    assertThat(body.get("items").size()).isLessThanOrEqualTo(QueryService.MAX_LIMIT).isEqualTo(25);
  }

  @Test
  void unexpectedMethods_are405() {
    for (String m : Set.of("POST", "PUT", "DELETE", "PATCH")) {
      assertThat(call(m, "/articles", Map.of()).getStatusCode()).isEqualTo(405);
    }
  }
}
