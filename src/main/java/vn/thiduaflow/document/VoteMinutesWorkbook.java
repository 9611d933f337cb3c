package vn.thiduaflow.document;

import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.council.BallotService.NomineeResult;
import vn.thiduaflow.system.EngineClock;

/**
 * The minutes of the count (biên bản kiểm phiếu) of a council's last vote round, as an Excel workbook (XLSX, Apache
 * POI): the council's size and the ballots cast (people), then one row per nominee in ballot order with its agreeing
 * ballots, their share of ALL voting members (percent, one decimal), the threshold of its title with the clause, and
 * whether it passed. Counts only: no ballot, no voter's choice exists to print. Signature lines for the chair and the
 * vote-counting committee (Ban kiểm phiếu).
 */
@Component
public class VoteMinutesWorkbook {

  static final String SHEET = "Biên bản kiểm phiếu";

  /**
   * @param results the round's per-nominee results ({@code BallotService.results}), in ballot order
   * @param ballotsCast ballots cast in the round (people)
   * @return the XLSX bytes
   */
  public byte[] minutes(Conference conference, List<NomineeResult> results, int ballotsCast) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles styles = new Styles(wb);
      Sheet sheet = wb.createSheet(SHEET);
      int members = results.isEmpty() ? 0 : results.get(0).members();
      styles.title(sheet, 0, 8, "BIÊN BẢN KIỂM PHIẾU");
      styles.text(sheet, 1, 8, "Hội đồng Thi đua – Khen thưởng " + conference.getUnitName() + " — biểu quyết danh sách"
          + " điển hình tiên tiến, vòng " + conference.getVoteRound());
      styles.note(sheet, 2, 8, "Lập ngày " + vn.thiduaflow.system.VietnameseDates.day(EngineClock.today()));
      styles.text(sheet, 3, 8, "Tổng số thành viên Hội đồng: " + members + " — số phiếu phát ra: " + members
          + " — số phiếu thu về: " + ballotsCast + " — phiếu không đánh dấu cho một người được tính là không đồng ý.");
      styles.header(sheet, 5, List.of("STT", "Họ và tên / Tên tập thể", "Cá nhân / Tập thể", "Danh hiệu đề nghị",
          "Đơn vị", "Số phiếu đồng ý", "Tỷ lệ trên tổng số thành viên", "Ngưỡng (căn cứ)", "Kết quả"));
      int row = 6;
      int passed = 0;
      for (int i = 0; i < results.size(); i++) {
        NomineeResult r = results.get(i);
        Row x = sheet.createRow(row++);
        x.createCell(0).setCellValue(i + 1);
        x.createCell(1).setCellValue(r.name());
        x.createCell(2).setCellValue(r.kind());
        x.createCell(3).setCellValue(r.title());
        x.createCell(4).setCellValue(r.unit());
        x.createCell(5).setCellValue(r.agreements() + "/" + r.members());
        x.createCell(6).setCellValue(vn.thiduaflow.council.VoteTally.share(r.agreements(), r.members()));
        x.createCell(7).setCellValue(r.required() + " (" + r.clause() + ")");
        x.createCell(8).setCellValue(r.passed() ? "Được thông qua" : "Không đạt");
        passed += r.passed() ? 1 : 0;
      }
      row++;
      styles.bold(sheet.createRow(row++), 0, passed + "/" + results.size() + " người được đề nghị được thông qua.");
      row++;
      Row signatures = sheet.createRow(row);
      styles.bold(signatures, 1, "TRƯỞNG BAN KIỂM PHIẾU");
      styles.bold(signatures, 7, "CHỦ TỊCH HỘI ĐỒNG");
      styles.widths(sheet, 6, 34, 14, 24, 30, 14, 16, 48, 16);
      return Styles.bytes(wb);
    } catch (IOException e) {
      throw new IllegalStateException("could not write the minutes of the count", e);
    }
  }
}
