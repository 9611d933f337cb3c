package vn.thiduaflow.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NomineeKind;
import vn.thiduaflow.nomination.NomineeListService.Entry;
import vn.thiduaflow.plan.model.NomineeTitle;
import vn.thiduaflow.plan.model.PresentationSource;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.InvalidInputException.Violation;
import vn.thiduaflow.system.Message;
import vn.thiduaflow.unit.UnitLevel;

/**
 * The nominee template as a unit uses it: download (filled with the unit's list), edit in Excel, upload. Every bad
 * cell of a file is reported at once by row and column; a file that is not the template, or the template of another
 * conference, is refused as a whole.
 */
class NomineeWorkbookTest {

  private final NomineeWorkbook workbook = new NomineeWorkbook();
  private final Conference binhAn = conference(7L);

  private static Conference conference(long id) {
    Conference c = new Conference(1L, Tier.LOWER, "21064", "Xã Bình An", UnitLevel.COMMUNE, "2106", "Huyện X",
        false, 120);
    ReflectionTestUtils.setField(c, "id", id);
    return c;
  }

  private static Nomination nominee(String name, NomineeKind kind, NomineeTitle title, int year) {
    return new Nomination(7L, name, kind, title, year, PresentationSource.AGENCY, false);
  }

  /** The template after an edit, as the bytes a unit uploads. */
  private byte[] edited(byte[] template, Consumer<Sheet> edit) throws IOException {
    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      edit.accept(wb.getSheet(NomineeWorkbook.SHEET));
      var out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static void fill(Sheet sheet, int excelRow, String name, String kind, String title, Object year,
      String source, String unitCode) {
    Row row = sheet.createRow(excelRow - 1);
    row.createCell(0).setCellValue(excelRow - 4);
    row.createCell(1).setCellValue(name);
    row.createCell(2).setCellValue(kind);
    row.createCell(3).setCellValue(title);
    if (year instanceof Integer y) {
      row.createCell(4).setCellValue(y);
    } else {
      row.createCell(4).setCellValue((String) year);
    }
    row.createCell(5).setCellValue(source);
    row.createCell(6).setCellValue(unitCode);
  }

  private List<String> fieldsOf(byte[] file) {
    try {
      workbook.read(binhAn, new ByteArrayInputStream(file));
    } catch (InvalidInputException e) {
      return e.violations().stream().map(Violation::field).toList();
    }
    throw new AssertionError("the file was accepted");
  }

  @Test
  void theTemplateComesBackAsTheListItWasFilledWith() {
    byte[] template = workbook.template(binhAn, List.of(
        nominee("Nguyễn Thị Hoa", NomineeKind.INDIVIDUAL, NomineeTitle.EMULATION_FIGHTER, 2024),
        nominee("Trường Tiểu học Bình An", NomineeKind.COLLECTIVE, NomineeTitle.EXEMPLAR, 2023)));

    NomineeWorkbook.Upload upload = workbook.read(binhAn, new ByteArrayInputStream(template));

    assertThat(upload.entries()).containsExactly(
        new Entry("Nguyễn Thị Hoa", "INDIVIDUAL", "EMULATION_FIGHTER", 2024, "AGENCY", null),
        new Entry("Trường Tiểu học Bình An", "COLLECTIVE", "EXEMPLAR", 2023, "AGENCY", null));
    assertThat(upload.rows()).containsExactly(5, 6);
  }

  @Test
  void positionAndAchievementSummaryGoOutInTheTemplateAndComeBack() {
    Nomination hoa = nominee("Nguyễn Thị Hoa", NomineeKind.INDIVIDUAL, NomineeTitle.EMULATION_FIGHTER, 2024);
    hoa.describe("Giáo viên, Trường Tiểu học Bình An", "Ba năm liền đạt giáo viên dạy giỏi cấp huyện; sáng kiến "
        + "«Lớp học thân thiện» được áp dụng toàn xã.");

    NomineeWorkbook.Upload upload = workbook.read(binhAn, new ByteArrayInputStream(workbook.template(binhAn,
        List.of(hoa))));

    assertThat(upload.entries()).containsExactly(new Entry("Nguyễn Thị Hoa", "INDIVIDUAL", "EMULATION_FIGHTER", 2024,
        "AGENCY", null, "Giáo viên, Trường Tiểu học Bình An", "Ba năm liền đạt giáo viên dạy giỏi cấp huyện; sáng "
        + "kiến «Lớp học thân thiện» được áp dụng toàn xã."));
  }

  @Test
  void dropDownsOfferValuesWithCommasWholeAndTheyComeBackAsTheirValues() throws IOException {
    byte[] template = workbook.template(binhAn, List.of());
    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      var validations = wb.getSheet(NomineeWorkbook.SHEET).getDataValidations();
      // each list refers to cells of the hidden sheet: Excel splits a value written out in the rule at its commas
      assertThat(validations).filteredOn(v -> v.getValidationConstraint().getValidationType()
          == org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.LIST).hasSize(3)
          .allSatisfy(v -> {
            assertThat(v.getValidationConstraint().getExplicitListValues()).isNull();
            assertThat(v.getValidationConstraint().getFormula1()).startsWith("'thiduaflow'!$");
          });
      var lists = wb.getSheet("thiduaflow");
      List<String> titles = new java.util.ArrayList<>();
      for (int r = 1; r <= NomineeTitle.values().length; r++) {
        titles.add(lists.getRow(r).getCell(3).getStringCellValue());
      }
      assertThat(titles).contains("Gương người tốt, việc tốt");
      assertThat(lists.getRow(3).getCell(5).getStringCellValue()).isEqualTo("Cơ quan, đơn vị");
    }
    byte[] file = edited(template, sheet -> fill(sheet, 5, "Tổ dân phố 3", "Tập thể", "Gương người tốt, việc tốt",
        2024, "Cơ quan, đơn vị", ""));

    NomineeWorkbook.Upload upload = workbook.read(binhAn, new ByteArrayInputStream(file));

    assertThat(upload.cellProblems()).isEmpty();
    assertThat(upload.entries()).containsExactly(new Entry("Tổ dân phố 3", "COLLECTIVE", "GOOD_PERSON_GOOD_DEED", 2024,
        "AGENCY", null));
  }

