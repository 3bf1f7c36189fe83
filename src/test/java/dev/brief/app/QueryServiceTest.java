package dev.brief.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QueryServiceTest {
  @Test
  void limit_defaultsCapsAndRejects() {
    assertThat(QueryService.limit(null)).isEqualTo(QueryService.DEFAULT_LIMIT);
    assertThat(QueryService.limit("7")).isEqualTo(7);
    assertThat(QueryService.limit("100000")).isEqualTo(QueryService.MAX_LIMIT);
    for (String bad : new String[] {"0", "-3", "ten", "", "99999999999999999999", "1.5"}) {
      assertThatThrownBy(() -> QueryService.limit(bad))
          .as(bad)
          .isInstanceOf(QueryService.BadRequestException.class);
    }
  }

  @Test
  void article_malformedId_isABadRequestNotALookup() {
    QueryService q = new QueryService(new dev.brief.testutil.InMemoryResultStore());

    assertThatThrownBy(() -> q.article("../../etc/passwd"))
        .isInstanceOf(QueryService.BadRequestException.class);
    assertThat(q.article("0123456789abcdef0123")).isEmpty();
  }

  @Test
  void names_areMatchedCaseAndSpaceInsensitively() {
    assertThat(Names.key("  Security   Guarantees ")).isEqualTo("security guarantees");
    assertThat(Names.key("\uFF32ussia")).isEqualTo("russia"); // full-width R, NFKC
  }
}
