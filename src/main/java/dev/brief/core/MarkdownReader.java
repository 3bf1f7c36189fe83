package dev.brief.core;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Markdown as prose: images, code and raw HTML go, links keep their text, emphasis marks go,
 * {@code #} headings are headings. The extracted text is the Markdown with its markup removed, line
 * for line.
 */
final class MarkdownReader {
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");
  private static final Pattern REF_LINK = Pattern.compile("\\[([^\\]]+)\\]\\[[^\\]]*\\]");
  private static final Pattern REF_DEF = Pattern.compile("^\\s*\\[[^\\]]+\\]:\\s+\\S+.*$");
  private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>]+)>");
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
  private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(\\S(?:.*?\\S)?)\\1");
  private static final Pattern EM =
      Pattern.compile("(?<![\\w*])([*_])(\\S(?:[^*_\\n]*?\\S)?)\\1(?![\\w*])");
  private static final Pattern CODE = Pattern.compile("`([^`]*)`");
  private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");
  private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}>\\s?");

  private MarkdownReader() {}

  static Extraction read(String markdown) {
    StringBuilder out = new StringBuilder(markdown.length());
    Set<Integer> headings = new HashSet<>();
    String title = null;
    boolean fenced = false;
    for (String line : markdown.split("\n", -1)) {
      String l = line.replace("\r", "");
      if (l.strip().startsWith("```") || l.strip().startsWith("~~~")) {
        fenced = !fenced;
        out.append('\n');
        continue;
      }
      if (fenced || RULE.matcher(l).matches() || REF_DEF.matcher(l).matches()) {
        out.append('\n');
        continue;
      }
      Matcher h = HEADING.matcher(l);
      boolean heading = h.matches();
      if (heading) {
        l = h.group(2);
      }
      l = QUOTE.matcher(l).replaceFirst("");
      l = inline(l);
      if (heading && !l.isBlank()) {
        headings.add(out.length() + leadingSpaces(l));
        if (title == null && h.group(1).length() == 1) {
          title = l.strip();
        }
      }
      out.append(l).append('\n');
    }
    String text = out.toString();
    return new Extraction(text, title, null, PlainTextReader.blocks(text, headings), 0);
  }

  static String inline(String l) {
    l = IMAGE.matcher(l).replaceAll("");
    l = LINK.matcher(l).replaceAll("$1");
    l = REF_LINK.matcher(l).replaceAll("$1");
    l = AUTOLINK.matcher(l).replaceAll("$1");
    l = TAG.matcher(l).replaceAll("");
    l = STRONG.matcher(l).replaceAll("$2");
    l = EM.matcher(l).replaceAll("$2");
    l = CODE.matcher(l).replaceAll("$1");
    return l;
  }

  private static int leadingSpaces(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
