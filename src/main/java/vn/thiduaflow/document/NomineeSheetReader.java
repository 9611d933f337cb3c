package vn.thiduaflow.document;

import static vn.thiduaflow.document.NomineeWorkbook.COLUMNS;
import static vn.thiduaflow.document.NomineeWorkbook.FIRST_DATA_ROW;
import static vn.thiduaflow.document.NomineeWorkbook.HEADER_ROW;
import static vn.thiduaflow.document.NomineeWorkbook.MARKER_SHEET;
import static vn.thiduaflow.document.NomineeWorkbook.SHEET;
import static vn.thiduaflow.document.NomineeWorkbook.at;
import static vn.thiduaflow.document.NomineeWorkbook.labels;
import static vn.thiduaflow.document.NomineeWorkbook.named;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.document.NomineeWorkbook.Upload;
import vn.thiduaflow.nomination.NomineeKind;
import vn.thiduaflow.nomination.NomineeListService;
import vn.thiduaflow.nomination.NomineeListService.Entry;
import vn.thiduaflow.plan.model.NomineeTitle;
import vn.thiduaflow.plan.model.PresentationSource;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.InvalidInputException.Violation;
import vn.thiduaflow.system.Message;

/**
 * Reads the nominee sheet of an uploaded template ({@link NomineeWorkbook#read}, after the package checks and with a
 * reader taken): the marker sheet must name the conference the upload is for, the header row must be the template's,
 * and every row from {@value NomineeWorkbook#FIRST_DATA_ROW} is turned into a list entry; the problems of single
 * cells (a label not in its list, a year that is not a whole number, a formula instead of a value) are collected with
 * their cell.
 */
final class NomineeSheetReader {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern YEAR = Pattern.compile("\\d{1,4}");

  private NomineeSheetReader() {}

  /**
   * Reads a file that passed {@link UploadedWorkbook#check}: its two sheets' cells through {@link UploadedWorkbook}
   * (streamed, the template's columns only).
   */
  static Upload parse(Conference conference, byte[] file) {
    UploadedWorkbook wb = new UploadedWorkbook(file, Set.of(SHEET, MARKER_SHEET), COLUMNS.size());
    SortedMap<Integer, UploadedWorkbook.Cell[]> sheet = wb.sheet(SHEET);
    if (sheet == null) {
      throw UploadedWorkbook.refused("upload.file.noSheet", SHEET);
    }
    checkMarker(wb.sheet(MARKER_SHEET), conference);
    checkHeaders(sheet.get(HEADER_ROW));
    // the rows are bounded already (MAX_SHEET_ROWS): the list's own rule reports more than MAX_ROWS nominees
    List<Violation> violations = new ArrayList<>();
    List<Entry> entries = new ArrayList<>();
    List<Integer> rows = new ArrayList<>();
    for (var r : sheet.tailMap(FIRST_DATA_ROW).entrySet()) {
      UploadedWorkbook.Cell[] row = r.getValue();
      if (blank(row)) {
        continue;
      }
      int excelRow = r.getKey();
      String name = formula(row, excelRow, 1, violations) ? "" : text(row, 1);
      String kind = choice(row, excelRow, 2, NomineeKind.values(), NomineeKind::label, violations);
      String title = choice(row, excelRow, 3, NomineeTitle.values(), NomineeTitle::label, violations);
      Integer year = year(row, excelRow, violations);
      String source = choice(row, excelRow, 5, PresentationSource.values(), PresentationSource::label, violations);
      String unitCode = formula(row, excelRow, 6, violations) ? "" : text(row, 6);
      String position = formula(row, excelRow, 7, violations) ? "" : text(row, 7);
      String summary = formula(row, excelRow, 8, violations) ? "" : text(row, 8);
      entries.add(new Entry(name, kind, title, year, source, unitCode.isEmpty() ? null : unitCode,
          position.isEmpty() ? null : position, summary.isEmpty() ? null : summary));
      rows.add(excelRow);
    }
    if (entries.isEmpty()) {
      throw new InvalidInputException(List.of(at(FIRST_DATA_ROW, 1, Message.of("nomineeWorkbook.empty"))));
    }
    return new Upload(entries, rows, violations);
  }

