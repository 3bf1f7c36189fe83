package dev.brief.aws;

import dev.brief.app.ArticleListItem;
import dev.brief.app.ArticleResult;
import dev.brief.app.Names;
import dev.brief.app.Page;
import dev.brief.app.ResultStore;
import dev.brief.app.StanceRow;
import dev.brief.app.Status;
import dev.brief.core.Party;
import dev.brief.core.Sentence;
import dev.brief.core.Stance;
import dev.brief.json.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The result store on DynamoDB. An article's result item and its stance rows share a partition and
 * are replaced in one transaction, conditioned on the sequencer read just before: a reader never
 * sees half a result, two writers never interleave their rows, and an older event never overwrites
 * a newer result.
 */
public final class DynamoDbResultStore implements ResultStore {
  /** Stance rows kept per article, so that puts plus deletes stay within one transaction (100). */
  static final int MAX_STANCE_ROWS = 45;

  /** Evidence sentences copied into a stance row for the cross-article routes. */
  static final int ROW_EVIDENCE = 3;

  static final int EVIDENCE_CHARS = 400;

  /** Room for the result JSON inside DynamoDB's 400 KB item limit, leaving space for keys. */
  static final int MAX_RESULT_CHARS = 300_000;

  private static final int ATTEMPTS = 5;

  private final DynamoDbClient dynamo;
  private final String table;

