package vn.thiduaflow.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.thiduaflow.award.CertificatePrinter.Mode;

/**
 * Certificates as PDF: A4 landscape, a page per recipient, Vietnamese text that comes back out of the PDF exactly as
 * it went in (the embedded font has its glyphs and a Unicode map), the fixed parts only in full print, a long
 * achievement wrapped inside its box, and a test print with the grid. The first page of each is rendered to PNG under
 * {@code target/certificates/} to be looked at.
 */
class CertificatePrinterTest {

  private static final CertificatePrinter PRINTER = new CertificatePrinter();
  private static final CertificateTemplate TEMPLATE = CertificateTemplates.read(
      CertificatePrinterTest.class.getResourceAsStream("/certificates/giay-khen.yaml"), "giay-khen.yaml");

  static Certificate certificate(String recipient) {
    Map<CertificateField, String> t = new EnumMap<>(CertificateField.class);
    t.put(CertificateField.AUTHORITY, "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BÌNH AN");
    t.put(CertificateField.RECIPIENT, recipient);
    t.put(CertificateField.RECIPIENT_DETAIL, "Giáo viên Trường Tiểu học Bình An");
    t.put(CertificateField.ACHIEVEMENT, "Đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn"
        + " 2020 - 2025, góp phần vào sự nghiệp xây dựng và bảo vệ Tổ quốc");
    t.put(CertificateField.PLACE_DATE, "Bình An, ngày 27 tháng 3 năm 2025");
    t.put(CertificateField.DECISION, "Quyết định số 15/QĐ-UBND ngày 20/3/2025");
    t.put(CertificateField.SIGNER_TITLE, "CHỦ TỊCH");
    t.put(CertificateField.SIGNER_NAME, "Trần Văn Bình");
    return new Certificate(t);
  }

  private static String text(PDDocument doc, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(doc);
  }

  private static void png(PDDocument doc, String name) throws IOException {
    BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 60);
    Path dir = Path.of("target", "certificates");
    Files.createDirectories(dir);
    ImageIO.write(image, "png", dir.resolve(name + ".png").toFile());
    assertThat(image.getWidth()).isGreaterThan(image.getHeight()); // landscape
  }

  @Test
  void aFullPrintHasAPagePerRecipientWithTheVietnameseTextIntact() throws IOException {
    byte[] pdf = PRINTER.print(List.of(certificate("Bà Nguyễn Thị Hoà"), certificate("Ông Phạm Đức Thắng")), TEMPLATE,
        Mode.FULL, "Giấy khen — Quyết định số 15/QĐ-UBND");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(2);
      PDPage first = doc.getPage(0);
      assertThat(first.getMediaBox().getWidth()).isEqualTo(CertificatePrinter.SHEET.getWidth());
      assertThat(first.getMediaBox().getWidth()).isGreaterThan(first.getMediaBox().getHeight());
      String one = text(doc, 1);
      assertThat(one).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "GIẤY KHEN", "TẶNG",
          "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BÌNH AN", "Bà Nguyễn Thị Hoà", "Giáo viên Trường Tiểu học Bình An",
          "Bình An, ngày 27 tháng 3 năm 2025", "Quyết định số 15/QĐ-UBND ngày 20/3/2025", "Trần Văn Bình");
      assertThat(one).doesNotContain("Phạm Đức Thắng");
      assertThat(text(doc, 2)).contains("Ông Phạm Đức Thắng");
      List<String> fonts = new ArrayList<>();
      for (var name : first.getResources().getFontNames()) {
        PDFont font = first.getResources().getFont(name);
        fonts.add(font.getName());
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
      }
      assertThat(fonts).allMatch(f -> f.contains("NotoSerif"));
      assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Giấy khen — Quyết định số 15/QĐ-UBND");
      png(doc, "full");
    }
  }

  @Test
  void onBlanksOnlyTheFieldsArePrinted() throws IOException {
    byte[] pdf = PRINTER.print(List.of(certificate("Bà Nguyễn Thị Hoà")), TEMPLATE, Mode.ON_BLANKS, "phôi");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String page = text(doc, 1);
      assertThat(page).contains("Bà Nguyễn Thị Hoà", "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BÌNH AN");
      assertThat(page).doesNotContain("CỘNG HÒA", "GIẤY KHEN", "TẶNG");
      png(doc, "on-blanks");
    }
  }

  @Test
  void aLongAchievementWrapsInsideItsBox() throws IOException {
    String longText = "Đã có thành tích xuất sắc ".repeat(12).strip();
    try (PDDocument doc = new PDDocument()) {
      PDFont font = PDType0Font.load(doc, CertificatePrinterTest.class.getResourceAsStream(
          "/fonts/NotoSerif-Italic.ttf"), true);
      double box = 230 * CertificatePrinter.PT_PER_MM;
      List<String> lines = CertificatePrinter.wrap(font, 14, longText, box);
      assertThat(lines).hasSizeGreaterThan(1);
      assertThat(String.join(" ", lines)).isEqualTo(longText);
      for (String line : lines) {
        assertThat(font.getStringWidth(line) / 1000f * 14).as(line).isLessThanOrEqualTo((float) box);
      }
    }
  }

  @Test
  void theTestPrintShowsTheGridAndEveryBox() throws IOException {
    try (PDDocument doc = Loader.loadPDF(PRINTER.testPrint(TEMPLATE))) {
      String page = text(doc, 1);
      for (CertificateField f : CertificateField.values()) {
        assertThat(page).contains(f.name());
      }
      assertThat(page).contains("x 148.5, y 104.0 mm", "290", "200", "Bản in thử mẫu");
      png(doc, "test-print");
    }
  }

  @Test
  void aTemplateWithoutABoxForEveryFieldIsRefused() {
    String yaml = "id: thieu\ntitle: GIẤY KHEN\nfields:\n  RECIPIENT: { x: 148.5, y: 104, width: 250, size: 22 }\n";
    assertThatThrownBy(() -> CertificateTemplates.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
        "thieu.yaml")).hasMessageContaining("thieu.yaml").hasMessageContaining("AUTHORITY");
  }

  @Test
  void nothingToPrintIsRefused() {
    assertThatThrownBy(() -> PRINTER.print(List.of(), TEMPLATE, Mode.FULL, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
