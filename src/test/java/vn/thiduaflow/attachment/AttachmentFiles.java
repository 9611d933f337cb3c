package vn.thiduaflow.attachment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Files made for the tests, of every kind an upload may be: real PDF, DOCX and images, and what must be refused. */
public final class AttachmentFiles {

  private AttachmentFiles() {}

  /** A small valid PDF (one empty page) with a line of text in its info. */
  public static byte[] pdf() {
    String body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
        + "trailer<</Root 1 0 R>>\n%%EOF\n";
    return body.getBytes(StandardCharsets.US_ASCII);
  }

  /** A PDF of exactly {@code size} bytes (the small one padded with a comment line). */
  public static byte[] pdfOfSize(long size) {
    byte[] head = pdf();
    byte[] file = new byte[Math.toIntExact(size)];
    System.arraycopy(head, 0, file, 0, head.length);
    java.util.Arrays.fill(file, head.length, file.length, (byte) ' ');
    file[head.length] = '%';
    return file;
  }

  /** A Word document written by Apache POI with one paragraph. */
  public static byte[] docx(String text) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText(text);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A 40 × 30 image in the given ImageIO format ("png", "jpeg", "tiff"). */
  public static byte[] image(String format) {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 40; x++) {
      image.setRGB(x, x % 30, 0x1f4e79);
    }
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no ImageIO writer for " + format);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The start of a Windows executable (MZ header, PE signature). */
  public static byte[] exe() {
    byte[] file = new byte[1024];
    file[0] = 'M';
    file[1] = 'Z';
    file[0x3c] = (byte) 0x80;
    file[0x80] = 'P';
    file[0x81] = 'E';
    return file;
  }

  /** An HTML page with a script. */
  public static byte[] html() {
    return "<!DOCTYPE html>\n<html><head><title>Tóm tắt</title></head><body><script>alert(1)</script></body></html>\n"
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A ZIP of plain entries (no word/document.xml). */
  public static byte[] zip(String... namesAndTexts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i + 1 < namesAndTexts.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
        zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * A ZIP bomb dressed as a Word document: an entry of {@code megabytes} MiB of zeros (about 1,000:1), then
   * {@code word/document.xml}.
   */
  public static byte[] bombBeforeWordPart(int megabytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(9);
      zip.putNextEntry(new ZipEntry("word/media/zeros.bin"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < megabytes; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
