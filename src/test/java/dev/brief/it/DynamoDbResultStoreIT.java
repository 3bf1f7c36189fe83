package dev.brief.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.brief.app.ArticleResult;
import dev.brief.app.InvalidCursorException;
import dev.brief.app.Page;
import dev.brief.app.SourceRef;
import dev.brief.app.StanceRow;
import dev.brief.aws.DynamoDbResultStore;
import dev.brief.aws.Table;
import dev.brief.core.Analyzer;
import dev.brief.core.SummaryLength;
import dev.brief.core.TextFormat;
import dev.brief.testutil.Emulators;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The DynamoDB adapter against DynamoDB Local: transactions, conditions, indexes, cursors. */
class DynamoDbResultStoreIT {
  private static final String TABLE = "store-it";
  private static DynamoDbResultStore store;

  @BeforeAll
  static void table() {
    DynamoDbClient dynamo = Emulators.shared().dynamoClient();
    dynamo.createTable(Table.createRequest(TABLE));
    store = new DynamoDbResultStore(dynamo, TABLE);
  }

  private static ArticleResult article(String id, String text, String at) {
    var a =
        Analyzer.standard()
            .analyseText(text, TextFormat.PLAIN, "UTF-8", SummaryLength.sentences(2));
    return ArticleResult.done(id, new SourceRef("b", id + ".txt", null, null, 1L, null), a, at);
  }

  private static String seq(int n) {
    return String.format("%032X", n);
  }

  @Test
  void putGetReplaceDelete_followTheSequencer() {
    String id = "00000000000000000001";
    store.put(
        article(
            id,
            "Tax row\n\nLabour backed the tax rise. The Conservatives opposed the tax rise.",
            "2025-11-24T10:00:00Z"),
        seq(1));
    assertThat(store.get(id)).get().extracting(ArticleResult::title).isEqualTo("Tax row");

    assertThat(
            store.put(article(id, "Old news\n\nNothing happened.", "2025-11-24T09:00:00Z"), seq(1)))
        .isFalse();
    assertThat(
            store.put(
                article(id, "Pay deal\n\nThe union backed the pay deal.", "2025-11-24T11:00:00Z"),
                seq(2)))
        .isTrue();
    assertThat(store.get(id)).get().extracting(ArticleResult::title).isEqualTo("Pay deal");
    assertThat(store.stancesByIssue("tax rise", 100, null).items())
        .extracting(StanceRow::articleId)
        .doesNotContain(id);

    assertThat(store.delete(id, seq(3))).isTrue();
    assertThat(store.get(id)).isEmpty();
    assertThat(
            store.put(
                article(id, "Zombie\n\nA late create arrived.", "2025-11-24T12:00:00Z"), seq(2)))
        .isFalse();
    assertThat(store.get(id)).isEmpty();
  }

  @Test
  void stancesByParty_pagesNewestFirstWithCursorsThatStayInTheirQuery() {
    for (int i = 0; i < 5; i++) {
      String id = String.format("1000000000000000000%d", i);
      store.put(
          article(
              id,
              "Budget\n\nFrance rejected the budget rules. Germany backed the budget rules.",
              "2025-11-24T10:0" + i + ":00Z"),
          seq(1));
    }
    Set<String> seen = new HashSet<>();
    String next = null;
    String previous = "9999";
    do {
      Page<StanceRow> page = store.stancesByParty("france", null, 2, next);
      for (StanceRow r : page.items()) {
        assertThat(r.party()).isEqualTo("France");
        assertThat(r.processedAt()).isLessThanOrEqualTo(previous);
        previous = r.processedAt();
        seen.add(r.articleId());
      }
      next = page.next();
      if (next != null) {
        String cursor = next;
        assertThatThrownBy(() -> store.stancesByParty("germany", null, 2, cursor))
            .isInstanceOf(InvalidCursorException.class);
      }
    } while (next != null);
    assertThat(seen).hasSize(5);
    assertThat(store.stancesByParty("france", "budget rules", 100, null).items()).hasSize(5);
    assertThat(store.stancesByParty("france", "other issue", 100, null).items()).isEmpty();
  }

  @Test
  void conditionalStance_isServedAsConditionalAcrossArticles() {
    store.put(
        article(
            "20000000000000000001",
            "Housing\n\nLabour will vote against the housing bill unless ministers drop the tax"
                + " rise. Norway welcomed the housing bill.",
            "2025-11-25T10:00:00Z"),
        seq(1));

    List<StanceRow> labour = store.stancesByParty("labour", "housing bill", 10, null).items();
    List<StanceRow> norway = store.stancesByParty("norway", "housing bill", 10, null).items();
    assertThat(labour).singleElement().satisfies(r -> assertThat(r.conditional()).isTrue());
    assertThat(norway).singleElement().satisfies(r -> assertThat(r.conditional()).isFalse());
  }
}
