package dev.brief.aws;

import dev.brief.app.ArticleSource;
import dev.brief.app.StoredObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Reads articles from S3, streaming at most the cap: a 200 MB object never fills the heap. */
public final class S3ArticleSource implements ArticleSource {
  private final S3Client s3;

  public S3ArticleSource(S3Client s3) {
    this.s3 = s3;
  }

  @Override
  public StoredObject fetch(String bucket, String key, String versionId, long maxBytes) {
    GetObjectRequest request =
        GetObjectRequest.builder().bucket(bucket).key(key).versionId(versionId).build();
    try (ResponseInputStream<GetObjectResponse> in = s3.getObject(request)) {
      GetObjectResponse meta = in.response();
      Long length = meta.contentLength();
      if (length != null && length > maxBytes) {
        in.abort();
        throw new ObjectTooLargeException(length, maxBytes);
      }
      byte[] bytes = readAtMost(in, maxBytes);
      if (bytes == null) {
        in.abort();
        throw new ObjectTooLargeException(length == null ? maxBytes + 1 : length, maxBytes);
      }
      String etag = meta.eTag() == null ? null : meta.eTag().replace("\"", "");
      return new StoredObject(bytes, meta.contentType(), etag, meta.versionId(), bytes.length);
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        throw new ObjectGoneException(
            "s3://" + bucket + "/" + key + " is gone (" + e.awsErrorDetails().errorCode() + ")");
      }
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("Reading s3://" + bucket + "/" + key + " failed", e);
    }
  }

  /** The stream's bytes, or null when it holds more than {@code max}. */
  static byte[] readAtMost(InputStream in, long max) throws IOException {
    int cap = (int) Math.min(max, Integer.MAX_VALUE - 16);
    byte[] bytes = in.readNBytes(cap);
    if (bytes.length == cap && in.read() != -1) {
      return null;
    }
    return bytes;
  }
}
