package vn.thiduaflow.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NomineeKind;
import vn.thiduaflow.nomination.NomineeListService;
import vn.thiduaflow.nomination.NomineeListService.Entry;
import vn.thiduaflow.plan.model.NomineeTitle;
import vn.thiduaflow.plan.model.PresentationSource;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.InvalidInputException.Violation;
import vn.thiduaflow.system.Message;
import vn.thiduaflow.system.UploadBusyException;

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
 *
 * <p>An upload (at most {@value #MAX_FILE_BYTES} bytes) is first checked on its bytes, so that no file can cost more
 * than a few tens of megabytes or a fraction of a second to accept or refuse (a ZIP bomb, a sheet of millions of
 * cells): the number of ZIP entries, the bytes each inflates to (counted, not taken from the headers), their sum and
 * compression ratio, the number of sheets ({@link UploadedWorkbook}'s {@code MAX_…} constants, each with its reason). Its list and
 * marker sheets are then streamed with POI's event API ({@code XSSFReader}, {@code XSSFSheetXMLHandler}; no DTD),
 * stopping at the bounds of rows and columns, never built as a POI workbook, which costs kilobytes per cell (measured
 * in NomineeWorkbookBombTest: a 1,000-nominee list with long texts 38 MB allocated, the largest sheet the bounds let
 * through 123 MB, a 5.6-million-cell bomb refused after 2 MB). At most a few files are read at once (by
 * default {@value #DEFAULT_CONCURRENT_READS}); an upload that finds no free reader within a short wait is refused with
 * {@link UploadBusyException}.
 */
@Component
public class NomineeWorkbook {

  /** Excel row number (1-based) of the column headers. */
  public static final int HEADER_ROW = 4;
  /** Excel row number (1-based) of the first nominee. */
  public static final int FIRST_DATA_ROW = 5;
  /** Media type of an XLSX workbook. */
  public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Readers of uploaded files at once, by default ({@code thiduaflow.upload.concurrent-reads}). */
  public static final int DEFAULT_CONCURRENT_READS = 2;
  /** Milliseconds an upload waits for a free reader, by default ({@code thiduaflow.upload.read-wait-ms}). */
  public static final long DEFAULT_READ_WAIT_MILLIS = 2000;
  /** Seconds a refused upload is told to wait before sending again (Retry-After). */
  static final int RETRY_AFTER_SECONDS = 5;

  /**
   * Bytes of an uploaded file at most (1 MiB): the request size filter's default limit
   * ({@code thiduaflow.http.max-request-bytes}); a 1,000-nominee list with 700-letter texts is about 260 KB. A
   * longer body is refused without being read further.
   */
  public static final int MAX_FILE_BYTES = 1 << 20;
  static final String SHEET = "Danh sách đề cử";
  static final String MARKER_SHEET = "thiduaflow";
  static final String FORMAT = "nominee-list-1";
  /** The template's columns: header label (Vietnamese), English name for errors, the Entry property it fills. */
  static final List<Column> COLUMNS = List.of(
      new Column("STT", "no.", null),
      new Column("Họ và tên / Tên tập thể", "name", "name"),
      new Column("Cá nhân / Tập thể", "kind", "kind"),
      new Column("Danh hiệu", "title", "title"),
      new Column("Năm được công nhận", "year of recognition", "recognizedYear"),
      new Column("Nguồn đề cử (tham luận)", "presentation source", "source"),
      new Column("Mã đơn vị công tác (nếu có)", "unit code (optional)", "unitCode"),
      new Column("Chức vụ, đơn vị công tác", "position and unit", "position"),
      new Column("Tóm tắt thành tích", "achievement summary", "achievementSummary"));
  /** The list field of the list's rules ({@link NomineeListService}): their violations name its entries. */
  static final String LIST = "nominees";

  record Column(String header, String english, String property) {}

  /** Readers of uploaded files; package-private so that a test can hold them all. */
  final Semaphore readers;
  private final long readWaitMillis;

  /** A workbook with the default number of readers and wait ({@value #DEFAULT_CONCURRENT_READS}, 2 s). */
  public NomineeWorkbook() {
    this(DEFAULT_CONCURRENT_READS, DEFAULT_READ_WAIT_MILLIS);
  }

  /**
   * @param concurrentReads uploaded files read at once, at least 1 ({@code thiduaflow.upload.concurrent-reads})
   * @param readWaitMillis milliseconds an upload waits for a free reader before it is refused, at least 0
   *     ({@code thiduaflow.upload.read-wait-ms})
   * @throws IllegalArgumentException when either is out of range
   */
  @Autowired
  public NomineeWorkbook(@Value("${thiduaflow.upload.concurrent-reads:" + DEFAULT_CONCURRENT_READS + "}")
      int concurrentReads, @Value("${thiduaflow.upload.read-wait-ms:" + DEFAULT_READ_WAIT_MILLIS + "}")
      long readWaitMillis) {
    if (concurrentReads < 1 || readWaitMillis < 0) {
      throw new IllegalArgumentException("concurrent reads must be at least 1 and the wait at least 0 ms, not "
          + concurrentReads + " and " + readWaitMillis);
    }
    this.readers = new Semaphore(concurrentReads, true);
    this.readWaitMillis = readWaitMillis;
  }

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
      styles.text(sheet, 1, COLUMNS.size(), named(conference));
      styles.note(sheet, 2, COLUMNS.size(), "Điền từ dòng " + FIRST_DATA_ROW + ", mỗi dòng một cá nhân hoặc tập thể; "
          + "cột C, D, F chọn trong danh sách; năm từ 1945 đến " + EngineClock.today().getYear() + "; cột H tối đa "
          + NomineeListService.MAX_POSITION + " ký tự, cột I (tóm tắt thành tích) tối đa "
          + NomineeListService.MAX_SUMMARY + " ký tự"
          + "; không sửa dòng tiêu đề. Tải lên: tệp có lỗi sẽ không được nhập dòng nào.");
      styles.header(sheet, HEADER_ROW - 1, COLUMNS.stream().map(Column::header).toList());
      for (int i = 0; i < own.size(); i++) {
        Nomination n = own.get(i);
        Row row = nominee(sheet, i, n);
        row.createCell(6).setCellValue(n.getOriginUnitCode() == null ? "" : n.getOriginUnitCode());
        row.createCell(7).setCellValue(n.getPosition() == null ? "" : n.getPosition());
        row.createCell(8).setCellValue(n.getAchievementSummary() == null ? "" : n.getAchievementSummary());
      }
      int lastRow = FIRST_DATA_ROW - 1 + NomineeListService.MAX_ROWS - 1;
      Sheet marker = wb.createSheet(MARKER_SHEET);
      marker.createRow(0).createCell(0).setCellValue(FORMAT);
      marker.getRow(0).createCell(1).setCellValue(conference.getId());
      wb.setSheetHidden(wb.getSheetIndex(marker), true);
      DataValidationHelper helper = sheet.getDataValidationHelper();
      choices(sheet, marker, helper, 2, lastRow, labels(NomineeKind.values(), NomineeKind::label));
      choices(sheet, marker, helper, 3, lastRow, labels(NomineeTitle.values(), NomineeTitle::label));
      choices(sheet, marker, helper, 5, lastRow, labels(PresentationSource.values(), PresentationSource::label));
      DataValidationConstraint years = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
          "1945", String.valueOf(EngineClock.today().getYear()));
      DataValidation year = helper.createValidation(years, new CellRangeAddressList(FIRST_DATA_ROW - 1, lastRow, 4, 4));
      year.setShowErrorBox(true);
      year.createErrorBox("Năm không hợp lệ", "Năm được công nhận: số từ 1945 đến " + EngineClock.today().getYear());
      sheet.addValidationData(year);
      sheet.createFreezePane(0, HEADER_ROW);
      styles.widths(sheet, 6, 40, 14, 26, 12, 24, 16, 32, 60);
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
      styles.text(sheet, 1, headers.size(), named(conference));
      styles.note(sheet, 2, headers.size(), all.size() + " đề cử; lập ngày "
          + vn.thiduaflow.system.VietnameseDates.day(EngineClock.today()));
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
        var known = all.stream().map(Violation::cell).filter(java.util.Objects::nonNull)
            .collect(java.util.stream.Collectors.toSet());
        located(e).violations().stream().filter(v -> v.cell() == null || !known.contains(v.cell()))
            .forEach(all::add);
      }
      if (!all.isEmpty()) {
        all.sort(java.util.Comparator.comparingInt((Violation v) -> v.cell() == null ? 0 : v.cell().row())
            .thenComparingInt(v -> v.cell() == null || v.cell().column() == null ? -1 : v.cell().column()));
        throw new InvalidInputException(all);
      }
    }

    /**
     * The same problems, each placed at the cell it came from, read from the violation's data: one in entry 3 of
     * the list, property name ({@link Violation#entry}), becomes cell "B8" with "Dòng 8, cột B (Họ và tên / Tên tập
     * thể): …" (row of the fourth entry, the name's column); an argument that refers to another entry ("trùng với
     * dòng 0") becomes that entry's row ("trùng với dòng 5"). Problems of no entry stay as they are.
     */
    public InvalidInputException located(InvalidInputException e) {
      List<Violation> placed = new ArrayList<>();
      for (Violation v : e.violations()) {
        InvalidInputException.Entry entry = v.entry();
        if (entry == null || !entry.list().equals(LIST) || entry.index() < 0 || entry.index() >= rows.size()) {
          placed.add(v);
          continue;
        }
        int column = 1;
        for (int c = 0; c < COLUMNS.size(); c++) {
          if (entry.property().equals(COLUMNS.get(c).property())) {
            column = c;
          }
        }
        placed.add(at(rows.get(entry.index()), column, withRows(v.message())).withEntry(LIST, entry.index(),
            entry.property()));
      }
      return new InvalidInputException(placed);
    }

    /** The message with every argument that is an entry of the list replaced by that entry's Excel row. */
    private Message withRows(Message message) {
      if (!(message instanceof Message.Keyed k)) {
        return message;
      }
      Object[] args = k.args().stream().map(a -> a instanceof InvalidInputException.Entry other
          && other.list().equals(LIST) && other.index() >= 0 && other.index() < rows.size()
          ? rows.get(other.index()) : a instanceof Message m ? withRows(m) : a).toArray();
      return Message.of(k.key(), args);
    }
  }

  /**
   * Reads a filled template.
   *
   * <p>The body is read whole (at most {@value #MAX_FILE_BYTES} bytes), checked as a package (the {@code MAX_…}
   * bounds of this class), then its list and marker sheets are streamed (columns A to G). Only
   * {@value #DEFAULT_CONCURRENT_READS} files (by default) are checked and read at once; an upload waits for its turn
   * at most 2 s (by default).
   *
   * @param conference the conference the list is for; a template made for another conference is refused
   * @param in the file's bytes (XLSX); read to its end or to the first byte past the limit, not closed
   * @return the rows in file order (blank rows skipped), the drop-down labels turned into the list's values, and the
   *     problems of single cells (a label not in its list, a year that is not a whole number, a formula instead of a
   *     value), each placed at its cell ("B7", text "Dòng 7, cột B (…): …"); {@link Upload#requireValid} reports
   *     them with the list's rules
   * @throws InvalidInputException (field {@code file}) when the file as a whole is wrong: larger than
   *     {@value #MAX_FILE_BYTES} bytes, not an XLSX file, a package beyond one of the bounds (too many entries,
   *     sheets, rows or columns, an entry too large or too compressed, a DTD), not the template (sheet, header row),
   *     a template made for another conference; or (field of the first nominee's name) no nominee
   * @throws UploadBusyException when every reader stayed busy for the whole wait (answered 503 with Retry-After)
   */
  public Upload read(Conference conference, InputStream in) {
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
      return NomineeSheetReader.parse(conference, file);
    } finally {
      readers.release();
    }
  }

  /** The whole body, refused when longer than {@link #MAX_FILE_BYTES}. */
  private static byte[] bytes(InputStream in) {
    byte[] file;
    try {
      file = in.readNBytes(MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      throw UploadedWorkbook.unreadable();
    }
    if (file.length > MAX_FILE_BYTES) {
      throw UploadedWorkbook.refused("nomineeWorkbook.file.tooLarge", MAX_FILE_BYTES);
    }
    return file;
  }

  /**
   * How a sheet names the conference for people: its unit and, once scheduled, its day ("Xã Bình An — hội nghị ngày
   * 27/03/2025"); never its internal id (which only the hidden marker sheet holds, to match an upload).
   */
  static String named(Conference conference) {
    return conference.getUnitName() + (conference.getScheduledOn() == null ? ""
        : " — hội nghị ngày " + vn.thiduaflow.system.VietnameseDates.day(conference.getScheduledOn()));
  }

  /**
   * A problem at one cell: field "B7", the cell as data, text "Dòng 7, cột B (Họ và tên / Tên tập thể): …" (the
   * column's header in Vietnamese, its English name in English).
   */
  static Violation at(int excelRow, int column, Message problem) {
    String letter = CellReference.convertNumToColString(column);
    Column c = COLUMNS.get(column);
    return new Violation(letter + excelRow, Message.of("nomineeWorkbook.cell", excelRow, letter,
        Message.literal(c.header(), c.english()), problem), null, new InvalidInputException.Cell(excelRow, column));
  }

  /** The labels of an enum's values, in order (a drop-down's choices). */
  static <E> List<String> labels(E[] values, Function<E, String> label) {
    return Arrays.stream(values).map(label).toList();
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

  /**
   * A drop-down of the list's values for one column. The values are cells of the hidden marker sheet (the same
   * column there, from row 2), and the drop-down refers to them: written out in the rule itself, Excel would split a
   * value that holds a comma ("Gương người tốt, việc tốt", "Cơ quan, đơn vị") into two.
   */
  private static void choices(Sheet sheet, Sheet marker, DataValidationHelper helper, int column, int lastRow,
      List<String> labels) {
    for (int i = 0; i < labels.size(); i++) {
      Row row = marker.getRow(i + 1) == null ? marker.createRow(i + 1) : marker.getRow(i + 1);
      row.createCell(column).setCellValue(labels.get(i));
    }
    String letter = CellReference.convertNumToColString(column);
    DataValidationConstraint list = helper.createFormulaListConstraint("'" + MARKER_SHEET + "'!$" + letter + "$2:$"
        + letter + "$" + (labels.size() + 1));
    DataValidation validation = helper.createValidation(list,
        new CellRangeAddressList(FIRST_DATA_ROW - 1, lastRow, column, column));
    validation.setShowErrorBox(true);
    validation.createErrorBox("Giá trị không có trong danh sách", "Chọn một trong: " + String.join(", ", labels));
    sheet.addValidationData(validation);
  }
}
