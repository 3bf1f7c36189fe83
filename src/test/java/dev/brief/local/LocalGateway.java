package dev.brief.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.brief.testutil.EventJson;
import dev.brief.testutil.LambdaFunction;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A small stand-in for API Gateway's HTTP API: turns each HTTP request on localhost into a payload
 * v2.0 event, invokes the query function, and writes its response back.
 */
final class LocalGateway implements AutoCloseable {
  private final HttpServer server;

  LocalGateway(LambdaFunction query, int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", x -> handle(query, x));
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  private static void handle(LambdaFunction query, HttpExchange x) throws IOException {
    try (x) {
      Map<String, String> headers = new HashMap<>();
      x.getRequestHeaders().forEach((k, v) -> headers.put(k, String.join(",", v)));
      String event =
          EventJson.httpRequest(
              x.getRequestMethod(),
              x.getRequestURI().getRawPath(),
              x.getRequestURI().getRawQuery(),
              headers);
      LambdaFunction.Result r = query.invoke(event, Duration.ofSeconds(60));
      int status;
      byte[] body;
      if (r.error()) {
        status = 502;
        body = "{\"title\":\"Bad gateway\",\"status\":502}".getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/problem+json");
      } else {
        EventJson.HttpResponse response = EventJson.httpResponse(r.body());
        status = response.status();
        response.headers().forEach((k, v) -> x.getResponseHeaders().add(k, v));
        body =
            response.body() == null
                ? new byte[0]
                : response.body().getBytes(StandardCharsets.UTF_8);
      }
      x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = x.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
