package vn.thiduaflow.document;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NomineeKind;
import vn.thiduaflow.nomination.NomineeListService;
import vn.thiduaflow.nomination.NomineeListService.Entry;
import vn.thiduaflow.nomination.NomineeTitle;
import vn.thiduaflow.plan.PresentationSource;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.InvalidInputException.Violation;

/**
 * A unit's nominee list (danh sách đề cử) as an Excel workbook (XLSX, Apache POI): the template a unit downloads,
 * fills and uploads, and the list as the council reads it.
 *
 * <p>Layout of the sheet «Danh sách đề cử»: a title block on rows 1–3, the column headers on row {@value #HEADER_ROW},
 * one nominee per row from row {@value #FIRST_DATA_ROW} (Excel's row numbers, as errors name them). Columns: A STT,
 * B name, C kind (Cá nhân / Tập thể), D title, E year of recognition, F presentation source, G code of the unit the
 * nominee works in (optional). C, D and F offer the Vietnamese labels as drop-down lists, E accepts whole years
 * 1945 to this year. A hidden sheet records which conference the template was made for.
 *
 * <p>Reading an uploaded file ({@link #read}) checks every cell it can (a header row that is not the template's,
 * labels that are not in the lists, a year that is not a number) and reports every problem by row and column; the
 * list's own rules ({@link NomineeListService}) are reported by row and column too ({@link #located}). Nothing is
 * imported from a file with any error.
 */
@Component
public class NomineeWorkbook {

  /** Excel row number (1-based) of the column headers. */
  public static final int HEADER_ROW = 4;
  /** Excel row number (1-based) of the first nominee. */
  public static final int FIRST_DATA_ROW = 5;
  /** Media type of an XLSX workbook. */
  public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  static final String SHEET = "Danh sách đề cử";
  private static final String MARKER_SHEET = "thiduaflow";
  private static final String FORMAT = "nominee-list-1";
  /** The template's columns: header label (Vietnamese), English name for errors, the Entry property it fills. */
  static final List<Column> COLUMNS = List.of(
      new Column("STT", "no.", null),
      new Column("Họ và tên / Tên tập thể", "name", "name"),
      new Column("Cá nhân / Tập thể", "kind", "kind"),
      new Column("Danh hiệu", "title", "title"),
      new Column("Năm được công nhận", "year of recognition", "recognizedYear"),
      new Column("Nguồn đề cử (tham luận)", "presentation source", "source"),
      new Column("Mã đơn vị công tác (nếu có)", "unit code (optional)", "unitCode"));
  private static final Pattern ENTRY_FIELD = Pattern.compile("nominees\\[(\\d+)]\\.?(\\w*)");
  private static final Pattern CELL = Pattern.compile("([A-Z]+)(\\d+)");
  /** How the list's rules refer to another entry (NomineeListService: duplicate names). */
  private static final Pattern DUPLICATE_VI = Pattern.compile("(trùng với dòng )(\\d+)");
  private static final Pattern DUPLICATE_EN = Pattern.compile("(duplicates row )(\\d+)");

  record Column(String header, String english, String property) {}

