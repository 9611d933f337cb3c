package vn.thiduaflow.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.test.util.ReflectionTestUtils;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NomineeKind;
import vn.thiduaflow.nomination.NomineeListService;
import vn.thiduaflow.plan.model.NomineeTitle;
import vn.thiduaflow.plan.model.PresentationSource;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.InvalidInputException.Violation;
import vn.thiduaflow.system.UploadBusyException;
import vn.thiduaflow.unit.UnitLevel;

/**
 * Uploads built to cost memory or time (a ZIP bomb under POI's own 100:1 check, a sheet of millions of cells, a
 * list sheet whose dimension lies, thousands of entries) are refused on the file's structure or as its list is
 * streamed, within {@value #HEAP_BUDGET_MB} MB allocated by the reading thread; a genuine list of 1,000 nominees with
 * long texts is read. Speeds are printed, not asserted. Each bound is tried at its value (accepted) and one past it
 * (refused) where that is cheap to build.
 */
class NomineeWorkbookBombTest {

  private static final long HEAP_BUDGET_MB = 200;
  private static final long HEAP_BUDGET = HEAP_BUDGET_MB << 20;
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final String WORKSHEET_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
  private static final String WORKSHEET_RELATION =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private final NomineeWorkbook workbook = new NomineeWorkbook();
  private final Conference binhAn = conference(7L);

  private static Conference conference(long id) {
    Conference c = new Conference(1L, Tier.LOWER, "21064", "Xã Bình An", UnitLevel.COMMUNE, "2106", "Huyện X",
        false, 120);
    ReflectionTestUtils.setField(c, "id", id);
    return c;
  }

  private static Nomination nominee(String name) {
    return new Nomination(7L, name, NomineeKind.INDIVIDUAL, NomineeTitle.EMULATION_FIGHTER, 2024,
        PresentationSource.AGENCY, false);
  }

  /** The template with one nominee: a file read without problem. */
  private byte[] oneNominee() {
    return workbook.template(binhAn, List.of(nominee("Nguyễn Thị Hoa")));
  }

  // ---- what a read costs ----

  /** Elapsed time and bytes the calling thread allocated while reading, and what the read threw (or null). */
  private record Cost(long millis, long allocated, NomineeWorkbook.Upload upload, InvalidInputException refusal) {
    double megabytes() {
      return allocated / (1024.0 * 1024.0);
    }
  }

