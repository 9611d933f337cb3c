package vn.thiduaflow.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.thiduaflow.system.VietnameseDates;

/**
 * A Word document (DOCX, Apache POI) in the layout of a Vietnamese administrative document, Decree 30/2020/NĐ-CP
 * Appendix I: A4, margins 20–25 mm top and bottom, 30–35 mm left, 15–20 mm right; Times New Roman; the issuing body
 * and the document number on the left of the header, the national motto (Quốc hiệu «CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
 * NAM», tiêu ngữ «Độc lập - Tự do - Hạnh phúc») and the place and date on the right; the title centred in bold capitals;
 * recipients (Nơi nhận) on the left and the signature block on the right at the end. The number is left for the
 * office to fill at issue ("Số:      /CTr-HĐTĐKT"): documents get their number in the office's register, not here.
 */
final class AdministrativeDocument {

  private static final String FONT = "Times New Roman";
  /** Twentieths of a point per millimetre. */
  private static final double TWIPS_PER_MM = 56.7;

  private final XWPFDocument doc = new XWPFDocument();

  /**
   * @param issuer the issuing body, lines from the top (e.g. "UBND XÃ BÌNH AN", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG")
   * @param numberSuffix the number's kind and body after the slash, e.g. "CTr-HĐTĐKT" (programme), "BC-HĐTĐKT" (report),
   *     left blank before it; or a whole number already given ("15/QĐ-UBND", a decision's)
   * @param place the place written before the date (e.g. "Bình An")
   * @param date the date written in words of the header (ngày … tháng … năm …); null leaves it blank to fill
   */
  AdministrativeDocument(List<String> issuer, String numberSuffix, String place, LocalDate date) {
    page();
    XWPFTable header = doc.createTable(1, 2);
    header.setTableAlignment(TableRowAlign.CENTER);
    header.removeBorders();
    header.setWidth("100%");
    XWPFTableCell left = header.getRow(0).getCell(0);
    XWPFTableCell right = header.getRow(0).getCell(1);
    left.setWidth("40%");
    right.setWidth("60%");
    for (int i = 0; i < issuer.size(); i++) {
      XWPFParagraph p = i == 0 ? left.getParagraphs().get(0) : left.addParagraph();
      line(p, issuer.get(i).toUpperCase(new Locale("vi")), 12, i == issuer.size() - 1, false, ParagraphAlignment.CENTER);
    }
    // a document numbered here (a decision's number from its register: "15/QĐ-UBND") or left for the office to fill
    line(left.addParagraph(), numberSuffix.matches("\\d+/.+") ? "Số: " + numberSuffix : "Số:        /" + numberSuffix,
        13, false, false, ParagraphAlignment.CENTER);
    line(right.getParagraphs().get(0), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false,
        ParagraphAlignment.CENTER);
    XWPFParagraph motto = right.addParagraph();
    line(motto, "Độc lập - Tự do - Hạnh phúc", 13, true, false, ParagraphAlignment.CENTER);
    line(right.addParagraph(), place + ", " + inWords(date), 13, false, true, ParagraphAlignment.CENTER);
  }

  /**
   * "ngày 06 tháng 01 năm 2025" ({@link VietnameseDates#written}: Decree 30/2020 Appendix I §II.5), or the blanks an
   * office fills by hand.
   */
  static String inWords(LocalDate date) {
    return date == null ? "ngày     tháng     năm " + vn.thiduaflow.system.EngineClock.today().getYear()
        : VietnameseDates.written(date);
  }

