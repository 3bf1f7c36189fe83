package dev.brief.app;

/** Reads article objects (S3 in production, an in-memory map in tests). */
public interface ArticleSource {
  /**
   * Reads an object, never more than {@code maxBytes}.
   *
   * @param versionId the version to read, or null for the current one
   * @throws ObjectTooLargeException when the object is larger than {@code maxBytes}
   * @throws ObjectGoneException when the object or version no longer exists
   */
  StoredObject fetch(String bucket, String key, String versionId, long maxBytes);

  /** The object is larger than the configured cap. */
  final class ObjectTooLargeException extends RuntimeException {
    private final long size;

    public ObjectTooLargeException(long size, long cap) {
      super("The object is " + size + " bytes; the limit is " + cap + " bytes.");
      this.size = size;
    }

    public long size() {
      return size;
    }
  }

  /** The object or version was deleted or replaced before it could be read. */
  final class ObjectGoneException extends RuntimeException {
    public ObjectGoneException(String message) {
      super(message);
    }
  }
}
