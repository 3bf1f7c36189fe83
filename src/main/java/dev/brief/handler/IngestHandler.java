package dev.brief.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import dev.brief.app.ArticleIds;
import dev.brief.app.IngestService;
import dev.brief.app.ObjectEvent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The ingest function: S3 notification in, one outcome per record. Transient failures propagate so
 * that Lambda retries the event (and then sends it to the on-failure destination); every record is
 * idempotent, so a retried event redoes only what did not land.
 */
@Named("ingest")
public class IngestHandler implements RequestHandler<S3Event, IngestHandler.Report> {
  private static final Logger LOG = Logger.getLogger(IngestHandler.class);

  /** How many records ended in each outcome. */
  public record Report(Map<IngestService.Outcome, Integer> outcomes) {}

  @Inject IngestService service;

  @Override
  public Report handleRequest(S3Event event, Context context) {
    Map<IngestService.Outcome, Integer> counts = new EnumMap<>(IngestService.Outcome.class);
    for (ObjectEvent e : S3Events.of(event)) {
      long start = System.nanoTime();
      IngestService.Outcome outcome = service.handle(e);
      counts.merge(outcome, 1, Integer::sum);
      LOG.infof(
          "ingest requestId=%s articleId=%s event=%s outcome=%s ms=%d",
          context == null ? "-" : context.getAwsRequestId(),
          ArticleIds.of(e.bucket(), e.key()),
          e.type(),
          outcome,
          (System.nanoTime() - start) / 1_000_000);
    }
    return new Report(counts);
  }
}
