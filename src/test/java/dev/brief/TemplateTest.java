package dev.brief;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.brief.aws.Table;
import dev.brief.handler.StreamHandler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;

/** Parses template.yaml so that a later edit cannot quietly drift from the code or widen access. */
class TemplateTest {
  private static JsonNode resources;
  private static JsonNode globals;
  private static JsonNode parameters;

  @BeforeAll
  static void parse() throws Exception {
    JsonNode t =
        new ObjectMapper(new YAMLFactory())
            .readTree(
                Path.of(System.getProperty("repo.root", ".")).resolve("template.yaml").toFile());
    resources = t.get("Resources");
    parameters = t.get("Parameters");
    globals = t.get("Globals").get("Function");
  }

  private static List<String> actions(JsonNode function) {
    List<String> out = new ArrayList<>();
    for (JsonNode policy : function.get("Properties").get("Policies")) {
      for (JsonNode st : policy.get("Statement")) {
        JsonNode a = st.get("Action");
        if (a.isArray()) {
          a.forEach(x -> out.add(x.asText()));
        } else {
          out.add(a.asText());
        }
      }
    }
    return out;
  }

  @Test
  void table_matchesTheTableClass() {
    CreateTableRequest expected = Table.createRequest("x");
    JsonNode table = resources.get("ResultsTable").get("Properties");

    assertThat(table.get("BillingMode").asText()).isEqualTo("PAY_PER_REQUEST");
    Set<String> indexes = new TreeSet<>();
    for (JsonNode i : table.get("GlobalSecondaryIndexes")) {
      indexes.add(
          i.get("IndexName").asText()
              + ":"
              + i.get("KeySchema").get(0).get("AttributeName").asText()
              + "/"
              + i.get("KeySchema").get(1).get("AttributeName").asText());
    }
    Set<String> fromCode = new TreeSet<>();
    for (GlobalSecondaryIndex i : expected.globalSecondaryIndexes()) {
      fromCode.add(
          i.indexName()
              + ":"
              + i.keySchema().get(0).attributeName()
              + "/"
              + i.keySchema().get(1).attributeName());
    }
    assertThat(indexes).isEqualTo(fromCode);
    assertThat(table.get("KeySchema").get(0).get("AttributeName").asText()).isEqualTo(Table.PK);
    assertThat(table.get("KeySchema").get(1).get("AttributeName").asText()).isEqualTo(Table.SK);
  }

  @Test
  void functions_shareOneZipAndPickTheirHandler() {
    assertThat(globals.get("CodeUri").asText()).isEqualTo("target/function.zip");
    assertThat(globals.get("Runtime").asText()).isEqualTo("java21");
    assertThat(globals.get("SnapStart").get("ApplyOn").asText()).isEqualTo("PublishedVersions");
    assertThat(
            resources
                .at("/IngestFunction/Properties/Environment/Variables/QUARKUS_LAMBDA_HANDLER")
                .asText())
        .isEqualTo("ingest");
    assertThat(
            resources
                .at("/QueryFunction/Properties/Environment/Variables/QUARKUS_LAMBDA_HANDLER")
                .asText())
        .isEqualTo("query");
  }

  @Test
  void handler_isTheClassThatStartsTheWarmupThenQuarkus() throws Exception {
    String handler = globals.get("Handler").asText();
    assertThat(handler).endsWith("::handleRequest");
    Class<?> c =
        Class.forName(
            handler.substring(0, handler.indexOf("::")),
            false,
            TemplateTest.class.getClassLoader());
    assertThat(c).isEqualTo(StreamHandler.class);
    assertThat(RequestStreamHandler.class).isAssignableFrom(c);
  }

  @Test
  void ingest_readsTheBucketWritesTheTableAndHasAFailureDestination() {
    JsonNode ingest = resources.get("IngestFunction");

    assertThat(actions(ingest))
        .containsExactlyInAnyOrder(
            "s3:GetObject",
            "s3:GetObjectVersion",
            "dynamodb:GetItem",
            "dynamodb:Query",
            "dynamodb:PutItem",
            "dynamodb:DeleteItem",
            "dynamodb:ConditionCheckItem",
            "sqs:SendMessage");
    assertThat(ingest.at("/Properties/EventInvokeConfig/DestinationConfig/OnFailure/Type").asText())
        .isEqualTo("SQS");
  }

  @Test
  void query_onlyReadsTheTable() {
    assertThat(actions(resources.get("QueryFunction")))
        .containsExactlyInAnyOrder("dynamodb:GetItem", "dynamodb:Query");
  }

  @Test
  void noWildcardActionsAnywhere() {
    for (String fn : List.of("IngestFunction", "QueryFunction")) {
      assertThat(actions(resources.get(fn))).noneMatch(a -> a.contains("*"));
    }
  }

  @Test
  void bucket_isEncryptedPrivateAndTlsOnly() {
    JsonNode b = resources.get("ArticlesBucket").get("Properties");
    JsonNode block = b.get("PublicAccessBlockConfiguration");

    assertThat(b.get("BucketEncryption")).isNotNull();
    for (String flag :
        List.of(
            "BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets")) {
      assertThat(block.get(flag).asBoolean()).as(flag).isTrue();
    }
    JsonNode deny = resources.at("/ArticlesBucketPolicy/Properties/PolicyDocument/Statement/0");
    assertThat(deny.get("Effect").asText()).isEqualTo("Deny");
    assertThat(deny.at("/Condition/Bool/aws:SecureTransport").asText()).isEqualTo("false");
  }

  @Test
  void api_everyRouteRequiresIamOrJwtAndIsThrottled() {
    int routes = 0;
    for (var it = resources.fields(); it.hasNext(); ) {
      var r = it.next();
      if (!r.getValue().path("Type").asText().equals("AWS::ApiGatewayV2::Route")) {
        continue;
      }
      routes++;
      JsonNode auth = r.getValue().at("/Properties/AuthorizationType");
      // !If [UseJwt, JWT, AWS_IAM]: both branches authenticate; NONE never appears
      assertThat(auth.isArray() ? auth.toString() : auth.asText())
          .as(r.getKey())
          .contains("JWT")
          .contains("AWS_IAM")
          .doesNotContain("NONE");
    }
    assertThat(routes).isEqualTo(4);
    assertThat(parameters.at("/ApiAuthorization/Default").asText()).isEqualTo("AWS_IAM");
    assertThat(parameters.at("/ApiAuthorization/AllowedValues").toString()).doesNotContain("NONE");
    assertThat(
            resources
                .at("/ApiStage/Properties/DefaultRouteSettings/ThrottlingRateLimit")
                .isMissingNode())
        .isFalse();
    assertThat(resources.at("/IngestLogGroup/Properties/RetentionInDays").isMissingNode())
        .isFalse();
    assertThat(resources.at("/QueryLogGroup/Properties/RetentionInDays").isMissingNode()).isFalse();
  }

  @Test
  void functions_carryNoSecretsInTheirEnvironment() {
    for (JsonNode vars :
        List.of(
            globals.at("/Environment/Variables"),
            resources.at("/IngestFunction/Properties/Environment/Variables"),
            resources.at("/QueryFunction/Properties/Environment/Variables"))) {
      vars.fieldNames()
          .forEachRemaining(
              name ->
                  assertThat(name.toUpperCase(java.util.Locale.ROOT))
                      .doesNotContain("SECRET", "PASSWORD", "TOKEN", "ACCESS_KEY", "PRIVATE"));
    }
  }
}
