package dev.brief.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what is not the article: boilerplate blocks (hashtag lines, bylines and datelines,
 * site-voice notices such as disclaimers and cookie or subscription prompts, runs of link titles,
 * trailing page furniture) and repeated passages (a whole article pasted twice, highlights that
 * repeat the body), then cuts the remaining prose into sentences.
 *
 * <p>The rules look at shape and position, plus a small vocabulary of words that page furniture is
 * made of; none of them names a particular site or article.
 */
public final class Cleaner {
  private static final Pattern BYLINE =
      Pattern.compile(
          "(?i)(^by\\s+\\p{Lu}[\\p{L}.'-]+(\\s+\\p{Lu}[\\p{L}.'-]+){0,3}\\s*([|,]|$))"
              + "|\\|\\s*(published|updated|posted)\\b|\\b(published|updated|posted|last modified)\\s*[:|]"
              + "|^(published|updated|posted)\\b");
  private static final Pattern DATELINE_SENTENCE =
      Pattern.compile(
          "(?i)^(by\\s*\\.|published\\s*:|updated\\s*:|last updated\\b|\\|\\s*\\.|\\d{1,2}:\\d{2}\\s*(gmt|est|edt|bst|et|pt)\\b)");

  /** Words page furniture is made of; two distinct hits in one block mark it as furniture. */
  private static final List<String> FURNITURE =
      List.of(
          "cookie",
          "cookies",
          "subscribe",
          "subscription",
          "newsletter",
          "sign up",
          "log in",
          "advertisement",
          "sponsored content",
          "privacy policy",
          "terms of use",
          "terms and conditions",
          "all rights reserved",
          "copyright",
          "\u00A9",
          "click here",
          "share this",
          "follow us",
          "our users",
          "our readers",
          "our platform",
          "our website",
          "our site",
          "our teams",
          "moderation",
          "generated using ai",
          "ai generated",
          "ai-generated",
          "ai tools",
          "artificial intelligence tools",
          "entertainment purposes",
          "best-effort",
          "disclaimer",
          "affiliate links",
          "download our app",
          "without permission",
          "read more",
          "related articles",
          "related stories",
          "more stories",
          "you may also like",
          "recommended for you",
          "images from",
          "image source",
          "photo credit");

  /** Blocks longer than this are judged sentence by sentence, never dropped whole. */
  static final int MAX_FURNITURE_WORDS = 150;

  private static final Pattern SITE_VOICE =
      Pattern.compile("(?i)\\b(we|our|us|you|your|users?)\\b");

  private Cleaner() {}

