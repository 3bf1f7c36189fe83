package dev.brief.testutil;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's files are, for tests and the local run. */
public final class RepoPaths {
  private RepoPaths() {}

  public static Path root() {
    String configured = System.getProperty("repo.root");
    Path p = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("events").resolve("s3-put.json"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException(
          "Cannot find the repository root (no events/s3-put.json above "
              + Path.of("").toAbsolutePath()
              + ")");
    }
    return p;
  }

  public static Path events(String name) {
    return root().resolve("events").resolve(name);
  }

  public static Path seeds() {
    return root().resolve("seeds");
  }

  public static Path functionZip() {
    String configured = System.getProperty("repo.function-zip");
    return configured != null
        ? Path.of(configured)
        : root().resolve("target").resolve("function.zip");
  }
}
