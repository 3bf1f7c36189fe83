package dev.brief.aws;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

/** A DynamoDbClient that records requests and answers with queued responses. */
final class RecordingDynamoDb implements DynamoDbClient {
  final List<Object> requests = new ArrayList<>();
  final Deque<Object> answers = new ArrayDeque<>();

  @Override
  public GetItemResponse getItem(GetItemRequest r) {
    requests.add(r);
    return (GetItemResponse) answers.removeFirst();
  }

  @Override
  public QueryResponse query(QueryRequest r) {
    requests.add(r);
    return (QueryResponse) answers.removeFirst();
  }

  @Override
  public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest r) {
    requests.add(r);
    Object a = answers.removeFirst();
    if (a instanceof RuntimeException e) {
      throw e;
    }
    return (TransactWriteItemsResponse) a;
  }

  @Override
  public String serviceName() {
    return "dynamodb";
  }

  @Override
  public void close() {}
}
