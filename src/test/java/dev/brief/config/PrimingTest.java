package dev.brief.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.app.ArticleIds;
import dev.brief.testutil.InMemoryPorts;
import dev.brief.testutil.InMemoryProfiles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** Priming at init runs the ingest path's reads and writes nothing. */
@QuarkusTest
@TestProfile(InMemoryProfiles.IngestPrimedAtInit.class)
class PrimingTest {
  @Test
  void startUp_primedReadsButWroteNothing() {
    // the dry GetObject of a key that does not exist, in the configured bucket
    assertThat(InMemoryPorts.SOURCE.keysRead).contains("brief-articles/__brief-priming__/none");
    // the sample article was analysed, serialised and looked up, but never stored
    String sampleId = ArticleIds.of("priming", "sample.txt");
    assertThat(InMemoryPorts.STORE.get(sampleId)).isEmpty();
    assertThat(InMemoryPorts.STORE.lastSequencer(sampleId)).isEmpty();
  }
}
