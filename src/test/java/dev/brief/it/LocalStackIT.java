package dev.brief.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.app.ArticleIds;
import dev.brief.app.IngestService;
import dev.brief.app.IngestSettings;
import dev.brief.app.ObjectEvent;
import dev.brief.app.QueryService;
import dev.brief.aws.DynamoDbResultStore;
import dev.brief.aws.S3ArticleSource;
import dev.brief.aws.Table;
import dev.brief.core.Analyzer;
import dev.brief.core.SummaryLength;
import dev.brief.testutil.Emulators;
import dev.brief.testutil.LocalStackSupport;
import dev.brief.testutil.RepoPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The ingest and query path on LocalStack (Testcontainers). Opt-in with AWS_EMULATORS=localstack,
 * which also moves every other *IT onto LocalStack; skipped, with the reason printed, elsewhere.
 */
class LocalStackIT {
  @BeforeEach
  void requireLocalStack() {
    String reason = LocalStackSupport.unavailableReason();
    if (reason != null) {
      System.out.println("LocalStackIT skipped: " + reason);
    }
    Assumptions.assumeTrue(reason == null, reason);
  }

  @Test
  void seeds_ingestAndQueryOnLocalStack() throws Exception {
    Emulators e = Emulators.shared();
    S3Client s3 = e.s3Client();
    DynamoDbClient dynamo = e.dynamoClient();
    s3.createBucket(b -> b.bucket("brief-ls"));
    dynamo.createTable(Table.createRequest("brief-ls"));
    DynamoDbResultStore store = new DynamoDbResultStore(dynamo, "brief-ls");
    IngestService ingest =
        new IngestService(
            new S3ArticleSource(s3),
            store,
            Analyzer.standard(),
            new IngestSettings(IngestSettings.DEFAULT_MAX_OBJECT_BYTES, SummaryLength.sentences(3)),
            Clock.systemUTC());

    int n = 0;
    try (var files = Files.list(RepoPaths.seeds())) {
      for (Path f : files.sorted().toList()) {
        String key = f.getFileName().toString();
        s3.putObject(b -> b.bucket("brief-ls").key(key), RequestBody.fromFile(f));
        var outcome =
            ingest.handle(
                new ObjectEvent(
                    ObjectEvent.Type.CREATED,
                    "brief-ls",
                    key,
                    null,
                    String.format("%016X", ++n),
                    Files.size(f),
                    null));
        assertThat(outcome).isEqualTo(IngestService.Outcome.DONE);
        assertThat(new QueryService(store).article(ArticleIds.of("brief-ls", key))).isPresent();
      }
    }
    assertThat(new QueryService(store).articles("10", null).items()).hasSize(n);
  }
}