  private Cost measure(byte[] file) {
    NomineeWorkbook.Upload upload = null;
    InvalidInputException refusal = null;
    long bytesBefore = THREADS.getCurrentThreadAllocatedBytes();
    long start = System.nanoTime();
    try {
      upload = workbook.read(binhAn, new ByteArrayInputStream(file));
    } catch (InvalidInputException e) {
      refusal = e;
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    long allocated = THREADS.getCurrentThreadAllocatedBytes() - bytesBefore;
    return new Cost(millis, allocated, upload, refusal);
  }

  private static void print(String what, byte[] file, Cost cost) {
    System.out.printf("%s: %,d bytes, %s in %d ms, %.1f MB allocated%s%n", what, file.length,
        cost.refusal() == null ? "accepted" : "refused", cost.millis(), cost.megabytes(),
        cost.refusal() == null ? "" : " — " + cost.refusal().english());
  }

  private InvalidInputException refusalOf(byte[] file) {
    try {
      workbook.read(binhAn, new ByteArrayInputStream(file));
    } catch (InvalidInputException e) {
      return e;
    }
    throw new AssertionError("the file was accepted");
  }

  // ---- building packages entry by entry ----

  /** Writes an entry's content straight into the ZIP. */
  private interface Content {
    void write(OutputStream out) throws IOException;
  }

  /** The entries of an XLSX file by name, in order (the template's are small). */
  private static Map<String, byte[]> entries(byte[] xlsx) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        entries.put(e.getName(), zip.readAllBytes());
      }
    }
    return entries;
  }

  /**
   * The file with extra entries after its own: each listed in the content types; those named in {@code sheets} also
   * as worksheets of the workbook (relationship and {@code <sheet>}).
   */
  private byte[] with(byte[] xlsx, Map<String, Content> extra, List<String> sheets) throws IOException {
    return with(xlsx, extra, sheets, true);
  }

  /** Sizes of the large entries {@link #with} wrote last: inflated and compressed bytes by name. */
  private final Map<String, long[]> written = new LinkedHashMap<>();

  /** As above; {@code typed} false leaves the content types as they are (the entries stay unknown to POI). */
  private byte[] with(byte[] xlsx, Map<String, Content> extra, List<String> sheets, boolean typed)
      throws IOException {
    written.clear();
    Map<String, byte[]> entries = entries(xlsx);
    StringBuilder types = new StringBuilder();
    StringBuilder relations = new StringBuilder();
    StringBuilder listed = new StringBuilder();
    for (String name : extra.keySet()) {
      boolean sheet = sheets.contains(name);
      types.append("<Override PartName=\"/").append(name).append("\" ContentType=\"")
          .append(sheet ? WORKSHEET_TYPE : name.endsWith(".xml") ? "application/xml" : "text/plain").append("\"/>");
      if (sheet) {
        int n = sheets.indexOf(name);
        relations.append("<Relationship Id=\"rIdExtra").append(n).append("\" Type=\"").append(WORKSHEET_RELATION)
            .append("\" Target=\"").append(name.substring("xl/".length())).append("\"/>");
        listed.append("<sheet xmlns:rr=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
            + "name=\"Extra ").append(n).append("\" sheetId=\"").append(100 + n).append("\" rr:id=\"rIdExtra")
            .append(n).append("\"/>");
      }
    }
    edit(entries, "[Content_Types].xml", "</Types>", typed ? types : "");
    edit(entries, "xl/_rels/workbook.xml.rels", "</Relationships>", relations);
    edit(entries, "xl/workbook.xml", "</sheets>", listed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
      for (var e : extra.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        zip.putNextEntry(entry);
        e.getValue().write(zip);
        zip.closeEntry();
        if (entry.getSize() > 1 << 20) {
          System.out.printf("  entry %s: %,d bytes inflated, %,d compressed (%d:1)%n", e.getKey(), entry.getSize(),
              entry.getCompressedSize(), entry.getSize() / entry.getCompressedSize());
          written.put(e.getKey(), new long[] {entry.getSize(), entry.getCompressedSize()});
        }
      }
    }
    return out.toByteArray();
  }

  private static void edit(Map<String, byte[]> entries, String name, String before, CharSequence insert) {
    String xml = new String(entries.get(name), StandardCharsets.UTF_8);
    assertThat(xml).contains(before);
    entries.put(name, xml.replace(before, insert + before).getBytes(StandardCharsets.UTF_8));
  }

  /** The file with its list sheet (the template's first, {@code xl/worksheets/sheet1.xml}) written anew. */
  private static byte[] asListSheet(byte[] xlsx, Content sheet) throws IOException {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    sheet.write(content);
    return replaced(xlsx, Map.of("xl/worksheets/sheet1.xml", content.toString(StandardCharsets.UTF_8)));
  }

  private byte[] withSheet(byte[] xlsx, Content sheet) throws IOException {
    return with(xlsx, Map.of("xl/worksheets/sheet9.xml", sheet), List.of("xl/worksheets/sheet9.xml"));
  }

  /**
   * A worksheet of {@code rows} × {@code columns} one-digit cells without references (15 bytes each), mostly 0 and
   * one in {@code spread} a random digit: repetitive enough for about 84:1, not so much as POI's 100:1.
   */
  private static Content cells(String dimension, int rows, int columns, int spread) {
    return cells(dimension, rows, columns, spread, true);
  }

  /** As above; {@code numbered} false writes the rows without their number (each follows the one before). */
  private static Content cells(String dimension, int rows, int columns, int spread, boolean numbered) {
    return out -> {
      Random random = new Random(1);
      out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN
          + "\"><dimension ref=\"" + dimension + "\"/><sheetData>").getBytes(StandardCharsets.US_ASCII));
      byte[] cell = "<c><v>0</v></c>".getBytes(StandardCharsets.US_ASCII);
      byte[] rowEnd = "</row>".getBytes(StandardCharsets.US_ASCII);
      byte[] row = new byte[columns * cell.length];
      for (int r = 1; r <= rows; r++) {
        out.write((numbered ? "<row r=\"" + r + "\">" : "<row>").getBytes(StandardCharsets.US_ASCII));
        for (int c = 0; c < columns; c++) {
          System.arraycopy(cell, 0, row, c * cell.length, cell.length);
          if (random.nextInt(spread) == 0) {
            row[c * cell.length + 6] = (byte) ('1' + random.nextInt(9));
          }
        }
        out.write(row);
        out.write(rowEnd);
      }
      out.write("</sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII));
    };
  }

  /** {@code size} bytes of text, 'a' with one 'b' in 32 on average (about 22:1 compressed). */
  private static Content text(long size) {
    return out -> {
      Random random = new Random(3);
      byte[] chunk = new byte[64 * 1024];
      for (long left = size; left > 0; left -= chunk.length) {
        for (int i = 0; i < chunk.length; i++) {
          chunk[i] = (byte) (random.nextInt(32) == 0 ? 'b' : 'a');
        }
        out.write(chunk, 0, (int) Math.min(left, chunk.length));
      }
    };
  }

  private static Content zeros(long size) {
    return out -> {
      byte[] chunk = new byte[64 * 1024];
      for (long left = size; left > 0; left -= chunk.length) {
        out.write(chunk, 0, (int) Math.min(left, chunk.length));
      }
    };
  }

  private static Content xml(String text) {
    return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The template after an edit through POI. */
  private static byte[] edited(byte[] template, Consumer<XSSFWorkbook> edit) throws IOException {
    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      edit.accept(wb);
      var out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static long inflatedSize(byte[] xlsx) throws IOException {
    return entries(xlsx).values().stream().mapToLong(b -> b.length).sum();
  }

  // ---- the attacks ----

  @Test
  void aOneMegabyteBombOfMillionsOfCellsIsRefusedCheaply() throws IOException {
    long building = System.nanoTime();
    // 342 rows × 16,384 columns = 5,603,328 cells, 84 MB of sheet XML in about 1 MB (83:1)
    byte[] bomb = withSheet(oneNominee(), cells("A1:XFD342", 342, 16_384, 18));
    System.out.printf("  bomb built in %d ms%n", (System.nanoTime() - building) / 1_000_000);
    assertThat(bomb.length).isLessThan(1 << 20).isGreaterThan(900_000);
    long[] sheet = written.get("xl/worksheets/sheet9.xml");
    assertThat(sheet[0] / sheet[1]).as("ratio under POI's own 100:1 check").isBetween(80L, 99L);

    Cost cost = measure(bomb);

    print("5.6-million-cell sheet", bomb, cost);
    assertThat(cost.refusal()).isNotNull();
    assertThat(cost.refusal().field()).isEqualTo("file");
    assertThat(cost.refusal().english()).contains("xl/worksheets/sheet9.xml").contains("compressed more than 30:1");
    assertThat(cost.refusal().vietnamese()).contains("bị nén quá 30 lần");
    assertThat(cost.allocated()).isLessThan(HEAP_BUDGET);

    // the same cells under a dimension that fits: the cells themselves are counted
    byte[] hidden = withSheet(oneNominee(), cells("A1:G1000", 342, 16_384, 18));
    Cost hiddenCost = measure(hidden);
    print("the same under a dimension A1:G1000", hidden, hiddenCost);
    assertThat(hiddenCost.refusal().english()).contains("xl/worksheets/sheet9.xml").contains("compressed more than");
    assertThat(hiddenCost.allocated()).isLessThan(HEAP_BUDGET);
  }

  @Test
  void aListSheetWhoseDimensionLiesIsRefusedByItsRows() throws IOException {
    // claims one cell, holds 100,000 rows of four cells (400,000 cells, 7 MB of XML compressed about 12:1, under the
    // entry and ratio bounds: the rows are what is refused, as they are read)
    byte[] lying = asListSheet(oneNominee(), cells("A1:A1", 100_000, 4, 2, false));
    assertThat(lying.length).isLessThan(1 << 20);

    Cost cost = measure(lying);

    print("list sheet: dimension A1:A1 over 100,000 rows", lying, cost);
    assertThat(cost.refusal()).isNotNull();
    assertThat(cost.refusal().field()).isEqualTo("file");
    assertThat(cost.refusal().english()).contains("has row 2005, beyond row " + UploadedWorkbook.MAX_SHEET_ROWS);
    assertThat(cost.allocated()).isLessThan(HEAP_BUDGET);
  }

  @Test
  void aDeclaredDimensionIsNotTrustedEitherWay() throws IOException {
    // what a sheet declares costs nothing: only the cells that are read count
    assertThat(workbook.read(binhAn, new ByteArrayInputStream(withSheet(oneNominee(), cells("A1:XFD1048576", 1, 1,
        1)))).entries()).hasSize(1);
  }

  @Test
  void thousandsOfEntriesAreRefusedAndTheBoundItselfIsAccepted() throws IOException {
    byte[] template = oneNominee();
    int own = entries(template).size();
    Map<String, Content> pads = new LinkedHashMap<>();
    for (int i = own; i < UploadedWorkbook.MAX_ENTRIES; i++) {
      pads.put("docProps/pad" + i + ".txt", xml("pad"));
    }
    byte[] atBound = with(template, pads, List.of());
    assertThat(entries(atBound)).hasSize(UploadedWorkbook.MAX_ENTRIES);
    assertThat(workbook.read(binhAn, new ByteArrayInputStream(atBound)).entries()).hasSize(1);

    pads.put("docProps/one-more.txt", xml("pad"));
    assertThat(refusalOf(with(template, pads, List.of())).english()).isEqualTo("the file has more than "
        + UploadedWorkbook.MAX_ENTRIES + " entries in its .xlsx package: not a filled template");

    for (int i = 0; i < 6_000; i++) {
      pads.put("m/" + i, xml(""));
    }
    byte[] many = with(template, pads, List.of(), false);
    assertThat(many.length).isLessThan(1 << 20);
    Cost cost = measure(many);
    print("6,000 entries", many, cost);
    assertThat(cost.refusal().field()).isEqualTo("file");
    assertThat(cost.allocated()).isLessThan(HEAP_BUDGET);
  }

  @Test
  void anEntryInflatesToItsBoundAtMost() throws IOException {
    byte[] atBound = with(oneNominee(), Map.of("docProps/pad.txt", text(UploadedWorkbook.MAX_ENTRY_BYTES)), List.of());
    assertThat(atBound.length).isLessThan(1 << 20);
    Cost cost = measure(atBound);
    print("an entry of 8 MiB", atBound, cost);
    assertThat(cost.refusal()).isNull();
    assertThat(cost.allocated()).isLessThan(HEAP_BUDGET);

    byte[] past = with(oneNominee(), Map.of("docProps/pad.txt", text(UploadedWorkbook.MAX_ENTRY_BYTES + 1)),
        List.of());
    assertThat(refusalOf(past).english()).isEqualTo("the entry 'docProps/pad.txt' inflates to more than 8 MiB");
  }

  @Test
  void allEntriesTogetherInflateToTheirBoundAtMost() throws IOException {
    Map<String, Content> pads = new LinkedHashMap<>();
    pads.put("docProps/pad1.txt", text(UploadedWorkbook.MAX_ENTRY_BYTES));
    pads.put("docProps/pad2.txt", text(0));
    long rest = inflatedSize(with(oneNominee(), pads, List.of())); // the template's entries and the first pad
    pads.put("docProps/pad2.txt", text(UploadedWorkbook.MAX_TOTAL_BYTES - rest));
    byte[] atBound = with(oneNominee(), pads, List.of());
    assertThat(atBound.length).isLessThan(1 << 20);
    assertThat(inflatedSize(atBound)).isEqualTo(UploadedWorkbook.MAX_TOTAL_BYTES);
    Cost cost = measure(atBound);
    print("16 MiB inflated in all", atBound, cost);
    assertThat(cost.refusal()).isNull();
    assertThat(cost.allocated()).isLessThan(HEAP_BUDGET);

    pads.put("docProps/pad2.txt", text(UploadedWorkbook.MAX_TOTAL_BYTES - rest + 1));
    assertThat(refusalOf(with(oneNominee(), pads, List.of())).english())
        .isEqualTo("the file inflates to more than 16 MiB");
  }

  @Test
  void aLargeEntryCompressedBeyondTheRatioIsRefusedASmallOneIsNot() throws IOException {
    long from = UploadedWorkbook.RATIO_CHECKED_FROM_BYTES;
    byte[] small = with(oneNominee(), Map.of("docProps/zeros.txt", zeros(from - 1)), List.of());
    assertThat(workbook.read(binhAn, new ByteArrayInputStream(small)).entries()).hasSize(1);

    byte[] large = with(oneNominee(), Map.of("docProps/zeros.txt", zeros(from)), List.of());
    assertThat(refusalOf(large).english()).startsWith("the entry 'docProps/zeros.txt' is compressed more than "
        + UploadedWorkbook.MAX_RATIO + ":1 (");

    byte[] zeros = with(oneNominee(), Map.of("docProps/zeros.txt", zeros(512L << 20)), List.of());
    Cost cost = measure(zeros);
    print("512 MiB of zeros", zeros, cost);
    assertThat(cost.refusal().english()).contains("compressed more than");
  }

  @Test
  void sheetsBeyondTheTemplatesAndAFewAreRefused() throws IOException {
    byte[] four = edited(oneNominee(), wb -> {
      wb.createSheet("Ghi chú");
      wb.createSheet("Ghi chú 2");
    });
    assertThat(workbook.read(binhAn, new ByteArrayInputStream(four)).entries()).hasSize(1);

    byte[] five = edited(four, wb -> wb.createSheet("Ghi chú 3"));
    assertThat(refusalOf(five).english()).startsWith("the file has more than " + UploadedWorkbook.MAX_SHEETS
        + " sheets");
  }

  @Test
  void rowsAndColumnsOfASheetStopAtTheirBounds() throws IOException {
    int lastRow = UploadedWorkbook.MAX_SHEET_ROWS;
    int lastColumn = UploadedWorkbook.MAX_SHEET_COLUMNS;
    byte[] atBounds = edited(oneNominee(), wb -> {
      Sheet sheet = wb.getSheet(NomineeWorkbook.SHEET);
      sheet.createRow(lastRow - 1).createCell(0).setCellValue(2000); // a number alone: a blank row
      sheet.getRow(NomineeWorkbook.FIRST_DATA_ROW - 1).createCell(lastColumn - 1).setCellValue("ghi chú");
    });
    assertThat(workbook.read(binhAn, new ByteArrayInputStream(atBounds)).rows()).containsExactly(5);

    byte[] rowPast = edited(atBounds, wb -> wb.getSheet(NomineeWorkbook.SHEET).createRow(lastRow).createCell(0));
    assertThat(refusalOf(rowPast).english()).isEqualTo("a sheet has row 2005, beyond row 2004 a list can use");
    String row2005 = "<row r=\"" + (lastRow + 1) + "\"><c><v>1</v></c></row>";
    assertThat(refusalOf(asListSheet(oneNominee(), xml("<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + row2005
        + "</sheetData></worksheet>"))).english()).contains("has row 2005, beyond row 2004");
    assertThat(refusalOf(asListSheet(oneNominee(), xml("<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\">"
        + "<c r=\"AA1\"><v>1</v></c></row></sheetData></worksheet>"))).english()).contains("beyond column Z");

    byte[] columnPast = edited(atBounds, wb -> wb.getSheet(NomineeWorkbook.SHEET)
        .getRow(NomineeWorkbook.FIRST_DATA_ROW - 1).createCell(lastColumn).setCellValue("ghi chú"));
    assertThat(refusalOf(columnPast).english()).contains("beyond column Z");
  }

  @Test
  void aDtdInAPartThatIsReadMakesTheFileUnreadableAndBrokenPartsThatAreNotDoNotMatter() throws IOException {
    String dtd = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
        + "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"4\"><c t=\"inlineStr\"><is><t>&b;</t></is></c></row>"
        + "</sheetData></worksheet>";
    assertThat(refusalOf(asListSheet(oneNominee(), xml(dtd))).english()).startsWith("not a readable XLSX file");
    // a broken part the read does not need (Excel's VML drawings are not well-formed) does not matter
    assertThat(workbook.read(binhAn, new ByteArrayInputStream(with(oneNominee(), Map.of("xl/drawings/v.vml",
        xml("<xml><v:shape><br></v:shape></xml>")), List.of()))).entries()).hasSize(1);
  }

  @Test
  void aBodyLargerThanTheLimitIsNotRead() {
    byte[] tooLong = new byte[NomineeWorkbook.MAX_FILE_BYTES + 1];
    assertThat(refusalOf(tooLong).english()).startsWith("the file is larger than 1048576 bytes");
    assertThat(refusalOf(new byte[NomineeWorkbook.MAX_FILE_BYTES]).english())
        .isEqualTo("not a readable XLSX file: upload the downloaded template");
  }

  // ---- what is read ----

  private static final String[] SYLLABLES = ("thành tích xuất sắc trong công tác năm được khen thưởng đơn vị phong "
      + "trào thi đua yêu nước hoàn nhiệm vụ giảng dạy học sinh giỏi cấp huyện tỉnh đạt danh hiệu chiến sĩ điển hình "
      + "tiên tiến sáng kiến kinh nghiệm áp dụng hiệu quả tập thể lao động người tốt việc làm bảo vệ môi trường xây "
      + "dựng nông thôn mới giúp đỡ hộ nghèo").split(" ");

  private static String summary(Random random, int letters) {
    StringBuilder s = new StringBuilder();
    while (s.length() < letters) {
      s.append(SYLLABLES[random.nextInt(SYLLABLES.length)]).append(' ');
    }
    return s.substring(0, letters);
  }

  @Test
  void aGenuineListOfAThousandNomineesWithLongTextsIsRead() throws IOException {
    List<Nomination> thousand = new ArrayList<>();
    for (int i = 1; i <= NomineeListService.MAX_ROWS; i++) {
      thousand.add(nominee("Nguyễn Thị Phương Hoa " + i));
    }
    Random random = new Random(7);
    byte[] file = edited(workbook.template(binhAn, thousand), wb -> {
      Sheet sheet = wb.getSheet(NomineeWorkbook.SHEET);
      sheet.getRow(NomineeWorkbook.HEADER_ROW - 1).createCell(9).setCellValue("Ghi chú"); // a unit's own column
      for (int r = 0; r < NomineeListService.MAX_ROWS; r++) {
        Row row = sheet.getRow(NomineeWorkbook.FIRST_DATA_ROW - 1 + r);
        row.createCell(7).setCellValue(summary(random, 120)); // position and unit
        row.createCell(8).setCellValue(summary(random, 500)); // achievement summary
        row.createCell(9).setCellValue(summary(random, 200));
      }
    });
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        long size = zip.readAllBytes().length;
        if (size > 100_000) {
          System.out.printf("  entry %s: %,d bytes inflated, %,d compressed (%.1f:1)%n", e.getName(), size,
              e.getCompressedSize(), (double) size / e.getCompressedSize());
        }
      }
    }

    Cost cost = measure(file);

    print("genuine list of 1,000 nominees with 700-letter texts", file, cost);
    assertThat(cost.refusal()).isNull();
    assertThat(cost.upload().entries()).hasSize(NomineeListService.MAX_ROWS);
    assertThat(cost.upload().rows()).endsWith(NomineeWorkbook.FIRST_DATA_ROW - 1 + NomineeListService.MAX_ROWS);
    assertThat(cost.upload().cellProblems()).isEmpty();
    assertThat(cost.upload().entries().get(0).achievementSummary()).hasSizeGreaterThan(400);
    assertThat(cost.upload().entries().get(0).position()).isNotBlank();
    assertThat(cost.allocated()).isLessThan(HEAP_BUDGET);
  }

  @Test
  void theLargestSheetTheBoundsLetThroughIsReadWithinTheBudget() throws IOException {
    Random random = new Random(11);
    byte[] file = edited(oneNominee(), wb -> {
      Sheet sheet = wb.getSheet(NomineeWorkbook.SHEET);
      for (int r = NomineeWorkbook.FIRST_DATA_ROW - 1; r < UploadedWorkbook.MAX_SHEET_ROWS; r++) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        for (int c = 0; c < UploadedWorkbook.MAX_SHEET_COLUMNS; c++) {
          row.createCell(c).setCellValue(r + " " + summary(random, 30));
        }
      }
    });
    assertThat(file.length).isLessThan(1 << 20);

    Cost cost = measure(file);

    print("2,000 rows × 26 columns of distinct texts", file, cost);
    assertThat(cost.refusal()).isNull(); // read, with a problem in nearly every cell the list reads
    assertThat(cost.upload().entries()).hasSize(UploadedWorkbook.MAX_SHEET_ROWS - NomineeWorkbook.HEADER_ROW);
    assertThat(cost.allocated()).isLessThan(HEAP_BUDGET);
  }

  @Test
  void aFormulaInADataCellIsRefusedAtItsCell() throws IOException {
    byte[] file = edited(oneNominee(), wb -> {
      Sheet sheet = wb.getSheet(NomineeWorkbook.SHEET);
      Row second = sheet.createRow(NomineeWorkbook.FIRST_DATA_ROW);
      second.createCell(0).setCellFormula("A5+1"); // the row's number: never read, may be a formula
      second.createCell(1).setCellFormula("A1");
      second.createCell(2).setCellValue("Cá nhân");
      second.createCell(3).setCellFormula("\"Chiến sĩ thi đua\"");
      second.createCell(4).setCellFormula("2020+4");
      second.createCell(5).setCellValue("Cơ quan, đơn vị");
    });

    NomineeWorkbook.Upload upload = workbook.read(binhAn, new ByteArrayInputStream(file));

    assertThat(upload.cellProblems()).extracting(Violation::field).containsExactly("B6", "D6", "E6");
    assertThat(upload.cellProblems().get(0).vietnamese())
        .isEqualTo("Dòng 6, cột B (Họ và tên / Tên tập thể): ô chứa công thức «=A1», cần nhập giá trị");
    assertThat(upload.cellProblems().get(0).english())
        .isEqualTo("Row 6, column B (name): the cell holds a formula '=A1'; enter a value");
    assertThat(upload.cellProblems().get(2).english()).endsWith("the cell holds a formula '=2020+4'; enter a value");
    assertThat(upload.entries().get(1).name()).isEmpty();
    assertThat(upload.entries().get(1).title()).isNull();
    assertThat(upload.entries().get(1).recognizedYear()).isNull();
    assertThatThrownBy(() -> upload.requireValid(() -> { }))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("[B6] ");
  }

  /** The file with some entries' content replaced. */
  private static byte[] replaced(byte[] xlsx, Map<String, String> contents) throws IOException {
    Map<String, byte[]> entries = entries(xlsx);
    contents.forEach((name, xml) -> entries.put(name, xml.getBytes(StandardCharsets.UTF_8)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static String inline(String reference, String text) {
    return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  }

  @Test
  void aSheetWrittenWithInlineStringsAndSharedFormulasIsReadAsExcelShowsIt() throws IOException {
    StringBuilder headers = new StringBuilder("<row r=\"4\">");
    for (int c = 0; c < NomineeWorkbook.COLUMNS.size(); c++) {
      headers.append(inline((char) ('A' + c) + "4", NomineeWorkbook.COLUMNS.get(c).header()));
    }
    String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>"
        + headers + "</row>"
        + "<row r=\"5\">" + inline("B5", "Lê Văn <![CDATA[Tâm]]>") + inline("C5", "Cá nhân")
        + "<c r=\"D5\" t=\"inlineStr\"><is><r><t>Chiến sĩ </t></r><r><t>thi đua</t></r>"
        + "<rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh></is></c>"
        + "<c r=\"E5\"><v>2022</v></c>" + inline("F5", "Đoàn thể") + "<c r=\"G5\"><v>21064</v></c></row>"
        + "<row r=\"6\"><c r=\"B6\" t=\"str\"><f t=\"shared\" ref=\"B6:B7\" si=\"0\">A1</f><v>x</v></c></row>"
        + "<row r=\"7\"><c r=\"B7\" t=\"str\"><f t=\"shared\" si=\"0\"/><v>y</v></c></row>"
        + "</sheetData></worksheet>";
    byte[] file = replaced(oneNominee(), Map.of("xl/worksheets/sheet1.xml", sheet));

    NomineeWorkbook.Upload upload = workbook.read(binhAn, new ByteArrayInputStream(file));

    assertThat(upload.entries().get(0)).isEqualTo(new NomineeListService.Entry(
        "Lê Văn Tâm", "INDIVIDUAL", "EMULATION_FIGHTER", 2022, "MASS_ORGANIZATION", "21064"));
    assertThat(upload.cellProblems()).extracting(Violation::field).contains("B6", "B7");
    assertThat(upload.cellProblems()).extracting(Violation::english)
        .contains("Row 6, column B (name): the cell holds a formula '=A1'; enter a value",
            "Row 7, column B (name): the cell holds a formula (copied from another cell); enter a value");
  }

  // ---- readers at once ----

  @Test
  void anUploadFindingEveryReaderBusyIsRefusedWithRetryAfter() throws Exception {
    NomineeWorkbook single = new NomineeWorkbook(1, 50);
    byte[] file = oneNominee();
    single.readers.acquire();
    try {
      assertThatThrownBy(() -> single.read(binhAn, new ByteArrayInputStream(file)))
          .isInstanceOf(UploadBusyException.class)
          .hasMessageContaining("send it again in 5 seconds");
    } finally {
      single.readers.release();
    }
    assertThat(single.read(binhAn, new ByteArrayInputStream(file)).entries()).hasSize(1);
    assertThat(single.readers.availablePermits()).isEqualTo(1);
    assertThat(refusalFrom(single, new byte[10])).isNotNull();
    assertThat(single.readers.availablePermits()).as("released after a refusal").isEqualTo(1);

    ResponseEntity<ProblemDetail> answer = new DocumentController(null, null, null, null)
        .busy(new UploadBusyException(5));
    assertThat(answer.getStatusCode().value()).isEqualTo(503);
    assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
    assertThat(answer.getBody().getType().toString()).isEqualTo(UploadBusyException.TYPE);
    assertThat(answer.getBody().getDetail()).contains("hãy gửi lại sau 5 giây");
  }

  private InvalidInputException refusalFrom(NomineeWorkbook reader, byte[] file) {
    try {
      reader.read(binhAn, new ByteArrayInputStream(file));
    } catch (InvalidInputException e) {
      return e;
    }
    return null;
  }
}
