package dev.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the layers honest by scanning imports: data flows handler -> app -> core / aws. */
class ArchitectureTest {
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);
  private static final Path MAIN =
      Path.of(System.getProperty("repo.root", ".")).resolve("src/main/java/dev/brief");

  private static List<String> violations(String layer, String... allowedPrefixes)
      throws IOException {
    List<String> bad = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN.resolve(layer))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = IMPORT.matcher(Files.readString(f));
        while (m.find()) {
          String imported = m.group(1);
          boolean ok = false;
          for (String prefix : allowedPrefixes) {
            ok |= imported.startsWith(prefix);
          }
          if (!ok) {
            bad.add(f.getFileName() + " imports " + imported);
          }
        }
      }
    }
    return bad;
  }

  @Test
  void core_importsOnlyTheJdkAndJsoup() throws IOException {
    assertThat(violations("core", "java.", "org.jsoup.", "dev.brief.core.")).isEmpty();
  }

  @Test
  void app_isFrameworkFree() throws IOException {
    assertThat(violations("app", "java.", "dev.brief.core.", "dev.brief.app.")).isEmpty();
  }

  @Test
  void cli_usesNoAwsOrQuarkus() throws IOException {
    assertThat(violations("cli", "java.", "dev.brief.core.", "dev.brief.app.", "dev.brief.json."))
        .isEmpty();
  }

  @Test
  void onlyTheAwsPackageTalksToTheSdkClients() throws IOException {
    List<String> bad = new ArrayList<>();
    for (String layer : List.of("core", "app", "handler", "cli", "json")) {
      try (Stream<Path> files = Files.walk(MAIN.resolve(layer))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          if (Files.readString(f).contains("import software.amazon.awssdk.services")) {
            bad.add(f.getFileName() + " uses an AWS service client");
          }
        }
      }
    }
    assertThat(bad).isEmpty();
  }
}
