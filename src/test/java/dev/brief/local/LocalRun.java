package dev.brief.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brief.testutil.EventJson;
import dev.brief.testutil.RepoPaths;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code infra/local/run.sh [--once] [--json] [--input DIR] [--port N]}: Brief's whole product path
 * on one machine, without AWS or Docker. Uploads every file of the input folder, delivers each S3
 * notification to the ingest function, prints each result, then serves the query API on localhost
 * and processes files copied into (or deleted from) the local bucket until stopped.
 */
public final class LocalRun {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private LocalRun() {}

  public static void main(String[] args) throws Exception {
    boolean once = false;
    boolean json = false;
    Path input = RepoPaths.seeds();
    int port = 8787;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--once" -> once = true;
        case "--json" -> json = true;
        case "--input" -> input = Path.of(args[++i]).toAbsolutePath();
        case "--port" -> port = Integer.parseInt(args[++i]);
        default -> {
          System.err.println(
              "usage: infra/local/run.sh [--once] [--json] [--input DIR] [--port N]");
          System.exit(2);
        }
      }
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream log = System.err;
    long t0 = System.nanoTime();
    log.println("brief: starting S3 and DynamoDB emulators and the two functions...");
    int failures = 0;
    try (LocalBrief brief = LocalBrief.start()) {
      log.printf(
          Locale.ROOT,
          "brief: S3 %s  DynamoDB %s  (ready in %.1f s)%n",
          brief.emulators.s3,
          brief.emulators.dynamo,
          (System.nanoTime() - t0) / 1e9);
      BucketWatcher watcher = new BucketWatcher(brief);
      List<Path> files;
      try (Stream<Path> s = Files.list(input)) {
        files =
            s.filter(Files::isRegularFile)
                .filter(p -> !p.getFileName().toString().startsWith("."))
                .sorted()
                .toList();
      }
      long t1 = System.nanoTime();
      List<LocalBrief.Upload> uploads = new ArrayList<>();
      for (Path f : files) {
        LocalBrief.Upload u = brief.upload(f, f.getFileName().toString());
        watcher.known(
            u.key(), brief.s3.headObject(b -> b.bucket(LocalBrief.BUCKET).key(u.key())).eTag());
        uploads.add(u);
      }
      double seconds = (System.nanoTime() - t1) / 1e9;
      for (LocalBrief.Upload u : uploads) {
        failures += print(brief, u, json, out) ? 0 : 1;
      }
      log.printf(
          Locale.ROOT,
          "brief: %d file(s) from %s processed in %.1f s (total %.1f s)%n",
          uploads.size(),
          input,
          seconds,
          (System.nanoTime() - t0) / 1e9);
      if (once) {
        System.exit(failures == 0 ? 0 : 1);
        return;
      }
      boolean jsonLines = json;
      try (LocalGateway gateway = new LocalGateway(brief.query, port)) {
        String base = "http://127.0.0.1:" + gateway.port();
        log.println("brief: the query API is at " + base + "  (Ctrl-C stops)");
        log.println("  curl " + base + "/articles");
        if (!uploads.isEmpty()) {
          log.println("  curl " + base + "/articles/" + uploads.get(0).articleId());
        }
        log.println("  curl '" + base + "/parties/Russia/stances'");
        log.println("  curl '" + base + "/issues/security%20guarantees/stances'");
        log.println("brief: drop files into the bucket, e.g.");
        log.println(
            "  AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local aws --region us-east-1 --endpoint-url "
                + brief.emulators.s3
                + " s3 cp article.txt s3://"
                + LocalBrief.BUCKET
                + "/");
        while (!brief.closing()) {
          try {
            watcher.poll(
                u -> print(brief, u, jsonLines, out),
                u ->
                    log.println(
                        "brief: deleted "
                            + u.key()
                            + " -> "
                            + (u.ingest().error()
                                ? "ERROR " + u.ingest().body()
                                : "results removed")));
          } catch (RuntimeException e) {
            if (brief.closing()) {
              return; // Ctrl-C or SIGTERM closed the emulators under this poll
            }
            throw e;
          }
          Thread.sleep(Duration.ofSeconds(1).toMillis());
        }
      }
    }
  }

  /** Prints one article's result; false when it is not DONE. */
  static boolean print(LocalBrief brief, LocalBrief.Upload u, boolean json, PrintStream out) {
    if (u.ingest().error()) {
      out.println(
          (json ? "" : "!! ") + u.key() + ": the ingest function failed: " + u.ingest().body());
      return false;
    }
    EventJson.HttpResponse r = brief.get("/articles/" + u.articleId(), null);
    if (json) {
      out.println(r.body());
    } else {
      try {
        out.print(table(MAPPER.readTree(r.body())));
      } catch (IOException e) {
        out.println(r.body());
      }
    }
    return r.status() == 200 && r.body().contains("\"status\":\"DONE\"");
  }

  static String table(JsonNode a) {
    StringBuilder b = new StringBuilder();
    b.append("\n== ").append(a.path("title").asText("(untitled)")).append('\n');
    b.append("   ").append(a.path("status").asText());
    if (a.has("reason")) {
      b.append(" (")
          .append(a.path("reason").asText())
          .append(": ")
          .append(a.path("message").asText())
          .append(')');
    }
    b.append("  id=")
        .append(a.path("id").asText())
        .append("  key=")
        .append(a.path("source").path("key").asText());
    JsonNode st = a.path("stats");
    if (!st.isMissingNode()) {
      b.append(
          String.format(
              Locale.ROOT,
              "  sentences=%d words=%d removed: boilerplate=%d duplicates=%d",
              st.path("sentences").asInt(),
              st.path("words").asInt(),
              st.path("removedBoilerplate").asInt(),
              st.path("removedDuplicates").asInt()));
    }
    b.append("\n\n   Summary\n");
    for (JsonNode s : a.path("summary")) {
      b.append("   [")
          .append(s.path("index").asInt())
          .append("] ")
          .append(s.path("text").asText())
          .append('\n');
    }
    b.append('\n');
    row(b, "party", "issue", "stance", "cue", "evidence");
    b.append("   ").append("-".repeat(93)).append('\n');
    for (JsonNode p : a.path("parties")) {
      String name = p.path("name").asText() + actors(p);
      if (p.path("stances").isEmpty()) {
        row(b, name, "-", "", "", "");
      }
      for (JsonNode s : p.path("stances")) {
        List<String> ev = new ArrayList<>();
        s.path("evidence").forEach(e -> ev.add("#" + e.asInt()));
        row(
            b,
            name,
            s.path("issue").asText(),
            s.path("stance").asText() + (s.path("conditional").asBoolean() ? " if" : ""),
            s.path("cue").asText(""),
            String.join(" ", ev));
      }
    }
    return b.toString();
  }

  /**
   * One line of the stance table: party | issue | stance | cue | evidence. A stance given only on a
   * condition reads "OPPOSE if".
   */
  private static void row(
      StringBuilder b, String party, String issue, String stance, String cue, String evidence) {
    b.append("   ")
        .append(
            String.format(
                Locale.ROOT,
                "%-22s | %-26s | %-10s | %-12s | %s",
                cut(party, 22),
                cut(issue, 26),
                stance,
                cue,
                evidence))
        .append('\n');
  }

  private static String actors(JsonNode party) {
    List<String> names = new ArrayList<>();
    party.path("actors").forEach(a -> names.add(a.path("name").asText()));
    return names.isEmpty() || party.path("kind").asText().equals("PERSON")
        ? ""
        : " (" + String.join(", ", names) + ")";
  }

  private static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
  }
}
