package dev.brief.testutil;

import dev.brief.app.ArticleSource;
import dev.brief.app.ResultStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Replaces the S3 and DynamoDB adapters with in-memory fakes in the Quarkus handler tests that
 * select it through a test profile ({@link InMemoryProfiles}), so those tests need no network.
 */
@Alternative
@ApplicationScoped
public class InMemoryPorts {
  public static final InMemoryArticleSource SOURCE = new InMemoryArticleSource();
  public static final InMemoryResultStore STORE = new InMemoryResultStore();

  @Produces
  @Singleton
  ArticleSource source() {
    return SOURCE;
  }

  @Produces
  @Singleton
  ResultStore store() {
    return STORE;
  }
}
