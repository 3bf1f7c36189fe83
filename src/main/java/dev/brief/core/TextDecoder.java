package dev.brief.core;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns an object's bytes into text: rejects binary data, honours byte-order marks and a declared
 * charset, accepts valid UTF-8, and falls back to Windows-1252 (a superset of ISO-8859-1's
 * printable range) for legacy single-byte files. Never throws on malformed bytes: they become
 * U+FFFD.
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /** The decoded text and the charset that was used. */
  public record Decoded(String text, Charset charset) {}

  public static Decoded decode(byte[] bytes, String declaredCharset) {
    rejectBinary(bytes);
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(lenient(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
    }
    Charset utf16 = sniffBomlessUtf16(bytes);
    if (utf16 != null) {
      return new Decoded(lenient(bytes, 0, utf16), utf16);
    }
    if (isValidUtf8(bytes)) {
      return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    Charset declared = charsetOrNull(declaredCharset);
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      return new Decoded(lenient(bytes, 0, declared), declared);
    }
    return new Decoded(lenient(bytes, 0, WINDOWS_1252), WINDOWS_1252);
  }

  /** Throws {@link UnsupportedContentException} for images, archives, PDFs and other binaries. */
  static void rejectBinary(byte[] b) {
    String magic = magic(b);
    if (magic != null) {
      throw new UnsupportedContentException(
          "unsupported-content", "The object is a " + magic + " file, not a text article.");
    }
    if (startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF) || sniffBomlessUtf16(b) != null) {
      return;
    }
    int n = Math.min(b.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        throw new UnsupportedContentException(
            "unsupported-content", "The object holds NUL bytes: it is binary, not a text article.");
      }
      if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) {
        control++;
      }
    }
    if (n > 0 && control * 100 / n > 5) {
      throw new UnsupportedContentException(
          "unsupported-content", "The object is mostly control bytes: it is binary, not text.");
    }
  }

  private static String magic(byte[] b) {
    if (startsWith(b, 0x89, 'P', 'N', 'G')) {
      return "PNG";
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "JPEG";
    }
    if (startsWith(b, 'G', 'I', 'F', '8')) {
      return "GIF";
    }
    if (startsWith(b, '%', 'P', 'D', 'F')) {
      return "PDF";
    }
    if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6)) {
      return "ZIP";
    }
    if (startsWith(b, 0x1F, 0x8B)) {
      return "gzip";
    }
    return null;
  }

  private static Charset sniffBomlessUtf16(byte[] b) {
    int n = Math.min(b.length, 512) & ~1;
    if (n < 8) {
      return null;
    }
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i < n; i += 2) {
      if (b[i] == 0) {
        evenZero++;
      }
      if (b[i + 1] == 0) {
        oddZero++;
      }
    }
    int pairs = n / 2;
    if (oddZero * 10 > pairs * 8 && evenZero * 10 < pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZero * 10 > pairs * 8 && oddZero * 10 < pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean isValidUtf8(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      decoder.decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static String lenient(byte[] bytes, int offset, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      CharBuffer out = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return out.toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("A REPLACE decoder cannot fail", e);
    }
  }

  private static Charset charsetOrNull(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.trim().toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != (prefix[i] & 0xFF)) {
        return false;
      }
    }
    return true;
  }
}