  private void page() {
    CTSectPr section = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(11906)); // A4, 210 mm
    size.setH(BigInteger.valueOf(16838)); // 297 mm
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(twips(20));
    margins.setBottom(twips(20));
    margins.setLeft(twips(30));
    margins.setRight(twips(15));
  }

  private static BigInteger twips(int millimetres) {
    return BigInteger.valueOf(Math.round(millimetres * TWIPS_PER_MM));
  }

  /** The title: bold capitals, centred, with lines below it (e.g. the official name). */
  void title(String title, List<String> below) {
    line(doc.createParagraph(), "", 13, false, false, ParagraphAlignment.CENTER);
    line(doc.createParagraph(), title.toUpperCase(new Locale("vi")), 14, true, false, ParagraphAlignment.CENTER);
    for (String l : below) {
      line(doc.createParagraph(), l, 14, true, false, ParagraphAlignment.CENTER);
    }
    line(doc.createParagraph(), "", 13, false, false, ParagraphAlignment.CENTER);
  }

  /** A body paragraph, justified, 14 pt. */
  XWPFParagraph paragraph(String text) {
    XWPFParagraph p = doc.createParagraph();
    line(p, text, 14, false, false, ParagraphAlignment.BOTH);
    p.setFirstLineIndent((int) Math.round(10 * TWIPS_PER_MM));
    return p;
  }

  /** A bold heading in the body (e.g. "I. ĐẶC ĐIỂM TÌNH HÌNH"). */
  void heading(String text) {
    line(doc.createParagraph(), text, 14, true, false, ParagraphAlignment.LEFT);
  }

  /** An italic note in the body (what the unit still has to write). */
  void note(String text) {
    XWPFParagraph p = doc.createParagraph();
    line(p, text, 14, false, true, ParagraphAlignment.BOTH);
    p.setFirstLineIndent((int) Math.round(10 * TWIPS_PER_MM));
  }

  /**
   * The end: recipients on the left, the signature block on the right.
   *
   * @param recipients lines after "Nơi nhận:" (each written "- …;")
   * @param signature lines of the signature block from the top (e.g. "TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "CHỦ TỊCH")
   */
  void end(List<String> recipients, List<String> signature) {
    line(doc.createParagraph(), "", 13, false, false, ParagraphAlignment.LEFT);
    XWPFTable end = doc.createTable(1, 2);
    end.removeBorders();
    end.setWidth("100%");
    XWPFTableCell left = end.getRow(0).getCell(0);
    XWPFTableCell right = end.getRow(0).getCell(1);
    line(left.getParagraphs().get(0), "Nơi nhận:", 12, true, true, ParagraphAlignment.LEFT);
    for (String r : recipients) {
      line(left.addParagraph(), "- " + r + ";", 11, false, false, ParagraphAlignment.LEFT);
    }
    line(left.addParagraph(), "- Lưu: VT.", 11, false, false, ParagraphAlignment.LEFT);
    for (int i = 0; i < signature.size(); i++) {
      XWPFParagraph p = i == 0 ? right.getParagraphs().get(0) : right.addParagraph();
      line(p, signature.get(i), 13, true, false, ParagraphAlignment.CENTER);
    }
  }

  static void line(XWPFParagraph p, String text, int points, boolean bold, boolean italic,
      ParagraphAlignment alignment) {
    p.setAlignment(alignment);
    p.setSpacingAfter(60);
    XWPFRun run = p.createRun();
    run.setFontFamily(FONT);
    run.setFontSize(points);
    run.setBold(bold);
    run.setItalic(italic);
    run.setText(text);
  }

  /** A bordered table: the header row in bold, then the rows (e.g. the list of recipients attached to a decision). */
  void table(List<String> headers, List<List<String>> rows) {
    XWPFTable t = doc.createTable(rows.size() + 1, headers.size());
    t.setWidth("100%");
    for (int c = 0; c < headers.size(); c++) {
      line(t.getRow(0).getCell(c).getParagraphs().get(0), headers.get(c), 12, true, false, ParagraphAlignment.CENTER);
    }
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < headers.size(); c++) {
        line(t.getRow(r + 1).getCell(c).getParagraphs().get(0), rows.get(r).get(c), 12, false, false,
            c == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
      }
    }
  }

  /** The document as DOCX bytes. */
  byte[] bytes() {
    try (doc) {
      var out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("could not write the document", e);
    }
  }
}
