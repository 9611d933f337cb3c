package vn.thiduaflow.document;

import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceRules;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.plan.model.CompositionRule;
import vn.thiduaflow.report.UpperDelegate;
import vn.thiduaflow.rule.RuleResult;
import vn.thiduaflow.system.EngineClock;

/**
 * The delegate list (danh sách đại biểu) of a conference as an Excel workbook (XLSX, Apache POI).
 *
 * <p>Sheet «Danh sách đại biểu»: the composition the standing office proposed — exemplar delegates and guests and
 * leaders in people and percent of all delegates, beside the plan's rule with its clause (the plan's
 * {@code composition}, e.g. Lạng Sơn city 2024 §II.2.2: at least 70 % exemplars, guests and leaders 30 %) and whether
 * it is met (exactly the share passes, {@link ConferenceRules#exemplarShare}); then A, the exemplar delegates by name (the nominees the council approved),
 * and B, one numbered row per guest or leader for the standing office to fill (the system holds their number, not
 * their names). Sheet «Đại biểu dự cấp trên»: the delegates chosen for the upper-level conference.
 */
@Component
public class DelegateWorkbook {

  static final String SHEET = "Danh sách đại biểu";
  static final String UPPER_SHEET = "Đại biểu dự cấp trên";
  /** At most this many blank rows for guests (a cap far above any plan's delegate cap). */
  static final int MAX_GUEST_ROWS = 2000;

  private final ConferenceRules rules;

  public DelegateWorkbook(ConferenceRules rules) {
    this.rules = rules;
  }

  /**
   * @param rule the plan's composition rule for the conference's tier; null when the plan states none
   * @param approved the nominees the council approved (exemplar delegates), in list order
   * @param upper the delegates to the upper-level conference, in list order
   * @return the XLSX bytes
   */
  public byte[] delegates(Conference conference, CompositionRule rule, List<Nomination> approved,
      List<UpperDelegate> upper) {
    return delegates(conference, rule, approved, upper, List.of());
  }

  /**
   * The list as above, with the guests and leaders by name once the conference was recorded as held (section B
   * lists them instead of blank numbered rows).
   *
   * @param attended the guests and leaders recorded, in order; empty before the conference
   */
  public byte[] delegates(Conference conference, CompositionRule rule, List<Nomination> approved,
      List<UpperDelegate> upper, List<vn.thiduaflow.conference.ConferenceGuest> attended) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles styles = new Styles(wb);
      CellStyle percent = wb.createCellStyle();
      percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
      Sheet sheet = wb.createSheet(SHEET);
      styles.title(sheet, 0, 5, "DANH SÁCH ĐẠI BIỂU");
      styles.text(sheet, 1, 5, heading(conference));
      styles.note(sheet, 2, 5, "Lập ngày " + vn.thiduaflow.system.VietnameseDates.day(EngineClock.today()));

      styles.header(sheet, 4, List.of("Cơ cấu đại biểu", "Số người", "Tỷ lệ", "Quy định của kế hoạch", "Đánh giá"));
      Integer exemplars = conference.getExemplarDelegates();
      Integer guests = conference.getGuestDelegates();
      boolean proposed = exemplars != null && guests != null;
      int total = proposed ? exemplars + guests : 0;
      Row r5 = sheet.createRow(5);
      r5.createCell(0).setCellValue("Đại biểu điển hình tiên tiến");
      Row r6 = sheet.createRow(6);
      r6.createCell(0).setCellValue("Đại biểu khách mời, lãnh đạo các cấp");
      Row r7 = sheet.createRow(7);
      styles.bold(r7, 0, "Tổng số");
      if (proposed) {
        count(r5, exemplars, total, percent);
        count(r6, guests, total, percent);
        count(r7, total, total, percent);
      } else {
        for (Row r : List.of(r5, r6, r7)) {
          r.createCell(1).setCellValue("—");
        }
      }
      if (rule == null) {
        r5.createCell(3).setCellValue("Kế hoạch không quy định");
      } else {
        // "Tối thiểu 70%", or for a plan that says "khoảng": "Khoảng 70% (±5 điểm)" (issue 22)
        String required = rule.describeVi();
        r5.createCell(3).setCellValue(Character.toUpperCase(required.charAt(0)) + required.substring(1) + " ("
            + rule.clause() + ")");
        r6.createCell(3).setCellValue((rule.approximate() ? "Khoảng " : "Tối đa ") + rule.guestSharePercent() + "%");
      }
      r5.createCell(4).setCellValue(!proposed ? "Chưa đề xuất cơ cấu"
          : rule == null ? "—" : verdict(rules.exemplarShare(rule, exemplars, guests)));

