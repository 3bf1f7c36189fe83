package dev.brief.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.local.LocalBrief;
import dev.brief.testutil.Emulators;
import dev.brief.testutil.LambdaFunction;
import dev.brief.testutil.RepoPaths;
import dev.brief.testutil.TempDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The harness that runs function.zip leaves no unzipped copy behind in the temp directory. */
class LambdaFunctionIT {

  @Test
  void closeDeletesTheUnzippedCodeAndKeepsTheLog() throws Exception {
    Emulators e = Emulators.shared();
    Path work = Files.createTempDirectory("brief-it");
    try {
      Map<String, String> env = LocalBrief.functionEnv(e);
      env.put("QUARKUS_LAMBDA_HANDLER", "query");
      LambdaFunction f = LambdaFunction.start("query", RepoPaths.functionZip(), env, work);
      Path task = f.taskRoot();
      f.initNanos(Duration.ofSeconds(60));
      assertThat(task.resolve("lib")).isDirectory();

      f.close();

      assertThat(task).doesNotExist();
      assertThat(f.log()).isRegularFile();
    } finally {
      TempDirs.delete(work);
    }
  }
}
