package dev.brief.local;

import dev.brief.app.ArticleIds;
import dev.brief.aws.Table;
import dev.brief.testutil.Emulators;
import dev.brief.testutil.EventJson;
import dev.brief.testutil.LambdaFunction;
import dev.brief.testutil.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * Brief on one machine: S3 and DynamoDB emulators, the real function.zip running as the ingest and
 * the query function under the Lambda Runtime Interface Client, and S3 notifications delivered to
 * the ingest function as S3 would deliver them. Used by {@link LocalRun} and by the end-to-end
 * test.
 */
public final class LocalBrief implements AutoCloseable {
  private volatile boolean closing;

  public static final String BUCKET = "brief-articles";
  public static final String TABLE = "brief-results";
  static final Duration INVOKE_TIMEOUT = Duration.ofSeconds(120);

  public final Emulators emulators;
  public final S3Client s3;
  public final DynamoDbClient dynamo;
  public final LambdaFunction ingest;
  public final LambdaFunction query;

  private LocalBrief(
      Emulators emulators,
      S3Client s3,
      DynamoDbClient dynamo,
      LambdaFunction ingest,
      LambdaFunction query) {
    this.emulators = emulators;
    this.s3 = s3;
    this.dynamo = dynamo;
    this.ingest = ingest;
    this.query = query;
  }

  public static LocalBrief start() throws IOException {
    Path zip = RepoPaths.functionZip();
    if (!Files.exists(zip)) {
      throw new IllegalStateException(
          zip + " is missing: build it with ./mvnw package -DskipTests");
    }
    Emulators emulators = Emulators.shared();
    S3Client s3 = emulators.s3Client();
    DynamoDbClient dynamo = emulators.dynamoClient();
    createBucket(s3);
    createTable(dynamo);
    Path work = Files.createTempDirectory("brief-local");
    Map<String, String> env = functionEnv(emulators);
    env.put("QUARKUS_LAMBDA_HANDLER", "ingest");
    LambdaFunction ingest = LambdaFunction.start("ingest", zip, env, work);
    env.put("QUARKUS_LAMBDA_HANDLER", "query");
    LambdaFunction query = LambdaFunction.start("query", zip, env, work);
    LocalBrief brief = new LocalBrief(emulators, s3, dynamo, ingest, query);
    Runtime.getRuntime().addShutdownHook(new Thread(brief::close, "local-brief-stop"));
    return brief;
  }

  /**
   * The environment both functions need against {@code emulators}: table, endpoints, region and the
   * emulators' credentials. A new, mutable map: callers add the handler and their own settings.
   */
  public static Map<String, String> functionEnv(Emulators emulators) {
    Map<String, String> env = new HashMap<>();
    env.put("BRIEF_TABLE_NAME", TABLE);
    env.put("BRIEF_S3_ENDPOINT", emulators.s3.toString());
    env.put("BRIEF_DYNAMODB_ENDPOINT", emulators.dynamo.toString());
    env.put("AWS_REGION", "us-east-1");
    env.put("AWS_ACCESS_KEY_ID", "local");
    env.put("AWS_SECRET_ACCESS_KEY", "local");
    return env;
  }

  static void createBucket(S3Client s3) {
    if (s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(BUCKET))) {
      s3.createBucket(b -> b.bucket(BUCKET));
      s3.putBucketVersioning(
          b ->
              b.bucket(BUCKET)
                  .versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
    }
  }

  static void createTable(DynamoDbClient dynamo) {
    try {
      dynamo.createTable(Table.createRequest(TABLE));
    } catch (ResourceInUseException exists) {
      // created by an earlier run against the same emulator
    }
  }

  /** What one upload did. */
  public record Upload(String key, String articleId, LambdaFunction.Result ingest) {}

  /** Puts the file into the bucket and delivers the S3 notification to the ingest function. */
  public Upload upload(Path file, String key) {
    PutObjectResponse put =
        s3.putObject(
            b -> b.bucket(BUCKET).key(key).contentType(contentType(file)),
            RequestBody.fromFile(file));
    return notifyCreated(key, sizeOf(file), put.eTag(), put.versionId());
  }

  public Upload notifyCreated(String key, long size, String etag, String versionId) {
    String event = EventJson.created(BUCKET, key, size, etag, versionId, EventJson.nextSequencer());
    return new Upload(key, ArticleIds.of(BUCKET, key), ingest.invoke(event, INVOKE_TIMEOUT));
  }

  public Upload notifyRemoved(String key, String versionId) {
    String event = EventJson.removed(BUCKET, key, versionId, EventJson.nextSequencer());
    return new Upload(key, ArticleIds.of(BUCKET, key), ingest.invoke(event, INVOKE_TIMEOUT));
  }

  /** A GET through the query function, as API Gateway would send it. */
  public EventJson.HttpResponse get(String path, String rawQuery) {
    LambdaFunction.Result r =
        query.invoke(EventJson.httpRequest("GET", path, rawQuery, Map.of()), INVOKE_TIMEOUT);
    if (r.error()) {
      throw new IllegalStateException("The query function failed: " + r.body());
    }
    return EventJson.httpResponse(r.body());
  }

  static String contentType(Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return "text/html";
    }
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return "text/markdown";
    }
    return name.endsWith(".txt") ? "text/plain" : "application/octet-stream";
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** True once {@link #close()} has begun, e.g. from the shutdown hook on Ctrl-C or SIGTERM. */
  public boolean closing() {
    return closing;
  }

  @Override
  public synchronized void close() {
    closing = true;
    ingest.close();
    query.close();
    s3.close();
    dynamo.close();
  }
}
