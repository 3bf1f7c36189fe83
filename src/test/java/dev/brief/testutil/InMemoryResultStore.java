package dev.brief.testutil;

import dev.brief.app.ArticleListItem;
import dev.brief.app.ArticleResult;
import dev.brief.app.InvalidCursorException;
import dev.brief.app.Names;
import dev.brief.app.Page;
import dev.brief.app.ResultStore;
import dev.brief.app.StanceRow;
import dev.brief.core.Party;
import dev.brief.core.Sentence;
import dev.brief.core.Stance;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/** A {@link ResultStore} in a map, with the same ordering and cursor rules as DynamoDB's. */
public final class InMemoryResultStore implements ResultStore {
  private record Entry(String sequencer, ArticleResult result) {}

  private final Map<String, Entry> entries = new TreeMap<>();
  public int writes;

  public synchronized void clear() {
    entries.clear();
    writes = 0;
  }

  @Override
  public synchronized Optional<String> lastSequencer(String articleId) {
    return Optional.ofNullable(entries.get(articleId)).map(Entry::sequencer);
  }

  @Override
  public synchronized boolean put(ArticleResult result, String sequencer) {
    return write(result.id(), sequencer, result);
  }

  @Override
  public synchronized boolean delete(String articleId, String sequencer) {
    return write(articleId, sequencer, null);
  }

  private boolean write(String id, String sequencer, ArticleResult result) {
    Entry e = entries.get(id);
    if (e != null && e.sequencer().compareTo(sequencer) >= 0) {
      return false;
    }
    entries.put(id, new Entry(sequencer, result));
    writes++;
    return true;
  }

  @Override
  public synchronized Optional<ArticleResult> get(String articleId) {
    return Optional.ofNullable(entries.get(articleId)).map(Entry::result);
  }

  /** Every stance row stored, as the cross-article routes see them. */
  public synchronized List<StanceRow> allRows() {
    List<StanceRow> rows = new ArrayList<>();
    for (Entry e : entries.values()) {
      if (e.result() == null) {
        continue;
      }
      Map<Integer, String> texts = new HashMap<>();
      e.result().sentences().forEach((Sentence s) -> texts.put(s.index(), s.text()));
      for (Party p : e.result().parties()) {
        for (Stance s : p.stances()) {
          List<StanceRow.Evidence> ev = new ArrayList<>();
          s.evidence().forEach(i -> ev.add(new StanceRow.Evidence(i, texts.getOrDefault(i, ""))));
          rows.add(
              new StanceRow(
                  e.result().id(),
                  e.result().title(),
                  e.result().processedAt(),
                  p.name(),
                  p.kind().name(),
                  s.issue(),
                  s.stance().name(),
                  s.cue(),
                  s.confidence(),
                  s.conditional(),
                  ev));
        }
      }
    }
    rows.sort(
        Comparator.comparing(StanceRow::processedAt)
            .thenComparing(StanceRow::articleId)
            .reversed());
    return rows;
  }

  @Override
  public synchronized Page<ArticleListItem> list(int limit, String cursor) {
    List<ArticleListItem> all = new ArrayList<>();
    for (Entry e : entries.values()) {
      ArticleResult r = e.result();
      if (r != null) {
        all.add(
            new ArticleListItem(
                r.id(), r.title(), r.status(), r.reason(), r.processedAt(), r.source().key()));
      }
    }
    all.sort(
        Comparator.comparing(ArticleListItem::processedAt)
            .thenComparing(ArticleListItem::id)
            .reversed());
    return page(all, "list", limit, cursor);
  }

  @Override
  public synchronized Page<StanceRow> stancesByParty(
      String party, String issue, int limit, String cursor) {
    Predicate<StanceRow> match =
        r ->
            Names.key(r.party()).equals(party)
                && (issue == null || Names.key(r.issue()).equals(issue));
    return page(allRows().stream().filter(match).toList(), "party:" + party, limit, cursor);
  }

  @Override
  public synchronized Page<StanceRow> stancesByIssue(String issue, int limit, String cursor) {
    return page(
        allRows().stream().filter(r -> Names.key(r.issue()).equals(issue)).toList(),
        "issue:" + issue,
        limit,
        cursor);
  }

  private static <T> Page<T> page(List<T> all, String scope, int limit, String cursor) {
    int from = 0;
    if (cursor != null) {
      String text;
      try {
        text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw new InvalidCursorException("The pagination cursor is not valid.");
      }
      int at = text.lastIndexOf('@');
      if (at < 0 || !text.substring(0, at).equals(scope)) {
        throw new InvalidCursorException("The pagination cursor belongs to another query.");
      }
      try {
        from = Integer.parseInt(text.substring(at + 1));
      } catch (NumberFormatException e) {
        throw new InvalidCursorException("The pagination cursor is not valid.");
      }
    }
    int to = Math.min(all.size(), from + limit);
    String next =
        to < all.size()
            ? Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((scope + "@" + to).getBytes(StandardCharsets.UTF_8))
            : null;
    return new Page<>(all.subList(Math.min(from, all.size()), to), next);
  }
}
