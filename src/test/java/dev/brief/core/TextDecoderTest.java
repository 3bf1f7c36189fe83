package dev.brief.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final String ACCENTED =
      "Zelensk\u00fd met Fran\u00e7ois in K\u00f8benhavn \u2014 \u201cwe agree\u201d.";

  @Test
  void decode_utf8WithBom_dropsTheBom() {
    byte[] body = ACCENTED.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);

    assertThat(TextDecoder.decode(bytes, null).text()).isEqualTo(ACCENTED);
  }

  @Test
  void decode_utf16WithBom_bothByteOrders() {
    assertThat(
            TextDecoder.decode(withBom(ACCENTED, StandardCharsets.UTF_16LE, 0xFF, 0xFE), null)
                .text())
        .isEqualTo(ACCENTED);
    assertThat(
            TextDecoder.decode(withBom(ACCENTED, StandardCharsets.UTF_16BE, 0xFE, 0xFF), null)
                .text())
        .isEqualTo(ACCENTED);
  }

  @Test
  void decode_windows1252_curlyQuotesAndAccents() {
    byte[] bytes = ACCENTED.getBytes(Charset.forName("windows-1252"));

    TextDecoder.Decoded d = TextDecoder.decode(bytes, null);

    assertThat(d.text()).isEqualTo(ACCENTED);
    assertThat(d.charset().name()).isEqualTo("windows-1252");
  }

  @Test
  void decode_latin1Declared_usesTheDeclaredCharset() {
    String text = "Caf\u00e9 na\u00efve \u00e0 la carte.";
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);

    assertThat(TextDecoder.decode(bytes, "ISO-8859-1").text()).isEqualTo(text);
  }

  @Test
  void decode_invalidUtf8InMostlyValidText_doesNotThrow() {
    byte[] bytes = "Talks resumed \u00e9 today.".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 3] = (byte) 0xC3; // a truncated two-byte sequence

    assertThat(TextDecoder.decode(bytes, null).text()).contains("Talks resumed");
  }

  @Test
  void decode_binaryFormats_areRejectedAsUnsupportedContent() {
    byte[][] binaries = {
      {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10},
      {'P', 'K', 3, 4, 20, 0, 0, 0},
      {'%', 'P', 'D', 'F', '-', '1', '.', '7'},
      {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}
    };
    for (byte[] b : binaries) {
      assertThatThrownBy(() -> TextDecoder.decode(b, null))
          .isInstanceOf(UnsupportedContentException.class)
          .extracting(e -> ((UnsupportedContentException) e).reason())
          .isEqualTo("unsupported-content");
    }
  }

  @Test
  void decode_randomBytes_areRejected() {
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);

    assertThatThrownBy(() -> TextDecoder.decode(noise, null))
        .isInstanceOf(UnsupportedContentException.class);
  }

  private static byte[] withBom(String s, Charset cs, int b0, int b1) {
    byte[] body = s.getBytes(cs);
    byte[] out = new byte[body.length + 2];
    out[0] = (byte) b0;
    out[1] = (byte) b1;
    System.arraycopy(body, 0, out, 2, body.length);
    return out;
  }
}
