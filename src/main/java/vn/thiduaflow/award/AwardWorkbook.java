package vn.thiduaflow.award;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.thiduaflow.document.NomineeWorkbook;
import vn.thiduaflow.document.UploadedWorkbook;
import vn.thiduaflow.nomination.NomineeKind;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.InvalidInputException.Violation;
import vn.thiduaflow.system.Message;
import vn.thiduaflow.system.UploadBusyException;
import vn.thiduaflow.system.VietnameseDates;
import vn.thiduaflow.unit.UnitLevel;

/**
 * The register of earlier awards (sổ khen thưởng: awards granted before the system, or outside it) as an Excel
 * workbook (XLSX, Apache POI): the template an office downloads and fills, and the reading of a filled one
 * ({@link #read}), which {@link AwardImport} stores.
 *
 * <p>Layout of the sheet «Sổ khen thưởng», as the nominee template's ({@code document.NomineeWorkbook}): a title block
 * on rows 1–3, the headers on row {@value #HEADER_ROW}, one award per row from row {@value #FIRST_DATA_ROW} (Excel's
 * row numbers, as problems name them). Columns: A STT, B name of the person or collective, C Cá nhân / Tập thể,
 * D birth year (people only, optional), E the recipient's unit as written, F the unit's code (optional: the importer's
 * own unit when blank), G the award form or title as granted, H the level of the authority that granted it
 * ({@link UnitLevel} labels), I the decision's number and symbol, J its date (dd/mm/yyyy). C and H offer drop-down
 * lists; J is a text column so that Excel keeps the date as typed.
 *
 * <p>Reading checks every cell and collects every problem with its cell ("Dòng 7, cột Ngày quyết định (ô J7): …");
 * nothing is read past the bounds: at most {@value #MAX_FILE_BYTES} bytes (the body limit of {@code /api},
 * {@code thiduaflow.http.max-request-bytes}), the package checks of {@link UploadedWorkbook} (entries, inflated bytes,
 * compression ratio, sheets, no DTD — POI's zip-bomb protections stay on), at most {@value #MAX_ROWS} awards per file
 * and no row used past {@value #MAX_SHEET_ROWS}, a few files read at once (the nominee upload's settings
 * {@code thiduaflow.upload.concurrent-reads} and {@code thiduaflow.upload.read-wait-ms}).
 */
@Component
public class AwardWorkbook {

  /** Excel row number (1-based) of the column headers. */
  public static final int HEADER_ROW = 4;
  /** Excel row number (1-based) of the first award. */
  public static final int FIRST_DATA_ROW = 5;
  /**
   * Awards per file at most (5,000 rows): by our estimate (not a rule) a district's register of five years, about 20
   * communes with a few hundred awards a year, in one file; a larger register is imported in several files. A file
   * with more is refused whole. Measured: 5,000 rows are a 220 KB file and are stored in about 2.3 s (H2).
   */
  public static final int MAX_ROWS = 5000;
  /** Last row (1-based) any sheet may use: the header rows, {@value #MAX_ROWS} awards and as many blank rows again. */
  public static final int MAX_SHEET_ROWS = HEADER_ROW + 2 * MAX_ROWS;
  /** Bytes of an uploaded file at most (1 MiB): the API's body limit; 5,000 filled rows take about 300 KB. */
  public static final int MAX_FILE_BYTES = NomineeWorkbook.MAX_FILE_BYTES;
  /** Characters of a name, a unit's name and an award (the register's columns, V21). */
  public static final int MAX_NAME = 200;
  /** Characters of a unit's name or an award as granted (V21: 300). */
  public static final int MAX_TEXT = 300;
  /** Characters of a unit code (V21: 20). */
  public static final int MAX_CODE = 20;
  /** Characters of a decision's number and symbol (V21: 80). */
  public static final int MAX_SYMBOL = 80;
  /** First birth year accepted. */
  public static final int FIRST_BIRTH_YEAR = 1900;
  /**
   * First decision day accepted: 1 January 1945, the year the Democratic Republic of Viet Nam was founded, so that no
   * state award of the register is older. A bound chosen here, not a legal rule: a register with older records needs
   * it moved.
   */
  public static final LocalDate FIRST_DECISION_DAY = LocalDate.of(1945, 1, 1);
  /** Seconds a refused upload is told to wait (Retry-After). */
  static final int RETRY_AFTER_SECONDS = 5;
  static final String SHEET = "Sổ khen thưởng";
  static final String LISTS_SHEET = "danh-muc";

