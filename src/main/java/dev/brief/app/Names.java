package dev.brief.app;

import java.text.Normalizer;
import java.util.Locale;

/** The lookup form of a party or issue name: NFKC, lower case, single spaces. */
public final class Names {
  private Names() {}

  public static String key(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return n.strip().replaceAll("\\s+", " ");
  }
}
