package dev.brief.bench;

import dev.brief.app.ArticleIds;
import dev.brief.local.LocalBrief;
import dev.brief.testutil.Emulators;
import dev.brief.testutil.EventJson;
import dev.brief.testutil.LambdaFunction;
import dev.brief.testutil.RepoPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * {@code infra/bench/coldstart.sh [RUNS]}: starts the real function.zip under the Lambda Runtime
 * Interface Client (C1 only, as Lambda does) RUNS times per function against the local emulators,
 * and reports init (JVM launch to first poll for work), the first real invoke (ingest: S3 get +
 * analysis + DynamoDB transaction; query: DynamoDB read + JSON), warm invokes, and peak RSS.
 */
public final class ColdStart {
  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    List<String> flags = List.of(args);
    int runs = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 5;
    boolean primeAtInit = flags.contains("--prime-at-init");
    boolean warmup = !flags.contains("--no-warmup");
    Emulators e = Emulators.shared();
    try (var s3 = e.s3Client();
        var dynamo = e.dynamoClient()) {
      s3.createBucket(b -> b.bucket(LocalBrief.BUCKET));
      dynamo.createTable(dev.brief.aws.Table.createRequest(LocalBrief.TABLE));
      Path seed = RepoPaths.seeds().resolve("004_7240053c1a7ade5e.txt");
      Map<String, String> env = LocalBrief.functionEnv(e);
      env.put("BRIEF_BUCKET_NAME", LocalBrief.BUCKET);
      env.put("BRIEF_PRIME_AT_INIT", Boolean.toString(primeAtInit));
      env.put("BRIEF_WARMUP", Boolean.toString(warmup));
      Path work = Files.createTempDirectory("brief-coldstart");
      for (String handler : List.of("ingest", "query")) {
        List<Double> init = new ArrayList<>();
        List<Double> first = new ArrayList<>();
        List<Double> warm = new ArrayList<>();
        List<Double> rss = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
          env.put("QUARKUS_LAMBDA_HANDLER", handler);
          try (LambdaFunction f =
              LambdaFunction.start(handler + run, RepoPaths.functionZip(), env, work)) {
            init.add(f.initNanos(Duration.ofSeconds(60)) / 1e6);
            for (int i = 0; i < 21; i++) {
              String key = "cold/" + handler + "-" + run + "-" + i + ".txt";
              String event;
              if (handler.equals("ingest")) {
                var put =
                    s3.putObject(
                        b -> b.bucket(LocalBrief.BUCKET).key(key), RequestBody.fromFile(seed));
                event =
                    EventJson.created(
                        LocalBrief.BUCKET,
                        key,
                        Files.size(seed),
                        put.eTag(),
                        put.versionId(),
                        EventJson.nextSequencer());
              } else {
                event =
                    EventJson.httpRequest(
                        "GET",
                        "/articles/"
                            + ArticleIds.of(LocalBrief.BUCKET, "cold/ingest-0-" + i + ".txt"),
                        null,
                        Map.of());
              }
              LambdaFunction.Result r = f.invoke(event, Duration.ofSeconds(60));
              if (r.error()) {
                throw new IllegalStateException(handler + " failed: " + r.body());
              }
              (i == 0 ? first : warm).add(r.nanos() / 1e6);
            }
            rss.add(peakRssMb(f.pid()));
          }
        }
        System.out.printf(
            Locale.ROOT,
            "%-6s warmup=%s prime-at-init=%s runs=%d  init median %.0f ms (min %.0f, max %.0f)  first invoke median %.0f ms"
                + "  warm invoke median %.1f ms (p90 %.1f)  peak RSS median %.0f MB%n",
            handler,
            warmup,
            primeAtInit,
            runs,
            median(init),
            Collections.min(init),
            Collections.max(init),
            median(first),
            median(warm),
            percentile(warm, 0.9),
            median(rss));
      }
    }
    System.exit(0);
  }

  private static double peakRssMb(long pid) throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
      }
    }
    return -1;
  }

  private static double median(List<Double> xs) {
    return percentile(xs, 0.5);
  }

  private static double percentile(List<Double> xs, double p) {
    List<Double> s = new ArrayList<>(xs);
    Collections.sort(s);
    return s.get(Math.min(s.size() - 1, (int) Math.floor(p * s.size())));
  }
}
