package dev.brief.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brief.core.Analyzer;
import dev.brief.core.SentenceSplitter;
import dev.brief.core.Span;
import dev.brief.core.SummaryLength;
import dev.brief.core.SummarySentence;
import dev.brief.core.UnsupportedContentException;
import dev.brief.testutil.RepoPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * {@code infra/bench/summary.sh [--bench DIR] [--out DIR] [--sets cnndm,bbc]}: runs Brief and
 * LEAD-k over the public evaluation sets, writes every summary one sentence per line, scores them
 * with {@link Rouge} and prints a Markdown table with 95% paired-bootstrap intervals.
 */
public final class SummaryBench {
  static final int BOOTSTRAP = 2000;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Analyzer CLEANER = Analyzer.standard();

  /** One article of a set. */
  record Item(String id, Path article, String reference, int k) {}

  /** Per-article scores of one system on one set. */
  record Run(String system, double[][] scores) {}

  private SummaryBench() {}

  public static void main(String[] args) throws Exception {
    Path bench = RepoPaths.root().resolve("../shared/bench").normalize();
    Path out = RepoPaths.root().resolve("target/bench");
    List<String> sets = List.of("cnndm", "bbc");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--bench" -> bench = Path.of(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--sets" -> sets = List.of(args[++i].split(","));
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Analyzer analyzer = Analyzer.standard();
    StringBuilder report = new StringBuilder();
    report.append("| set | system | ROUGE-1 | ROUGE-2 | ROUGE-Lsum |\n|---|---|---|---|---|\n");
    StringBuilder diffs = new StringBuilder();
    for (String set : sets) {
      List<Item> items = load(bench.resolve(set));
      Run lead = new Run("LEAD-k", new double[items.size()][]);
      Run brief = new Run("Brief", new double[items.size()][]);
      Run cleanLead = new Run("LEAD-k on Brief's cleaned sentences", new double[items.size()][]);
      long nanos = 0;
      for (int i = 0; i < items.size(); i++) {
        Item it = items.get(i);
        byte[] bytes = Files.readAllBytes(it.article());
        String text = new String(bytes, StandardCharsets.UTF_8);
        String leadText = String.join("\n", lead(text, it.k(), set.equals("bbc")));
        long t0 = System.nanoTime();
        String briefText = brief(analyzer, bytes, it);
        nanos += System.nanoTime() - t0;
        write(out.resolve(set).resolve("lead").resolve(file(it.id())), leadText);
        write(out.resolve(set).resolve("brief").resolve(file(it.id())), briefText);
        lead.scores()[i] = array(Rouge.score(it.reference(), leadText));
        cleanLead.scores()[i] = array(Rouge.score(it.reference(), cleanedLead(bytes, it)));
        brief.scores()[i] = array(Rouge.score(it.reference(), briefText));
      }
      for (Run r : List.of(lead, cleanLead, brief)) {
        double[] mean = mean(r.scores());
        report.append(
            String.format(
                Locale.ROOT,
                "| %s (n=%d) | %s | %.2f | %.2f | %.2f |%n",
                set,
                items.size(),
                r.system(),
                100 * mean[0],
                100 * mean[1],
                100 * mean[2]));
      }
      diffs.append(
          String.format(
              Locale.ROOT,
              "%s: Brief - LEAD-k, mean [95%% paired bootstrap CI], %d resamples:%n",
              set,
              BOOTSTRAP));
      String[] names = {"ROUGE-1", "ROUGE-2", "ROUGE-Lsum"};
      for (int m = 0; m < 3; m++) {
        double[] ci = bootstrapDiff(brief.scores(), lead.scores(), m);
        diffs.append(
            String.format(
                Locale.ROOT, "  %-10s %+.2f [%+.2f, %+.2f]%n", names[m], ci[0], ci[1], ci[2]));
      }
      diffs.append(
          String.format(
              Locale.ROOT,
              "  Brief analysis time: %.3f ms/article mean (single run, not a benchmark)%n",
              nanos / 1e6 / items.size()));
    }
    System.out.print(report);
    System.out.println();
    System.out.print(diffs);
    System.out.println("summaries written under " + out);
  }

