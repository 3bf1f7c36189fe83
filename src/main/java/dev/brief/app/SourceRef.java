package dev.brief.app;

/** Where an article came from: the S3 object, its version and what S3 said about it. */
public record SourceRef(
    String bucket, String key, String versionId, String etag, Long size, String contentType) {}
