package dev.brief.aws;

import dev.brief.app.InvalidCursorException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Opaque pagination cursors: DynamoDB's LastEvaluatedKey (string attributes only), written as
 * base64url text. A cursor is only accepted for the query that issued it: its partition value must
 * equal the partition the query reads, so a tampered cursor cannot reach other data, and anything
 * malformed is an {@link InvalidCursorException} (a 400), never a DynamoDB error.
 */
final class Cursors {
  private static final char SEP = '\u001F';

  private Cursors() {}

  /** A CRC-32 of the cursor's content: a truncated or edited cursor is refused, not misread. */
  private static String checksum(String content) {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(content.getBytes(StandardCharsets.UTF_8));
    return Long.toHexString(crc.getValue());
  }

  static String encode(Map<String, AttributeValue> lastKey) {
    if (lastKey == null || lastKey.isEmpty()) {
      return null;
    }
    StringBuilder b = new StringBuilder("v1");
    lastKey.keySet().stream()
        .sorted()
        .forEach(
            name -> {
              String value = lastKey.get(name).s();
              b.append(SEP).append(name).append(SEP).append(value == null ? "" : value);
            });
    String sum = checksum(b.toString());
    b.append(SEP).append(sum);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The ExclusiveStartKey of {@code cursor}, checked against the query it is used for.
   *
   * @param partitionAttribute the attribute holding the queried partition
   * @param partitionValue the partition the query reads
   * @param expectedAttributes the exact key attributes a cursor for this query holds
   */
  static Map<String, AttributeValue> decode(
      String cursor,
      String partitionAttribute,
      String partitionValue,
      String... expectedAttributes) {
    if (cursor == null) {
      return null;
    }
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new InvalidCursorException("The pagination cursor is not valid.");
    }
    int last = text.lastIndexOf(SEP);
    if (last < 0 || !text.substring(last + 1).equals(checksum(text.substring(0, last)))) {
      throw new InvalidCursorException("The pagination cursor is not valid.");
    }
    String[] parts = text.substring(0, last).split(String.valueOf(SEP), -1);
    if (parts.length != 1 + 2 * expectedAttributes.length || !parts[0].equals("v1")) {
      throw new InvalidCursorException("The pagination cursor is not valid.");
    }
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    for (int i = 1; i < parts.length; i += 2) {
      if (parts[i + 1].isEmpty() || parts[i + 1].length() > 1024) {
        throw new InvalidCursorException("The pagination cursor is not valid.");
      }
      key.put(parts[i], AttributeValue.fromS(parts[i + 1]));
    }
    for (String a : expectedAttributes) {
      if (!key.containsKey(a)) {
        throw new InvalidCursorException("The pagination cursor is not valid.");
      }
    }
    if (!partitionValue.equals(key.get(partitionAttribute).s())) {
      throw new InvalidCursorException("The pagination cursor belongs to another query.");
    }
    return key;
  }
}
