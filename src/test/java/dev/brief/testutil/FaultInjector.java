package dev.brief.testutil;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Fails one operation a given number of times: either the connection drops before the request is
 * sent, or the real response (the request did reach the service) is replaced by a server error or
 * throttling - the ambiguous case where a write may have happened. An SDK interceptor.
 */
public final class FaultInjector implements ExecutionInterceptor {
  /** The kinds of failure injected. */
  public enum Fault {
    DYNAMODB_500(
        500,
        "{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\",\"message\":\"injected\"}"),
    DYNAMODB_THROTTLING(
        400,
        "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ThrottlingException\",\"message\":\"injected\"}"),
    S3_503(503, "<Error><Code>SlowDown</Code><Message>injected</Message></Error>"),
    /** The connection drops before the request is sent: the service never sees it. */
    CONNECTION_RESET(0, ""),
    /** The request stalls before it is sent, longer than the client's attempt timeout. */
    STALL(0, "");

    final int status;
    final String body;

    Fault(int status, String body) {
      this.status = status;
      this.body = body;
    }
  }

  private final String operation;
  private final Fault fault;
  private final AtomicInteger remaining = new AtomicInteger();
  public final AtomicInteger injected = new AtomicInteger();

  public FaultInjector(String operation, Fault fault) {
    this.operation = operation;
    this.fault = fault;
  }

  /** Fails the next {@code times} calls of the operation (SDK retries included). */
  public void failNext(int times) {
    remaining.set(times);
  }

  private boolean activeResponseFault(ExecutionAttributes attributes) {
    return fault != Fault.CONNECTION_RESET && fault != Fault.STALL && active(attributes);
  }

  private boolean active(ExecutionAttributes attributes) {
    return operation.equals(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))
        && remaining.get() > 0;
  }

  @Override
  public void beforeTransmission(
      Context.BeforeTransmission context, ExecutionAttributes attributes) {
    if (fault == Fault.STALL && active(attributes)) {
      remaining.decrementAndGet();
      injected.incrementAndGet();
      try {
        Thread.sleep(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt(); // the SDK's attempt timeout interrupts the stall
      }
      return;
    }
    if (fault == Fault.CONNECTION_RESET && active(attributes)) {
      remaining.decrementAndGet();
      injected.incrementAndGet();
      throw software.amazon.awssdk.core.exception.SdkClientException.builder()
          .message("injected connection reset")
          .cause(new java.io.IOException("Connection reset (injected)"))
          .build();
    }
  }

  @Override
  public SdkHttpResponse modifyHttpResponse(
      Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
    if (!activeResponseFault(attributes)) {
      return context.httpResponse();
    }
    return context.httpResponse().toBuilder()
        .statusCode(fault.status)
        .removeHeader("Content-Length")
        .build();
  }

  @Override
  public Optional<java.io.InputStream> modifyHttpResponseContent(
      Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
    if (!activeResponseFault(attributes)) {
      return context.responseBody();
    }
    remaining.decrementAndGet();
    injected.incrementAndGet();
    return Optional.of(
        AbortableInputStream.create(
            new java.io.ByteArrayInputStream(fault.body.getBytes(StandardCharsets.UTF_8))));
  }
}
