package dev.brief.handler;

import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import dev.brief.app.ObjectEvent;
import java.util.ArrayList;
import java.util.List;

/** Maps S3 notification records to {@link ObjectEvent}s: every record, keys URL-decoded. */
final class S3Events {
  private S3Events() {}

  static List<ObjectEvent> of(S3EventNotification notification) {
    List<ObjectEvent> out = new ArrayList<>();
    if (notification == null || notification.getRecords() == null) {
      return out; // e.g. s3:TestEvent, sent when a notification is configured
    }
    for (S3EventNotification.S3EventNotificationRecord r : notification.getRecords()) {
      String name = r.getEventName() == null ? "" : r.getEventName();
      ObjectEvent.Type type;
      if (name.startsWith("ObjectCreated")) {
        type = ObjectEvent.Type.CREATED;
      } else if (name.startsWith("ObjectRemoved")) {
        type = ObjectEvent.Type.REMOVED;
      } else {
        continue; // restore, replication, tagging...: nothing for Brief to do
      }
      var object = r.getS3().getObject();
      out.add(
          new ObjectEvent(
              type,
              r.getS3().getBucket().getName(),
              object.getUrlDecodedKey(),
              object.getVersionId(),
              object.getSequencer(),
              object.getSizeAsLong(),
              object.geteTag()));
    }
    return out;
  }
}
