package dev.brief.testutil;

import dev.brief.app.ArticleSource;
import dev.brief.app.StoredObject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** An {@link ArticleSource} over a map, keyed by bucket and key; counts reads. */
public final class InMemoryArticleSource implements ArticleSource {
  private final Map<String, StoredObject> objects = new ConcurrentHashMap<>();
  public final AtomicInteger reads = new AtomicInteger();
  public final java.util.List<String> keysRead = new java.util.concurrent.CopyOnWriteArrayList<>();

  public void put(String bucket, String key, byte[] bytes, String contentType) {
    objects.put(
        bucket + "/" + key,
        new StoredObject(bytes, contentType, "etag-" + bytes.length, null, bytes.length));
  }

  public void remove(String bucket, String key) {
    objects.remove(bucket + "/" + key);
  }

  public void clear() {
    objects.clear();
    reads.set(0);
    keysRead.clear();
  }

  @Override
  public StoredObject fetch(String bucket, String key, String versionId, long maxBytes) {
    reads.incrementAndGet();
    keysRead.add(bucket + "/" + key);
    StoredObject o = objects.get(bucket + "/" + key);
    if (o == null) {
      throw new ObjectGoneException("no " + bucket + "/" + key);
    }
    if (o.size() > maxBytes) {
      throw new ObjectTooLargeException(o.size(), maxBytes);
    }
    return o;
  }
}
