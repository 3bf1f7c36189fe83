package dev.brief.testutil;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Runs the real {@code function.zip} the way Lambda's Java runtime does: unzipped into a task
 * directory, started by the AWS Lambda Runtime Interface Client in its own JVM (C1-only, as Lambda
 * starts it), polling a Runtime API that this class serves on loopback. Invocations are queued and
 * answered one at a time, like one Lambda execution environment.
 */
public final class LambdaFunction implements AutoCloseable {
  static final String HANDLER = "dev.brief.handler.StreamHandler::handleRequest";
  private static final String API = "/2018-06-01/runtime";

  /** What an invocation returned: the response or error payload, and how long it took. */
  public record Result(boolean error, String body, long nanos) {}

  private record Invocation(String id, String payload, long queuedNanos) {}

  private final String name;
  private final HttpServer server;
  private final BlockingQueue<Invocation> queue = new LinkedBlockingQueue<>();
  private final Map<String, CompletableFuture<Result>> inflight = new ConcurrentHashMap<>();
  private final Map<String, Long> started = new ConcurrentHashMap<>();
  private final CompletableFuture<Long> ready = new CompletableFuture<>();
  private final long launchedNanos;
  private final Path log;
  private final Path task;
  private Process process;

  static {
    // Without TCP_NODELAY every small Runtime API exchange waits on delayed ACKs (~40 ms each),
    // which would be charged to the function's invoke time.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private LambdaFunction(String name, Path log, Path task) throws IOException {
    this.name = name;
    this.log = log;
    this.task = task;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "runtime-api-" + name);
              t.setDaemon(true);
              return t;
            }));
    server.createContext(API, this::serve);
    server.start();
    this.launchedNanos = System.nanoTime();
  }

  /**
   * Unzips {@code functionZip} and starts it.
   *
   * @param env the function's environment (QUARKUS_LAMBDA_HANDLER, BRIEF_*, ...)
   */
  public static LambdaFunction start(
      String name, Path functionZip, Map<String, String> env, Path workDir) throws IOException {
    Path root = RepoPaths.root();
    Path ric = root.resolve("infra/emulators/target/ric");
    Emulators.fetch(root, root.resolve("infra/emulators/target"));
    Path task = workDir.resolve("task-" + name);
    unzip(functionZip, task);
    LambdaFunction f = new LambdaFunction(name, workDir.resolve(name + ".log"), task);
    Path jni = unpackJni(ric, task);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd =
        new ArrayList<>(
            List.of(
                java,
                "-D" + JNI_PROPERTY + "=" + jni,
                "-XX:+TieredCompilation",
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "-XX:+UseSerialGC",
                "-XX:MaxRAM=" + memoryMb(env) + "m",
                "-cp",
                ric
                    + File.separator
                    + "*"
                    + File.pathSeparator
                    + task
                    + File.pathSeparator
                    + task.resolve("lib")
                    + File.separator
                    + "*",
                "com.amazonaws.services.lambda.runtime.api.client.AWSLambda",
                HANDLER));
    ProcessBuilder pb =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(f.log.toFile());
    pb.environment().putAll(env);
    pb.environment().put("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:" + f.server.getAddress().getPort());
    pb.environment().put("AWS_LAMBDA_FUNCTION_NAME", "brief-" + name);
    pb.environment().put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
    pb.environment().put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(memoryMb(env)));
    pb.environment().put("LAMBDA_TASK_ROOT", task.toString());
    pb.environment().put("_HANDLER", HANDLER);
    f.process = pb.start();
    return f;
  }

  /**
   * The function's memory size: {@code AWS_LAMBDA_FUNCTION_MEMORY_SIZE} from its environment, else
   * the template's sizes (ingest 1,024 MB, query 512 MB). The JVM sees it as its RAM, as on Lambda,
   * and sizes its default heap from it (a quarter).
   */
  static int memoryMb(Map<String, String> env) {
    String configured = env.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE");
    if (configured != null) {
      return Integer.parseInt(configured);
    }
    return "query".equals(env.get("QUARKUS_LAMBDA_HANDLER")) ? 512 : 1024;
  }

  /** Invokes the function with {@code payload} and waits, with a bound, for its answer. */
  public Result invoke(String payload, Duration timeout) {
    String id = UUID.randomUUID().toString();
    CompletableFuture<Result> result = new CompletableFuture<>();
    inflight.put(id, result);
    queue.add(new Invocation(id, payload, System.nanoTime()));
    try {
      return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "brief-"
              + name
              + " did not answer within "
              + timeout
              + "; see "
              + log
              + (process.isAlive()
                  ? ""
                  : " (the process exited with " + process.exitValue() + ")"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      inflight.remove(id);
    }
  }

  /** Nanoseconds from launching the JVM to its first poll for work (Lambda's init phase). */
  public long initNanos(Duration timeout) {
    try {
      return ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS) - launchedNanos;
    } catch (Exception e) {
      throw new IllegalStateException("brief-" + name + " never became ready; see " + log, e);
    }
  }

  public long pid() {
    return process.pid();
  }

  public Path log() {
    return log;
  }

  /** Where the function.zip was unzipped; {@link #close()} deletes it and keeps the log. */
  public Path taskRoot() {
    return task;
  }

  private void serve(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath().substring(API.length());
    try (x) {
      if (path.equals("/invocation/next") && x.getRequestMethod().equals("GET")) {
        ready.complete(System.nanoTime());
        Invocation inv;
        try {
          inv = queue.take();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        started.put(inv.id(), inv.queuedNanos());
        x.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", inv.id());
        x.getResponseHeaders()
            .add("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 900_000));
        x.getResponseHeaders()
            .add(
                "Lambda-Runtime-Invoked-Function-Arn",
                "arn:aws:lambda:us-east-1:000000000000:function:brief-" + name);
        x.getResponseHeaders()
            .add("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000");
        x.getResponseHeaders().add("Content-Type", "application/json");
        send(x, 200, inv.payload());
        return;
      }
      String body = read(x.getRequestBody());
      if (path.startsWith("/invocation/")
          && (path.endsWith("/response") || path.endsWith("/error"))) {
        String id = path.substring("/invocation/".length(), path.lastIndexOf('/'));
        Long queued = started.remove(id);
        CompletableFuture<Result> f = inflight.get(id);
        if (f != null) {
          f.complete(
              new Result(
                  path.endsWith("/error"),
                  body,
                  System.nanoTime() - (queued == null ? 0 : queued)));
        }
        send(x, 202, "{\"status\":\"OK\"}");
        return;
      }
      if (path.equals("/init/error")) {
        ready.completeExceptionally(new IllegalStateException("init error: " + body));
        send(x, 202, "{\"status\":\"OK\"}");
        return;
      }
      send(x, 404, "{\"errorMessage\":\"unknown runtime API path\"}");
    }
  }

  private static String read(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }

  private static void send(HttpExchange x, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(bytes);
    }
  }

  /**
   * The client's system property naming its JNI library. Unset, the client copies the library to
   * one fixed path in /tmp and loads it from there, so two functions starting together (ingest and
   * query in the local run) can overwrite each other's copy mid-load and one fails to start.
   */
  static final String JNI_PROPERTY =
      "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI";

  /**
   * Copies the Runtime Interface Client's JNI library for this machine (glibc or musl, x86-64 or
   * ARM) out of its jar in {@code ric} into {@code task}, so that each function loads its own copy.
   */
  static Path unpackJni(Path ric, Path task) throws IOException {
    String arch = System.getProperty("os.arch");
    String cpu = arch.equals("aarch64") || arch.equals("arm64") ? "aarch_64" : "x86_64";
    boolean musl;
    try (var libs = Files.list(Path.of("/lib"))) {
      musl = libs.anyMatch(p -> p.getFileName().toString().startsWith("ld-musl-"));
    } catch (IOException | java.io.UncheckedIOException e) {
      musl = false;
    }
    String entry = "jni/libaws-lambda-jni.linux" + (musl ? "_musl-" : "-") + cpu + ".so";
    Path jar;
    try (var jars = Files.list(ric)) {
      jar =
          jars.filter(
                  p -> p.getFileName().toString().startsWith("aws-lambda-java-runtime-interface"))
              .findFirst()
              .orElseThrow(() -> new IOException("no runtime interface client jar in " + ric));
    }
    Path out = task.resolve("libaws-lambda-jni.so");
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
      ZipEntry e = zip.getEntry(entry);
      if (e == null) {
        throw new IOException(jar + " has no " + entry);
      }
      try (InputStream in = zip.getInputStream(e)) {
        Files.copy(in, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return out;
  }

  static void unzip(Path zip, Path target) throws IOException {
    Files.createDirectories(target);
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        Path out = target.resolve(e.getName()).normalize();
        if (!out.startsWith(target)) {
          throw new IOException("Zip entry outside the target: " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(in, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /**
   * Stops the function's JVM and deletes its unzipped code (about 90 MB); the log stays, as the
   * error messages point to it.
   */
  @Override
  public void close() {
    if (process != null) {
      process.destroy();
      try {
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    server.stop(0);
    TempDirs.delete(task);
  }
}
