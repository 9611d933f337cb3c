package vn.thiduaflow.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.thiduaflow.council.CouncilMember;
import vn.thiduaflow.council.CouncilService;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.InvalidInputException.Violation;
import vn.thiduaflow.system.Message;

/**
 * A unit's council as an Excel workbook (XLSX): the template to fill (sheet «Hội đồng», header on row 4, one person per
 * row from row 5: Họ và tên, Tên đăng nhập, Vai trò — one of the roles' Vietnamese labels, from a drop-down —, Thư điện
 * tử), and the reading of a filled one. An upload is read with the same bounds as the nominee list
 * ({@link UploadedWorkbook}: ZIP checked first, sheets streamed, at most 1 MiB) and its problems are reported at their
 * cells, every one at once ("Dòng 7, cột C (Vai trò): …"), before anything is saved.
 */
@Component
public class CouncilWorkbook {

  static final String SHEET = "Hội đồng";
  static final int HEADER_ROW = 4;
  static final int FIRST_DATA_ROW = 5;
  private static final List<String> HEADERS = List.of("STT", "Họ và tên", "Tên đăng nhập", "Vai trò", "Thư điện tử");
  private static final List<String> PROPERTIES = List.of("", "fullName", "username", "role", "email");
  /** The list field of the council's rules ({@link CouncilService#validate}): their violations name its entries. */
  private static final String LIST = "councilMembers";

  /**
   * A read file: the rows as entries, the Excel row of each, and what was wrong in its cells already.
   *
   * @param entries one per non-blank row
   * @param rows the Excel row number (1-based) of each entry
   */
  public record Upload(List<CouncilService.Entry> entries, List<Integer> rows, List<Violation> cellProblems) {

    /**
     * Runs the council's rules ({@link CouncilService#validate}) and throws every problem of the file at once, each
     * at its cell.
     *
     * @throws InvalidInputException when the file has any problem
     */
    public void requireValid(Runnable rules) {
      List<Violation> all = new ArrayList<>(cellProblems);
      try {
        rules.run();
      } catch (InvalidInputException e) {
        all.addAll(located(e).violations());
      }
      if (!all.isEmpty()) {
        throw new InvalidInputException(all);
      }
    }

    /**
     * The same problems placed at their cells, read from the violation's data: one in entry 2 of the list, property
     * role ({@link Violation#entry}), becomes "D7" with "Dòng 7, cột D (…)".
     */
    public InvalidInputException located(InvalidInputException e) {
      List<Violation> placed = new ArrayList<>();
      for (Violation v : e.violations()) {
        InvalidInputException.Entry entry = v.entry();
        if (entry == null || !entry.list().equals(LIST) || entry.index() < 0 || entry.index() >= rows.size()) {
          placed.add(v);
          continue;
        }
        int column = Math.max(1, PROPERTIES.indexOf(entry.property()));
        placed.add(at(rows.get(entry.index()), column, v.message()).withEntry(LIST, entry.index(),
            entry.property()));
      }
      return new InvalidInputException(placed);
    }
  }

