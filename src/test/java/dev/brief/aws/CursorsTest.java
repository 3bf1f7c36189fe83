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