  /** Columns from 0 (A). */
  static final int NAME = 1;
  static final int KIND = 2;
  static final int BIRTH_YEAR = 3;
  static final int UNIT = 4;
  static final int UNIT_CODE = 5;
  static final int AWARD = 6;
  static final int LEVEL = 7;
  static final int SYMBOL = 8;
  static final int DATE = 9;
  /** The headers (Vietnamese) and their English names for the problems' English texts. */
  static final List<String[]> HEADERS = List.of(
      new String[] {"STT", "no."},
      new String[] {"Họ và tên / Tên tập thể", "name"},
      new String[] {"Cá nhân / Tập thể", "individual / collective"},
      new String[] {"Năm sinh", "birth year"},
      new String[] {"Đơn vị", "unit"},
      new String[] {"Mã đơn vị (nếu có)", "unit code (optional)"},
      new String[] {"Hình thức / danh hiệu khen thưởng", "award form or title"},
      new String[] {"Cấp khen", "level"},
      new String[] {"Số quyết định", "decision number"},
      new String[] {"Ngày quyết định", "decision date"});

  private static final Pattern YEAR = Pattern.compile("\\d{1,4}");
  private static final Pattern DAY = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
  private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /**
   * One filled row as read; a cell with a problem is read as null.
   *
   * @param excelRow the row's number in Excel (1-based)
   * @param unitCode the code as written, null when blank
   */
  public record Line(int excelRow, String name, NomineeKind kind, Integer birthYear, String unitName, String unitCode,
      String award, UnitLevel level, String decisionSymbol, LocalDate decidedOn) {}

  /** The rows read and the problems of their cells (by row, then column). */
  public record Upload(List<Line> lines, List<Violation> problems) {}

  final Semaphore readers;
  private final long readWaitMillis;

  AwardWorkbook(@Value("${thiduaflow.upload.concurrent-reads:" + NomineeWorkbook.DEFAULT_CONCURRENT_READS + "}")
      int concurrentReads, @Value("${thiduaflow.upload.read-wait-ms:" + NomineeWorkbook.DEFAULT_READ_WAIT_MILLIS
      + "}") long readWaitMillis) {
    if (concurrentReads < 1 || readWaitMillis < 0) {
      throw new IllegalArgumentException("concurrent reads must be at least 1 and the wait at least 0 ms, not "
          + concurrentReads + " and " + readWaitMillis);
    }
    this.readers = new Semaphore(concurrentReads, true);
    this.readWaitMillis = readWaitMillis;
  }