  static List<Item> load(Path set) throws IOException {
    List<Item> items = new ArrayList<>();
    for (String line : Files.readAllLines(set.resolve("index.jsonl"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = MAPPER.readTree(line);
      String reference =
          Files.readString(set.resolve(n.get("summary_file").asText()), StandardCharsets.UTF_8);
      items.add(
          new Item(
              n.get("id").asText(),
              set.resolve(n.get("article_file").asText()),
              reference.strip(),
              n.get("k").asInt()));
    }
    return items;
  }

  /**
   * The first k sentences, split by Brief's splitter, without cleaning; BBC's title line is
   * skipped.
   */
  static List<String> lead(String text, int k, boolean titleFirst) {
    String body = text;
    if (titleFirst) {
      int nl = text.indexOf('\n');
      body = nl < 0 ? "" : text.substring(nl + 1);
    }
    List<String> out = new ArrayList<>();
    for (String paragraph : body.split("\n")) {
      for (Span s : SentenceSplitter.split(paragraph)) {
        if (out.size() == k) {
          return out;
        }
        out.add(paragraph.substring(s.start(), s.end()));
      }
    }
    return out;
  }

  private static String brief(Analyzer analyzer, byte[] bytes, Item it) {
    try {
      List<String> lines = new ArrayList<>();
      for (SummarySentence s :
          analyzer
              .analyse(bytes, "text/plain", it.id(), SummaryLength.sentences(it.k()))
              .summary()) {
        lines.add(s.text());
      }
      return String.join("\n", lines);
    } catch (UnsupportedContentException e) {
      return "";
    }
  }

  /** Ablation: the first k sentences Brief keeps after cleaning, whatever the ranking says. */
  private static String cleanedLead(byte[] bytes, Item it) {
    try {
      var doc =
          CLEANER.clean(new String(bytes, StandardCharsets.UTF_8), dev.brief.core.TextFormat.PLAIN);
      List<String> lines = new ArrayList<>();
      for (var s : doc.sentences()) {
        if (lines.size() == it.k()) {
          break;
        }
        lines.add(s.text());
      }
      return String.join("\n", lines);
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static double[] array(Rouge.Scores s) {
    return new double[] {s.r1(), s.r2(), s.rLsum()};
  }

  private static double[] mean(double[][] scores) {
    double[] m = new double[3];
    for (double[] s : scores) {
      for (int i = 0; i < 3; i++) {
        m[i] += s[i] / scores.length;
      }
    }
    return m;
  }

  /** Mean of (a - b) x100 on metric m, with the 2.5th and 97.5th percentiles of resampled means. */
  static double[] bootstrapDiff(double[][] a, double[][] b, int m) {
    int n = a.length;
    double[] d = new double[n];
    double mean = 0;
    for (int i = 0; i < n; i++) {
      d[i] = 100 * (a[i][m] - b[i][m]);
      mean += d[i] / n;
    }
    Random rnd = new Random(20251124L);
    double[] means = new double[BOOTSTRAP];
    for (int r = 0; r < BOOTSTRAP; r++) {
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += d[rnd.nextInt(n)];
      }
      means[r] = s / n;
    }
    Arrays.sort(means);
    return new double[] {
      mean, means[(int) (0.025 * BOOTSTRAP)], means[(int) (0.975 * BOOTSTRAP) - 1]
    };
  }

  private static String file(String id) {
    return id.replace('/', '_') + ".txt";
  }

  private static void write(Path p, String text) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, text + "\n", StandardCharsets.UTF_8);
  }

  static Map<String, Double> asMap(double[] m) {
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("r1", m[0]);
    out.put("r2", m[1]);
    out.put("rLsum", m[2]);
    return out;
  }
}
