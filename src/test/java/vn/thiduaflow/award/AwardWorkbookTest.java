package vn.thiduaflow.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thiduaflow.award.AwardWorkbookFiles.filled;
import static vn.thiduaflow.award.AwardWorkbookFiles.good;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thiduaflow.nomination.NomineeKind;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.InvalidInputException.Violation;
import vn.thiduaflow.system.VietnameseDates;
import vn.thiduaflow.unit.UnitLevel;

/**
 * Reading a filled register of earlier awards: every kind of wrong cell reported at once at its row and column (in
 * Vietnamese: "Dòng 7, cột Ngày quyết định (ô J7): …"), the header row and the file checked as a whole, and the row cap
 * at its boundary ({@value AwardWorkbook#MAX_ROWS} rows accepted, one more refused).
 */
class AwardWorkbookTest {

  private final AwardWorkbook workbook = new AwardWorkbook(2, 2000);

  private AwardWorkbook.Upload read(byte[] file) {
    return workbook.read(new ByteArrayInputStream(file));
  }

  private static List<String> texts(List<Violation> problems) {
    return problems.stream().map(Violation::vietnamese).toList();
  }

  @Test
  void aGoodRowIsReadAsTheOfficeTypedIt() throws IOException {
    AwardWorkbook.Upload upload = read(filled(List.of(good("Nguyễn Văn Ánh"), new Object[] {"Tổ dân phố 3",
        "Tập thể", null, "Xã Bình An", "21064", "Tập thể lao động tiên tiến", "Cấp huyện", "7/QĐ-UBND",
        "2020-12-31"})));
    assertThat(upload.problems()).isEmpty();
    assertThat(upload.lines()).containsExactly(
        new AwardWorkbook.Line(5, "Nguyễn Văn Ánh", NomineeKind.INDIVIDUAL, 1980, "Trường Tiểu học Bình An", null,
            "Giấy khen của Chủ tịch Ủy ban nhân dân xã", UnitLevel.COMMUNE, "15/QĐ-UBND", LocalDate.of(2023, 3, 27)),
        new AwardWorkbook.Line(6, "Tổ dân phố 3", NomineeKind.COLLECTIVE, null, "Xã Bình An", "21064",
            "Tập thể lao động tiên tiến", UnitLevel.DISTRICT, "7/QĐ-UBND", LocalDate.of(2020, 12, 31)));
  }

