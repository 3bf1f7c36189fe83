package dev.brief.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Main-content extraction from HTML in the manner of Readability: drop scripts, styles, navigation
 * and the page chrome, pick the element whose paragraphs carry the most prose, then read its
 * headings, paragraphs and list items in order, skipping link-dense blocks. Title and byline come
 * from the page's metadata when present.
 */
final class HtmlReader {
  private static final Pattern UNLIKELY =
      Pattern.compile(
          "(?i)(^|[-_ ])(nav|navbar|menu|footer|sidebar|cookie|consent|share|sharing|social|related"
              + "|comment|comments|subscribe|newsletter|advert|ads|promo|breadcrumbs?|masthead|popup"
              + "|modal|banner|sponsor|outbrain|taboola|recommend)([-_ ]|$)");
  private static final Pattern LIKELY =
      Pattern.compile("(?i)(article|body|content|entry|main|post|story|text)");
  private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, dd";

  private HtmlReader() {}

  static Extraction read(String html) {
    Document doc = Jsoup.parse(html);
    String title =
        firstNonBlank(
            meta(doc, "meta[property=og:title]"), doc.title(), text(doc.selectFirst("h1")));
    String byline =
        firstNonBlank(meta(doc, "meta[name=author]"), meta(doc, "meta[property=article:author]"));
    doc.select(
            "script, style, noscript, template, svg, iframe, form, button, input, select, "
                + "nav, aside, footer, [role=navigation], [role=banner], [role=contentinfo], "
                + "[role=complementary], [aria-hidden=true]")
        .remove();
    int dropped = 0;
    for (Element el :
        new ArrayList<>(doc.body() == null ? List.of() : doc.body().getAllElements())) {
      if (el == doc.body() || el.parent() == null) {
        continue;
      }
      String marker = el.className() + " " + el.id();
      if (UNLIKELY.matcher(marker).find()
          && !LIKELY.matcher(marker).find()
          && !el.tagName().equals("article")
          && !el.tagName().equals("main")) {
        el.remove();
        dropped++;
      }
    }
    Element root = mainContent(doc);
    StringBuilder text = new StringBuilder();
    List<Block> blocks = new ArrayList<>();
    for (Element el : root.select(BLOCKS)) {
      if (el.select(BLOCKS).size() > 1 && !el.tagName().matches("h[1-6]")) {
        continue; // a container of other blocks: they are read on their own
      }
      String t = el.text().strip();
      if (t.isEmpty()) {
        continue;
      }
      int linkChars = el.select("a").text().length();
      if (linkChars * 2 > t.length() && !el.tagName().matches("h[1-6]")) {
        dropped++;
        continue;
      }
      Block.Kind kind =
          el.tagName().matches("h[1-6]")
              ? Block.Kind.HEADING
              : el.tagName().equals("li") ? Block.Kind.ITEM : Block.Kind.PARAGRAPH;
      if (kind == Block.Kind.PARAGRAPH
          && Layout.hasAtMostWords(t, 12)
          && Layout.looksLikeHeading(t)) {
        kind = Block.Kind.HEADING;
      }
      if (text.length() > 0) {
        text.append("\n\n");
      }
      blocks.add(new Block(kind, t, text.length()));
      text.append(t);
    }
    if (blocks.isEmpty()) {
      String t = root.text().strip();
      if (!t.isEmpty()) {
        blocks.add(new Block(Block.Kind.PARAGRAPH, t, 0));
        text.append(t);
      }
    }
    return new Extraction(text.toString(), title, byline, blocks, dropped);
  }

  /** The {@code article} or {@code main} element, else the best-scoring paragraph container. */
  private static Element mainContent(Document doc) {
    Element body = doc.body() == null ? doc : doc.body();
    Element best = null;
    for (Element candidate : body.select("article, main, [role=main]")) {
      if (best == null || candidate.text().length() > best.text().length()) {
        best = candidate;
      }
    }
    if (best != null && best.text().length() >= 200) {
      return best;
    }
    java.util.Map<Element, Double> scores = new java.util.HashMap<>();
    Elements paragraphs = body.select("p, pre, td");
    for (Element p : paragraphs) {
      String t = p.text();
      if (t.length() < 25) {
        continue;
      }
      double score = 1 + count(t, ',') + Math.min(t.length() / 100.0, 3);
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, score, Double::sum);
        Element grand = parent.parent();
        if (grand != null) {
          scores.merge(grand, score / 2, Double::sum);
        }
      }
    }
    Element top = body;
    double topScore = 0;
    for (var e : scores.entrySet()) {
      double linkDensity = density(e.getKey());
      double s = e.getValue() * (1 - linkDensity);
      if (s > topScore) {
        topScore = s;
        top = e.getKey();
      }
    }
    return top;
  }

  private static double density(Element e) {
    int all = e.text().length();
    return all == 0 ? 0 : (double) e.select("a").text().length() / all;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  private static String meta(Document doc, String css) {
    Element e = doc.selectFirst(css);
    return e == null ? null : e.attr("content");
  }

  private static String text(Element e) {
    return e == null ? null : e.text();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip().toLowerCase(Locale.ROOT).equals("null") ? null : v.strip();
      }
    }
    return null;
  }
}