  public DynamoDbResultStore(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public Optional<String> lastSequencer(String articleId) {
    GetItemResponse r =
        dynamo.getItem(
            b ->
                b.tableName(table)
                    .key(articleKey(articleId))
                    .consistentRead(true)
                    .projectionExpression("#s")
                    .expressionAttributeNames(Map.of("#s", Table.SEQUENCER)));
    return r.hasItem() && r.item().containsKey(Table.SEQUENCER)
        ? Optional.of(r.item().get(Table.SEQUENCER).s())
        : Optional.empty();
  }

  @Override
  public boolean put(ArticleResult result, String sequencer) {
    Map<String, AttributeValue> article = articleItem(result, sequencer);
    Map<String, Map<String, AttributeValue>> rows = stanceRows(result);
    return replace(result.id(), sequencer, article, rows);
  }

  @Override
  public boolean delete(String articleId, String sequencer) {
    Map<String, AttributeValue> tombstone = new HashMap<>(articleKey(articleId));
    tombstone.put(Table.ID, s(articleId));
    tombstone.put(Table.SEQUENCER, s(sequencer));
    tombstone.put(Table.DELETED, AttributeValue.fromBool(true));
    return replace(articleId, sequencer, tombstone, Map.of());
  }

  /** Writes the article item and exactly {@code rows}, deleting any other row of the article. */
  private boolean replace(
      String id,
      String sequencer,
      Map<String, AttributeValue> article,
      Map<String, Map<String, AttributeValue>> rows) {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      Current current = current(id);
      if (current.sequencer != null && current.sequencer.compareTo(sequencer) >= 0) {
        return false;
      }
      List<TransactWriteItem> writes = new ArrayList<>();
      Put.Builder put = Put.builder().tableName(table).item(article);
      if (current.sequencer == null) {
        put.conditionExpression("attribute_not_exists(#pk)")
            .expressionAttributeNames(Map.of("#pk", Table.PK));
      } else {
        put.conditionExpression("#seq = :seen")
            .expressionAttributeNames(Map.of("#seq", Table.SEQUENCER))
            .expressionAttributeValues(Map.of(":seen", s(current.sequencer)));
      }
      writes.add(TransactWriteItem.builder().put(put.build()).build());
      for (Map<String, AttributeValue> row : rows.values()) {
        writes.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(row)).build());
      }
      for (String sk : current.rowKeys) {
        if (!rows.containsKey(sk)) {
          Map<String, AttributeValue> key =
              Map.of(Table.PK, s(Table.articlePk(id)), Table.SK, s(sk));
          writes.add(
              TransactWriteItem.builder()
                  .delete(Delete.builder().tableName(table).key(key).build())
                  .build());
        }
      }
      try {
        dynamo.transactWriteItems(
            TransactWriteItemsRequest.builder().transactItems(writes).build());
        return true;
      } catch (TransactionCanceledException e) {
        if (!conditionFailed(e)) {
          throw e; // conflicts with another transaction, throttling: retriable by Lambda
        }
        // another writer got in between: read again and decide again
      }
    }
    throw new IllegalStateException(
        "Article " + id + " kept changing during " + ATTEMPTS + " write attempts");
  }

  private static boolean conditionFailed(TransactionCanceledException e) {
    if (!e.hasCancellationReasons()) {
      return false;
    }
    for (CancellationReason r : e.cancellationReasons()) {
      if ("ConditionalCheckFailed".equals(r.code())) {
        return true;
      }
    }
    return false;
  }

  private record Current(String sequencer, List<String> rowKeys) {}

  private Current current(String id) {
    String sequencer = null;
    List<String> rows = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      QueryResponse r =
          dynamo.query(
              QueryRequest.builder()
                  .tableName(table)
                  .consistentRead(true)
                  .keyConditionExpression("#pk = :pk")
                  .expressionAttributeNames(
                      Map.of("#pk", Table.PK, "#sk", Table.SK, "#seq", Table.SEQUENCER))
                  .expressionAttributeValues(Map.of(":pk", s(Table.articlePk(id))))
                  .projectionExpression("#sk, #seq")
                  .exclusiveStartKey(start)
                  .build());
      for (Map<String, AttributeValue> item : r.items()) {
        String sk = item.get(Table.SK).s();
        if (sk.equals(Table.ARTICLE_SK)) {
          sequencer = item.containsKey(Table.SEQUENCER) ? item.get(Table.SEQUENCER).s() : null;
        } else {
          rows.add(sk);
        }
      }
      start =
          r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
    } while (start != null);
    return new Current(sequencer, rows);
  }

  Map<String, AttributeValue> articleItem(ArticleResult result, String sequencer) {
    Map<String, AttributeValue> item = new HashMap<>(articleKey(result.id()));
    item.put(Table.ID, s(result.id()));
    item.put(Table.SEQUENCER, s(sequencer));
    item.put(Table.STATUS, s(result.status().name()));
    if (result.reason() != null) {
      item.put(Table.REASON, s(result.reason()));
    }
    if (result.title() != null) {
      item.put(Table.TITLE, s(result.title()));
    }
    item.put(Table.PROCESSED_AT, s(result.processedAt()));
    item.put(Table.KEY, s(result.source().key()));
    item.put(Table.RESULT, s(boundedJson(result)));
    item.put(Table.GSI1_PK, s(Table.LIST_PARTITION));
    item.put(Table.GSI1_SK, s(result.processedAt() + "#" + result.id()));
    return item;
  }

  /** The result as JSON, shrunk (evidence texts, then minor parties) until it fits an item. */
  static String boundedJson(ArticleResult r) {
    String json = Json.write(r);
    if (json.length() <= MAX_RESULT_CHARS) {
      return json;
    }
    List<Sentence> summaryOnly = new ArrayList<>();
    Set<Integer> summary = new java.util.HashSet<>();
    r.summary().forEach(s -> summary.add(s.index()));
    for (Sentence s : r.sentences()) {
      if (summary.contains(s.index())) {
        summaryOnly.add(s);
      }
    }
    List<Party> parties = r.parties();
    while (true) {
      ArticleResult smaller =
          new ArticleResult(
              r.id(),
              r.source(),
              r.status(),
              r.reason(),
              r.message(),
              r.title(),
              r.processedAt(),
              r.format(),
              r.charset(),
              r.stats(),
              r.summary(),
              parties,
              r.issues(),
              summaryOnly);
      json = Json.write(smaller);
      if (json.length() <= MAX_RESULT_CHARS || parties.isEmpty()) {
        return json;
      }
      parties = parties.subList(0, parties.size() / 2);
    }
  }

  Map<String, Map<String, AttributeValue>> stanceRows(ArticleResult result) {
    Map<String, Map<String, AttributeValue>> rows = new LinkedHashMap<>();
    Map<Integer, String> texts = new HashMap<>();
    result.sentences().forEach(s -> texts.put(s.index(), s.text()));
    for (Party party : result.parties()) {
      for (Stance st : party.stances()) {
        if (rows.size() >= MAX_STANCE_ROWS) {
          return rows;
        }
        String partyKey = Names.key(party.name());
        String issueKey = Names.key(st.issue());
        String sk = Table.stanceSk(partyKey, issueKey);
        Map<String, AttributeValue> row = new HashMap<>();
        row.put(Table.PK, s(Table.articlePk(result.id())));
        row.put(Table.SK, s(sk));
        row.put(Table.ID, s(result.id()));
        row.put(Table.PARTY, s(party.name()));
        row.put(Table.PARTY_KIND, s(party.kind().name()));
        row.put(Table.ISSUE, s(st.issue()));
        row.put(Table.STANCE, s(st.stance().name()));
        if (st.cue() != null) {
          row.put(Table.CUE, s(st.cue()));
        }
        row.put(Table.CONFIDENCE, AttributeValue.fromN(Double.toString(st.confidence())));
        if (st.conditional()) {
          row.put(Table.CONDITIONAL, AttributeValue.fromBool(true));
        }
        if (result.title() != null) {
          row.put(Table.TITLE, s(result.title()));
        }
        row.put(Table.PROCESSED_AT, s(result.processedAt()));
        List<AttributeValue> evidence = new ArrayList<>();
        for (int index : st.evidence()) {
          if (evidence.size() >= ROW_EVIDENCE) {
            break;
          }
          String text = texts.getOrDefault(index, "");
          if (text.length() > EVIDENCE_CHARS) {
            text = text.substring(0, EVIDENCE_CHARS) + "\u2026";
          }
          evidence.add(
              AttributeValue.fromM(
                  Map.of("index", AttributeValue.fromN(Integer.toString(index)), "text", s(text))));
        }
        row.put(Table.EVIDENCE, AttributeValue.fromL(evidence));
        String time = result.processedAt() + "#" + result.id();
        row.put(Table.GSI2_PK, s(Table.partyPk(partyKey)));
        row.put(Table.GSI2_SK, s(time + "#" + issueKey));
        row.put(Table.GSI3_PK, s(Table.issuePk(issueKey)));
        row.put(Table.GSI3_SK, s(time + "#" + partyKey));
        rows.put(sk, row);
      }
    }
    return rows;
  }

  @Override
  public Optional<ArticleResult> get(String articleId) {
    GetItemResponse r = dynamo.getItem(b -> b.tableName(table).key(articleKey(articleId)));
    if (!r.hasItem() || r.item().isEmpty() || !r.item().containsKey(Table.RESULT)) {
      return Optional.empty();
    }
    return Optional.of(Json.readResult(r.item().get(Table.RESULT).s()));
  }

  @Override
  public Page<ArticleListItem> list(int limit, String cursor) {
    Map<String, AttributeValue> start =
        Cursors.decode(
            cursor,
            Table.GSI1_PK,
            Table.LIST_PARTITION,
            Table.PK,
            Table.SK,
            Table.GSI1_PK,
            Table.GSI1_SK);
    QueryResponse r =
        dynamo.query(
            QueryRequest.builder()
                .tableName(table)
                .indexName(Table.BY_TIME)
                .keyConditionExpression("#p = :p")
                .expressionAttributeNames(Map.of("#p", Table.GSI1_PK))
                .expressionAttributeValues(Map.of(":p", s(Table.LIST_PARTITION)))
                .scanIndexForward(false)
                .limit(limit)
                .exclusiveStartKey(start)
                .build());
    List<ArticleListItem> items = new ArrayList<>();
    for (Map<String, AttributeValue> item : r.items()) {
      items.add(
          new ArticleListItem(
              str(item, Table.ID),
              str(item, Table.TITLE),
              Status.valueOf(str(item, Table.STATUS)),
              str(item, Table.REASON),
              str(item, Table.PROCESSED_AT),
              str(item, Table.KEY)));
    }
    return new Page<>(items, next(r));
  }

  @Override
  public Page<StanceRow> stancesByParty(String party, String issue, int limit, String cursor) {
    String pk = Table.partyPk(party);
    QueryRequest.Builder q =
        QueryRequest.builder()
            .tableName(table)
            .indexName(Table.BY_PARTY)
            .keyConditionExpression("#p = :p")
            .scanIndexForward(false)
            .limit(limit)
            .exclusiveStartKey(
                Cursors.decode(
                    cursor, Table.GSI2_PK, pk, Table.PK, Table.SK, Table.GSI2_PK, Table.GSI2_SK));
    if (issue == null) {
      q.expressionAttributeNames(Map.of("#p", Table.GSI2_PK))
          .expressionAttributeValues(Map.of(":p", s(pk)));
    } else {
      // the issue is the last part of the stance row's sort key: S#party#issue
      q.filterExpression("#sk = :sk")
          .expressionAttributeNames(Map.of("#p", Table.GSI2_PK, "#sk", Table.SK))
          .expressionAttributeValues(Map.of(":p", s(pk), ":sk", s(Table.stanceSk(party, issue))));
    }
    return rows(dynamo.query(q.build()));
  }

  @Override
  public Page<StanceRow> stancesByIssue(String issue, int limit, String cursor) {
    String pk = Table.issuePk(issue);
    return rows(
        dynamo.query(
            QueryRequest.builder()
                .tableName(table)
                .indexName(Table.BY_ISSUE)
                .keyConditionExpression("#p = :p")
                .expressionAttributeNames(Map.of("#p", Table.GSI3_PK))
                .expressionAttributeValues(Map.of(":p", s(pk)))
                .scanIndexForward(false)
                .limit(limit)
                .exclusiveStartKey(
                    Cursors.decode(
                        cursor,
                        Table.GSI3_PK,
                        pk,
                        Table.PK,
                        Table.SK,
                        Table.GSI3_PK,
                        Table.GSI3_SK))
                .build()));
  }

  private static Page<StanceRow> rows(QueryResponse r) {
    List<StanceRow> items = new ArrayList<>();
    for (Map<String, AttributeValue> item : r.items()) {
      List<StanceRow.Evidence> evidence = new ArrayList<>();
      if (item.containsKey(Table.EVIDENCE)) {
        for (AttributeValue e : item.get(Table.EVIDENCE).l()) {
          evidence.add(
              new StanceRow.Evidence(
                  Integer.parseInt(e.m().get("index").n()), e.m().get("text").s()));
        }
      }
      items.add(
          new StanceRow(
              str(item, Table.ID),
              str(item, Table.TITLE),
              str(item, Table.PROCESSED_AT),
              str(item, Table.PARTY),
              str(item, Table.PARTY_KIND),
              str(item, Table.ISSUE),
              str(item, Table.STANCE),
              str(item, Table.CUE),
              Double.parseDouble(item.get(Table.CONFIDENCE).n()),
              item.containsKey(Table.CONDITIONAL) && item.get(Table.CONDITIONAL).bool(),
              evidence));
    }
    return new Page<>(items, next(r));
  }

  private static String next(QueryResponse r) {
    return r.hasLastEvaluatedKey() ? Cursors.encode(r.lastEvaluatedKey()) : null;
  }

  private static Map<String, AttributeValue> articleKey(String id) {
    return Map.of(Table.PK, s(Table.articlePk(id)), Table.SK, s(Table.ARTICLE_SK));
  }

  private static String str(Map<String, AttributeValue> item, String name) {
    AttributeValue v = item.get(name);
    return v == null ? null : v.s();
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }
}
