package dev.brief.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * General knowledge about parties: every country with its aliases, demonyms and capital, the
 * buildings that stand for governments (Kremlin, Downing Street), international organisations,
 * blocs and well-known political parties, and the words that name a person's role. Loaded once from
 * class-path resources; immutable and shared.
 */
public final class Gazetteer {
  /** How a phrase refers to its party. */
  public enum Via {
    NAME,
    DEMONYM,
    CAPITAL,
    METONYM
  }

  /** A phrase that denotes a party. */
  public record Entry(String party, PartyKind kind, Via via) {}

  private static final Gazetteer DEFAULT = load();

  private final Map<String, Entry> phrases;
  private final Map<String, String> homeCountries;
  private final int longestPhrase;
  private final Set<String> roles;
  private final int longestRole;

  /** For each word that starts a phrase or role, the longest one it starts (in words). */
  private final Map<String, Integer> phraseStarts;

  private final Map<String, Integer> roleStarts;

  private Gazetteer(
      Map<String, Entry> phrases, Map<String, String> homeCountries, Set<String> roles) {
    this.phrases = Words.lookup(phrases);
    this.homeCountries = Words.lookup(homeCountries);
    this.roles = Words.lookup(roles);
    this.longestPhrase =
        phrases.keySet().stream().mapToInt(p -> p.split(" ").length).max().orElse(1);
    this.longestRole = roles.stream().mapToInt(p -> p.split(" ").length).max().orElse(1);
    this.phraseStarts = starts(phrases.keySet());
    this.roleStarts = starts(roles);
  }

  private static Map<String, Integer> starts(Set<String> keys) {
    Map<String, Integer> out = new HashMap<>();
    for (String k : keys) {
      String[] words = k.split(" ");
      out.merge(words[0], words.length, Math::max);
    }
    return Words.lookup(out);
  }

  /** The length in words of the longest phrase that starts with {@code word}, or 0. */
  public int longestPhraseStartingWith(String word) {
    return phraseStarts.getOrDefault(word, 0);
  }

  /** The length in words of the longest role that starts with the lower-case {@code word}, or 0. */
  public int longestRoleStartingWith(String lowerWord) {
    return roleStarts.getOrDefault(lowerWord, 0);
  }

  public static Gazetteer standard() {
    return DEFAULT;
  }

  /** The entry for an exact, case-sensitive phrase of space-separated tokens, or null. */
  public Entry lookup(String phrase) {
    return phrases.get(phrase);
  }

  /**
   * The country whose national politics a party belongs to ("Labour": the United Kingdom), or null
   * for a country, an international body or a party with no listed home.
   */
  public String homeCountry(String party) {
    return homeCountries.get(party);
  }

  public int longestPhrase() {
    return longestPhrase;
  }

  /** True when the lower-cased, space-separated phrase names a role ("prime minister"). */
  public boolean isRole(String lowerPhrase) {
    return roles.contains(lowerPhrase);
  }

  public int longestRole() {
    return longestRole;
  }

  private static Gazetteer load() {
    Map<String, Entry> phrases = new HashMap<>();
    for (String[] row : rows("countries.tsv")) {
      String country = row[0];
      put(phrases, country, new Entry(country, PartyKind.COUNTRY, Via.NAME));
      for (String alias : list(row, 1)) {
        put(phrases, alias, new Entry(country, PartyKind.COUNTRY, Via.NAME));
      }
      for (String demonym : list(row, 2)) {
        put(phrases, demonym, new Entry(country, PartyKind.COUNTRY, Via.DEMONYM));
      }
      for (String capital : list(row, 3)) {
        put(phrases, capital, new Entry(country, PartyKind.COUNTRY, Via.CAPITAL));
      }
    }
    Map<String, PartyKind> orgKinds = new HashMap<>();
    Map<String, String> homeCountries = new HashMap<>();
    for (String[] row : rows("organisations.tsv")) {
      PartyKind kind = PartyKind.valueOf(row[1]);
      orgKinds.put(row[0], kind);
      list(row, 3).forEach(country -> homeCountries.put(row[0], country));
      put(phrases, row[0], new Entry(row[0], kind, Via.NAME));
      for (String alias : list(row, 2)) {
        put(
            phrases,
            alias,
            new Entry(row[0], kind, adjective(row[0], alias) ? Via.DEMONYM : Via.NAME));
      }
    }
    for (String[] row : rows("metonyms.tsv")) {
      PartyKind kind = orgKinds.getOrDefault(row[1], PartyKind.COUNTRY);
      put(phrases, row[0], new Entry(row[1], kind, Via.METONYM));
    }
    Set<String> roles = new HashSet<>();
    for (String[] row : rows("roles.txt")) {
      roles.add(row[0].toLowerCase(Locale.ROOT));
    }
    return new Gazetteer(phrases, homeCountries, roles);
  }

  /** "European" for "Europe": an adjective formed on the name, used like a demonym. */
  private static boolean adjective(String name, String alias) {
    return !alias.contains(" ")
        && alias.length() > name.length()
        && alias.startsWith(name.substring(0, name.length() - 1))
        && (alias.endsWith("an") || alias.endsWith("ans"));
  }

  private static void put(Map<String, Entry> phrases, String phrase, Entry entry) {
    String key = String.join(" ", Words.surfaceTokens(phrase));
    phrases.putIfAbsent(key, entry);
  }

  private static List<String> list(String[] row, int column) {
    List<String> out = new ArrayList<>();
    if (row.length > column && !row[column].isBlank()) {
      for (String v : row[column].split(",")) {
        if (!v.isBlank()) {
          out.add(v.strip());
        }
      }
    }
    return out;
  }

  private static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing class-path resource dev/brief/core/" + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows.add(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read gazetteer resource " + resource, e);
    }
    return rows;
  }
}