  public static CleanDocument clean(Extraction ex) {
    List<Block> blocks = new ArrayList<>(ex.blocks());
    String title = ex.title();
    int boilerplate = ex.removedBoilerplate();
    while (!blocks.isEmpty() && isBoilerplate(blocks.get(0))) {
      blocks.remove(0);
      boilerplate++;
    }
    if (title == null && !blocks.isEmpty() && blocks.get(0).kind() == Block.Kind.HEADING) {
      title = blocks.remove(0).text().strip();
    }
    boolean[] drop = new boolean[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      drop[i] = isBoilerplate(blocks.get(i));
    }
    markHeadingRuns(blocks, drop);
    markTail(blocks, drop);

    Set<String> seenHeadings = new HashSet<>();
    if (title != null) {
      seenHeadings.add(normalise(title));
    }
    List<Block> headings = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    Set<String> seenPrefixes = new HashSet<>();
    int duplicates = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (drop[i]) {
        boilerplate++;
        continue;
      }
      if (b.kind() == Block.Kind.HEADING) {
        if (seenHeadings.add(normalise(b.text()))) {
          headings.add(b);
        } else {
          duplicates++;
        }
        continue;
      }
      boolean longBlock = !Layout.hasAtMostWords(b.text(), MAX_FURNITURE_WORDS);
      for (Span span : SentenceSplitter.split(b.text())) {
        String text = b.text().substring(span.start(), span.end());
        if (isJunkSentence(text) || (longBlock && isFurnitureSentence(text))) {
          boilerplate++;
          continue;
        }
        String key = normalise(text);
        String prefix = prefixKey(key);
        if (seen.containsKey(key) || (prefix != null && seenPrefixes.contains(prefix))) {
          duplicates++;
          continue;
        }
        seen.put(key, sentences.size());
        if (prefix != null) {
          seenPrefixes.add(prefix);
        }
        sentences.add(
            new Sentence(
                sentences.size(),
                text,
                b.start() + span.start(),
                b.start() + span.end(),
                i,
                b.kind()));
      }
    }
    return new CleanDocument(
        title, ex.byline(), ex.text(), headings, sentences, boilerplate, duplicates);
  }

  /**
   * Whole-block boilerplate. Page furniture is short: a long block (a one-line article) is never
   * dropped whole; its sentences are checked one by one instead.
   */
  private static boolean isBoilerplate(Block b) {
    return isHashtagLine(b.text())
        || isByline(b.text())
        || (Layout.hasAtMostWords(b.text(), MAX_FURNITURE_WORDS) && isFurniture(b.text()));
  }

  static boolean isHashtagLine(String text) {
    if (text.indexOf('#') < 0) {
      return false;
    }
    String[] tokens = text.strip().split("\\s+");
    int tags = 0;
    for (String t : tokens) {
      if (t.length() > 1 && t.charAt(0) == '#' && Character.isLetterOrDigit(t.charAt(1))) {
        tags++;
      }
    }
    return tags >= 1 && tags * 2 >= tokens.length;
  }

  static boolean isByline(String text) {
    return Layout.hasAtMostWords(text, 14) && BYLINE.matcher(text.strip()).find();
  }

  /** Distinct furniture cue words in {@code text}, outside quotations. */
  private static int furnitureHits(String text) {
    int hits = countCues(text.toLowerCase(Locale.ROOT));
    return hits == 0 ? 0 : countCues(outsideQuotes(text).toLowerCase(Locale.ROOT));
  }

  private static int countCues(String lower) {
    int hits = 0;
    for (String cue : FURNITURE) {
      if (lower.contains(cue)) {
        hits++;
      }
    }
    return hits;
  }

  private static int siteVoice(String text) {
    int voice = 0;
    var m = SITE_VOICE.matcher(outsideQuotes(text));
    while (m.find()) {
      voice++;
    }
    return voice;
  }

  /** Site-voice page furniture: disclaimers, cookie, subscription and sharing prompts. */
  static boolean isFurniture(String text) {
    int hits = furnitureHits(text);
    return hits >= 2 || (hits == 1 && (siteVoice(text) >= 3 || Layout.hasAtMostWords(text, 6)));
  }

  /** A sentence of site furniture inside prose: two cue words, or one in the site's own voice. */
  static boolean isFurnitureSentence(String text) {
    int hits = furnitureHits(text);
    return hits >= 2 || (hits == 1 && siteVoice(text) >= 2);
  }

  /** Three or more headings in a row are a list of links (related articles, navigation). */
  private static void markHeadingRuns(List<Block> blocks, boolean[] drop) {
    int i = 0;
    while (i < blocks.size()) {
      int j = i;
      while (j < blocks.size() && titleLike(blocks.get(j))) {
        j++;
      }
      if (j - i >= 3) {
        for (int k = i; k < j; k++) {
          drop[k] = true;
        }
      }
      i = Math.max(j, i + 1);
    }
  }

  private static boolean titleLike(Block b) {
    return b.kind() == Block.Kind.HEADING
        || (b.kind() == Block.Kind.ITEM && !Layout.endsSentence(b.text()));
  }

  /**
   * After the last prose paragraph, only headings, furniture and link items remain: page chrome.
   */
  private static void markTail(List<Block> blocks, boolean[] drop) {
    for (int i = blocks.size() - 1; i >= 0; i--) {
      Block b = blocks.get(i);
      if (drop[i] || titleLike(b)) {
        drop[i] = true;
        continue;
      }
      break;
    }
  }

  private static boolean isJunkSentence(String s) {
    if (DATELINE_SENTENCE.matcher(s).find()) {
      return true;
    }
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        letters++;
      }
    }
    return letters < 2;
  }

  private static String outsideQuotes(String text) {
    return text.replaceAll("[\"\u201C][^\"\u201D]*[\"\u201D]", " ");
  }

  /** Lower-case letters and digits only, single-spaced: the identity of a sentence for dedup. */
  static String normalise(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        b.append(Character.toLowerCase(c));
        space = false;
      } else {
        space = true;
      }
    }
    return b.toString();
  }

  /** The first twelve words of a long sentence: near-identical copies share it. */
  private static String prefixKey(String normalised) {
    int words = 0;
    for (int i = 0; i < normalised.length(); i++) {
      if (normalised.charAt(i) == ' ' && ++words == 12) {
        return normalised.substring(0, i);
      }
    }
    return null;
  }
}
