package dev.brief.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.brief.app.ArticleSource;
import dev.brief.app.StoredObject;
import dev.brief.aws.S3ArticleSource;
import dev.brief.testutil.Emulators;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 adapter against a real S3 protocol peer. */
class S3ArticleSourceIT {
  private static final String BUCKET = "source-it";
  private static S3Client s3;

  @BeforeAll
  static void bucket() {
    s3 = Emulators.shared().s3Client();
    if (s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(BUCKET))) {
      s3.createBucket(b -> b.bucket(BUCKET));
    }
  }

  @Test
  void fetch_smallObject_returnsBytesAndMetadata() {
    s3.putObject(
        b -> b.bucket(BUCKET).key("dir/a b+c.txt").contentType("text/plain; charset=utf-8"),
        RequestBody.fromString("Hello, K\u00f8benhavn.", StandardCharsets.UTF_8));

    StoredObject o = new S3ArticleSource(s3).fetch(BUCKET, "dir/a b+c.txt", null, 1000);

    assertThat(new String(o.bytes(), StandardCharsets.UTF_8)).isEqualTo("Hello, K\u00f8benhavn.");
    assertThat(o.contentType()).startsWith("text/plain");
    assertThat(o.etag()).isNotBlank().doesNotContain("\"");
  }

  @Test
  void fetch_objectOverTheCap_isTooLargeWithoutReadingItAll() {
    s3.putObject(b -> b.bucket(BUCKET).key("big.txt"), RequestBody.fromBytes(new byte[200_000]));

    assertThatThrownBy(() -> new S3ArticleSource(s3).fetch(BUCKET, "big.txt", null, 10_000))
        .isInstanceOf(ArticleSource.ObjectTooLargeException.class);
  }

  @Test
  void fetch_missingKey_isGone() {
    assertThatThrownBy(() -> new S3ArticleSource(s3).fetch(BUCKET, "never-there.txt", null, 1000))
        .isInstanceOf(ArticleSource.ObjectGoneException.class);
  }
}
