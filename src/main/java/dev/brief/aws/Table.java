package dev.brief.aws;

import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Brief's single DynamoDB table: every key, index and attribute name lives here. template.yaml
 * declares the same table; {@code TableTest} keeps the two in step.
 *
 * <pre>
 * item            pk            sk                       gsi1 (byTime)          gsi2 (byParty)              gsi3 (byIssue)
 * article result  ART#id        A                        ARTICLES / time#id     -                           -
 * tombstone       ART#id        A                        -                      -                           -
 * stance row      ART#id        S#partyKey#issueKey      -                      PARTY#partyKey / time#id#i  ISSUE#issueKey / time#id#p
 * </pre>
 */
public final class Table {
  public static final String PK = "pk";
  public static final String SK = "sk";
  public static final String GSI1_PK = "gsi1pk";
  public static final String GSI1_SK = "gsi1sk";
  public static final String GSI2_PK = "gsi2pk";
  public static final String GSI2_SK = "gsi2sk";
  public static final String GSI3_PK = "gsi3pk";
  public static final String GSI3_SK = "gsi3sk";
  public static final String BY_TIME = "byTime";
  public static final String BY_PARTY = "byParty";
  public static final String BY_ISSUE = "byIssue";

  public static final String ARTICLE_SK = "A";
  public static final String STANCE_SK_PREFIX = "S#";
  public static final String LIST_PARTITION = "ARTICLES";

  // attributes
  public static final String ID = "id";
  public static final String SEQUENCER = "seq";
  public static final String STATUS = "status";
  public static final String REASON = "reason";
  public static final String TITLE = "title";
  public static final String PROCESSED_AT = "processedAt";
  public static final String KEY = "objectKey";
  public static final String RESULT = "result";
  public static final String DELETED = "deleted";
  public static final String PARTY = "party";
  public static final String PARTY_KIND = "partyKind";
  public static final String ISSUE = "issue";
  public static final String STANCE = "stance";
  public static final String CUE = "cue";
  public static final String CONFIDENCE = "confidence";
  public static final String CONDITIONAL = "conditional";
  public static final String EVIDENCE = "evidence";

  private Table() {}

  public static String articlePk(String id) {
    return "ART#" + id;
  }

  public static String stanceSk(String partyKey, String issueKey) {
    return STANCE_SK_PREFIX + partyKey + "#" + issueKey;
  }

  public static String partyPk(String partyKey) {
    return "PARTY#" + partyKey;
  }

  public static String issuePk(String issueKey) {
    return "ISSUE#" + issueKey;
  }

  /** The table as template.yaml declares it, for emulators and tests. */
  public static CreateTableRequest createRequest(String tableName) {
    return CreateTableRequest.builder()
        .tableName(tableName)
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(
            string(PK),
            string(SK),
            string(GSI1_PK),
            string(GSI1_SK),
            string(GSI2_PK),
            string(GSI2_SK),
            string(GSI3_PK),
            string(GSI3_SK))
        .keySchema(key(PK, KeyType.HASH), key(SK, KeyType.RANGE))
        .globalSecondaryIndexes(
            index(BY_TIME, GSI1_PK, GSI1_SK),
            index(BY_PARTY, GSI2_PK, GSI2_SK),
            index(BY_ISSUE, GSI3_PK, GSI3_SK))
        .build();
  }

  private static AttributeDefinition string(String name) {
    return AttributeDefinition.builder()
        .attributeName(name)
        .attributeType(ScalarAttributeType.S)
        .build();
  }

  private static KeySchemaElement key(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }

  private static GlobalSecondaryIndex index(String name, String pk, String sk) {
    return GlobalSecondaryIndex.builder()
        .indexName(name)
        .keySchema(key(pk, KeyType.HASH), key(sk, KeyType.RANGE))
        .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
        .build();
  }
}