  @Test
  void labelsAreMatchedWithoutRegardToCaseOrSpacesAndBlankRowsAreSkipped() throws IOException {
    byte[] file = edited(workbook.template(binhAn, List.of()), sheet -> {
      fill(sheet, 5, "Lê Văn Tâm", "  cá   nhân ", "chiến sĩ thi đua", 2022, "Tổ dân phố / thôn", "21064");
      sheet.createRow(5).createCell(0).setCellValue(2); // row 6: only its number, no nominee
      fill(sheet, 7, "Hội Phụ nữ xã", "Tập thể", "ĐIỂN HÌNH TIÊN TIẾN", 2021, "Đoàn thể", "");
    });

    NomineeWorkbook.Upload upload = workbook.read(binhAn, new ByteArrayInputStream(file));

    assertThat(upload.entries()).extracting(Entry::kind).containsExactly("INDIVIDUAL", "COLLECTIVE");
    assertThat(upload.entries()).extracting(Entry::title).containsExactly("EMULATION_FIGHTER", "EXEMPLAR");
    assertThat(upload.entries()).extracting(Entry::source).containsExactly("RESIDENTIAL_GROUP", "MASS_ORGANIZATION");
    assertThat(upload.entries()).extracting(Entry::unitCode).containsExactly("21064", null);
    assertThat(upload.rows()).containsExactly(5, 7);
  }