  /**
   * Whether a data cell holds a formula, reported at the cell: a formula's text or its cached result is not what a
   * unit typed, so it is not read (column A, the row's number, is never read and may hold one).
   */
  private static boolean formula(UploadedWorkbook.Cell[] row, int excelRow, int column, List<Violation> violations) {
    UploadedWorkbook.Cell cell = row[column];
    if (cell == null || cell.formula() == null) {
      return false;
    }
    if (cell.formula().isEmpty()) { // a formula shared with the cell above: its text is written there only
      violations.add(at(excelRow, column, Message.of("upload.cell.formulaCopied")));
      return true;
    }
    String formula = cell.formula().length() > 60 ? cell.formula().substring(0, 59) + "…" : cell.formula();
    violations.add(at(excelRow, column, Message.of("upload.cell.formulaText", formula)));
    return true;
  }

  private static void checkMarker(SortedMap<Integer, UploadedWorkbook.Cell[]> marker, Conference conference) {
    UploadedWorkbook.Cell id = marker == null || marker.get(1) == null ? null : marker.get(1)[1];
    if (id == null || id.number() == null || id.formula() != null) {
      return; // a copy of the template without the hidden sheet: the header row still has to match
    }
    long found = id.number().longValue();
    if (found != conference.getId()) {
      throw UploadedWorkbook.refused("nomineeWorkbook.file.otherConference", named(conference), found,
          conference.getId());
    }
  }

  private static void checkHeaders(UploadedWorkbook.Cell[] header) {
    List<Violation> wrong = new ArrayList<>();
    for (int c = 0; c < COLUMNS.size(); c++) {
      String found = header == null ? "" : text(header, c);
      if (!comparable(found).equals(comparable(COLUMNS.get(c).header()))) {
        wrong.add(at(HEADER_ROW, c, Message.of("nomineeWorkbook.header.wrong", COLUMNS.get(c).header(), found)));
      }
    }
    if (!wrong.isEmpty()) {
      throw new InvalidInputException(wrong);
    }
  }

  /** No text and no formula from column B on (column A, the row's number, alone does not make a nominee). */
  private static boolean blank(UploadedWorkbook.Cell[] row) {
    for (int c = 1; c < COLUMNS.size(); c++) {
      if (!text(row, c).isEmpty() || row[c] != null && row[c].formula() != null) {
        return false;
      }
    }
    return true;
  }

  /** The cell's text as Excel shows it (a formula's cached result), stripped; "" for no cell. */
  private static String text(UploadedWorkbook.Cell[] row, int column) {
    return row[column] == null ? "" : row[column].text().strip();
  }

  private static <E extends Enum<E>> String choice(UploadedWorkbook.Cell[] row, int excelRow, int column, E[] values,
      Function<E, String> label, List<Violation> violations) {
    if (formula(row, excelRow, column, violations)) {
      return null;
    }
    String value = text(row, column);
    List<String> labels = labels(values, label);
    if (value.isEmpty()) {
      violations.add(at(excelRow, column, Message.of("nomineeWorkbook.choice.missing", String.join(", ", labels))));
      return null;
    }
    String wanted = comparable(value);
    Optional<E> match = Arrays.stream(values).filter(v -> comparable(label.apply(v)).equals(wanted)
        || v.name().equals(value)).findFirst();
    if (match.isEmpty()) {
      violations.add(at(excelRow, column, Message.of("nomineeWorkbook.choice.notInList", value,
          String.join(", ", labels))));
      return null;
    }
    return match.get().name();
  }

  private static Integer year(UploadedWorkbook.Cell[] row, int excelRow, List<Violation> violations) {
    if (formula(row, excelRow, 4, violations)) {
      return null;
    }
    UploadedWorkbook.Cell cell = row[4];
    if (cell != null && cell.number() != null) {
      double value = cell.number();
      if (value == Math.rint(value) && Math.abs(value) < 1e9) {
        return (int) value;
      }
    }
    String value = text(row, 4);
    if (YEAR.matcher(value).matches()) {
      return Integer.parseInt(value);
    }
    violations.add(at(excelRow, 4, value.isEmpty() ? Message.of("nomineeWorkbook.year.missing")
        : Message.of("nomineeWorkbook.year.notAYear", value)));
    return null;
  }



  private static String comparable(String s) {
    return Normalizer.normalize(SPACES.matcher(s.strip()).replaceAll(" "), Normalizer.Form.NFC)
        .toLowerCase(Locale.ROOT);
  }
}
