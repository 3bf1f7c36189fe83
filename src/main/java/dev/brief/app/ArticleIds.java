package dev.brief.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An article's id: the first 20 hex digits of SHA-256 over "bucket/key". Stable across versions, so
 * an overwritten object keeps its id and its result is replaced, not duplicated.
 */
public final class ArticleIds {
  private ArticleIds() {}

  public static String of(String bucket, String key) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest((bucket + "/" + key).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }

  /** True when the text has the shape of an id (so malformed ids are a 400, not a lookup). */
  public static boolean looksValid(String id) {
    return id != null && id.matches("[0-9a-f]{20}");
  }
}
