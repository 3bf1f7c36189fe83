package dev.brief.testutil;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * DynamoDB Local and S3Proxy, each started as a child JVM on a free loopback port. Their jars come
 * from infra/emulators (fetched with the Maven wrapper on first use). One set per JVM, stopped by a
 * shutdown hook: tests and the local run share this class.
 */
public final class Emulators {
  private static final StaticCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
  private static Emulators shared;

  public final URI s3;
  public final URI dynamo;
  private final List<Process> processes;
  private final Runnable onStop;

  private Emulators(URI s3, URI dynamo, List<Process> processes) {
    this(s3, dynamo, processes, () -> {});
  }

  Emulators(URI s3, URI dynamo, List<Process> processes, Runnable onStop) {
    this.s3 = s3;
    this.dynamo = dynamo;
    this.processes = processes;
    this.onStop = onStop;
  }

  /**
   * True when the environment asks for LocalStack (Docker) instead of the Docker-free emulators.
   */
  public static boolean localStackRequested() {
    return "localstack".equalsIgnoreCase(System.getenv("AWS_EMULATORS"));
  }

  /**
   * The emulators of this JVM, started on first call: DynamoDB Local and S3Proxy, or LocalStack
   * when {@code AWS_EMULATORS=localstack}.
   */
  public static synchronized Emulators shared() {
    if (shared == null) {
      shared = localStackRequested() ? LocalStackEmulators.start() : start(RepoPaths.root());
      Emulators started = shared;
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "emulators-stop"));
    }
    return shared;
  }

  static Emulators start(Path root) {
    Path infra = root.resolve("infra/emulators/target");
    fetch(root, infra);
    try {
      Path work = Files.createTempDirectory("brief-emulators");
      int s3Port = freePort();
      int dynamoPort = freePort();
      Path conf = work.resolve("s3proxy.conf");
      Files.writeString(
          conf,
          String.join(
              "\n",
              "s3proxy.endpoint=http://127.0.0.1:" + s3Port,
              "s3proxy.authorization=none",
              "jclouds.provider=transient",
              "jclouds.identity=local",
              "jclouds.credential=local",
              ""),
          StandardCharsets.UTF_8);
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<Process> processes = new ArrayList<>();
      processes.add(
          new ProcessBuilder(
                  java,
                  "-Xmx512m",
                  "-jar",
                  infra.resolve("s3proxy/s3proxy.jar").toString(),
                  "--properties",
                  conf.toString())
              .redirectErrorStream(true)
              .redirectOutput(work.resolve("s3proxy.log").toFile())
              .start());
      processes.add(
          new ProcessBuilder(
                  java,
                  "-Xmx256m",
                  "-cp",
                  infra.resolve("dynamodb-local").toString() + File.separator + "*",
                  "com.amazonaws.services.dynamodbv2.local.main.ServerRunner",
                  "-inMemory",
                  "-sharedDb",
                  "-port",
                  Integer.toString(dynamoPort),
                  "-disableTelemetry")
              .redirectErrorStream(true)
              .redirectOutput(work.resolve("dynamodb.log").toFile())
              .start());
      URI s3 = URI.create("http://127.0.0.1:" + s3Port);
      URI dynamo = URI.create("http://127.0.0.1:" + dynamoPort);
      Emulators e = new Emulators(s3, dynamo, processes);
      try {
        awaitHttp(s3, Duration.ofSeconds(60), work.resolve("s3proxy.log"));
        awaitHttp(dynamo, Duration.ofSeconds(60), work.resolve("dynamodb.log"));
      } catch (RuntimeException ex) {
        e.stop();
        throw ex;
      }
      return e;
    } catch (IOException ex) {
      throw new UncheckedIOException("Cannot start the emulators", ex);
    }
  }

  /** Runs the infra/emulators Maven project when its jars are not there yet. */
  static void fetch(Path root, Path infra) {
    if (Files.exists(infra.resolve("s3proxy/s3proxy.jar"))
        && Files.isDirectory(infra.resolve("dynamodb-local"))
        && Files.isDirectory(infra.resolve("ric"))) {
      return;
    }
    try {
      Process p =
          new ProcessBuilder(
                  root.resolve("mvnw").toString(),
                  "-q",
                  "-B",
                  "-f",
                  root.resolve("infra/emulators/pom.xml").toString(),
                  "package")
              .directory(root.toFile())
              .inheritIO()
              .start();
      if (p.waitFor() != 0) {
        throw new IllegalStateException(
            "Fetching the emulators failed: ./mvnw -f infra/emulators/pom.xml package");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run the Maven wrapper to fetch the emulators", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while fetching the emulators", e);
    }
  }

  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    }
  }

  /** Waits, with a bound, until the endpoint answers HTTP at all. */
  static void awaitHttp(URI uri, Duration timeout, Path log) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
        c.setConnectTimeout(500);
        c.setReadTimeout(1000);
        c.getResponseCode();
        c.disconnect();
        return;
      } catch (IOException notYet) {
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("Interrupted while waiting for " + uri, e);
        }
      }
    }
    throw new IllegalStateException(uri + " did not start within " + timeout + "; see " + log);
  }

  /** An S3 client for these emulators (path-style, dummy credentials). */
  public S3Client s3Client(
      software.amazon.awssdk.core.interceptor.ExecutionInterceptor... interceptors) {
    return s3Client(
        ClientOverrideConfiguration.builder().executionInterceptors(List.of(interceptors)).build());
  }

  /** An S3 client for these emulators with the given overrides (retries, interceptors). */
  public S3Client s3Client(ClientOverrideConfiguration config) {
    return S3Client.builder()
        .overrideConfiguration(config)
        .region(Region.US_EAST_1)
        .endpointOverride(s3)
        .forcePathStyle(true)
        .credentialsProvider(CREDENTIALS)
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  /** A DynamoDB client for these emulators (dummy credentials). */
  public DynamoDbClient dynamoClient(
      software.amazon.awssdk.core.interceptor.ExecutionInterceptor... interceptors) {
    return dynamoClient(
        ClientOverrideConfiguration.builder().executionInterceptors(List.of(interceptors)).build());
  }

  /** A DynamoDB client for these emulators with the given overrides (retries, interceptors). */
  public DynamoDbClient dynamoClient(ClientOverrideConfiguration config) {
    return DynamoDbClient.builder()
        .overrideConfiguration(config)
        .region(Region.US_EAST_1)
        .endpointOverride(dynamo)
        .credentialsProvider(CREDENTIALS)
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  public synchronized void stop() {
    onStop.run();
    for (Process p : processes) {
      p.destroy();
    }
    for (Process p : processes) {
      try {
        if (!p.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
