package vn.thiduaflow.award;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Prints certificates as PDF (Apache PDFBox), one A4 landscape page per recipient, in the font Noto Serif (SIL Open
 * Font License 1.1, embedded as a subset; its glyphs cover Vietnamese), so a page prints the same on any printer.
 * <ul>
 *   <li>{@link Mode#FULL}: on blank paper — double border, national title and motto, the award form's name, "TẶNG",
 *       and every field;</li>
 *   <li>{@link Mode#ON_BLANKS}: onto the authority's pre-printed blanks (phôi bằng) — the fields only, at the
 *       template's positions;</li>
 *   <li>{@link #testPrint}: the template's boxes over a millimetre grid, to measure a blank against.</li>
 * </ul>
 * Positions are millimetres from the sheet's left and top edges ({@link CertificateTemplate}).
 */
@Component
public class CertificatePrinter {

  /** How a page is printed. */
  public enum Mode {
    /** Everything, on blank paper. */
    FULL,
    /** The fields only, onto pre-printed blanks. */
    ON_BLANKS
  }

  /** Points per millimetre (1 pt = 1/72 inch). */
  static final float PT_PER_MM = 72f / 25.4f;
  /** A4 landscape. */
  static final PDRectangle SHEET = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
  private static final Color RED = new Color(0xB0, 0x1C, 0x1C);
  private static final Color GOLD = new Color(0xB8, 0x86, 0x0B);

  private final byte[] regular = font("NotoSerif-Regular.ttf");
  private final byte[] bold = font("NotoSerif-Bold.ttf");
  private final byte[] italic = font("NotoSerif-Italic.ttf");

  /**
   * One PDF with a page per certificate, in the order given (the printer's file for a whole decision).
   *
   * @param title the document's title (PDF metadata): "Giấy khen — Quyết định số 15/QĐ-UBND"
   * @throws IllegalArgumentException when there is no certificate
   */
  public byte[] print(List<Certificate> certificates, CertificateTemplate template, Mode mode, String title) {
    if (certificates.isEmpty()) {
      throw new IllegalArgumentException("no certificate to print");
    }
    try (PDDocument doc = new PDDocument()) {
      Fonts fonts = fonts(doc);
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle(title);
      info.setCreator("Thi Đua Flow");
      doc.setDocumentInformation(info);
      for (Certificate c : certificates) {
        PDPage page = new PDPage(SHEET);
        doc.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
          if (mode == Mode.FULL) {
            fixedParts(out, fonts, template);
          }
          for (Map.Entry<CertificateField, CertificateTemplate.Box> f : template.fields().entrySet()) {
            write(out, fonts, f.getValue(), c.text(f.getKey()), mode == Mode.FULL ? color(f.getKey()) : Color.BLACK);
          }
        }
      }
      return bytes(doc);
    } catch (IOException e) {
      throw new UncheckedIOException("certificate PDF", e);
    }
  }

  /**
   * A test page for a template: a grid of millimetres (a fine line every 5 mm, a labelled one every 10 mm) with every
   * field's box outlined and named, to print on a blank and read the positions off.
   */
  public byte[] testPrint(CertificateTemplate template) {
    try (PDDocument doc = new PDDocument()) {
      Fonts fonts = fonts(doc);
      PDPage page = new PDPage(SHEET);
      doc.addPage(page);
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        float widthMm = SHEET.getWidth() / PT_PER_MM;
        float heightMm = SHEET.getHeight() / PT_PER_MM;
        for (int mm = 0; mm <= widthMm; mm += 5) {
          line(out, mm, 0, mm, heightMm, mm % 10 == 0 ? 0.4f : 0.15f, Color.LIGHT_GRAY);
          if (mm % 10 == 0) {
            text(out, fonts.regular, 5, String.valueOf(mm), mm * PT_PER_MM + 1, SHEET.getHeight() - 7, Color.GRAY);
          }
        }
        for (int mm = 0; mm <= heightMm; mm += 5) {
          line(out, 0, mm, widthMm, mm, mm % 10 == 0 ? 0.4f : 0.15f, Color.LIGHT_GRAY);
          if (mm % 10 == 0) {
            text(out, fonts.regular, 5, String.valueOf(mm), 1, SHEET.getHeight() - mm * PT_PER_MM - 6, Color.GRAY);
          }
        }
        for (Map.Entry<CertificateField, CertificateTemplate.Box> f : template.fields().entrySet()) {
          CertificateTemplate.Box b = f.getValue();
          double left = b.isCentered() ? b.x() - b.width() / 2 : b.x();
          double top = b.y() - b.size() / PT_PER_MM;
          out.setStrokingColor(RED);
          out.setLineWidth(0.6f);
          out.addRect((float) (left * PT_PER_MM), (float) (SHEET.getHeight() - (b.y() + 2) * PT_PER_MM),
              (float) (b.width() * PT_PER_MM), (float) ((b.y() + 2 - top) * PT_PER_MM));
          out.stroke();
          text(out, fonts.regular, 6, f.getKey().name() + " (x " + b.x() + ", y " + b.y() + " mm)",
              (float) (left * PT_PER_MM) + 1, (float) (SHEET.getHeight() - top * PT_PER_MM) + 2, RED);
        }
        text(out, fonts.bold, 9, "Bản in thử mẫu «" + template.label() + "» (" + template.id() + ") — lưới 5 mm",
            20 * PT_PER_MM, 8 * PT_PER_MM, Color.DARK_GRAY);
      }
      return bytes(doc);
    } catch (IOException e) {
      throw new UncheckedIOException("certificate test print", e);
    }
  }

  /** The parts pre-printed on a blank: double border, national title and motto, the award form's name, "TẶNG". */
  private static void fixedParts(PDPageContentStream out, Fonts fonts, CertificateTemplate template)
      throws IOException {
    out.setStrokingColor(GOLD);
    out.setLineWidth(3f);
    out.addRect(10 * PT_PER_MM, 10 * PT_PER_MM, SHEET.getWidth() - 20 * PT_PER_MM, SHEET.getHeight() - 20 * PT_PER_MM);
    out.stroke();
    out.setLineWidth(0.8f);
    out.addRect(14 * PT_PER_MM, 14 * PT_PER_MM, SHEET.getWidth() - 28 * PT_PER_MM, SHEET.getHeight() - 28 * PT_PER_MM);
    out.stroke();
    centered(out, fonts.bold, 14, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 148.5, 32, RED);
    centered(out, fonts.bold, 14, "Độc lập - Tự do - Hạnh phúc", 148.5, 40, RED);
    line(out, 118.5, 42, 178.5, 42, 0.6f, RED);
    centered(out, fonts.bold, 36, template.title(), 148.5, 82, RED);
    centered(out, fonts.bold, 15, "TẶNG", 148.5, 92, Color.BLACK);
  }

  /** A field's text in its box: wrapped on the box's width, first baseline at {@code y}. */
  private static void write(PDPageContentStream out, Fonts fonts, CertificateTemplate.Box box, String text,
      Color color) throws IOException {
    if (text.isEmpty()) {
      return;
    }
    PDFont font = box.bold() ? fonts.bold : box.italic() ? fonts.italic : fonts.regular;
    double lineMm = box.lineHeight() > 0 ? box.lineHeight() : box.size() * 1.35 / PT_PER_MM;
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n")) {
      lines.addAll(wrap(font, box.size(), paragraph, box.width() * PT_PER_MM));
    }
    for (int i = 0; i < lines.size(); i++) {
      double y = box.y() + i * lineMm;
      if (box.isCentered()) {
        centered(out, font, box.size(), lines.get(i), box.x(), y, color);
      } else {
        text(out, font, box.size(), lines.get(i), (float) (box.x() * PT_PER_MM),
            (float) (SHEET.getHeight() - y * PT_PER_MM), color);
      }
    }
  }

  /** The paragraph cut into lines no wider than {@code widthPt}, at spaces (a single longer word stands alone). */
  static List<String> wrap(PDFont font, float size, String paragraph, double widthPt) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.strip().split("\\s+")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && width(font, size, candidate) > widthPt) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static float width(PDFont font, float size, String text) throws IOException {
    return font.getStringWidth(text) / 1000f * size;
  }

  private static void centered(PDPageContentStream out, PDFont font, float size, String text, double xMm,
      double yMm, Color color) throws IOException {
    float x = (float) (xMm * PT_PER_MM) - width(font, size, text) / 2;
    text(out, font, size, text, x, (float) (SHEET.getHeight() - yMm * PT_PER_MM), color);
  }

  private static void text(PDPageContentStream out, PDFont font, float size, String text, float xPt, float yPt,
      Color color) throws IOException {
    out.beginText();
    out.setNonStrokingColor(color);
    out.setFont(font, size);
    out.newLineAtOffset(xPt, yPt);
    out.showText(text);
    out.endText();
  }

  private static void line(PDPageContentStream out, double x1, double y1, double x2, double y2, float width,
      Color color) throws IOException {
    out.setStrokingColor(color);
    out.setLineWidth(width);
    out.moveTo((float) (x1 * PT_PER_MM), (float) (SHEET.getHeight() - y1 * PT_PER_MM));
    out.lineTo((float) (x2 * PT_PER_MM), (float) (SHEET.getHeight() - y2 * PT_PER_MM));
    out.stroke();
  }

  private static Color color(CertificateField field) {
    return field == CertificateField.RECIPIENT ? RED : Color.BLACK;
  }

  private record Fonts(PDFont regular, PDFont bold, PDFont italic) {}

  private Fonts fonts(PDDocument doc) throws IOException {
    return new Fonts(load(doc, regular), load(doc, bold), load(doc, italic));
  }

  private static PDFont load(PDDocument doc, byte[] ttf) throws IOException {
    return PDType0Font.load(doc, new java.io.ByteArrayInputStream(ttf), true);
  }

  private static byte[] bytes(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  private static byte[] font(String file) {
    try (InputStream in = CertificatePrinter.class.getResourceAsStream("/fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the application: /fonts/" + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("font " + file, e);
    }
  }
}
