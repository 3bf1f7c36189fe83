package dev.brief.cli;

import dev.brief.app.ArticleIds;
import dev.brief.app.ArticleResult;
import dev.brief.app.SourceRef;
import dev.brief.app.Status;
import dev.brief.core.Analyzer;
import dev.brief.core.SummaryLength;
import dev.brief.core.SummarySentence;
import dev.brief.core.UnsupportedContentException;
import dev.brief.json.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Brief without AWS: {@code analyse [--sentences N | --ratio R | --words W] [--format json|summary]
 * [--out DIR] [--manifest FILE] PATH...}. Prints one JSON result per file (the API's schema) or the
 * summary one sentence per line; with {@code --manifest} it summarises a TSV batch of {@code id,
 * article path, sentence count, output path} in one JVM.
 *
 * <p>Exit codes: 0 all files analysed, 1 some file rejected or unreadable, 2 bad usage.
 */
public final class BriefCli {
  static final String USAGE =
      "usage: brief analyse [--sentences N | --ratio R | --words W] [--format json|summary]"
          + " [--out DIR] [--manifest FILE] PATH...";

  private final PrintStream out;
  private final PrintStream err;
  private final Analyzer analyzer = Analyzer.standard();

  BriefCli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    int code = new BriefCli(out, System.err).run(args);
    out.flush();
    System.exit(code);
  }

  int run(String[] args) {
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("brief: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    try {
      if (o.outDir != null) {
        Files.createDirectories(o.outDir);
      }
      return o.manifest != null ? manifest(o) : files(o);
    } catch (IOException e) {
      err.println("brief: " + e.getMessage());
      return 1;
    }
  }

  private int files(Options o) throws IOException {
    int code = 0;
    for (Path path : o.paths) {
      ArticleResult result = analyse(path, o.length, !o.summaryFormat);
      if (result.status() != Status.DONE) {
        code = 1;
        err.println(
            "brief: "
                + path
                + ": "
                + result.status()
                + " "
                + result.reason()
                + ": "
                + result.message());
      }
      String text = o.summaryFormat ? summaryText(result.summary()) : Json.write(result) + "\n";
      if (o.outDir != null) {
        String name = path.getFileName().toString().replaceAll("\\.[^.]*$", "");
        Files.writeString(
            o.outDir.resolve(name + (o.summaryFormat ? ".txt" : ".json")),
            text,
            StandardCharsets.UTF_8);
      } else {
        out.print(text);
      }
    }
    return code;
  }

  private int manifest(Options o) throws IOException {
    int code = 0;
    int lineNo = 0;
    for (String line : Files.readAllLines(o.manifest, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 4) {
        err.println("brief: " + o.manifest + ":" + lineNo + ": expected 4 tab-separated fields");
        code = 1;
        continue;
      }
      SummaryLength length;
      try {
        length = SummaryLength.sentences(Integer.parseInt(f[2].strip()));
      } catch (IllegalArgumentException e) {
        err.println("brief: " + o.manifest + ":" + lineNo + ": bad sentence count '" + f[2] + "'");
        code = 1;
        continue;
      }
      ArticleResult result = analyse(Path.of(f[1]), length, false);
      if (result.status() != Status.DONE) {
        err.println("brief: " + f[0] + ": " + result.reason() + ": " + result.message());
        code = 1;
      }
      Path target = Path.of(f[3]);
      if (target.getParent() != null) {
        Files.createDirectories(target.getParent());
      }
      Files.writeString(target, summaryText(result.summary()), StandardCharsets.UTF_8);
    }
    return code;
  }

  /**
   * The file's result; with {@code full} false only the summary is computed (no parties or
   * stances), for the summary and batch modes, which print nothing else.
   */
  private ArticleResult analyse(Path path, SummaryLength length, boolean full) {
    String now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    String id = ArticleIds.of("local", path.toString());
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      return ArticleResult.notDone(
          id,
          new SourceRef(null, path.toString(), null, null, null, null),
          Status.REJECTED,
          "unreadable",
          "Cannot read the file: " + e.getMessage(),
          now);
    }
    SourceRef source = new SourceRef(null, path.toString(), null, null, (long) bytes.length, null);
    if (bytes.length == 0) {
      return ArticleResult.notDone(id, source, Status.REJECTED, "empty", "The file is empty.", now);
    }
    try {
      String name = path.getFileName().toString();
      if (!full) {
        List<SummarySentence> summary = analyzer.summarise(bytes, null, name, length);
        return ArticleResult.summaryOnly(id, source, summary, now);
      }
      return ArticleResult.done(id, source, analyzer.analyse(bytes, null, name, length), now);
    } catch (UnsupportedContentException e) {
      return ArticleResult.notDone(id, source, Status.REJECTED, e.reason(), e.getMessage(), now);
    }
  }

  private static String summaryText(List<SummarySentence> summary) {
    StringBuilder b = new StringBuilder();
    for (SummarySentence s : summary) {
      b.append(s.text().replace('\n', ' ')).append('\n');
    }
    return b.toString();
  }

  /** Parsed command line. */
  static final class Options {
    SummaryLength length = SummaryLength.sentences(3);
    boolean summaryFormat;
    Path outDir;
    Path manifest;
    final List<Path> paths = new ArrayList<>();

    static Options parse(String[] args) {
      Options o = new Options();
      if (args.length == 0 || !args[0].equals("analyse") && !args[0].equals("analyze")) {
        throw new IllegalArgumentException("the only command is 'analyse'");
      }
      boolean lengthSet = false;
      for (int i = 1; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--sentences", "--ratio", "--words" -> {
            if (lengthSet) {
              throw new IllegalArgumentException("give one of --sentences, --ratio, --words");
            }
            lengthSet = true;
            String v = value(args, ++i, a);
            try {
              o.length =
                  switch (a) {
                    case "--sentences" -> SummaryLength.sentences(Integer.parseInt(v));
                    case "--words" -> SummaryLength.words(Integer.parseInt(v));
                    default -> SummaryLength.ratio(Double.parseDouble(v));
                  };
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException(a + " needs a number, got '" + v + "'");
            }
          }
          case "--format" -> {
            String v = value(args, ++i, a);
            if (!v.equals("json") && !v.equals("summary")) {
              throw new IllegalArgumentException("--format is json or summary, got '" + v + "'");
            }
            o.summaryFormat = v.equals("summary");
          }
          case "--out" -> o.outDir = Path.of(value(args, ++i, a));
          case "--manifest" -> o.manifest = Path.of(value(args, ++i, a));
          default -> {
            if (a.startsWith("--")) {
              throw new IllegalArgumentException("unknown option " + a);
            }
            o.paths.add(Path.of(a));
          }
        }
      }
      if (o.paths.isEmpty() && o.manifest == null) {
        throw new IllegalArgumentException("no files given");
      }
      return o;
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }
  }
}
