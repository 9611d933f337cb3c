package vn.thiduaflow.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The look shared by the project's workbooks: Times New Roman (the font of Vietnamese administrative documents,
 * Decree 30/2020/NĐ-CP Appendix I), a bold centred title, bordered bold headers; dates are written by
 * {@link vn.thiduaflow.system.VietnameseDates}.
 */
final class Styles {

  static final String FONT = "Times New Roman";

  private final Workbook wb;
  private final CellStyle title;
  private final CellStyle text;
  private final CellStyle note;
  private final CellStyle header;
  private final CellStyle bold;

  Styles(Workbook wb) {
    this.wb = wb;
    title = style(font(14, true, false), HorizontalAlignment.CENTER, false);
    text = style(font(12, false, false), HorizontalAlignment.CENTER, false);
    note = style(font(11, false, true), HorizontalAlignment.LEFT, false);
    note.setWrapText(true);
    header = style(font(12, true, false), HorizontalAlignment.CENTER, true);
    header.setWrapText(true);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    bold = style(font(12, true, false), HorizontalAlignment.LEFT, false);
    wb.getFontAt(0).setFontName(FONT); // the default font of cells without a style
  }

  private Font font(int points, boolean isBold, boolean italic) {
    Font f = wb.createFont();
    f.setFontName(FONT);
    f.setFontHeightInPoints((short) points);
    f.setBold(isBold);
    f.setItalic(italic);
    return f;
  }

  private CellStyle style(Font font, HorizontalAlignment alignment, boolean borders) {
    CellStyle s = wb.createCellStyle();
    s.setFont(font);
    s.setAlignment(alignment);
    s.setVerticalAlignment(VerticalAlignment.CENTER);
    if (borders) {
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
    }
    return s;
  }

  /** A line across {@code columns} columns, bold and centred. */
  void title(Sheet sheet, int row, int columns, String value) {
    merged(sheet, row, columns, value, title);
  }

  /** A line across {@code columns} columns, centred. */
  void text(Sheet sheet, int row, int columns, String value) {
    merged(sheet, row, columns, value, text);
  }

  /** An italic note across {@code columns} columns, wrapped. */
  void note(Sheet sheet, int row, int columns, String value) {
    merged(sheet, row, columns, value, note);
    sheet.getRow(row).setHeightInPoints(32);
  }

  /** A bold label in one cell. */
  void bold(Row row, int column, String value) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(bold);
  }

  /** The column headers, bordered and shaded. */
  void header(Sheet sheet, int row, List<String> labels) {
    Row r = sheet.createRow(row);
    r.setHeightInPoints(32);
    for (int c = 0; c < labels.size(); c++) {
      Cell cell = r.createCell(c);
      cell.setCellValue(labels.get(c));
      cell.setCellStyle(header);
    }
  }

  /** Column widths in characters. */
  void widths(Sheet sheet, int... characters) {
    for (int c = 0; c < characters.length; c++) {
      sheet.setColumnWidth(c, characters[c] * 256);
    }
  }

  private static void merged(Sheet sheet, int row, int columns, String value, CellStyle style) {
    Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
    Cell cell = r.createCell(0);
    cell.setCellValue(value);
    cell.setCellStyle(style);
    if (columns > 1) {
      sheet.addMergedRegion(new CellRangeAddress(row, row, 0, columns - 1));
    }
  }

  /** The workbook as XLSX bytes. */
  static byte[] bytes(Workbook wb) throws IOException {
    var out = new ByteArrayOutputStream();
    wb.write(out);
    return out.toByteArray();
  }
}