  @Test
  void aDateExcelStoredAsANumberIsReadAsThatDay() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(filled(List.<Object[]>of(good("Lê Thị Hoa"))
        )))) {
      Row row = wb.getSheet(AwardWorkbook.SHEET).getRow(AwardWorkbook.FIRST_DATA_ROW - 1);
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
      row.getCell(AwardWorkbook.DATE).setCellValue(LocalDate.of(2019, 11, 20));
      row.getCell(AwardWorkbook.DATE).setCellStyle(date);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      AwardWorkbook.Upload upload = read(out.toByteArray());
      assertThat(upload.problems()).isEmpty();
      assertThat(upload.lines().get(0).decidedOn()).isEqualTo(LocalDate.of(2019, 11, 20));
    }
  }

  @Test
  void everyWrongCellIsReportedAtOnceAtItsRowAndColumn() throws IOException {
    LocalDate tomorrow = EngineClock.today().plusDays(1);
    String longUnitCode = "1".repeat(AwardWorkbook.MAX_CODE + 1);
    AwardWorkbook.Upload upload = read(filled(List.of(
        good("Nguyễn Văn Ánh"),                                                                  // 5: fine
        new Object[] {null, "Cá nhân", 1980, "Xã Bình An", null, "Giấy khen", "Cấp xã", "1/QĐ-UBND",
            "01/02/2020"},                                                                       // 6: no name
        new Object[] {"Trần Văn B", "Cá nhân", 1980, "Xã Bình An", null, "Giấy khen", "Cấp xã", "1/QĐ-UBND",
            "31/02/2020"},                                                                       // 7: 31/02
        new Object[] {"Trần Văn C", "Người", "năm 80", "Xã Bình An", null, "Giấy khen", "Cấp thôn", "1/QĐ-UBND",
            tomorrow.toString()}, // 8: kind, year, level, date
        new Object[] {"Tổ 5", "Tập thể", 1990, null, longUnitCode, null, null, null, null},      // 9: many
        new Object[] {"Trần Văn D", "Cá nhân", 1899, "Xã Bình An", null, "=A1", "Cấp xã", "1/QĐ-UBND",
            "1944-12-31"}, // 10: year, formula, date
        good("Nguyễn Văn Ánh"))));                                                               // 11: duplicate of 5
    assertThat(texts(upload.problems())).containsExactly(
        "Dòng 6, cột Họ và tên / Tên tập thể (ô B6): ô này không được để trống",
        "Dòng 7, cột Ngày quyết định (ô J7): «31/02/2020» không phải là ngày (ngày/tháng/năm, ví dụ 27/03/2025)",
        "Dòng 8, cột Cá nhân / Tập thể (ô C8): «Người» không có trong danh sách; chọn một trong: Tập thể, Cá nhân",
        "Dòng 8, cột Năm sinh (ô D8): «năm 80» không phải là năm (ví dụ 1980)",
        "Dòng 8, cột Cấp khen (ô H8): «Cấp thôn» không có trong danh sách; chọn một trong: Toàn quốc, Cấp tỉnh, "
            + "Cấp huyện, Cấp xã, Cơ quan, đơn vị, Doanh nghiệp, hợp tác xã, Cụm, Khối thi đua, "
            + "Đơn vị trực thuộc cơ quan, đơn vị",
        "Dòng 8, cột Ngày quyết định (ô J8): ngày " + VietnameseDates.day(tomorrow) + " phải từ ngày 01/01/1945 đến "
            + "hôm nay (" + VietnameseDates.day(EngineClock.today()) + ")",
        "Dòng 9, cột Năm sinh (ô D9): tập thể không có năm sinh: để trống ô này",
        "Dòng 9, cột Đơn vị (ô E9): ô này không được để trống",
        "Dòng 9, cột Mã đơn vị (nếu có) (ô F9): dài 21 ký tự, tối đa 20 ký tự",
        "Dòng 9, cột Hình thức / danh hiệu khen thưởng (ô G9): ô này không được để trống",
        "Dòng 9, cột Cấp khen (ô H9): chưa chọn; chọn một trong: Toàn quốc, Cấp tỉnh, Cấp huyện, Cấp xã, "
            + "Cơ quan, đơn vị, Doanh nghiệp, hợp tác xã, Cụm, Khối thi đua, Đơn vị trực thuộc cơ quan, đơn vị",
        "Dòng 9, cột Số quyết định (ô I9): ô này không được để trống",
        "Dòng 9, cột Ngày quyết định (ô J9): chưa có ngày quyết định (ngày/tháng/năm, ví dụ 27/03/2025)",
        "Dòng 10, cột Năm sinh (ô D10): năm sinh 1899 phải từ 1900 đến " + EngineClock.today().getYear(),
        "Dòng 10, cột Hình thức / danh hiệu khen thưởng (ô G10): ô chứa công thức, cần nhập giá trị",
        "Dòng 10, cột Ngày quyết định (ô J10): ngày 31/12/1944 phải từ ngày 01/01/1945 đến hôm nay ("
            + VietnameseDates.day(EngineClock.today()) + ")",
        "Dòng 11, cột Họ và tên / Tên tập thể (ô B11): trùng với dòng 5 (cùng người, hình thức khen thưởng, số và "
            + "ngày quyết định)");
    assertThat(upload.problems()).extracting(Violation::field).startsWith("B6", "J7", "C8");
    assertThat(upload.problems().get(1).cell()).isEqualTo(new InvalidInputException.Cell(7, AwardWorkbook.DATE));
    assertThat(upload.problems().get(1).english()).isEqualTo("Row 7, column decision date (cell J7): '31/02/2020' "
        + "is not a date (day/month/year, such as 27/03/2025)");
  }

  @Test
  void theLastBirthYearAndTodayAreAccepted() throws IOException {
    Object[] row = good("Phạm Thị Lan");
    row[2] = EngineClock.today().getYear();
    row[8] = VietnameseDates.day(EngineClock.today());
    Object[] first = good("Phạm Thị Mai");
    first[2] = AwardWorkbook.FIRST_BIRTH_YEAR;
    first[8] = "01/01/1945";
    assertThat(read(filled(List.of(row, first))).problems()).isEmpty();
  }

  @Test
  void aHeaderRowThatIsNotTheTemplatesIsRefusedAtItsCells() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(filled(List.<Object[]>of(good("Lê Văn Tám")))))) {
      wb.getSheet(AwardWorkbook.SHEET).getRow(AwardWorkbook.HEADER_ROW - 1).getCell(AwardWorkbook.DATE)
          .setCellValue("Ngày");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      assertThatThrownBy(() -> read(out.toByteArray())).isInstanceOfSatisfying(InvalidInputException.class,
          e -> assertThat(texts(e.violations())).containsExactly("Dòng 4, cột Ngày quyết định (ô J4): tiêu đề cột "
              + "phải là «Ngày quyết định», tệp ghi «Ngày»: hãy dùng mẫu tải về"));
    }
  }

  @Test
  void exactlyTheRowCapIsReadAndOneMoreIsRefused() throws IOException {
    List<Object[]> rows = new java.util.ArrayList<>();
    for (int i = 0; i < AwardWorkbook.MAX_ROWS; i++) {
      rows.add(good("Người số " + i));
    }
    byte[] atCap = filled(rows);
    assertThat(atCap.length).as("5,000 rows fit the upload limit").isLessThan(AwardWorkbook.MAX_FILE_BYTES);
    AwardWorkbook.Upload upload = read(atCap);
    assertThat(upload.problems()).isEmpty();
    assertThat(upload.lines()).hasSize(AwardWorkbook.MAX_ROWS);

    rows.add(good("Người số " + AwardWorkbook.MAX_ROWS));
    assertThatThrownBy(() -> read(filled(rows))).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      assertThat(e.field()).isEqualTo("file");
      assertThat(e.vietnamese()).isEqualTo("Tệp có 5001 dòng khen thưởng, nhiều hơn 5000 dòng một lần nhập: hãy chia "
          + "thành nhiều tệp");
    });
  }

  @Test
  void aFileThatIsNoWorkbookOrTooLargeOrEmptyIsRefusedAsAWhole() throws IOException {
    assertThatThrownBy(() -> read("STT;Họ và tên\n1;An".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("file");
          assertThat(e.vietnamese()).isEqualTo("Không đọc được tệp: cần tệp Excel .xlsx theo mẫu tải về");
        });
    assertThatThrownBy(() -> read(new byte[AwardWorkbook.MAX_FILE_BYTES + 1]))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.vietnamese())
            .isEqualTo("Tệp lớn hơn 1048576 byte: hãy chia sổ thành nhiều tệp"));
    assertThatThrownBy(() -> read(filled(List.of()))).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.vietnamese()).isEqualTo("Dòng 5, cột Họ và tên / Tên tập thể (ô B5): tệp chưa có dòng "
            + "khen thưởng nào (điền từ dòng 5)"));
  }

  @Test
  void onlyXlsxFileNamesAreTaken() {
    AwardController.requireXlsx("so-khen-thuong.XLSX");
    assertThatThrownBy(() -> AwardController.requireXlsx("so-khen-thuong.xls"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.vietnamese())
            .isEqualTo("Chỉ nhận tệp Excel .xlsx theo mẫu tải về, không nhận «so-khen-thuong.xls»"));
  }
}
