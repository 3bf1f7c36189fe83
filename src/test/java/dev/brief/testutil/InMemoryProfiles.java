package dev.brief.testutil;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.Set;

/** Quarkus test profiles that run one handler over the in-memory ports. */
public final class InMemoryProfiles {
  private InMemoryProfiles() {}

  /** The ingest handler with in-memory S3 and store. */
  public static final class Ingest implements QuarkusTestProfile {
    @Override
    public Set<Class<?>> getEnabledAlternatives() {
      return Set.of(InMemoryPorts.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.lambda.handler", "ingest", "brief.max-object-bytes", "100000");
    }
  }

  /** The ingest handler over the in-memory ports, priming at init. */
  public static final class IngestPrimedAtInit implements QuarkusTestProfile {
    @Override
    public Set<Class<?>> getEnabledAlternatives() {
      return Set.of(InMemoryPorts.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.lambda.handler",
          "ingest",
          "brief.prime-at-init",
          "true",
          "brief.bucket-name",
          "brief-articles");
    }
  }

  /** The query handler with an in-memory store. */
  public static final class Query implements QuarkusTestProfile {
    @Override
    public Set<Class<?>> getEnabledAlternatives() {
      return Set.of(InMemoryPorts.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.lambda.handler", "query");
    }
  }
}
