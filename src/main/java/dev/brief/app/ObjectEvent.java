package dev.brief.app;

/**
 * One S3 event record, reduced to what Brief needs. The key is already URL-decoded.
 *
 * @param sequencer S3's ordering token for events on the same key (hex), may be null
 */
public record ObjectEvent(
    Type type,
    String bucket,
    String key,
    String versionId,
    String sequencer,
    Long size,
    String etag) {
  /** What happened to the object. */
  public enum Type {
    CREATED,
    REMOVED
  }

  public ObjectEvent {
    if (type == null || bucket == null || bucket.isBlank() || key == null || key.isEmpty()) {
      throw new IllegalArgumentException("an S3 event record needs a type, a bucket and a key");
    }
  }
}
