package vn.thiduaflow.document;

import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Counts of commended exemplars as an Excel workbook (XLSX, Apache POI, the look of the project's other workbooks:
 * {@link Styles}): one sheet per breakdown, each with a title, the campaign, a note, the headers "STT", the breakdown's
 * name, "Tập thể", "Cá nhân", "Tổng số" (numbers of collectives and of individuals, people), a row per line and a last
 * row "Tổng cộng" with the sums. The counts come from {@code award.AwardStatistics}; this class only lays them out.
 */
public final class AwardStatisticsWorkbook {

  /** Row (0-based) of the column headers on every sheet; the lines follow it. */
  public static final int HEADER_ROW = 4;

  private AwardStatisticsWorkbook() {}

  /**
   * One breakdown.
   *
   * @param sheetName the sheet's name (at most 31 characters, Excel's limit)
   * @param dimension the header of the first column ("Cấp khen thưởng")
   * @param rows its lines, in order
   */
  public record Table(String sheetName, String dimension, List<Row> rows) {}

  /** A line: its label and the collectives and individuals counted. */
  public record Row(String label, long collectives, long individuals) {}

  /**
   * @param title the sheets' title ("SỐ LIỆU KHEN THƯỞNG …")
   * @param subtitle the campaign the counts cover
   * @param note how the counts were made (date, scope)
   * @return the XLSX bytes
   */
  public static byte[] write(String title, String subtitle, String note, List<Table> tables) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles styles = new Styles(wb);
      for (Table t : tables) {
        Sheet sheet = wb.createSheet(t.sheetName());
        styles.title(sheet, 0, 5, title);
        styles.text(sheet, 1, 5, subtitle == null ? "" : subtitle);
        styles.note(sheet, 2, 5, note);
        styles.header(sheet, HEADER_ROW, List.of("STT", t.dimension(), "Tập thể", "Cá nhân", "Tổng số"));
        int r = HEADER_ROW + 1;
        long collectives = 0;
        long individuals = 0;
        for (Row line : t.rows()) {
          org.apache.poi.ss.usermodel.Row x = sheet.createRow(r);
          x.createCell(0).setCellValue(r - HEADER_ROW);
          x.createCell(1).setCellValue(line.label());
          x.createCell(2).setCellValue(line.collectives());
          x.createCell(3).setCellValue(line.individuals());
          x.createCell(4).setCellValue(line.collectives() + line.individuals());
          collectives += line.collectives();
          individuals += line.individuals();
          r++;
        }
        org.apache.poi.ss.usermodel.Row sum = sheet.createRow(r);
        styles.bold(sum, 1, "Tổng cộng");
        sum.createCell(2).setCellValue(collectives);
        sum.createCell(3).setCellValue(individuals);
        sum.createCell(4).setCellValue(collectives + individuals);
        styles.widths(sheet, 6, 48, 12, 12, 12);
      }
      return Styles.bytes(wb);
    } catch (IOException e) {
      throw new IllegalStateException("could not write the award statistics", e);
    }
  }
}
