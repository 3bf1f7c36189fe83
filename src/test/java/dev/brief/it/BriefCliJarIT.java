package dev.brief.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.testutil.RepoPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** target/brief-cli.jar as users run it: core only, no AWS SDK, no Quarkus. */
class BriefCliJarIT {
  private static final Path JAR = RepoPaths.root().resolve("target/brief-cli.jar");

  @Test
  void jar_holdsNoAwsSdkAndNoQuarkus() throws Exception {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      List<String> names = jar.stream().map(e -> e.getName()).toList();
      assertThat(names).contains("dev/brief/core/Analyzer.class", "dev/brief/cli/BriefCli.class");
      assertThat(names)
          .noneMatch(
              n ->
                  n.startsWith("software/amazon/")
                      || n.startsWith("io/quarkus/")
                      || n.startsWith("com/amazonaws/")
                      || n.startsWith("dev/brief/aws/")
                      || n.startsWith("dev/brief/handler/"));
    }
  }

  @Test
  void javaJar_analyseSummary_printsTheSummary() throws Exception {
    Path seed = RepoPaths.seeds().resolve("000_29237bb8e8796ad1.txt");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString(),
                "analyse",
                "--format",
                "summary",
                "--sentences",
                "2",
                seed.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(p.waitFor()).as(out).isZero();
    assertThat(out.strip().split("\n")).hasSize(2);
  }
}
