package vn.thiduaflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceRules;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NomineeKind;
import vn.thiduaflow.plan.model.CompositionRule;
import vn.thiduaflow.plan.model.NomineeTitle;
import vn.thiduaflow.plan.model.PresentationSource;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.report.UpperDelegate;
import vn.thiduaflow.unit.UnitLevel;

/**
 * The delegate list shows the proposed composition against the plan's exemplar share (exactly 70 % passes, below does
 * not), the approved exemplars by name, one row per guest to fill, and the delegates to the upper level.
 */
class DelegateWorkbookTest {

  private static final CompositionRule SEVENTY_THIRTY = new CompositionRule(70, 30, "§II.2.2: 70% điển hình");
  private final DelegateWorkbook workbook = new DelegateWorkbook(new ConferenceRules());

  private static Conference conference(Integer exemplars, Integer guests) {
    Conference c = new Conference(1L, Tier.OWN, "26", "Thành phố Lạng Sơn", UnitLevel.DISTRICT, "20", "Tỉnh Lạng Sơn",
        false, 450);
    ReflectionTestUtils.setField(c, "id", 3L);
    ReflectionTestUtils.setField(c, "exemplarDelegates", exemplars);
    ReflectionTestUtils.setField(c, "guestDelegates", guests);
    ReflectionTestUtils.setField(c, "officialName",
        "Hội nghị Điển hình tiên tiến Thành phố Lạng Sơn Lần thứ V (2025 - 2030)\nLạng Sơn, ngày 15/4/2025");
    return c;
  }

  private static Nomination approved(String name) {
    Nomination n = new Nomination(3L, name, NomineeKind.INDIVIDUAL, NomineeTitle.EMULATION_FIGHTER, 2024,
        PresentationSource.AGENCY, false);
    ReflectionTestUtils.setField(n, "approved", true);
    return n;
  }

