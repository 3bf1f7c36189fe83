package dev.brief.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An HTTP client that answers S3 and DynamoDB requests from memory and never opens a connection.
 * The warm-up runs Brief's real ingest and query code on SDK clients built over it, so the
 * marshalling, signing and unmarshalling paths are loaded and compiled before the first real call,
 * with no network and no side effects.
 *
 * <p>Answers: S3 GET returns {@code object}; DynamoDB Query returns no items; every other DynamoDB
 * operation (GetItem, TransactWriteItems, ...) returns an empty JSON object, i.e. "no item" and
 * "written".
 */
final class CannedHttpClient implements SdkHttpClient {
  private final byte[] object;
  private final List<String> operations = new CopyOnWriteArrayList<>();

  CannedHttpClient(byte[] object) {
    this.object = object.clone();
  }

  /** The operations answered, in order: "GET" for S3 reads, the DynamoDB operation names. */
  List<String> operations() {
    return List.copyOf(operations);
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() throws IOException {
        drain(request.contentStreamProvider().map(p -> p.newStream()));
        Optional<String> target = request.httpRequest().firstMatchingHeader("X-Amz-Target");
        if (target.isPresent()) {
          String operation = target.get().substring(target.get().indexOf('.') + 1);
          operations.add(operation);
          String body =
              operation.equals("Query") ? "{\"Count\":0,\"Items\":[],\"ScannedCount\":0}" : "{}";
          return response(
              200, "application/x-amz-json-1.0", body.getBytes(StandardCharsets.UTF_8), Map.of());
        }
        operations.add(request.httpRequest().method().name());
        return response(
            200,
            "text/plain",
            object,
            Map.of("ETag", List.of("\"0\""), "Accept-Ranges", List.of("bytes")));
      }

      @Override
      public void abort() {
        // answered synchronously from memory: nothing in flight to abort
      }
    };
  }

  private static HttpExecuteResponse response(
      int status, String contentType, byte[] body, Map<String, List<String>> headers) {
    SdkHttpResponse.Builder r =
        SdkHttpResponse.builder()
            .statusCode(status)
            .putHeader("Content-Type", contentType)
            .putHeader("Content-Length", Integer.toString(body.length))
            .putHeader("x-amzn-RequestId", "warm-up");
    headers.forEach(r::putHeader);
    return HttpExecuteResponse.builder()
        .response(r.build())
        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
        .build();
  }

  private static void drain(Optional<InputStream> body) throws IOException {
    if (body.isPresent()) {
      try (InputStream in = body.get()) {
        in.transferTo(OutputStream.nullOutputStream());
      }
    }
  }

  @Override
  public String clientName() {
    return "brief-canned";
  }

  @Override
  public void close() {
    // holds nothing
  }
}
