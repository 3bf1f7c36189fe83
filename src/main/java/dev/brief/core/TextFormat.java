package dev.brief.core;

import java.util.Locale;
import java.util.regex.Pattern;

/** The markup an article arrives in. */
public enum TextFormat {
  PLAIN,
  HTML,
  MARKDOWN;

  private static final Pattern HTML_SNIFF =
      Pattern.compile(
          "(?is)^\\s*(<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>])|<(p|div|article|h1|h2|br)[\\s>/]");
  private static final Pattern MARKDOWN_SNIFF =
      Pattern.compile(
          "(?m)^(#{1,6} \\S|\\s*[*-] \\S.*\\]\\(|```)|\\[[^\\]]+\\]\\([^)]+\\)|^\\*\\*[^*]+\\*\\*");

  /**
   * Picks the format from the content type and file name when they say, otherwise from the text.
   */
  public static TextFormat detect(String contentType, String name, String text) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    String file = name == null ? "" : name.toLowerCase(Locale.ROOT);
    if (type.contains("html") || file.endsWith(".html") || file.endsWith(".htm")) {
      return HTML;
    }
    if (type.contains("markdown") || file.endsWith(".md") || file.endsWith(".markdown")) {
      return MARKDOWN;
    }
    String head = text.length() > 4096 ? text.substring(0, 4096) : text;
    if (head.indexOf('<') >= 0 && HTML_SNIFF.matcher(head).find()) {
      return HTML;
    }
    if (mayBeMarkdown(head) && MARKDOWN_SNIFF.matcher(head).find()) {
      return MARKDOWN;
    }
    return PLAIN;
  }

  /**
   * False when {@code head} lacks every mark that {@link #MARKDOWN_SNIFF} needs ("#", "```", "](",
   * "**"), so plain prose skips the regex, which tries its branches at every position.
   */
  private static boolean mayBeMarkdown(String head) {
    return head.indexOf('#') >= 0
        || head.contains("```")
        || head.contains("](")
        || head.contains("**");
  }
}
