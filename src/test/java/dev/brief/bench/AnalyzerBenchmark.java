package dev.brief.bench;

import dev.brief.core.Analysis;
import dev.brief.core.Analyzer;
import dev.brief.core.SummaryLength;
import dev.brief.core.SummarySentence;
import dev.brief.testutil.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time per article, single thread, after warm-up: the summary alone and the whole analysis
 * (cleaning + summary + parties + stances), over the seeds or the CNN/DM sample (read at run time
 * from ../shared/bench, never shipped). Run with {@code infra/bench/jmh.sh}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AnalyzerBenchmark {
  @Param({"cnndm", "seeds"})
  public String corpus;

  private final Analyzer analyzer = Analyzer.standard();
  private final SummaryLength three = SummaryLength.sentences(3);
  private List<byte[]> articles;
  private int next;

  @Setup(Level.Trial)
  public void load() throws IOException {
    Path dir =
        corpus.equals("seeds")
            ? RepoPaths.seeds()
            : RepoPaths.root().resolve("../shared/bench/cnndm/articles").normalize();
    articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        articles.add(Files.readAllBytes(p));
      }
    }
  }

  private byte[] nextArticle() {
    byte[] a = articles.get(next);
    next = (next + 1) % articles.size();
    return a;
  }

  @Benchmark
  public List<SummarySentence> summary() {
    return analyzer.summarise(nextArticle(), "text/plain", "a.txt", three);
  }

  @Benchmark
  public Analysis fullAnalysis() {
    return analyzer.analyse(nextArticle(), "text/plain", "a.txt", three);
  }
}
