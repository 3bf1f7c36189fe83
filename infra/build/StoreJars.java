import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a Lambda function zip so that the jars under {@code lib/} hold their entries stored
 * (uncompressed), while the zip itself stays deflated.
 *
 * <p>Lambda unpacks the zip once; the JVM then reads every class it loads from those jars. A stored
 * entry is read as is, a deflated one is inflated first, and a cold start loads about 5,700
 * classes. The outer zip compresses the stored jars in one pass, which also makes it smaller than
 * jars compressed twice.
 *
 * <p>Run by Maven in the package phase, after Quarkus writes the zip: {@code java
 * infra/build/StoreJars.java target/function.zip}. Rewriting an already rewritten zip gives the
 * same content.
 */
public final class StoreJars {
  private StoreJars() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: java infra/build/StoreJars.java <function.zip>");
    }
    Path zip = Path.of(args[0]);
    if (!Files.isRegularFile(zip)) {
      throw new IllegalArgumentException("No function zip at " + zip.toAbsolutePath());
    }
    long before = Files.size(zip);
    Path tmp = zip.resolveSibling(zip.getFileName() + ".tmp");
    int jars = 0;
    try (ZipFile in = new ZipFile(zip.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
      out.setLevel(Deflater.BEST_COMPRESSION);
      for (ZipEntry e : Collections.list(in.entries())) {
        byte[] data = in.getInputStream(e).readAllBytes();
        if (isLibJar(e)) {
          data = storedCopy(data, e.getName());
          jars++;
        }
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(e.getTime());
        out.putNextEntry(copy);
        out.write(data);
        out.closeEntry();
      }
    }
    Files.move(tmp, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    System.out.printf(
        Locale.ROOT,
        "StoreJars: %d jars in %s now stored; %.1f MB -> %.1f MB%n",
        jars,
        zip.getFileName(),
        before / 1e6,
        Files.size(zip) / 1e6);
  }

  private static boolean isLibJar(ZipEntry e) {
    return !e.isDirectory() && e.getName().startsWith("lib/") && e.getName().endsWith(".jar");
  }

  /** The same jar, entry for entry and in the same order, every entry stored. */
  static byte[] storedCopy(byte[] jar, String name) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(jar.length * 3);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] data = in.readAllBytes();
        CRC32 crc = new CRC32();
        crc.update(data);
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setMethod(ZipEntry.STORED);
        copy.setSize(data.length);
        copy.setCompressedSize(data.length);
        copy.setCrc(crc.getValue());
        copy.setTime(e.getTime());
        out.putNextEntry(copy);
        out.write(data);
        out.closeEntry();
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("Cannot rewrite " + name + ": " + ex.getMessage(), ex);
    }
    return bytes.toByteArray();
  }
}
