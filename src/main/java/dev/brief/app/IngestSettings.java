package dev.brief.app;

import dev.brief.core.SummaryLength;

/** Limits and defaults of the ingest use case. */
public record IngestSettings(long maxObjectBytes, SummaryLength summaryLength) {
  public static final long DEFAULT_MAX_OBJECT_BYTES = 5L * 1024 * 1024;

  public IngestSettings {
    if (maxObjectBytes < 1) {
      throw new IllegalArgumentException("maxObjectBytes must be positive, got " + maxObjectBytes);
    }
  }
}
