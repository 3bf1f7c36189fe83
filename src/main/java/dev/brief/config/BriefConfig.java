package dev.brief.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.util.Optional;

/**
 * Brief's settings, from application.properties or the environment ({@code BRIEF_TABLE_NAME},
 * {@code BRIEF_MAX_OBJECT_BYTES}, {@code BRIEF_SUMMARY_SENTENCES}, ...). template.yaml sets them
 * per function.
 */
@ConfigMapping(prefix = "brief")
public interface BriefConfig {
  /** The DynamoDB table of results. */
  String tableName();

  /** Objects larger than this are REJECTED as too-large without being read. */
  @WithDefault("5242880")
  long maxObjectBytes();

  /** Summary length in sentences (used when no ratio is set). */
  @WithDefault("3")
  int summarySentences();

  /** Summary length as a share of the article's sentences, in (0, 1]; overrides sentences. */
  Optional<Double> summaryRatio();

  /** The AWS region when AWS_REGION is not set (Lambda always sets it). */
  @WithDefault("us-east-1")
  String region();

  /** An S3 endpoint for emulators (S3Proxy, S3Mock, LocalStack); unset on AWS. */
  Optional<URI> s3Endpoint();

  /** A DynamoDB endpoint for emulators (DynamoDB Local, LocalStack); unset on AWS. */
  Optional<URI> dynamodbEndpoint();

  /** The articles bucket, used only by priming's dry read (ingest learns buckets from events). */
  Optional<String> bucketName();

  /**
   * Also run priming at init (it always runs in SnapStart's beforeCheckpoint hook): for deployments
   * without SnapStart, and for measuring locally.
   */
  @WithDefault("false")
  boolean primeAtInit();
}
