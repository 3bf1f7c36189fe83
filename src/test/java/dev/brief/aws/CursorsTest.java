package dev.brief.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.brief.app.InvalidCursorException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class CursorsTest {
  private static final Map<String, AttributeValue> KEY =
      Map.of(
          "pk",
          AttributeValue.fromS("ART#1"),
          "sk",
          AttributeValue.fromS("A"),
          "gsi1pk",
          AttributeValue.fromS("ARTICLES"),
          "gsi1sk",
          AttributeValue.fromS("2025#1"));

  @Test
  void roundTrip_returnsTheSameKey() {
    String c = Cursors.encode(KEY);

    assertThat(Cursors.decode(c, "gsi1pk", "ARTICLES", "pk", "sk", "gsi1pk", "gsi1sk"))
        .isEqualTo(KEY);
  }

  @Test
  void cursorForAnotherPartition_isInvalid() {
    String c = Cursors.encode(KEY);

    assertThatThrownBy(() -> Cursors.decode(c, "gsi1pk", "OTHER", "pk", "sk", "gsi1pk", "gsi1sk"))
        .isInstanceOf(InvalidCursorException.class);
  }

  @Test
  void editedCursor_isInvalidEvenInsideItsPartition() {
    String c = Cursors.encode(KEY);
    String text =
        new String(
            java.util.Base64.getUrlDecoder().decode(c), java.nio.charset.StandardCharsets.UTF_8);
    String edited =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                text.replace("2025#1", "2025#9").getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThatThrownBy(
            () -> Cursors.decode(edited, "gsi1pk", "ARTICLES", "pk", "sk", "gsi1pk", "gsi1sk"))
        .isInstanceOf(InvalidCursorException.class);
  }

  @Test
  void garbageAndTruncatedCursors_areInvalid() {
    String c = Cursors.encode(KEY);
    for (String bad : new String[] {"!!!", "dGVzdA", c.substring(0, c.length() / 2), "v1"}) {
      assertThatThrownBy(
              () -> Cursors.decode(bad, "gsi1pk", "ARTICLES", "pk", "sk", "gsi1pk", "gsi1sk"))
          .as(bad)
          .isInstanceOf(InvalidCursorException.class);
    }
  }
}
