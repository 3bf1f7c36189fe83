package dev.brief.bench;

import dev.brief.core.Analyzer;
import dev.brief.core.SummaryLength;
import dev.brief.testutil.RepoPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * {@code infra/bench/scaling.sh}: the whole analysis on synthetic long documents made by joining
 * CNN/DM sample articles (read at run time, never shipped; repeats made distinct so that cleaning
 * does not remove them) to 10 KB, 100 KB, 1 MB and 5 MB, single thread, after warm-up; median of 3
 * runs, time per KB, and the heap in use after the run.
 */
public final class ScalingBench {
  private ScalingBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = RepoPaths.root().resolve("../shared/bench/cnndm/articles").normalize();
    List<String> articles = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        articles.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    Analyzer analyzer = Analyzer.standard();
    for (int i = 0; i < 200; i++) {
      analyzer.analyse(
          articles.get(i % articles.size()).getBytes(StandardCharsets.UTF_8),
          "text/plain",
          "a.txt",
          SummaryLength.sentences(3));
    }
    System.out.println("| size | median time | time per KB | heap after |");
    System.out.println("|---|---|---|---|");
    for (int kb : new int[] {10, 100, 1024, 5 * 1024}) {
      StringBuilder doc = new StringBuilder("Long report\n\n");
      int i = 0;
      while (doc.length() < kb * 1024) {
        int copy = i / articles.size();
        String article = articles.get(i++ % articles.size());
        // later copies get a distinct first word in every sentence, so they are not duplicates
        doc.append(
                copy == 0 ? article : "R" + copy + " " + article.replace(". ", ". R" + copy + " "))
            .append("\n\n");
      }
      byte[] bytes = doc.toString().getBytes(StandardCharsets.UTF_8);
      List<Double> ms = new ArrayList<>();
      for (int run = 0; run < 3; run++) {
        long t0 = System.nanoTime();
        analyzer.analyse(bytes, "text/plain", "long.txt", SummaryLength.sentences(5));
        ms.add((System.nanoTime() - t0) / 1e6);
      }
      Collections.sort(ms);
      Runtime rt = Runtime.getRuntime();
      System.out.printf(
          Locale.ROOT,
          "| %d KB | %.0f ms | %.3f ms | %d MB |%n",
          kb,
          ms.get(1),
          ms.get(1) / kb,
          (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
    }
  }
}
