package dev.brief.handler;

/** An RFC 9457 problem detail, the body of every error the query API returns. */
record Problem(String type, String title, int status, String detail) {}
