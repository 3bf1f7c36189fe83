package dev.brief.testutil;

import static io.restassured.RestAssured.given;

/**
 * The event endpoint that {@code @QuarkusTest} serves for a Quarkus Lambda handler: posts one event
 * and returns the handler's JSON reply, failing unless the invocation itself succeeded.
 */
public final class QuarkusLambdaEndpoint {
  private QuarkusLambdaEndpoint() {}

  public static String invoke(String eventJson) {
    return given()
        .contentType("application/json")
        .body(eventJson)
        .when()
        .post()
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }
}
