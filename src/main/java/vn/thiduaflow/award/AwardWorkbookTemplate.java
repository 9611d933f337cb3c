package vn.thiduaflow.award;

import static vn.thiduaflow.award.AwardWorkbook.DATE;
import static vn.thiduaflow.award.AwardWorkbook.FIRST_DATA_ROW;
import static vn.thiduaflow.award.AwardWorkbook.HEADERS;
import static vn.thiduaflow.award.AwardWorkbook.HEADER_ROW;
import static vn.thiduaflow.award.AwardWorkbook.KIND;
import static vn.thiduaflow.award.AwardWorkbook.LEVEL;
import static vn.thiduaflow.award.AwardWorkbook.LISTS_SHEET;
import static vn.thiduaflow.award.AwardWorkbook.MAX_ROWS;
import static vn.thiduaflow.award.AwardWorkbook.SHEET;
import static vn.thiduaflow.award.AwardWorkbook.SYMBOL;
import static vn.thiduaflow.award.AwardWorkbook.UNIT_CODE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thiduaflow.nomination.NomineeKind;
import vn.thiduaflow.unit.UnitLevel;

/**
 * Writes the empty award register template (the layout of {@link AwardWorkbook}): title block, headers, the hidden
 * lists sheet behind the drop-downs of columns C and H, text columns and widths. Changes when the template's look
 * changes; what a filled one must hold is {@link AwardWorkbookReader}'s.
 */
final class AwardWorkbookTemplate {

  private AwardWorkbookTemplate() {}

  /** The empty template (XLSX bytes), with the drop-down lists and a note on how to fill it. */
  static byte[] write() {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet sheet = wb.createSheet(SHEET);
      Font bold = wb.createFont();
      bold.setBold(true);
      CellStyle title = wb.createCellStyle();
      title.setFont(bold);
      CellStyle header = wb.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      CellStyle text = wb.createCellStyle();
      text.setDataFormat(wb.createDataFormat().getFormat("@"));
      sheet.createRow(0).createCell(0).setCellValue("SỔ KHEN THƯỞNG — NHẬP CÁC KHEN THƯỞNG ĐÃ CÓ");
      sheet.getRow(0).getCell(0).setCellStyle(title);
      sheet.createRow(1).createCell(0).setCellValue("Mỗi dòng một lần khen thưởng của một cá nhân hoặc tập thể, "
          + "điền từ dòng " + FIRST_DATA_ROW + "; tối đa " + MAX_ROWS + " dòng một tệp.");
      sheet.createRow(2).createCell(0).setCellValue("Cột C và H chọn trong danh sách; năm sinh chỉ ghi cho cá nhân; "
          + "mã đơn vị để trống là đơn vị của người nhập; ngày quyết định ghi ngày/tháng/năm (27/03/2025). Tệp có lỗi "
          + "sẽ không được nhập dòng nào.");
      for (int r = 0; r < 3; r++) {
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, HEADERS.size() - 1));
      }
      Row head = sheet.createRow(HEADER_ROW - 1);
      for (int c = 0; c < HEADERS.size(); c++) {
        head.createCell(c).setCellValue(HEADERS.get(c)[0]);
        head.getCell(c).setCellStyle(header);
      }
      int lastRow = FIRST_DATA_ROW - 1 + MAX_ROWS - 1;
      Sheet lists = wb.createSheet(LISTS_SHEET);
      wb.setSheetHidden(wb.getSheetIndex(lists), true);
      DataValidationHelper helper = sheet.getDataValidationHelper();
      choices(sheet, lists, helper, KIND, lastRow, Arrays.stream(NomineeKind.values()).map(NomineeKind::label)
          .toList());
      choices(sheet, lists, helper, LEVEL, lastRow, Arrays.stream(UnitLevel.values()).map(UnitLevel::label).toList());
      sheet.setDefaultColumnStyle(DATE, text);
      sheet.setDefaultColumnStyle(SYMBOL, text);
      sheet.setDefaultColumnStyle(UNIT_CODE, text);
      sheet.createFreezePane(0, HEADER_ROW);
      int[] widths = {6, 32, 14, 10, 32, 14, 40, 16, 16, 16};
      for (int c = 0; c < widths.length; c++) {
        sheet.setColumnWidth(c, widths[c] * 256);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("could not write the award register template", e);
    }
  }

  /** A drop-down of labels kept in the hidden lists sheet (a label with a comma stays one choice). */
  private static void choices(Sheet sheet, Sheet lists, DataValidationHelper helper, int column, int lastRow,
      List<String> labels) {
    for (int i = 0; i < labels.size(); i++) {
      Row row = lists.getRow(i) == null ? lists.createRow(i) : lists.getRow(i);
      row.createCell(column).setCellValue(labels.get(i));
    }
    String letter = CellReference.convertNumToColString(column);
    DataValidationConstraint list = helper.createFormulaListConstraint("'" + LISTS_SHEET + "'!$" + letter + "$1:$"
        + letter + "$" + labels.size());
    DataValidation validation = helper.createValidation(list,
        new CellRangeAddressList(FIRST_DATA_ROW - 1, lastRow, column, column));
    validation.setShowErrorBox(true);
    validation.createErrorBox("Giá trị không có trong danh sách", "Chọn một trong: " + String.join(", ", labels));
    sheet.addValidationData(validation);
  }
}
