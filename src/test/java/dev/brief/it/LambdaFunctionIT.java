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

/**
 * The harness that runs function.zip: it leaves no unzipped copy behind in the temp directory, and
 * functions started together do not share the client's native library.
 */
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

  /**
   * Two functions started together (as the local run starts ingest and query) each load the
   * client's JNI library from their own task directory, not from one shared path in /tmp that the
   * other may be overwriting, and both come up.
   */
  @Test
  void functionsStartedTogetherEachLoadTheirOwnJniLibrary() throws Exception {
    Emulators e = Emulators.shared();
    Path work = Files.createTempDirectory("brief-it");
    Map<String, String> env = LocalBrief.functionEnv(e);
    env.put("QUARKUS_LAMBDA_HANDLER", "query");
    try (LambdaFunction a = LambdaFunction.start("query-a", RepoPaths.functionZip(), env, work);
        LambdaFunction b = LambdaFunction.start("query-b", RepoPaths.functionZip(), env, work)) {
      a.initNanos(Duration.ofSeconds(60));
      b.initNanos(Duration.ofSeconds(60));

      assertThat(a.taskRoot().resolve("libaws-lambda-jni.so")).isRegularFile();
      assertThat(b.taskRoot().resolve("libaws-lambda-jni.so")).isRegularFile();
      assertThat(Files.readString(a.log())).doesNotContain("Failed to load the native");
    } finally {
      TempDirs.delete(work);
    }
  }
}