  /** The empty template (XLSX bytes), with the drop-down lists and a note on how to fill it. */
  public byte[] template() {
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

  /**
   * Reads a filled template.
   *
   * @param in the file's bytes; read to its end or to the first byte past {@value #MAX_FILE_BYTES}, not closed
   * @return every non-blank row from {@value #FIRST_DATA_ROW} and every problem of its cells: a required cell empty
   *     (name, kind, unit, award, level, decision number and date), a text longer than its column, a label not in its
   *     list, a birth year that is not a year from {@value #FIRST_BIRTH_YEAR} to this year or given for a
   *     collective, a date that is not a day from 01/01/1945 to today, a formula instead of a value, the same award
   *     twice in the file
   * @throws InvalidInputException (field {@code file}) when the file as a whole is wrong: larger than
   *     {@value #MAX_FILE_BYTES} bytes, not an XLSX within {@link UploadedWorkbook}'s bounds, no sheet «Sổ khen
   *     thưởng», more than {@value #MAX_ROWS} awards; (the header cells) a header row that is not the template's;
   *     (cell B{@value #FIRST_DATA_ROW}) no award at all
   * @throws UploadBusyException when every reader stayed busy for the whole wait (answered 503 with Retry-After)
   */
  public Upload read(InputStream in) {
    byte[] file = bytes(in); // before taking a reader: a slow client must not hold one
    try {
      if (!readers.tryAcquire(readWaitMillis, TimeUnit.MILLISECONDS)) {
        throw new UploadBusyException(RETRY_AFTER_SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UploadBusyException(RETRY_AFTER_SECONDS);
    }
    try {
      UploadedWorkbook.check(file);
      return parse(new UploadedWorkbook(file, Set.of(SHEET), HEADERS.size(), MAX_SHEET_ROWS).sheet(SHEET));
    } finally {
      readers.release();
    }
  }

  private static Upload parse(SortedMap<Integer, UploadedWorkbook.Cell[]> sheet) {
    if (sheet == null) {
      throw UploadedWorkbook.refused("upload.file.noSheet", SHEET);
    }
    checkHeaders(sheet.get(HEADER_ROW));
    var filled = sheet.tailMap(FIRST_DATA_ROW).entrySet().stream().filter(r -> !blank(r.getValue())).toList();
    if (filled.size() > MAX_ROWS) {
      throw UploadedWorkbook.refused("awardWorkbook.file.tooManyRows", filled.size(), MAX_ROWS);
    }
    if (filled.isEmpty()) {
      throw new InvalidInputException(List.of(at(FIRST_DATA_ROW, NAME, Message.of("awardWorkbook.empty",
          String.valueOf(FIRST_DATA_ROW)))));
    }
    List<Violation> problems = new ArrayList<>();
    List<Line> lines = new ArrayList<>();
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    for (var r : filled) {
      Cells c = new Cells(r.getKey(), r.getValue(), problems);
      String name = c.text(NAME, MAX_NAME, true);
      NomineeKind kind = c.choice(KIND, NomineeKind.values(), NomineeKind::label);
      Integer birthYear = c.birthYear(kind);
      String unitName = c.text(UNIT, MAX_TEXT, true);
      String unitCode = c.text(UNIT_CODE, MAX_CODE, false);
      String award = c.text(AWARD, MAX_TEXT, true);
      UnitLevel level = c.choice(LEVEL, UnitLevel.values(), UnitLevel::label);
      String symbol = c.text(SYMBOL, MAX_SYMBOL, true);
      LocalDate decidedOn = c.date();
      if (name != null && award != null && symbol != null && decidedOn != null) {
        String key = String.join("|", RecipientNames.key(name), String.valueOf(birthYear), RecipientNames.key(award),
            RecipientNames.key(symbol), decidedOn.toString());
        Integer first = seen.putIfAbsent(key, r.getKey());
        if (first != null) {
          problems.add(at(r.getKey(), NAME, Message.of("awardWorkbook.duplicate", String.valueOf(first))));
        }
      }
      lines.add(new Line(r.getKey(), name, kind, birthYear, unitName, unitCode, award, level, symbol, decidedOn));
    }
    return new Upload(lines, problems);
  }

  /**
   * A problem at one cell: field "J7", the cell as data, text "Dòng 7, cột Ngày quyết định (ô J7): …" (the column's
   * header in Vietnamese, its English name in English).
   */
  static Violation at(int excelRow, int column, Message problem) {
    String ref = CellReference.convertNumToColString(column) + excelRow;
    return new Violation(ref, Message.of("awardWorkbook.cell", String.valueOf(excelRow),
        Message.literal(HEADERS.get(column)[0], HEADERS.get(column)[1]), ref, problem), null,
        new InvalidInputException.Cell(excelRow, column));
  }

  /** The cells of one row, read with their problems noted. */
  private record Cells(int row, UploadedWorkbook.Cell[] cells, List<Violation> problems) {

    /** The cell's text, stripped; null when it has a formula, is too long, or (required) is empty. */
    String text(int column, int max, boolean required) {
      if (formula(column)) {
        return null;
      }
      String value = raw(column);
      if (value.isEmpty()) {
        if (required) {
          problems.add(at(row, column, Message.of("awardWorkbook.missing")));
        }
        return null;
      }
      if (value.length() > max) {
        problems.add(at(row, column, Message.of("awardWorkbook.tooLong", value.length(), max)));
        return null;
      }
      return value;
    }

    <E extends Enum<E>> E choice(int column, E[] values, java.util.function.Function<E, String> label) {
      if (formula(column)) {
        return null;
      }
      String value = raw(column);
      String labels = String.join(", ", Arrays.stream(values).map(label).toList());
      if (value.isEmpty()) {
        problems.add(at(row, column, Message.of("awardWorkbook.choice.missing", labels)));
        return null;
      }
      String wanted = RecipientNames.key(value);
      for (E v : values) {
        if (RecipientNames.key(label.apply(v)).equals(wanted) || v.name().equals(value)) {
          return v;
        }
      }
      problems.add(at(row, column, Message.of("awardWorkbook.choice.notInList", value, labels)));
      return null;
    }

    Integer birthYear(NomineeKind kind) {
      if (formula(BIRTH_YEAR)) {
        return null;
      }
      String value = raw(BIRTH_YEAR);
      if (value.isEmpty()) {
        return null;
      }
      if (kind == NomineeKind.COLLECTIVE) {
        problems.add(at(row, BIRTH_YEAR, Message.of("awardWorkbook.birthYear.collective")));
        return null;
      }
      UploadedWorkbook.Cell cell = cells[BIRTH_YEAR];
      Integer year = null;
      if (cell.number() != null && cell.number() == Math.rint(cell.number()) && Math.abs(cell.number()) < 1e6) {
        year = (int) cell.number().doubleValue();
      } else if (YEAR.matcher(value).matches()) {
        year = Integer.parseInt(value);
      }
      if (year == null) {
        problems.add(at(row, BIRTH_YEAR, Message.of("awardWorkbook.birthYear.notAYear", value)));
        return null;
      }
      int thisYear = EngineClock.today().getYear();
      if (year < FIRST_BIRTH_YEAR || year > thisYear) {
        problems.add(at(row, BIRTH_YEAR, Message.of("awardWorkbook.birthYear.outside", String.valueOf(year),
            String.valueOf(FIRST_BIRTH_YEAR), String.valueOf(thisYear))));
        return null;
      }
      return year;
    }

    /**
     * The decision's day: a text dd/mm/yyyy (also with . or -), yyyy-mm-dd, or a date Excel stored as a number (a
     * cell Excel turned into a date); from {@link #FIRST_DECISION_DAY} to today.
     */
    LocalDate date() {
      if (formula(DATE)) {
        return null;
      }
      String value = raw(DATE);
      if (value.isEmpty()) {
        problems.add(at(row, DATE, Message.of("awardWorkbook.date.missing")));
        return null;
      }
      LocalDate day = null;
      try {
        UploadedWorkbook.Cell cell = cells[DATE];
        Matcher m = DAY.matcher(value);
        if (cell.number() != null && DateUtil.isValidExcelDate(cell.number())) {
          day = DateUtil.getLocalDateTime(cell.number()).toLocalDate();
        } else if (m.matches()) {
          day = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(1)));
        } else if (ISO_DAY.matcher(value).matches()) {
          day = LocalDate.parse(value);
        }
      } catch (DateTimeException notADay) {
        day = null;
      }
      if (day == null) {
        problems.add(at(row, DATE, Message.of("awardWorkbook.date.notADate", value)));
        return null;
      }
      LocalDate today = EngineClock.today();
      if (day.isBefore(FIRST_DECISION_DAY) || day.isAfter(today)) {
        problems.add(at(row, DATE, Message.of("awardWorkbook.date.outside", VietnameseDates.day(day),
            VietnameseDates.day(FIRST_DECISION_DAY), VietnameseDates.day(today))));
        return null;
      }
      return day;
    }

    /** Whether the cell holds a formula, noted at the cell: what it shows is not what an office typed. */
    private boolean formula(int column) {
      UploadedWorkbook.Cell cell = cells[column];
      if (cell == null || cell.formula() == null) {
        return false;
      }
      problems.add(at(row, column, Message.of("upload.cell.formula")));
      return true;
    }

    private String raw(int column) {
      return cells[column] == null ? "" : cells[column].text().strip();
    }
  }

  private static void checkHeaders(UploadedWorkbook.Cell[] header) {
    List<Violation> wrong = new ArrayList<>();
    for (int c = 0; c < HEADERS.size(); c++) {
      String found = header == null || header[c] == null ? "" : header[c].text().strip();
      if (!RecipientNames.key(found).equals(RecipientNames.key(HEADERS.get(c)[0]))) {
        wrong.add(at(HEADER_ROW, c, Message.of("awardWorkbook.header.wrong", HEADERS.get(c)[0], found)));
      }
    }
    if (!wrong.isEmpty()) {
      throw new InvalidInputException(wrong);
    }
  }

  /** No text and no formula from column B on (the row's number alone does not make an award). */
  private static boolean blank(UploadedWorkbook.Cell[] row) {
    for (int c = 1; c < row.length; c++) {
      if (row[c] != null && (!row[c].text().isBlank() || row[c].formula() != null)) {
        return false;
      }
    }
    return true;
  }

  private static byte[] bytes(InputStream in) {
    byte[] file;
    try {
      file = in.readNBytes(MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      throw UploadedWorkbook.unreadable();
    }
    if (file.length > MAX_FILE_BYTES) {
      throw UploadedWorkbook.refused("awardWorkbook.file.tooLarge", MAX_FILE_BYTES);
    }
    return file;
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
