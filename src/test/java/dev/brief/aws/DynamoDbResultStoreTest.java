package dev.brief.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.brief.app.ArticleResult;
import dev.brief.app.InvalidCursorException;
import dev.brief.app.SourceRef;
import dev.brief.core.Analyzer;
import dev.brief.core.SummaryLength;
import dev.brief.core.TextFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Pins the exact DynamoDB requests the store sends. */
class DynamoDbResultStoreTest {
  private static final String TEXT =
      "Pay dispute\n\nThe union rejected the pay offer on Monday. "
          + "British Airways backed the pay offer. The union rejected the pay offer again.";
  private final RecordingDynamoDb dynamo = new RecordingDynamoDb();
  private final DynamoDbResultStore store = new DynamoDbResultStore(dynamo, "results");

  private static ArticleResult result() {
    var a =
        Analyzer.standard()
            .analyseText(TEXT, TextFormat.PLAIN, "UTF-8", SummaryLength.sentences(2));
    return ArticleResult.done(
        "0123456789abcdef0123",
        new SourceRef("b", "k.txt", "v1", "e", 10L, "text/plain"),
        a,
        "2025-11-24T10:00:00Z");
  }

  private static QueryResponse rows(String seq, String... staleRowKeys) {
    List<Map<String, AttributeValue>> items = new java.util.ArrayList<>();
    if (seq != null) {
      items.add(Map.of("sk", AttributeValue.fromS("A"), "seq", AttributeValue.fromS(seq)));
    }
    for (String sk : staleRowKeys) {
      items.add(Map.of("sk", AttributeValue.fromS(sk)));
    }
    return QueryResponse.builder().items(items).build();
  }

  @Test
  void put_newArticle_readsConsistentlyThenWritesOneConditionalTransaction() {
    ArticleResult r = result();
    dynamo.answers.add(rows(null));
    dynamo.answers.add(TransactWriteItemsResponse.builder().build());

    assertThat(store.put(r, "0000000000000000000000000000000A")).isTrue();

    QueryRequest read = (QueryRequest) dynamo.requests.get(0);
    assertThat(read.tableName()).isEqualTo("results");
    assertThat(read.consistentRead()).isTrue();
    assertThat(read.keyConditionExpression()).isEqualTo("#pk = :pk");
    assertThat(read.expressionAttributeValues().get(":pk").s())
        .isEqualTo("ART#0123456789abcdef0123");
    TransactWriteItemsRequest tx = (TransactWriteItemsRequest) dynamo.requests.get(1);
    TransactWriteItem article = tx.transactItems().get(0);
    assertThat(article.put().conditionExpression()).isEqualTo("attribute_not_exists(#pk)");
    assertThat(article.put().item().get("pk").s()).isEqualTo("ART#0123456789abcdef0123");
    assertThat(article.put().item().get("sk").s()).isEqualTo("A");
    assertThat(article.put().item().get("gsi1pk").s()).isEqualTo("ARTICLES");
    assertThat(article.put().item().get("gsi1sk").s())
        .isEqualTo("2025-11-24T10:00:00Z#0123456789abcdef0123");
    assertThat(article.put().item().get("seq").s()).isEqualTo("0000000000000000000000000000000A");
    List<TransactWriteItem> stanceRows = tx.transactItems().subList(1, tx.transactItems().size());
    assertThat(stanceRows)
        .isNotEmpty()
        .allSatisfy(
            w -> {
              assertThat(w.put().item().get("sk").s()).startsWith("S#");
              assertThat(w.put().item().get("gsi2pk").s()).startsWith("PARTY#");
              assertThat(w.put().item().get("gsi3pk").s()).startsWith("ISSUE#");
            });
  }

