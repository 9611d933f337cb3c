package vn.thiduaflow.award;

import static vn.thiduaflow.award.AwardWorkbook.AWARD;
import static vn.thiduaflow.award.AwardWorkbook.BIRTH_YEAR;
import static vn.thiduaflow.award.AwardWorkbook.DATE;
import static vn.thiduaflow.award.AwardWorkbook.FIRST_BIRTH_YEAR;
import static vn.thiduaflow.award.AwardWorkbook.FIRST_DATA_ROW;
import static vn.thiduaflow.award.AwardWorkbook.FIRST_DECISION_DAY;
import static vn.thiduaflow.award.AwardWorkbook.HEADERS;
import static vn.thiduaflow.award.AwardWorkbook.HEADER_ROW;
import static vn.thiduaflow.award.AwardWorkbook.KIND;
import static vn.thiduaflow.award.AwardWorkbook.LEVEL;
import static vn.thiduaflow.award.AwardWorkbook.MAX_CODE;
import static vn.thiduaflow.award.AwardWorkbook.MAX_NAME;
import static vn.thiduaflow.award.AwardWorkbook.MAX_ROWS;
import static vn.thiduaflow.award.AwardWorkbook.MAX_SYMBOL;
import static vn.thiduaflow.award.AwardWorkbook.MAX_TEXT;
import static vn.thiduaflow.award.AwardWorkbook.NAME;
import static vn.thiduaflow.award.AwardWorkbook.SHEET;
import static vn.thiduaflow.award.AwardWorkbook.SYMBOL;
import static vn.thiduaflow.award.AwardWorkbook.UNIT;
import static vn.thiduaflow.award.AwardWorkbook.UNIT_CODE;
import static vn.thiduaflow.award.AwardWorkbook.at;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import vn.thiduaflow.award.AwardWorkbook.Line;
import vn.thiduaflow.award.AwardWorkbook.Upload;
import vn.thiduaflow.document.UploadedWorkbook;
import vn.thiduaflow.nomination.NomineeKind;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.InvalidInputException.Violation;
import vn.thiduaflow.system.Message;
import vn.thiduaflow.system.VietnameseDates;
import vn.thiduaflow.unit.UnitLevel;

/**
 * Reads the cells of an uploaded award register sheet (the layout of {@link AwardWorkbook}) into {@link Line}s and
 * checks each of them, noting every problem at its cell. Changes when what a row must hold changes; the file's bounds
 * (bytes, readers at once, the package) stay with {@link AwardWorkbook#read}, the template's look with
 * {@link AwardWorkbookTemplate}.
 */
final class AwardWorkbookReader {

  private static final Pattern YEAR = Pattern.compile("\\d{1,4}");
  private static final Pattern DAY = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
  private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private AwardWorkbookReader() {}

  /**
   * The rows of the sheet «Sổ khen thưởng» and their problems (the checks listed at {@link AwardWorkbook#read}).
   *
   * @param sheet the sheet's cells by Excel row (1-based), as {@link UploadedWorkbook#sheet} gives them; null when
   *     the file has no such sheet
   * @throws InvalidInputException when the sheet is missing, its headers are not the template's, it holds more than
   *     {@value AwardWorkbook#MAX_ROWS} awards or none
   */
  static Upload parse(SortedMap<Integer, UploadedWorkbook.Cell[]> sheet) {
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
     * cell Excel turned into a date); from {@link AwardWorkbook#FIRST_DECISION_DAY} to today.
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
}
