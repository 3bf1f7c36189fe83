package dev.brief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefCliTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final BriefCli cli =
      new BriefCli(
          new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));
  @TempDir Path dir;

  private Path article(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void analyse_json_printsOneResultPerFileInTheApiSchema() throws Exception {
    Path a =
        article(
            "a.txt",
            "Rail strike\n\nDrivers rejected the offer. Ministers urged talks. Passengers waited.");
    Path b = article("b.txt", "Merger cleared\n\nRegulators approved the merger. Shares rose.");

    int code = cli.run(new String[] {"analyse", "--sentences", "2", a.toString(), b.toString()});

    assertThat(code).isZero();
    String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
    assertThat(lines).hasSize(2);
    JsonNode first = new ObjectMapper().readTree(lines[0]);
    assertThat(first.get("status").asText()).isEqualTo("DONE");
    assertThat(first.get("title").asText()).isEqualTo("Rail strike");
    assertThat(first.get("summary")).hasSize(2);
    assertThat(
            first.has("stats")
                && first.has("parties")
                && first.has("issues")
                && first.has("source"))
        .isTrue();
  }

  @Test
  void analyse_summaryFormat_isOneSentencePerLine() throws Exception {
    Path a =
        article("a.txt", "Drivers rejected the offer. Ministers urged talks. Passengers waited.");

    cli.run(new String[] {"analyse", "--format", "summary", "--sentences", "2", a.toString()});

    assertThat(out.toString(StandardCharsets.UTF_8).strip().split("\n")).hasSize(2);
  }

  @Test
  void analyse_manifest_writesEachSummaryToItsOutputPath() throws Exception {
    Path a = article("a.txt", "One thing happened. Another thing followed. A third closed it.");
    Path m = dir.resolve("batch.tsv");
    Files.writeString(
        m,
        "x1\t"
            + a
            + "\t1\t"
            + dir.resolve("out/x1.txt")
            + "\n"
            + "x2\t"
            + dir.resolve("missing.txt")
            + "\t2\t"
            + dir.resolve("out/x2.txt")
            + "\n");

    int code = cli.run(new String[] {"analyse", "--manifest", m.toString()});

    assertThat(Files.readString(dir.resolve("out/x1.txt")).strip().split("\n")).hasSize(1);
    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("x2").contains("unreadable");
  }

  @Test
  void analyse_binaryFile_isReportedAndExitsOne() throws Exception {
    Path png = dir.resolve("photo.txt");
    Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});

    int code = cli.run(new String[] {"analyse", png.toString()});

    assertThat(code).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("\"status\":\"REJECTED\"")
        .contains("unsupported-content");
  }

  @Test
  void badUsage_exitsTwoWithUsage() {
    assertThat(cli.run(new String[] {"analyse", "--sentences", "2", "--ratio", "0.3", "x"}))
        .isEqualTo(2);
    assertThat(cli.run(new String[] {"summarise"})).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
  }
}
