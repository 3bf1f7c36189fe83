package dev.brief.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.brief.config.Warmup;
import io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Both functions' Lambda handler ({@code dev.brief.handler.StreamHandler::handleRequest}). Loading
 * it starts the {@link Warmup} on a second thread (unless {@code BRIEF_WARMUP=false}); creating it
 * boots Quarkus, which dispatches every invocation to the handler named by {@code
 * QUARKUS_LAMBDA_HANDLER}.
 */
public final class StreamHandler implements RequestStreamHandler {
  static {
    if (!"false".equals(System.getenv("BRIEF_WARMUP"))) {
      Warmup.start(System.getenv("QUARKUS_LAMBDA_HANDLER"));
    }
  }

  private final QuarkusStreamHandler quarkus = new QuarkusStreamHandler();

  @Override
  public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
    quarkus.handleRequest(in, out, context);
  }
}
