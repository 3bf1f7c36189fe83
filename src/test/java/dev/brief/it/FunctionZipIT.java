package dev.brief.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.testutil.RepoPaths;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * target/function.zip as Lambda receives it: within the package target, its lib/ jars rewritten
 * with stored entries (infra/build/StoreJars.java). EndToEndIT runs the same zip.
 */
class FunctionZipIT {
  private static final Path ZIP = RepoPaths.functionZip();

  @Test
  void functionZip_isWithinTwentyMegabytes() throws IOException {
    assertThat(Files.size(ZIP)).isLessThanOrEqualTo(20L * 1024 * 1024);
  }

  @Test
  void functionZip_libJars_holdEveryEntryStored() throws IOException {
    List<String> compressed = new ArrayList<>();
    int jars = 0;
    try (ZipFile zip = new ZipFile(ZIP.toFile())) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        if (!e.getName().startsWith("lib/") || !e.getName().endsWith(".jar")) {
          continue;
        }
        jars++;
        byte[] jar = zip.getInputStream(e).readAllBytes();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
          for (ZipEntry inner = in.getNextEntry(); inner != null; inner = in.getNextEntry()) {
            if (inner.getMethod() != ZipEntry.STORED) {
              compressed.add(e.getName() + "!" + inner.getName());
            }
          }
        }
      }
    }
    assertThat(jars).as("jars under lib/").isGreaterThan(20);
    assertThat(compressed).as("deflated entries in lib/ jars").isEmpty();
  }
}
