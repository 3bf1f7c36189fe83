package dev.brief.app;

import dev.brief.core.Analysis;
import dev.brief.core.Analyzer;
import dev.brief.core.UnsupportedContentException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The ingest use case: one S3 event record in, one definite outcome out.
 *
 * <p>Created objects are read (never more than the size cap), analysed and stored; removed objects
 * have their results deleted. Events are ordered per key by S3's sequencer: an event that is not
 * newer than the last one applied (a redelivery, or an old event arriving late) changes nothing.
 * Permanent problems with the input become REJECTED results; transient failures of S3 or the store
 * propagate so that Lambda retries the event.
 */
public final class IngestService {
  /** What handling one event did. */
  public enum Outcome {
    DONE,
    REJECTED,
    FAILED,
    DELETED,
    /** The event was already applied, or a newer one was: nothing written. */
    SKIPPED_STALE,
    /** The object or version was gone when read: a later event describes what happened. */
    SKIPPED_GONE
  }

  private final ArticleSource source;
  private final ResultStore store;
  private final Analyzer analyzer;
  private final IngestSettings settings;
  private final Clock clock;

  public IngestService(
      ArticleSource source,
      ResultStore store,
      Analyzer analyzer,
      IngestSettings settings,
      Clock clock) {
    this.source = source;
    this.store = store;
    this.analyzer = analyzer;
    this.settings = settings;
    this.clock = clock;
  }

  public Outcome handle(ObjectEvent event) {
    String id = ArticleIds.of(event.bucket(), event.key());
    String sequencer = Sequencers.normalise(event.sequencer(), clock.millis());
    Optional<String> last = store.lastSequencer(id);
    if (last.isPresent() && last.get().compareTo(sequencer) >= 0) {
      return Outcome.SKIPPED_STALE;
    }
    if (event.type() == ObjectEvent.Type.REMOVED) {
      return store.delete(id, sequencer) ? Outcome.DELETED : Outcome.SKIPPED_STALE;
    }
    ArticleResult result = analyse(id, event);
    if (result == null) {
      return Outcome.SKIPPED_GONE;
    }
    if (!store.put(result, sequencer)) {
      return Outcome.SKIPPED_STALE;
    }
    return switch (result.status()) {
      case DONE -> Outcome.DONE;
      case REJECTED -> Outcome.REJECTED;
      case FAILED -> Outcome.FAILED;
    };
  }

  /** The result for a created object, or null when the object is gone. */
  private ArticleResult analyse(String id, ObjectEvent event) {
    String now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
    SourceRef declared =
        new SourceRef(
            event.bucket(), event.key(), event.versionId(), event.etag(), event.size(), null);
    if (event.size() != null && event.size() > settings.maxObjectBytes()) {
      return ArticleResult.notDone(
          id,
          declared,
          Status.REJECTED,
          "too-large",
          "The object is "
              + event.size()
              + " bytes; the limit is "
              + settings.maxObjectBytes()
              + " bytes.",
          now);
    }
    StoredObject object;
    try {
      object =
          source.fetch(event.bucket(), event.key(), event.versionId(), settings.maxObjectBytes());
    } catch (ArticleSource.ObjectTooLargeException e) {
      SourceRef ref =
          new SourceRef(
              event.bucket(), event.key(), event.versionId(), event.etag(), e.size(), null);
      return ArticleResult.notDone(id, ref, Status.REJECTED, "too-large", e.getMessage(), now);
    } catch (ArticleSource.ObjectGoneException e) {
      return null;
    }
    SourceRef ref =
        new SourceRef(
            event.bucket(),
            event.key(),
            object.versionId() != null ? object.versionId() : event.versionId(),
            object.etag() != null ? object.etag() : event.etag(),
            object.size(),
            object.contentType());
    if (object.bytes().length == 0) {
      return ArticleResult.notDone(id, ref, Status.REJECTED, "empty", "The object is empty.", now);
    }
    try {
      Analysis analysis =
          analyzer.analyse(
              object.bytes(), object.contentType(), event.key(), settings.summaryLength());
      return ArticleResult.done(id, ref, analysis, now);
    } catch (UnsupportedContentException e) {
      return ArticleResult.notDone(id, ref, Status.REJECTED, e.reason(), e.getMessage(), now);
    } catch (RuntimeException e) {
      // A defect in the analysis of this input: retrying the same bytes fails the same way, so the
      // object gets a FAILED result that names the error instead of a retry storm.
      return ArticleResult.notDone(
          id,
          ref,
          Status.FAILED,
          "analysis-error",
          "Brief could not analyse this object (" + e.getClass().getSimpleName() + ").",
          now);
    }
  }
}