  @Test
  void put_overExistingResult_conditionsOnTheSeenSequencerAndDeletesStaleRows() {
    dynamo.answers.add(rows("00000000000000000000000000000001", "S#gone#old issue"));
    dynamo.answers.add(TransactWriteItemsResponse.builder().build());

    assertThat(store.put(result(), "00000000000000000000000000000002")).isTrue();

    TransactWriteItemsRequest tx = (TransactWriteItemsRequest) dynamo.requests.get(1);
    assertThat(tx.transactItems().get(0).put().conditionExpression()).isEqualTo("#seq = :seen");
    assertThat(tx.transactItems().get(0).put().expressionAttributeValues().get(":seen").s())
        .isEqualTo("00000000000000000000000000000001");
    TransactWriteItem last = tx.transactItems().get(tx.transactItems().size() - 1);
    assertThat(last.delete().key().get("sk").s()).isEqualTo("S#gone#old issue");
  }

  @Test
  void put_newerAlreadyStored_writesNothing() {
    dynamo.answers.add(rows("00000000000000000000000000000009"));

    assertThat(store.put(result(), "00000000000000000000000000000002")).isFalse();
    assertThat(dynamo.requests).hasSize(1);
  }

  @Test
  void put_lostRace_readsAgainAndGivesWayToTheNewerWriter() {
    dynamo.answers.add(rows(null));
    dynamo.answers.add(
        TransactionCanceledException.builder()
            .cancellationReasons(
                CancellationReason.builder().code("ConditionalCheckFailed").build())
            .build());
    dynamo.answers.add(rows("00000000000000000000000000000009"));

    assertThat(store.put(result(), "00000000000000000000000000000002")).isFalse();
  }

  @Test
  void put_throttledTransaction_propagatesForALambdaRetry() {
    dynamo.answers.add(rows(null));
    dynamo.answers.add(
        TransactionCanceledException.builder()
            .cancellationReasons(CancellationReason.builder().code("ThrottlingError").build())
            .build());

    assertThatThrownBy(() -> store.put(result(), "00000000000000000000000000000002"))
        .isInstanceOf(TransactionCanceledException.class);
  }

  @Test
  void delete_writesATombstoneWithoutListingAttributes() {
    dynamo.answers.add(rows("00000000000000000000000000000001", "S#union#pay offer"));
    dynamo.answers.add(TransactWriteItemsResponse.builder().build());

    assertThat(store.delete("0123456789abcdef0123", "00000000000000000000000000000002")).isTrue();

    TransactWriteItemsRequest tx = (TransactWriteItemsRequest) dynamo.requests.get(1);
    Map<String, AttributeValue> tombstone = tx.transactItems().get(0).put().item();
    assertThat(tombstone)
        .containsKeys("pk", "sk", "seq", "deleted")
        .doesNotContainKeys("gsi1pk", "result");
    assertThat(tx.transactItems().get(1).delete().key().get("sk").s())
        .isEqualTo("S#union#pay offer");
  }

  @Test
  void stancesByParty_foreignCursor_isRejectedBeforeAnyRequest() {
    String cursor =
        Cursors.encode(
            Map.of(
                "pk",
                AttributeValue.fromS("ART#x"),
                "sk",
                AttributeValue.fromS("S#a#b"),
                "gsi2pk",
                AttributeValue.fromS("PARTY#someone else"),
                "gsi2sk",
                AttributeValue.fromS("t#x#b")));

    assertThatThrownBy(() -> store.stancesByParty("russia", null, 10, cursor))
        .isInstanceOf(InvalidCursorException.class);
    assertThat(dynamo.requests).isEmpty();
  }

  @Test
  void list_queriesTheTimeIndexNewestFirst() {
    dynamo.answers.add(QueryResponse.builder().items(List.of()).build());

    store.list(7, null);

    QueryRequest q = (QueryRequest) dynamo.requests.get(0);
    assertThat(q.indexName()).isEqualTo(Table.BY_TIME);
    assertThat(q.scanIndexForward()).isFalse();
    assertThat(q.limit()).isEqualTo(7);
  }
}
