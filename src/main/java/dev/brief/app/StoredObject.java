package dev.brief.app;

/** An object's bytes and metadata as read from the source. */
public record StoredObject(
    byte[] bytes, String contentType, String etag, String versionId, long size) {}
