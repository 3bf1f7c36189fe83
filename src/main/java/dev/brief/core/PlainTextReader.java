package dev.brief.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts plain text into blocks: blank lines separate paragraphs; inside a paragraph, hard-wrapped
 * lines are joined, bullet lines become items and short unpunctuated lines become headings.
 */
final class PlainTextReader {
  private PlainTextReader() {}

  static Extraction read(String text) {
    return new Extraction(text, null, null, blocks(text, Set.of()), 0);
  }

  /** Blocks of {@code text}; lines starting at an offset in {@code headingStarts} are headings. */
  static List<Block> blocks(String text, Set<Integer> headingStarts) {
    List<Block> blocks = new ArrayList<>();
    int pos = 0;
    int n = text.length();
    int openStart = -1;
    int openEnd = -1;
    boolean openItem = false;
    while (pos <= n) {
      int nl = text.indexOf('\n', pos);
      int lineEnd = nl < 0 ? n : nl;
      int s = pos;
      int e = lineEnd;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (s == e) {
        if (openStart >= 0) {
          blocks.add(block(text, openStart, openEnd, openItem, headingStarts));
          openStart = -1;
        }
      } else {
        String line = text.substring(s, e);
        int bullet = Layout.bulletPrefix(line);
        boolean heading = headingStarts.contains(s);
        boolean joins =
            openStart >= 0
                && bullet == 0
                && !heading
                && !headingStarts.contains(openStart)
                && wrapped(text.substring(openStart, openEnd), line);
        if (joins) {
          openEnd = e;
        } else {
          if (openStart >= 0) {
            blocks.add(block(text, openStart, openEnd, openItem, headingStarts));
          }
          openStart = s + bullet;
          openEnd = e;
          openItem = bullet > 0;
          while (openStart < openEnd && Character.isWhitespace(text.charAt(openStart))) {
            openStart++;
          }
        }
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    if (openStart >= 0) {
      blocks.add(block(text, openStart, openEnd, openItem, headingStarts));
    }
    return blocks;
  }

  /** True when {@code next} continues the hard-wrapped line {@code previous}. */
  private static boolean wrapped(String previous, String next) {
    int lastNl = previous.lastIndexOf('\n');
    String lastLine = lastNl < 0 ? previous : previous.substring(lastNl + 1);
    if (lastLine.length() < 40 || Layout.endsSentence(lastLine)) {
      return false;
    }
    char first = next.charAt(0);
    if (Character.isLowerCase(first) || lastLine.endsWith(",") || lastLine.endsWith("-")) {
      return true;
    }
    // a long line of prose (not a title-cased headline) that simply ran out of width
    return lastLine.length() >= 60 && Layout.capitalisedShare(lastLine) < 0.6;
  }

  private static Block block(String text, int start, int end, boolean item, Set<Integer> headings) {
    String raw = text.substring(start, end);
    Block.Kind kind;
    if (item) {
      kind = Block.Kind.ITEM;
    } else if (headings.contains(start)
        || (raw.indexOf('\n') < 0 && Layout.looksLikeHeading(raw))) {
      kind = Block.Kind.HEADING;
    } else {
      kind = Block.Kind.PARAGRAPH;
    }
    // Newlines become spaces one for one, so offsets into the text stay exact.
    return new Block(kind, raw.replace('\r', ' ').replace('\n', ' '), start);
  }
}