  /**
   * The template for a unit, filled with its own current nominees (not those sent up from lower conferences) so that
   * a list can be corrected and sent again.
   *
   * @param own the unit's own nominees, in list order
   * @return the XLSX bytes
   */
  public byte[] template(Conference conference, List<Nomination> own) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles styles = new Styles(wb);
      Sheet sheet = wb.createSheet(SHEET);
      styles.title(sheet, 0, COLUMNS.size(), "DANH SÁCH ĐỀ CỬ ĐIỂN HÌNH TIÊN TIẾN");
      styles.text(sheet, 1, COLUMNS.size(), conference.getUnitName() + " — hội nghị số " + conference.getId());
      styles.note(sheet, 2, COLUMNS.size(), "Điền từ dòng " + FIRST_DATA_ROW + ", mỗi dòng một cá nhân hoặc tập thể; "
          + "cột C, D, F chọn trong danh sách; năm từ 1945 đến " + EngineClock.today().getYear()
          + "; không sửa dòng tiêu đề. Tải lên: tệp có lỗi sẽ không được nhập dòng nào.");
      styles.header(sheet, HEADER_ROW - 1, COLUMNS.stream().map(Column::header).toList());
      for (int i = 0; i < own.size(); i++) {
        Nomination n = own.get(i);
        nominee(sheet, i, n).createCell(6).setCellValue(n.getOriginUnitCode() == null ? "" : n.getOriginUnitCode());
      }
      int lastRow = FIRST_DATA_ROW - 1 + NomineeListService.MAX_ROWS - 1;
      DataValidationHelper helper = sheet.getDataValidationHelper();
      choices(sheet, helper, 2, lastRow, labels(NomineeKind.values(), NomineeKind::label));
      choices(sheet, helper, 3, lastRow, labels(NomineeTitle.values(), NomineeTitle::label));
      choices(sheet, helper, 5, lastRow, labels(PresentationSource.values(), PresentationSource::label));
      DataValidationConstraint years = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
          "1945", String.valueOf(EngineClock.today().getYear()));
      DataValidation year = helper.createValidation(years, new CellRangeAddressList(FIRST_DATA_ROW - 1, lastRow, 4, 4));
      year.setShowErrorBox(true);
      year.createErrorBox("Năm không hợp lệ", "Năm được công nhận: số từ 1945 đến " + EngineClock.today().getYear());
      sheet.addValidationData(year);
      sheet.createFreezePane(0, HEADER_ROW);
      styles.widths(sheet, 6, 40, 14, 26, 12, 24, 16);
      Sheet marker = wb.createSheet(MARKER_SHEET);
      marker.createRow(0).createCell(0).setCellValue(FORMAT);
      marker.getRow(0).createCell(1).setCellValue(conference.getId());
      wb.setSheetHidden(wb.getSheetIndex(marker), true);
      return Styles.bytes(wb);
    } catch (IOException e) {
      throw new IllegalStateException("could not write the nominee template", e);
    }
  }

  /**
   * The conference's whole list as the council reads it: its own nominees and those sent up from lower conferences,
   * with eligibility (checked against the plan) and the council's approval.
   *
   * @param all every nominee of the conference, in list order
   * @return the XLSX bytes
   */
  public byte[] list(Conference conference, List<Nomination> all) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles styles = new Styles(wb);
      Sheet sheet = wb.createSheet(SHEET);
      List<String> headers = List.of("STT", "Họ và tên / Tên tập thể", "Cá nhân / Tập thể", "Danh hiệu",
          "Năm được công nhận", "Nguồn đề cử (tham luận)", "Đơn vị công tác", "Đề cử của", "Đủ điều kiện",
          "Hội đồng thông qua");
      styles.title(sheet, 0, headers.size(), "DANH SÁCH ĐỀ CỬ ĐIỂN HÌNH TIÊN TIẾN");
      styles.text(sheet, 1, headers.size(), conference.getUnitName());
      styles.note(sheet, 2, headers.size(), all.size() + " đề cử; lập ngày "
          + Styles.DATE.format(EngineClock.today()));
      styles.header(sheet, HEADER_ROW - 1, headers);
      for (int i = 0; i < all.size(); i++) {
        Nomination n = all.get(i);
        Row row = nominee(sheet, i, n);
        row.createCell(6).setCellValue(n.getOriginUnitName() == null ? "" : n.getOriginUnitName());
        row.createCell(7).setCellValue(n.getFromDelegateId() == null ? "đơn vị" : "cấp dưới gửi lên");
        row.createCell(8).setCellValue(yesNo(n.getEligible()));
        row.createCell(9).setCellValue(yesNo(n.getApproved()));
      }
      sheet.createFreezePane(0, HEADER_ROW);
      styles.widths(sheet, 6, 40, 14, 26, 12, 24, 30, 16, 12, 14);
      return Styles.bytes(wb);
    } catch (IOException e) {
      throw new IllegalStateException("could not write the nominee list", e);
    }
  }

  /**
   * A read list: the entries in file order, the Excel row each came from, and the problems of single cells (a label
   * not in its list, a year that is not a number; such a cell is read as empty).
   *
   * @param entries the rows as the list's entries
   * @param rows Excel row number (1-based) of each entry
   * @param cellProblems problems found in single cells, by row then column
   */
  public record Upload(List<Entry> entries, List<Integer> rows, List<Violation> cellProblems) {

    /**
     * Runs the list's own rules and throws every problem of the file at once: the cells' own and the rules', each
     * at its cell (a rule that fails only because its cell was already wrong is not repeated), by row then column.
     *
     * @param rules the list's rules ({@link NomineeListService#validate}); throws what it finds
     * @throws InvalidInputException when the file has any problem
     */
    public void requireValid(Runnable rules) {
      List<Violation> all = new ArrayList<>(cellProblems);
      try {
        rules.run();
      } catch (InvalidInputException e) {
        var known = all.stream().map(Violation::field).collect(java.util.stream.Collectors.toSet());
        located(e).violations().stream().filter(v -> !known.contains(v.field())).forEach(all::add);
      }
      if (!all.isEmpty()) {
        all.sort(java.util.Comparator.comparing((Violation v) -> rowOf(v.field()))
            .thenComparing(v -> columnOf(v.field())));
        throw new InvalidInputException(all);
      }
    }

    /**
     * The same problems, each placed at the cell it came from: "nominees[3].name" becomes "B8" with
     * "Dòng 8, cột B (Họ và tên / Tên tập thể): …" (row of the fourth entry, the name's column).
     */
    public InvalidInputException located(InvalidInputException e) {
      List<Violation> placed = new ArrayList<>();
      for (Violation v : e.violations()) {
        Matcher m = ENTRY_FIELD.matcher(v.field());
        int index = m.matches() ? Integer.parseInt(m.group(1)) : -1;
        if (index < 0 || index >= rows.size()) {
          placed.add(v);
          continue;
        }
        int column = 1;
        for (int c = 0; c < COLUMNS.size(); c++) {
          if (m.group(2).equals(COLUMNS.get(c).property())) {
            column = c;
          }
        }
        placed.add(at(rows.get(index), column, excelRows(v.vietnamese(), DUPLICATE_VI),
            excelRows(v.english(), DUPLICATE_EN)));
      }
      return new InvalidInputException(placed);
    }

    /** "trùng với dòng 0" (the list's index) becomes "trùng với dòng 5" (the file's row). */
    private String excelRows(String text, Pattern reference) {
      Matcher m = reference.matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        int index = Integer.parseInt(m.group(2));
        String row = index < rows.size() ? String.valueOf(rows.get(index)) : m.group(2);
        m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + row));
      }
      m.appendTail(out);
      return out.toString();
    }

    private static int rowOf(String cell) {
      Matcher m = CELL.matcher(cell);
      return m.matches() ? Integer.parseInt(m.group(2)) : 0;
    }

    private static String columnOf(String cell) {
      Matcher m = CELL.matcher(cell);
      return m.matches() ? m.group(1) : "";
    }
  }

  /**
   * Reads a filled template.
   *
   * @param conference the conference the list is for; a template made for another conference is refused
   * @return the rows in file order (blank rows skipped), the drop-down labels turned into the list's values, and the
   *     problems of single cells (a label not in its list, a year that is not a whole number), each placed at its
   *     cell ("B7", text "Dòng 7, cột B (…): …"); {@link Upload#requireValid} reports them with the list's rules
   * @throws InvalidInputException when the file as a whole is wrong: not an XLSX file, not the template (sheet,
   *     header row), a template made for another conference, no nominee, far too many rows
   */
  public Upload read(Conference conference, InputStream in) {
    Workbook wb;
    try {
      wb = WorkbookFactory.create(in);
    } catch (IOException | RuntimeException e) {
      throw new InvalidInputException("file", "Không đọc được tệp: cần tệp Excel .xlsx theo mẫu tải về",
          "not a readable XLSX file: upload the downloaded template");
    }
    try (wb) {
      Sheet sheet = wb.getSheet(SHEET);
      if (sheet == null) {
        throw new InvalidInputException("file", "Tệp không có trang «" + SHEET + "» của mẫu tải về",
            "the file has no sheet '" + SHEET + "': upload the downloaded template");
      }
      checkMarker(wb, conference);
      DataFormatter formatter = new DataFormatter(Locale.ROOT);
      checkHeaders(sheet, formatter);
      if (sheet.getLastRowNum() - (FIRST_DATA_ROW - 1) >= NomineeListService.MAX_ROWS + 1000) {
        throw new InvalidInputException("file", "Tệp có quá nhiều dòng (tối đa " + NomineeListService.MAX_ROWS
            + " đề cử)", "the file has too many rows (at most " + NomineeListService.MAX_ROWS + " nominees)");
      }
      List<Violation> violations = new ArrayList<>();
      List<Entry> entries = new ArrayList<>();
      List<Integer> rows = new ArrayList<>();
      for (int r = FIRST_DATA_ROW - 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (blank(row, formatter)) {
          continue;
        }
        int excelRow = r + 1;
        String name = text(row, 1, formatter);
        String kind = choice(row, 2, formatter, NomineeKind.values(), NomineeKind::label, violations);
        String title = choice(row, 3, formatter, NomineeTitle.values(), NomineeTitle::label, violations);
        Integer year = year(row, formatter, violations);
        String source = choice(row, 5, formatter, PresentationSource.values(), PresentationSource::label,
            violations);
        String unitCode = text(row, 6, formatter);
        entries.add(new Entry(name, kind, title, year, source, unitCode.isEmpty() ? null : unitCode));
        rows.add(excelRow);
      }
      if (entries.isEmpty()) {
        throw new InvalidInputException(List.of(at(FIRST_DATA_ROW, 1, "chưa có đề cử nào",
            "the list has no nominee")));
      }
      return new Upload(entries, rows, violations);
    } catch (IOException e) {
      throw new IllegalStateException("could not close the uploaded workbook", e);
    }
  }

  private static void checkMarker(Workbook wb, Conference conference) {
    Sheet marker = wb.getSheet(MARKER_SHEET);
    if (marker == null || marker.getRow(0) == null || marker.getRow(0).getCell(1) == null) {
      return; // a copy of the template without the hidden sheet: the header row still has to match
    }
    Cell id = marker.getRow(0).getCell(1);
    if (id.getCellType() == CellType.NUMERIC && (long) id.getNumericCellValue() != conference.getId()) {
      throw new InvalidInputException("file", "Tệp mẫu này được tải cho hội nghị số " + (long) id.getNumericCellValue()
          + ", không phải hội nghị số " + conference.getId() + " (" + conference.getUnitName() + ")",
          "this template was downloaded for conference " + (long) id.getNumericCellValue() + ", not "
              + conference.getId());
    }
  }

  private static void checkHeaders(Sheet sheet, DataFormatter formatter) {
    Row header = sheet.getRow(HEADER_ROW - 1);
    List<Violation> wrong = new ArrayList<>();
    for (int c = 0; c < COLUMNS.size(); c++) {
      String found = header == null ? "" : text(header, c, formatter);
      if (!comparable(found).equals(comparable(COLUMNS.get(c).header()))) {
        wrong.add(at(HEADER_ROW, c, "tiêu đề phải là «" + COLUMNS.get(c).header() + "», tệp ghi «" + found
            + "»: dùng mẫu tải về", "the header must be '" + COLUMNS.get(c).header() + "', found '" + found
            + "': use the downloaded template"));
      }
    }
    if (!wrong.isEmpty()) {
      throw new InvalidInputException(wrong);
    }
  }

  private static boolean blank(Row row, DataFormatter formatter) {
    if (row == null) {
      return true;
    }
    for (int c = 1; c < COLUMNS.size(); c++) { // column A (STT) alone does not make a nominee
      if (!text(row, c, formatter).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static String text(Row row, int column, DataFormatter formatter) {
    Cell cell = row.getCell(column);
    return cell == null ? "" : formatter.formatCellValue(cell).strip();
  }

  private static <E extends Enum<E>> String choice(Row row, int column, DataFormatter formatter, E[] values,
      Function<E, String> label, List<Violation> violations) {
    String value = text(row, column, formatter);
    List<String> labels = labels(values, label);
    if (value.isEmpty()) {
      violations.add(at(row.getRowNum() + 1, column, "chưa chọn; chọn một trong: " + String.join(", ", labels),
          "missing; one of: " + String.join(", ", labels)));
      return null;
    }
    Optional<E> match = Arrays.stream(values).filter(v -> comparable(label.apply(v)).equals(comparable(value))
        || v.name().equals(value)).findFirst();
    if (match.isEmpty()) {
      violations.add(at(row.getRowNum() + 1, column, "«" + value + "» không có trong danh sách; chọn một trong: "
          + String.join(", ", labels), "'" + value + "' is not in the list; one of: " + String.join(", ", labels)));
      return null;
    }
    return match.get().name();
  }

  private static Integer year(Row row, DataFormatter formatter, List<Violation> violations) {
    Cell cell = row.getCell(4);
    if (cell != null && cell.getCellType() == CellType.NUMERIC) {
      double value = cell.getNumericCellValue();
      if (value == Math.rint(value)) {
        return (int) value;
      }
    }
    String value = text(row, 4, formatter);
    if (value.matches("\\d{1,4}")) {
      return Integer.parseInt(value);
    }
    violations.add(at(row.getRowNum() + 1, 4, value.isEmpty() ? "chưa có năm được công nhận"
        : "«" + value + "» không phải một năm", value.isEmpty() ? "the year of recognition is missing"
        : "'" + value + "' is not a year"));
    return null;
  }

  /** A problem at one cell: field "B7", text "Dòng 7, cột B (Họ và tên / Tên tập thể): …". */
  static Violation at(int excelRow, int column, String vietnamese, String english) {
    String letter = CellReference.convertNumToColString(column);
    Column c = COLUMNS.get(column);
    return new Violation(letter + excelRow, "Dòng " + excelRow + ", cột " + letter + " (" + c.header() + "): "
        + vietnamese, "Row " + excelRow + ", column " + letter + " (" + c.english() + "): " + english);
  }

  private static <E> List<String> labels(E[] values, Function<E, String> label) {
    return Arrays.stream(values).map(label).toList();
  }

  private static String comparable(String s) {
    return Normalizer.normalize(s.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  /** The i-th nominee's row (0-based) with the columns both workbooks share: A number to F source. */
  private static Row nominee(Sheet sheet, int i, Nomination n) {
    Row row = sheet.createRow(FIRST_DATA_ROW - 1 + i);
    row.createCell(0).setCellValue(i + 1);
    row.createCell(1).setCellValue(n.getNomineeName());
    row.createCell(2).setCellValue(n.getKind().label());
    row.createCell(3).setCellValue(n.getTitle().label());
    row.createCell(4).setCellValue(n.getRecognizedYear());
    row.createCell(5).setCellValue(n.getSource() == null ? "" : n.getSource().label());
    return row;
  }

  private static String yesNo(Boolean value) {
    return value == null ? "—" : value ? "Có" : "Không";
  }

  private static void choices(Sheet sheet, DataValidationHelper helper, int column, int lastRow, List<String> labels) {
    DataValidationConstraint list = helper.createExplicitListConstraint(labels.toArray(String[]::new));
    DataValidation validation = helper.createValidation(list,
        new CellRangeAddressList(FIRST_DATA_ROW - 1, lastRow, column, column));
    validation.setShowErrorBox(true);
    validation.createErrorBox("Giá trị không có trong danh sách", "Chọn một trong: " + String.join(", ", labels));
    sheet.addValidationData(validation);
  }
}