      int row = 9;
      styles.bold(sheet.createRow(row++), 0, "A. ĐẠI BIỂU ĐIỂN HÌNH TIÊN TIẾN (" + approved.size()
          + " được Hội đồng Thi đua - Khen thưởng thông qua)");
      styles.header(sheet, row++, List.of("STT", "Họ và tên / Tên tập thể", "Cá nhân / Tập thể", "Danh hiệu",
          "Đơn vị công tác"));
      for (int i = 0; i < approved.size(); i++) {
        Nomination n = approved.get(i);
        Row r = sheet.createRow(row++);
        r.createCell(0).setCellValue(i + 1);
        r.createCell(1).setCellValue(n.getNomineeName());
        r.createCell(2).setCellValue(n.getKind().label());
        r.createCell(3).setCellValue(n.getTitle().label());
        r.createCell(4).setCellValue(n.getOriginUnitName() == null ? conference.getUnitName() : n.getOriginUnitName());
      }
      row++;
      int guestRows = proposed ? Math.min(guests, MAX_GUEST_ROWS) : 0;
      styles.bold(sheet.createRow(row++), 0, "B. ĐẠI BIỂU KHÁCH MỜI, LÃNH ĐẠO CÁC CẤP ("
          + (!attended.isEmpty() ? attended.size() + " người đã dự" : proposed ? guests + " người" : "chưa đề xuất")
          + ")");
      styles.header(sheet, row++, List.of("STT", "Họ và tên", "Chức vụ", "Cơ quan, đơn vị", "Ghi chú"));
      if (!attended.isEmpty()) {
        for (int i = 0; i < attended.size(); i++) {
          Row r = sheet.createRow(row++);
          r.createCell(0).setCellValue(i + 1);
          r.createCell(1).setCellValue(attended.get(i).getName());
          r.createCell(2).setCellValue(attended.get(i).getTitle() == null ? "" : attended.get(i).getTitle());
        }
      } else {
        for (int i = 0; i < guestRows; i++) {
          sheet.createRow(row++).createCell(0).setCellValue(i + 1);
        }
      }
      styles.widths(sheet, 38, 34, 20, 40, 22);

      Sheet up = wb.createSheet(UPPER_SHEET);
      styles.title(up, 0, 5, "DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ, ĐẠI HỘI CẤP TRÊN");
      styles.text(up, 1, 5, conference.getUnitName() + (conference.getUpperUnitName() == null ? ""
          : " — dự tại " + conference.getUpperUnitName()));
      styles.header(up, 3, List.of("STT", "Họ và tên / Tên tập thể", "Cá nhân / Tập thể", "Đơn vị công tác",
          "Dự tại"));
      for (int i = 0; i < upper.size(); i++) {
        UpperDelegate d = upper.get(i);
        Row r = up.createRow(4 + i);
        r.createCell(0).setCellValue(i + 1);
        r.createCell(1).setCellValue(d.getDelegateName());
        r.createCell(2).setCellValue(d.getKind().label());
        r.createCell(3).setCellValue(d.getOriginUnitName() == null ? "" : d.getOriginUnitName());
        r.createCell(4).setCellValue(d.getTargetUnitName() == null ? "" : d.getTargetUnitName());
      }
      styles.widths(up, 6, 40, 16, 36, 36);
      return Styles.bytes(wb);
    } catch (IOException e) {
      throw new IllegalStateException("could not write the delegate list", e);
    }
  }

  /** The official name's first line when it has one, else the unit's name. */
  static String heading(Conference conference) {
    String name = conference.getOfficialName();
    return name == null || name.isBlank() ? conference.getUnitName() : name.lines().findFirst().orElse(name);
  }

  private static void count(Row row, int people, int total, CellStyle percent) {
    row.createCell(1).setCellValue(people);
    Cell share = row.createCell(2);
    share.setCellValue(total == 0 ? 0 : people / (double) total);
    share.setCellStyle(percent);
  }

  private static String verdict(RuleResult result) {
    return result.passed() ? "Đạt" : "Chưa đạt";
  }
}
