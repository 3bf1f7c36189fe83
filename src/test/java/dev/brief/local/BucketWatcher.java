package dev.brief.local;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * What S3 event notifications do on AWS, for the local bucket: polls the bucket and reports objects
 * that appeared or changed, and objects that were deleted.
 */
final class BucketWatcher {
  private final LocalBrief brief;
  private final Map<String, String> seen = new HashMap<>();

  BucketWatcher(LocalBrief brief) {
    this.brief = brief;
  }

  /** Records an object Brief itself uploaded and notified about. */
  void known(String key, String etag) {
    seen.put(key, etag);
  }

  /** One poll: calls {@code onChange} with a line describing each event delivered. */
  void poll(Consumer<LocalBrief.Upload> onCreated, Consumer<LocalBrief.Upload> onRemoved) {
    Set<String> present = new HashSet<>();
    for (S3Object o :
        brief.s3.listObjectsV2Paginator(b -> b.bucket(LocalBrief.BUCKET)).contents()) {
      present.add(o.key());
      String before = seen.get(o.key());
      if (!o.eTag().equals(before)) {
        seen.put(o.key(), o.eTag());
        String version =
            brief.s3.headObject(b -> b.bucket(LocalBrief.BUCKET).key(o.key())).versionId();
        onCreated.accept(brief.notifyCreated(o.key(), o.size(), o.eTag(), version));
      }
    }
    for (String key : new HashSet<>(seen.keySet())) {
      if (!present.contains(key)) {
        seen.remove(key);
        onRemoved.accept(brief.notifyRemoved(key, null));
      }
    }
  }
}