  @SuppressWarnings("resource") // in memory; the sheet is read after this returns
  private static Sheet sheet(byte[] xlsx, String name) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(xlsx)).getSheet(name);
  }

  private static String text(Sheet sheet, int row, int column) {
    return sheet.getRow(row).getCell(column).getStringCellValue();
  }

  @Test
  void exactlySeventyPercentExemplarsIsMetAndShownInPeopleAndPercent() throws IOException {
    Sheet sheet = sheet(workbook.delegates(conference(210, 90), SEVENTY_THIRTY,
        List.of(approved("Nguyễn Thị Hoa"), approved("Lê Văn Tâm")), List.of()), DelegateWorkbook.SHEET);

    assertThat(text(sheet, 0, 0)).isEqualTo("DANH SÁCH ĐẠI BIỂU");
    assertThat(text(sheet, 1, 0)).isEqualTo("Hội nghị Điển hình tiên tiến Thành phố Lạng Sơn Lần thứ V (2025 - 2030)");
    assertThat(sheet.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(210);
    assertThat(sheet.getRow(5).getCell(2).getNumericCellValue()).isEqualTo(0.7);
    assertThat(sheet.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(90);
    assertThat(sheet.getRow(7).getCell(1).getNumericCellValue()).isEqualTo(300);
    assertThat(text(sheet, 5, 3)).isEqualTo("Tối thiểu 70% (§II.2.2: 70% điển hình)");
    assertThat(text(sheet, 5, 4)).isEqualTo("Đạt");
    // A: the approved exemplars by name; B: one numbered row per guest (90)
    assertThat(text(sheet, 9, 0)).startsWith("A. ĐẠI BIỂU ĐIỂN HÌNH TIÊN TIẾN (2 ");
    assertThat(text(sheet, 11, 1)).isEqualTo("Nguyễn Thị Hoa");
    assertThat(text(sheet, 12, 1)).isEqualTo("Lê Văn Tâm");
    assertThat(text(sheet, 14, 0)).isEqualTo("B. ĐẠI BIỂU KHÁCH MỜI, LÃNH ĐẠO CÁC CẤP (90 người)");
    assertThat(sheet.getLastRowNum()).isEqualTo(15 + 90);
    assertThat(sheet.getRow(15 + 90).getCell(0).getNumericCellValue()).isEqualTo(90);
  }

  @Test
  void anApproximateShareIsWrittenAsSuchAndAShareAboveItsBandIsNotMet() throws IOException {
    var about = new CompositionRule(70, 30, "§x: khoảng 70%", CompositionRule.ShareKind.APPROXIMATE, null, null, null);
    Sheet sheet = sheet(workbook.delegates(conference(76, 24), about, List.of(), List.of()), DelegateWorkbook.SHEET);
    assertThat(text(sheet, 5, 3)).isEqualTo("Khoảng 70% (±5 điểm) (§x: khoảng 70%)");
    assertThat(text(sheet, 6, 3)).isEqualTo("Khoảng 30%");
    assertThat(text(sheet, 5, 4)).isEqualTo("Chưa đạt");
    Sheet within = sheet(workbook.delegates(conference(75, 25), about, List.of(), List.of()), DelegateWorkbook.SHEET);
    assertThat(text(within, 5, 4)).isEqualTo("Đạt");
  }

  @Test
  void oneExemplarShortOfTheShareIsNotMet() throws IOException {
    Sheet sheet = sheet(workbook.delegates(conference(209, 91), SEVENTY_THIRTY, List.of(), List.of()),
        DelegateWorkbook.SHEET);

    assertThat(sheet.getRow(5).getCell(2).getNumericCellValue()).isCloseTo(209 / 300.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(text(sheet, 5, 4)).isEqualTo("Chưa đạt");
  }

  @Test
  void beforeTheCompositionIsProposedOrWhenThePlanIsSilentTheListSaysSo() throws IOException {
    Sheet notYet = sheet(workbook.delegates(conference(null, null), SEVENTY_THIRTY, List.of(), List.of()),
        DelegateWorkbook.SHEET);
    assertThat(text(notYet, 5, 4)).isEqualTo("Chưa đề xuất cơ cấu");
    assertThat(text(notYet, 5, 1)).isEqualTo("—");

    Sheet silent = sheet(workbook.delegates(conference(50, 50), null, List.of(), List.of()), DelegateWorkbook.SHEET);
    assertThat(text(silent, 5, 3)).isEqualTo("Kế hoạch không quy định");
    assertThat(text(silent, 5, 4)).isEqualTo("—");
  }

  @Test
  void theDelegatesToTheUpperLevelHaveTheirOwnSheet() throws IOException {
    UpperDelegate d = new UpperDelegate(3L, 11L, "Trường THCS Chi Lăng", NomineeKind.COLLECTIVE, "26",
        "Thành phố Lạng Sơn", "Tỉnh Lạng Sơn");
    Sheet upper = sheet(workbook.delegates(conference(210, 90), SEVENTY_THIRTY, List.of(), List.of(d)),
        DelegateWorkbook.UPPER_SHEET);

    assertThat(text(upper, 4, 1)).isEqualTo("Trường THCS Chi Lăng");
    assertThat(text(upper, 4, 2)).isEqualTo("Tập thể");
    assertThat(text(upper, 4, 4)).isEqualTo("Tỉnh Lạng Sơn");
  }

  @Test
  void theGuestsWhoAttendedAreListedByName() throws IOException {
    var guest = new vn.thiduaflow.conference.ConferenceGuest(3L, 1, "Hoàng Văn Khách", "Bí thư Thành ủy");
    Sheet sheet = sheet(workbook.delegates(conference(210, 90), SEVENTY_THIRTY, List.of(), List.of(),
        List.of(guest)), DelegateWorkbook.SHEET);
    boolean listed = false;
    for (var row : sheet) {
      if (row.getCell(1) != null && row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
          && "Hoàng Văn Khách".equals(row.getCell(1).getStringCellValue())) {
        listed = "Bí thư Thành ủy".equals(row.getCell(2).getStringCellValue());
      }
    }
    assertThat(listed).as("guest with title in section B").isTrue();
  }
}
