package dev.brief.testutil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Event JSON for tests and the local run, made from the files in events/ so that there is one shape
 * of each event: an S3 notification with the key URL-encoded the way S3 encodes it, and an HTTP API
 * payload v2.0 request.
 */
public final class EventJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private EventJson() {}

  public static JsonNode read(String eventFile) {
    try {
      return MAPPER.readTree(Files.readString(RepoPaths.events(eventFile), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(String eventFile) {
    try {
      return Files.readString(RepoPaths.events(eventFile), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** S3's encoding of a key in notifications: form encoding, but '/' left as it is. */
  public static String encodeKey(String key) {
    return URLEncoder.encode(key, StandardCharsets.UTF_8)
        .replace("%2F", "/")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }

  public static String decodeKey(String encoded) {
    return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
  }

  /** A sequencer later than every one made before in this JVM. */
  public static String nextSequencer() {
    long n = Math.max(System.currentTimeMillis() << 12, SEQUENCE.get() + 1);
    SEQUENCE.accumulateAndGet(n, Math::max);
    return String.format("%016X", SEQUENCE.incrementAndGet());
  }

  /** An ObjectCreated:Put notification for one object. */
  public static String created(
      String bucket, String key, long size, String etag, String versionId, String sequencer) {
    return s3Event("ObjectCreated:Put", bucket, key, size, etag, versionId, sequencer);
  }

  /** An ObjectRemoved:Delete notification for one object. */
  public static String removed(String bucket, String key, String versionId, String sequencer) {
    return s3Event("ObjectRemoved:Delete", bucket, key, null, null, versionId, sequencer);
  }

  private static String s3Event(
      String name,
      String bucket,
      String key,
      Long size,
      String etag,
      String versionId,
      String sequencer) {
    ObjectNode record =
        (ObjectNode)
            read(name.startsWith("ObjectRemoved") ? "s3-delete.json" : "s3-put.json")
                .get("Records")
                .get(0)
                .deepCopy();
    record.put("eventName", name);
    record.put("eventTime", Instant.now().toString());
    ObjectNode s3 = (ObjectNode) record.get("s3");
    ObjectNode b = (ObjectNode) s3.get("bucket");
    b.put("name", bucket);
    b.put("arn", "arn:aws:s3:::" + bucket);
    ObjectNode o = (ObjectNode) s3.get("object");
    o.put("key", encodeKey(key));
    if (size != null) {
      o.put("size", size);
    }
    if (etag != null) {
      o.put("eTag", etag.replace("\"", ""));
    }
    if (versionId == null) {
      o.remove("versionId");
    } else {
      o.put("versionId", versionId);
    }
    o.put("sequencer", sequencer);
    ObjectNode event = MAPPER.createObjectNode();
    event.putArray("Records").add(record);
    return event.toString();
  }

  /** An HTTP API (payload v2.0) GET request, as API Gateway sends it. */
  public static String httpRequest(
      String method, String rawPath, String rawQuery, Map<String, String> headers) {
    ObjectNode e = (ObjectNode) read("api-list-articles.json").deepCopy();
    e.put("rawPath", rawPath);
    e.put("rawQueryString", rawQuery == null ? "" : rawQuery);
    ObjectNode h = e.putObject("headers");
    headers.forEach((k, v) -> h.put(k.toLowerCase(java.util.Locale.ROOT), v));
    e.remove("queryStringParameters");
    if (rawQuery != null && !rawQuery.isEmpty()) {
      ObjectNode q = e.putObject("queryStringParameters");
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        String k = decodeKey(eq < 0 ? pair : pair.substring(0, eq));
        String v = eq < 0 ? "" : decodeKey(pair.substring(eq + 1));
        q.put(k, q.has(k) ? q.get(k).asText() + "," + v : v);
      }
    }
    ObjectNode ctx = (ObjectNode) e.get("requestContext");
    ObjectNode http = (ObjectNode) ctx.get("http");
    http.put("method", method);
    http.put("path", rawPath);
    ctx.put("requestId", java.util.UUID.randomUUID().toString());
    ctx.put("timeEpoch", System.currentTimeMillis());
    return e.toString();
  }

  /** The fields of an HTTP API response payload. */
  public record HttpResponse(int status, Map<String, String> headers, String body) {}

  public static HttpResponse httpResponse(String json) {
    try {
      JsonNode n = MAPPER.readTree(json);
      Map<String, String> headers = new java.util.LinkedHashMap<>();
      JsonNode h = n.get("headers");
      if (h != null) {
        for (Iterator<Map.Entry<String, JsonNode>> it = h.fields(); it.hasNext(); ) {
          var f = it.next();
          headers.put(f.getKey(), f.getValue().asText());
        }
      }
      return new HttpResponse(n.path("statusCode").asInt(), headers, n.path("body").asText(null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