  @Test
  void everyProblemOfTheFileIsReportedAtOnceByRowAndColumn() throws IOException {
    byte[] file = edited(workbook.template(binhAn, List.of()), sheet -> {
      fill(sheet, 5, "Lê Văn Tâm", "Cá nhan", "Chiến sĩ thi đua", "năm ngoái", "Cơ quan, đơn vị", "");
      fill(sheet, 6, "Trần Văn Bình", "Cá nhân", "", 2020, "Báo chí", "");
      fill(sheet, 7, "Hội Nông dân <b>", "Tập thể", "Điển hình tiên tiến", 2019, "Đoàn thể", "");
    });
    NomineeWorkbook.Upload upload = workbook.read(binhAn, new ByteArrayInputStream(file));
    // what the list's rules say about the same rows: the kind left empty by the bad label (already reported at C5,
    // not repeated) and the name of the third row
    Runnable rules = () -> {
      throw new InvalidInputException(List.of(
          Violation.inEntry("nominees", 0, "kind", Message.literal("Chưa chọn", "missing")),
          Violation.inEntry("nominees", 2, "name",
              Message.literal("Tên chỉ gồm chữ, số, khoảng trắng", "letters, digits, spaces only"))));
    };

    InvalidInputException e = catchThrown(() -> upload.requireValid(rules));

    assertThat(e.violations()).extracting(Violation::field).containsExactly("C5", "E5", "D6", "F6", "B7");
    assertThat(e.violations().get(0).vietnamese())
        .isEqualTo("Dòng 5, cột C (Cá nhân / Tập thể): «Cá nhan» không có trong danh sách; chọn một trong: "
            + "Tập thể, Cá nhân");
    assertThat(e.violations().get(1).vietnamese()).startsWith("Dòng 5, cột E (Năm được công nhận): «năm ngoái»");
    assertThat(e.violations().get(2).english()).isEqualTo("Row 6, column D (title): missing; one of: "
        + "Điển hình tiên tiến, Chiến sĩ thi đua, Anh hùng Lao động, Anh hùng LLVTND, Gương người tốt, việc tốt");
    assertThat(e.violations().get(4).vietnamese())
        .isEqualTo("Dòng 7, cột B (Họ và tên / Tên tập thể): Tên chỉ gồm chữ, số, khoảng trắng");
    assertThat(e.problem()).containsKey("errors");
    assertThat(e.getMessage()).startsWith("[C5] ").endsWith("(+4)");
  }

  @Test
  void aFileWithoutProblemsPassesTheRulesUntouched() {
    byte[] template = workbook.template(binhAn, List.of(
        nominee("Nguyễn Thị Hoa", NomineeKind.INDIVIDUAL, NomineeTitle.EMULATION_FIGHTER, 2024)));
    NomineeWorkbook.Upload upload = workbook.read(binhAn, new ByteArrayInputStream(template));
    boolean[] ran = {false};

    upload.requireValid(() -> ran[0] = true);

    assertThat(ran[0]).isTrue();
    assertThat(upload.cellProblems()).isEmpty();
  }

  private static InvalidInputException catchThrown(Runnable action) {
    try {
      action.run();
    } catch (InvalidInputException e) {
      return e;
    }
    throw new AssertionError("no problem reported");
  }

