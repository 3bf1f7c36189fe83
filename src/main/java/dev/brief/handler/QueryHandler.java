package dev.brief.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.brief.app.InvalidCursorException;
import dev.brief.app.QueryService;
import dev.brief.json.Json;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The query function behind the HTTP API (payload v2.0). Routes:
 *
 * <pre>
 * GET /articles                     newest first; ?limit=&amp;next=
 * GET /articles/{id}                the full result
 * GET /parties/{party}/stances      ?issue=&amp;limit=&amp;next=
 * GET /issues/{issue}/stances       ?limit=&amp;next=
 * </pre>
 *
 * Errors are application/problem+json; no stack trace ever reaches a client.
 */
@Named("query")
public class QueryHandler
    implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
  private static final Logger LOG = Logger.getLogger(QueryHandler.class);
  static final int MAX_PATH = 1024;

  @Inject QueryService service;

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    try {
      return route(event);
    } catch (QueryService.BadRequestException | InvalidCursorException e) {
      return problem(400, "Bad request", e.getMessage());
    } catch (RuntimeException e) {
      LOG.errorf(e, "query failed requestId=%s", context == null ? "-" : context.getAwsRequestId());
      return problem(500, "Internal error", "The request could not be served. Try again later.");
    }
  }

  private APIGatewayV2HTTPResponse route(APIGatewayV2HTTPEvent event) {
    String method =
        event.getRequestContext() != null && event.getRequestContext().getHttp() != null
            ? event.getRequestContext().getHttp().getMethod()
            : null;
    String path = event.getRawPath();
    if (path == null || path.length() > MAX_PATH) {
      return problem(
          path == null ? 400 : 414, "Bad request", "The request path is missing or too long.");
    }
    List<String> parts = segments(path);
    Map<String, String> q =
        event.getQueryStringParameters() == null ? Map.of() : event.getQueryStringParameters();
    boolean known =
        matches(parts, "articles")
            || matches(parts, "articles", null)
            || matches(parts, "parties", null, "stances")
            || matches(parts, "issues", null, "stances");
    if (!known) {
      return problem(404, "Not found", "No such route. Try GET /articles.");
    }
    if (!"GET".equalsIgnoreCase(method)) {
      return problem(405, "Method not allowed", "Only GET is supported.");
    }
    if (parts.size() == 1) {
      return ok(page(service.articles(q.get("limit"), q.get("next"))));
    }
    if (parts.get(0).equals("articles")) {
      return service
          .article(parts.get(1))
          .map(this::ok)
          .orElseGet(() -> problem(404, "Not found", "No article with id " + parts.get(1) + "."));
    }
    if (parts.get(0).equals("parties")) {
      return ok(
          page(service.partyStances(parts.get(1), q.get("issue"), q.get("limit"), q.get("next"))));
    }
    return ok(page(service.issueStances(parts.get(1), q.get("limit"), q.get("next"))));
  }

  private static Map<String, Object> page(dev.brief.app.Page<?> page) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", page.items());
    body.put("next", page.next());
    return body;
  }

  /** Path segments, percent-decoded ('+' is a literal plus in a path). */
  static List<String> segments(String rawPath) {
    List<String> out = new java.util.ArrayList<>();
    for (String s : rawPath.split("/")) {
      if (!s.isEmpty()) {
        try {
          out.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
          throw new QueryService.BadRequestException(
              "path", "The request path is not valid percent-encoding.");
        }
      }
    }
    return out;
  }

  private static boolean matches(List<String> parts, String... pattern) {
    if (parts.size() != pattern.length) {
      return false;
    }
    for (int i = 0; i < pattern.length; i++) {
      if (pattern[i] != null && !pattern[i].equals(parts.get(i))) {
        return false;
      }
    }
    return true;
  }

  private APIGatewayV2HTTPResponse ok(Object body) {
    return APIGatewayV2HTTPResponse.builder()
        .withStatusCode(200)
        .withHeaders(Map.of("Content-Type", "application/json"))
        .withBody(Json.write(body))
        .build();
  }

  static APIGatewayV2HTTPResponse problem(int status, String title, String detail) {
    return APIGatewayV2HTTPResponse.builder()
        .withStatusCode(status)
        .withHeaders(Map.of("Content-Type", "application/problem+json"))
        .withBody(Json.write(new Problem("about:blank", title, status, detail)))
        .build();
  }
}