  /** The template, filled with the unit's current people (none for a unit that has no council yet). */
  public byte[] template(String unitName, List<CouncilMember> people) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles styles = new Styles(wb);
      Sheet sheet = wb.createSheet(SHEET);
      styles.title(sheet, 0, HEADERS.size(), "DANH SÁCH HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG VÀ THƯỜNG TRỰC");
      styles.text(sheet, 1, HEADERS.size(), unitName);
      styles.note(sheet, 2, HEADERS.size(), "Mỗi người một dòng; Hội đồng cần một Chủ tịch và ít nhất "
          + CouncilService.MIN_VOTING + " thành viên biểu quyết. Tên đăng nhập: chữ thường không dấu, số, dấu chấm.");
      styles.header(sheet, HEADER_ROW - 1, HEADERS);
      int row = HEADER_ROW;
      for (CouncilMember m : people) {
        Row r = sheet.createRow(row);
        r.createCell(0).setCellValue(row - HEADER_ROW + 1);
        r.createCell(1).setCellValue(m.getFullName());
        r.createCell(2).setCellValue(m.getUsername());
        r.createCell(3).setCellValue(m.getRole().label());
        row++;
      }
      Sheet roles = wb.createSheet("Vai trò");
      CouncilRole[] all = CouncilRole.values();
      for (int i = 0; i < all.length; i++) {
        roles.createRow(i).createCell(0).setCellValue(all[i].label());
      }
      wb.setSheetHidden(wb.getSheetIndex(roles), true);
      DataValidationHelper helper = sheet.getDataValidationHelper();
      // a range of the hidden sheet, not a comma-separated list: labels may hold commas
      var validation = helper.createValidation(helper.createFormulaListConstraint("'Vai trò'!$A$1:$A$" + all.length),
          new CellRangeAddressList(HEADER_ROW, HEADER_ROW + CouncilService.MAX_PEOPLE, 3, 3));
      validation.setShowErrorBox(true);
      sheet.addValidationData(validation);
      styles.widths(sheet, 6, 32, 26, 40, 30);
      return Styles.bytes(wb);
    } catch (IOException e) {
      throw new IllegalStateException("could not write the council template", e);
    }
  }

  /**
   * Reads a filled template.
   *
   * @throws InvalidInputException (field {@code file}) when the file is larger than 1 MiB, not an XLSX within the
   *     bounds of {@link UploadedWorkbook}, or has no sheet «Hội đồng»; (first data cell) when it lists nobody
   */
  public Upload read(InputStream in) {
    byte[] file;
    try {
      file = in.readNBytes(NomineeWorkbook.MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      throw UploadedWorkbook.unreadable();
    }
    if (file.length > NomineeWorkbook.MAX_FILE_BYTES) {
      throw UploadedWorkbook.refused("councilWorkbook.file.tooLarge");
    }
    UploadedWorkbook.check(file);
    SortedMap<Integer, UploadedWorkbook.Cell[]> sheet = new UploadedWorkbook(file, Set.of(SHEET), HEADERS.size())
        .sheet(SHEET);
    if (sheet == null) {
      throw UploadedWorkbook.refused("upload.file.noSheet", SHEET);
    }
    List<Violation> problems = new ArrayList<>();
    List<CouncilService.Entry> entries = new ArrayList<>();
    List<Integer> rows = new ArrayList<>();
    for (var r : sheet.tailMap(FIRST_DATA_ROW).entrySet()) {
      UploadedWorkbook.Cell[] cells = r.getValue();
      if (Arrays.stream(cells, 1, cells.length).allMatch(c -> c == null || c.text().isBlank())) {
        continue;
      }
      int excelRow = r.getKey();
      String role = text(cells, 3);
      String roleName = Arrays.stream(CouncilRole.values()).filter(x -> x.label().equals(role) || x.name().equals(role))
          .map(Enum::name).findFirst().orElse(null);
      if (roleName == null) {
        problems.add(at(excelRow, 3, Message.of("councilWorkbook.role.notInList", role)));
      }
      for (int c = 1; c < cells.length; c++) {
        if (cells[c] != null && cells[c].formula() != null) {
          problems.add(at(excelRow, c, Message.of("upload.cell.formula")));
        }
      }
      entries.add(new CouncilService.Entry(text(cells, 1), text(cells, 2), roleName == null ? CouncilRole.MEMBER.name()
          : roleName, text(cells, 4)));
      rows.add(excelRow);
    }
    if (entries.isEmpty()) {
      throw new InvalidInputException(List.of(at(FIRST_DATA_ROW, 1, Message.of("councilWorkbook.empty"))));
    }
    return new Upload(entries, rows, problems);
  }

  private static String text(UploadedWorkbook.Cell[] row, int column) {
    return row[column] == null ? "" : row[column].text().strip();
  }

  /** A problem at one cell: field "D7", the cell as data, text "Dòng 7, cột D (Vai trò): …" / "Row 7, column D: …". */
  static Violation at(int excelRow, int column, Message problem) {
    String letter = CellReference.convertNumToColString(column);
    return new Violation(letter + excelRow, Message.of("councilWorkbook.cell", excelRow, letter, HEADERS.get(column),
        problem), null, new InvalidInputException.Cell(excelRow, column));
  }
}
