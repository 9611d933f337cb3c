package vn.thiduaflow.award;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Filled award register templates for the tests (reader, HTTP, browser). */
public final class AwardWorkbookFiles {

  private AwardWorkbookFiles() {}

  /** The downloaded template with these rows from row 5 (each cell a text, a number or null). */
  public static byte[] filled(List<Object[]> rows) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new AwardWorkbook(1, 0).template()))) {
      Sheet sheet = wb.getSheet(AwardWorkbook.SHEET);
      for (int i = 0; i < rows.size(); i++) {
        Row row = sheet.createRow(AwardWorkbook.FIRST_DATA_ROW - 1 + i);
        row.createCell(0).setCellValue(i + 1);
        Object[] cells = rows.get(i);
        for (int c = 0; c < cells.length; c++) {
          if (cells[c] instanceof Number n) {
            row.createCell(c + 1).setCellValue(n.doubleValue());
          } else if (cells[c] instanceof String s && s.startsWith("=")) {
            row.createCell(c + 1).setCellFormula(s.substring(1));
          } else if (cells[c] != null) {
            row.createCell(c + 1).setCellValue(cells[c].toString());
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  /** A good row: B name … J date, as an office types it. */
  public static Object[] good(String name) {
    return new Object[] {name, "Cá nhân", 1980, "Trường Tiểu học Bình An", null,
        "Giấy khen của Chủ tịch Ủy ban nhân dân xã", "Cấp xã", "15/QĐ-UBND", "27/03/2023"};
  }
}
