package vn.thiduaflow.award;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.util.CellReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.thiduaflow.document.NomineeWorkbook;
import vn.thiduaflow.document.UploadedWorkbook;
import vn.thiduaflow.nomination.NomineeKind;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.InvalidInputException.Violation;
import vn.thiduaflow.system.Message;
import vn.thiduaflow.system.UploadBusyException;
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
 *
 * <p>This class holds the layout and the file's bounds; the template is written by {@link AwardWorkbookTemplate},
 * the rows are read and checked by {@link AwardWorkbookReader}.
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
    return AwardWorkbookTemplate.write();
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
      var sheet = new UploadedWorkbook(file, Set.of(SHEET), HEADERS.size(), MAX_SHEET_ROWS).sheet(SHEET);
      return AwardWorkbookReader.parse(sheet);
    } finally {
      readers.release();
    }
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
}
