package dev.brief.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brief.local.LocalBrief;
import dev.brief.testutil.RepoPaths;
import dev.brief.testutil.TempDirs;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.paginators.ScanIterable;

/**
 * {@code infra/bench/load.sh [N]}: N uploads (default 1,000) of mixed good and bad files through
 * the local product path - S3 emulator, S3 notification, the real function.zip as the ingest
 * function, DynamoDB Local - one after another. Counts every outcome, checks that every object has
 * a final status in the table, and reports the time taken and the ingest JVM's peak RSS.
 */
public final class LoadRun {
  private LoadRun() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    List<byte[]> seeds = new ArrayList<>();
    try (var files = Files.list(RepoPaths.seeds())) {
      for (Path p : files.sorted().toList()) {
        seeds.add(Files.readAllBytes(p));
      }
    }
    Random rnd = new Random(42);
    Path dir = Files.createTempDirectory("brief-load");
    Map<String, Integer> planned = new TreeMap<>();
    List<Path> inputs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String kind;
      byte[] body;
      int r = i % 20;
      if (r < 13) {
        kind = "article";
        String seed = new String(seeds.get(i % seeds.size()), StandardCharsets.UTF_8);
        body = ("Bulletin " + i + "\n\n" + seed).getBytes(StandardCharsets.UTF_8);
      } else if (r == 13) {
        kind = "empty";
        body = new byte[0];
      } else if (r == 14) {
        kind = "whitespace";
        body = "  \n\t \n".getBytes(StandardCharsets.US_ASCII);
      } else if (r == 15) {
        kind = "png-named-txt";
        body =
            new byte[] {
              (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'
            };
      } else if (r == 16) {
        kind = "random-bytes";
        body = new byte[2048];
        rnd.nextBytes(body);
      } else if (r == 17) {
        kind = "windows-1252";
        body =
            ("Caf\u00e9 owners \u201cwelcomed\u201d the rate cut " + i + ". The union rejected it.")
                .getBytes(Charset.forName("windows-1252"));
      } else if (r == 18) {
        kind = "html";
        body =
            ("<html><head><title>Item "
                    + i
                    + "</title><script>x()</script></head><body><nav>Home</nav>"
                    + "<article><p>The council backed the plan on Monday.</p><p>Residents opposed it.</p></article>"
                    + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
      } else {
        kind = i % 200 == 19 ? "too-large" : "one-sentence";
        body =
            kind.equals("too-large")
                ? new byte[6 * 1024 * 1024]
                : "Only this.".getBytes(StandardCharsets.UTF_8);
        if (kind.equals("too-large")) {
          java.util.Arrays.fill(body, (byte) 'a');
        }
      }
      planned.merge(kind, 1, Integer::sum);
      Path f =
          dir.resolve(
              String.format(
                  Locale.ROOT, "%04d-%s.%s", i, kind, kind.equals("html") ? "html" : "txt"));
      Files.write(f, body);
      inputs.add(f);
    }
    ObjectMapper mapper = new ObjectMapper();
    Map<String, Integer> outcomes = new TreeMap<>();
    int errors = 0;
    try (LocalBrief brief = LocalBrief.start()) {
      long t0 = System.nanoTime();
      for (Path f : inputs) {
        LocalBrief.Upload u = brief.upload(f, "load/" + f.getFileName());
        if (u.ingest().error()) {
          errors++;
          continue;
        }
        JsonNode report = mapper.readTree(u.ingest().body()).get("outcomes");
        report
            .fields()
            .forEachRemaining(e -> outcomes.merge(e.getKey(), e.getValue().asInt(), Integer::sum));
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      Map<String, Integer> stored = new TreeMap<>();
      ScanIterable scan =
          brief.dynamo.scanPaginator(
              s ->
                  s.tableName(LocalBrief.TABLE)
                      .filterExpression("sk = :a AND begins_with(objectKey, :p)")
                      .expressionAttributeValues(
                          Map.of(
                              ":a",
                              AttributeValue.fromS("A"),
                              ":p",
                              AttributeValue.fromS("load/"))));
      scan.items()
          .forEach(
              item ->
                  stored.merge(
                      item.get("status").s()
                          + (item.containsKey("reason") ? "/" + item.get("reason").s() : ""),
                      1,
                      Integer::sum));
      long peakKb = peakRssKb(brief.ingest.pid());
      System.out.printf(
          Locale.ROOT,
          "uploads: %d in %.1f s (%.1f per second), function errors: %d%n",
          n,
          seconds,
          n / seconds,
          errors);
      System.out.println("planned inputs: " + planned);
      System.out.println("ingest outcomes: " + outcomes);
      System.out.println(
          "stored final statuses: "
              + stored
              + " (total "
              + stored.values().stream().mapToInt(Integer::intValue).sum()
              + ")");
      System.out.printf(Locale.ROOT, "ingest JVM peak RSS: %.0f MB%n", peakKb / 1024.0);
    } finally {
      TempDirs.delete(dir);
    }
  }

  private static long peakRssKb(long pid) throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }
}