  @Test
  void theListsOwnRulesArePlacedAtTheRowAndColumnTheyCameFrom() throws IOException {
    byte[] file = edited(workbook.template(binhAn, List.of()), sheet -> {
      fill(sheet, 5, "Lê Văn Tâm", "Cá nhân", "Chiến sĩ thi đua", 2022, "Cá nhân", "");
      fill(sheet, 8, "Lê Văn Tâm", "Cá nhân", "Chiến sĩ thi đua", 2022, "Cá nhân", "99999");
    });
    NomineeWorkbook.Upload upload = workbook.read(binhAn, new ByteArrayInputStream(file));
    // what NomineeListService reports for the second entry (index 1): its name (a duplicate of entry 0) and its
    // unit code, each with its entry as data
    var fromService = new InvalidInputException(List.of(
        Violation.inEntry("nominees", 1, "name", Message.of("nomination.name.duplicate", "Lê Văn Tâm",
            new InvalidInputException.Entry("nominees", 0, ""))),
        Violation.inEntry("nominees", 1, "unitCode", Message.of("nomination.unitCode.unknown", "99999")),
        Violation.of("nominees", "nomination.list.empty")));
    assertThat(fromService.violations().get(0).vietnamese()).isEqualTo("'Lê Văn Tâm' trùng với dòng 0");

    InvalidInputException located = upload.located(fromService);

    assertThat(located.violations()).extracting(Violation::field).containsExactly("B8", "G8", "nominees");
    // the duplicate names the row of the file, not the list's index
    assertThat(located.violations().get(0).vietnamese())
        .isEqualTo("Dòng 8, cột B (Họ và tên / Tên tập thể): 'Lê Văn Tâm' trùng với dòng 5");
    assertThat(located.violations().get(0).english()).endsWith("'Lê Văn Tâm' duplicates row 5");
    assertThat(located.violations().get(1).vietnamese())
        .isEqualTo("Dòng 8, cột G (Mã đơn vị công tác (nếu có)): Không có đơn vị mã '99999'");
  }

  @Test
  void aFileThatIsNotTheTemplateIsRefusedAsAWhole() throws IOException {
    assertThat(fieldsOf("tên,loại\nA,B".getBytes())).containsExactly("file");
    try (var wb = new XSSFWorkbook()) {
      wb.createSheet("Sheet1");
      var out = new ByteArrayOutputStream();
      wb.write(out);
      assertThat(fieldsOf(out.toByteArray())).containsExactly("file");
    }
    byte[] renamedHeaders = edited(workbook.template(binhAn, List.of()), sheet -> {
      sheet.getRow(3).getCell(3).setCellValue("Title");
      sheet.getRow(3).getCell(4).setCellValue("Năm");
    });
    assertThat(fieldsOf(renamedHeaders)).containsExactly("D4", "E4");
  }

  @Test
  void anotherConferencesTemplateAndAnEmptyListAreRefused() {
    byte[] forAnother = workbook.template(conference(8L), List.of(
        nominee("Nguyễn Thị Hoa", NomineeKind.INDIVIDUAL, NomineeTitle.EMULATION_FIGHTER, 2024)));
    assertThatThrownBy(() -> workbook.read(binhAn, new ByteArrayInputStream(forAnother)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("được tải cho một hội nghị khác, không phải Xã Bình An")
        .hasMessageNotContaining("số 7").hasMessageNotContaining("số 8");

    assertThat(fieldsOf(workbook.template(binhAn, List.of()))).containsExactly("B5");
  }

  @Test
  void theCouncilsListShowsWhereEachNomineeCameFromAndStands() throws IOException {
    Nomination approved = nominee("Nguyễn Thị Hoa", NomineeKind.INDIVIDUAL, NomineeTitle.EMULATION_FIGHTER, 2024);
    ReflectionTestUtils.setField(approved, "eligible", true);
    ReflectionTestUtils.setField(approved, "approved", true);
    byte[] list = workbook.list(binhAn, List.of(approved,
        nominee("Trường Tiểu học Bình An", NomineeKind.COLLECTIVE, NomineeTitle.EXEMPLAR, 2023)));

    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(list))) {
      Sheet sheet = wb.getSheet(NomineeWorkbook.SHEET);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("DANH SÁCH ĐỀ CỬ ĐIỂN HÌNH TIÊN TIẾN");
      assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Nguyễn Thị Hoa");
      assertThat(sheet.getRow(4).getCell(8).getStringCellValue()).isEqualTo("Có");
      assertThat(sheet.getRow(4).getCell(9).getStringCellValue()).isEqualTo("Có");
      assertThat(sheet.getRow(5).getCell(8).getStringCellValue()).isEqualTo("—");
      assertThat(sheet.getRow(5).getCell(7).getStringCellValue()).isEqualTo("đơn vị");
    }
  }
}
