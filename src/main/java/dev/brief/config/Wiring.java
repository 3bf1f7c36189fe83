package dev.brief.config;

import dev.brief.app.ArticleSource;
import dev.brief.app.IngestService;
import dev.brief.app.IngestSettings;
import dev.brief.app.QueryService;
import dev.brief.app.ResultStore;
import dev.brief.aws.DynamoDbResultStore;
import dev.brief.aws.S3ArticleSource;
import dev.brief.core.Analyzer;
import dev.brief.core.SummaryLength;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Builds every object once per Lambda environment. Beans are created on first use, so the query
 * function never builds an S3 client. Tests replace the ports with in-memory fakes.
 */
@ApplicationScoped
public class Wiring {

  @Produces
  @Singleton
  S3Client s3(BriefConfig config) {
    S3ClientBuilder b =
        S3Client.builder()
            .region(region(config))
            .credentialsProvider(credentials())
            .httpClient(UrlConnectionHttpClient.create());
    config.s3Endpoint().ifPresent(uri -> b.endpointOverride(uri).forcePathStyle(true));
    return b.build();
  }

  @Produces
  @Singleton
  DynamoDbClient dynamo(BriefConfig config) {
    DynamoDbClientBuilder b =
        DynamoDbClient.builder()
            .region(region(config))
            .credentialsProvider(credentials())
            .httpClient(UrlConnectionHttpClient.create());
    config.dynamodbEndpoint().ifPresent(b::endpointOverride);
    return b.build();
  }

  @Produces
  @Singleton
  ArticleSource articleSource(S3Client s3) {
    return new S3ArticleSource(s3);
  }

  @Produces
  @Singleton
  ResultStore resultStore(DynamoDbClient dynamo, BriefConfig config) {
    return new DynamoDbResultStore(dynamo, config.tableName());
  }

  @Produces
  @Singleton
  Analyzer analyzer() {
    return Analyzer.standard();
  }

  @Produces
  @Singleton
  IngestService ingestService(
      ArticleSource source, ResultStore store, Analyzer analyzer, BriefConfig config) {
    SummaryLength length =
        config
            .summaryRatio()
            .map(SummaryLength::ratio)
            .orElseGet(() -> SummaryLength.sentences(config.summarySentences()));
    return new IngestService(
        source,
        store,
        analyzer,
        new IngestSettings(config.maxObjectBytes(), length),
        Clock.systemUTC());
  }

  @Produces
  @Singleton
  QueryService queryService(ResultStore store) {
    return new QueryService(store);
  }

  /**
   * Lambda hands the function its credentials in environment variables: reading them directly skips
   * building the default chain (profiles, web identity, containers, instance metadata) at start-up.
   * Elsewhere the default chain applies.
   */
  private static AwsCredentialsProvider credentials() {
    return System.getenv("AWS_ACCESS_KEY_ID") != null
        ? EnvironmentVariableCredentialsProvider.create()
        : DefaultCredentialsProvider.builder().build();
  }

  private static Region region(BriefConfig config) {
    String env = System.getenv("AWS_REGION");
    return Region.of(env != null && !env.isBlank() ? env : config.region());
  }
}
