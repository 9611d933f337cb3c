package vn.thiduaflow.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.thiduaflow.nomination.NomineeListService;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.InvalidInputException.Violation;
import vn.thiduaflow.system.Message;

/**
 * An uploaded XLSX file, bounded before and while it is read (issue 19: a 1 MB file must not cost gigabytes). First
 * {@link #check} inflates its ZIP entries into nothing, counting their bytes, against the {@code MAX_…} bounds below;
 * then the named sheets are read with POI's streaming (event) API: {@link XSSFReader} finds the sheets,
 * {@link XSSFSheetXMLHandler} reads each cell as Excel shows it (shared strings read-only, numbers in their cell's
 * format), a SAX parser from POI's {@link XMLHelper} (no DTD, no external entities). Nothing is built per cell beyond
 * the kept columns of those sheets, so what a read holds does not grow with the rest of the file (a POI workbook costs
 * kilobytes per cell). Rows past {@link #MAX_SHEET_ROWS} and columns past {@link #MAX_SHEET_COLUMNS} stop the read;
 * a formula is noted with its cell. Every refusal is an {@link InvalidInputException} with the field {@code file}.
 */
public final class UploadedWorkbook {

  /**
   * ZIP entries at most. The template has 10, a copy saved by Excel or LibreOffice 12 to 20 (theme, printer settings,
   * thumbnail, calculation chain); 64 leaves room for a few pictures, not for thousands of parts.
   */
  static final int MAX_ENTRIES = 64;
  /**
   * Uncompressed bytes of one entry at most (8 MiB), counted while inflating. The largest part of a genuine list, the
   * shared strings of 1,000 nominees with 500-letter Vietnamese summaries, is about 1 MiB (a Vietnamese letter takes
   * about 1.5 bytes in UTF-8), the sheet itself less; a sheet written with inline strings holds both.
   */
  static final long MAX_ENTRY_BYTES = 8L << 20;
  /** Uncompressed bytes of all entries together at most (16 MiB): two parts at the entry bound. */
  static final long MAX_TOTAL_BYTES = 16L << 20;
  /**
   * Entries inflating to this many bytes or more (100 KiB, where POI's own check starts too) must keep
   * {@link #MAX_RATIO}; smaller parts (styles, theme, relationships) may compress better and cost little anyway.
   */
  static final long RATIO_CHECKED_FROM_BYTES = 100L << 10;
  /**
   * Uncompressed bytes per compressed byte at most (30:1) for entries from {@link #RATIO_CHECKED_FROM_BYTES}.
   * Parts of genuine lists compress about 4:1 to 12:1 (measured: a filled template of 1,000 nominees with long
   * texts, sheet 9.6:1 and shared strings 4.6:1; a sheet of 2,004 × 26 empty formatted cells 11:1); POI's own
   * check only stops 100:1, the attack it let through used 84:1.
   */
  static final int MAX_RATIO = 30;
  /**
   * Sheets at most (worksheets in the package and sheets the workbook lists): the template's two (the list and the
   * hidden marker) and two more a unit may add for its own notes.
   */
  static final int MAX_SHEETS = 4;
  /**
   * Last row number (1-based) any sheet may use: the header rows, {@link NomineeListService#MAX_ROWS} nominees and
   * as many rows again for blank or formatted rows below the list ({@value}). Checked on the rows of the sheets
   * read, as they are read.
   */
  static final int MAX_SHEET_ROWS = NomineeWorkbook.HEADER_ROW + NomineeListService.MAX_ROWS + NomineeListService.MAX_ROWS;
  /**
   * Last column (1-based) any sheet may use: Z (26). The template uses A to G; the rest is room for columns a later
   * template adds and a unit's own notes. Checked on the cells of the sheets read, as they are read.
   */
  static final int MAX_SHEET_COLUMNS = 26;

  /**
   * One cell of an uploaded sheet as read.
   *
   * @param text what Excel shows: the string, the number in its cell's format, TRUE/FALSE, an error's code, a
   *     formula's cached result
   * @param number the value of a number cell (not of a formula), else null
   * @param formula "=" and the formula's text when the cell holds one ("" for a copy of a shared formula), else null
   */
  public record Cell(String text, Double number, String formula) {}

  /**
   * Checks an upload's package before anything is built from it: its ZIP entries are inflated one after the other
   * into nothing, their bytes counted as they come (never trusting the sizes the entries declare), against the
   * {@code MAX_…} bounds of this class: entries, bytes of one entry and of all, compression ratio of large entries,
   * worksheets. What survives costs at most {@link #MAX_TOTAL_BYTES} to open.
   */
  public static void check(byte[] file) {
    Set<String> names = new HashSet<>();
    byte[] drain = new byte[8192];
    long total = 0;
    int entries = 0;
    int worksheets = 0;
    try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(file),
        StandardCharsets.UTF_8.name(), false, true)) {
      ZipArchiveEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          throw refused("upload.file.tooManyEntries", MAX_ENTRIES);
        }
        String name = entry.getName();
        if (!names.add(name.toLowerCase(Locale.ROOT))) { // part names are compared without case
          throw refused("upload.file.duplicateEntry", name);
        }
        if (name.toLowerCase(Locale.ROOT).matches("xl/worksheets/[^/]+\\.xml") && ++worksheets > MAX_SHEETS) {
          throw refused("upload.file.tooManySheets", MAX_SHEETS);
        }
        long bytes = 0;
        for (int n; (n = zip.read(drain)) > 0; ) {
          bytes += n;
          if (bytes > MAX_ENTRY_BYTES) {
            throw refused("upload.file.entryTooLarge", name, MAX_ENTRY_BYTES >> 20);
          }
          if (total + bytes > MAX_TOTAL_BYTES) {
            throw refused("upload.file.tooLargeInflated", MAX_TOTAL_BYTES >> 20);
          }
          // checked as it inflates (the compressed bytes read so far include the inflater's read-ahead, so the
          // ratio is never overstated): a bomb stops after RATIO_CHECKED_FROM_BYTES, not at the entry bound
          long compressed = Math.max(1, zip.getCompressedCount());
          if (bytes >= RATIO_CHECKED_FROM_BYTES && bytes / compressed > MAX_RATIO) {
            throw refused("upload.file.entryTooCompressed", name, MAX_RATIO, bytes / compressed);
          }
        }
        total += bytes;
      }
    } catch (IOException | RuntimeException e) {
      throw e instanceof InvalidInputException refusal ? refusal : unreadable();
    }
    if (entries == 0) {
      throw unreadable();
    }
  }
  /** The sheets read, by lower-case name: rows by Excel row number, cells of the kept columns. */
  private final Map<String, SortedMap<Integer, Cell[]>> sheets = new HashMap<>();

  /**
   * Streams the named sheets of a package that passed {@link #check}.
   *
   * @param names the sheets to read (found whatever their case)
   * @param columns how many columns from A are kept; cells past them are not even formatted
   * @throws InvalidInputException (field {@code file}) when the file cannot be read, or a sheet read passes a bound
   */
  UploadedWorkbook(byte[] file, Set<String> names, int columns) {
    this(file, names, columns, MAX_SHEET_ROWS);
  }

  /**
   * The same with another last row any sheet read may use (1-based): an upload whose own row cap is not the nominee
   * list's ({@code award.AwardWorkbook}: 5,000 awards).
   */
  public UploadedWorkbook(byte[] file, Set<String> names, int columns, int maxRows) {
    Set<String> wanted = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(file))) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      StylesTable styles = reader.getStylesTable();
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (it.hasNext()) {
        try (InputStream sheet = it.next()) {
          String name = it.getSheetName();
          if (wanted.contains(name.toLowerCase(Locale.ROOT))) {
            sheets.put(name.toLowerCase(Locale.ROOT), read(sheet, styles, strings, columns, maxRows));
          }
        }
      }
    } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
      if (e instanceof SAXException && e.getCause() instanceof InvalidInputException refusal) {
        throw refusal;
      }
      throw e instanceof InvalidInputException refusal ? refusal : unreadable();
    }
  }

  /** The sheet's rows by Excel row number (the kept columns), or null when the workbook has no such sheet. */
  public SortedMap<Integer, Cell[]> sheet(String name) {
    return sheets.get(name.toLowerCase(Locale.ROOT));
  }

  private static SortedMap<Integer, Cell[]> read(InputStream sheet, StylesTable styles,
      ReadOnlySharedStringsTable strings, int columns, int maxRows) throws IOException, SAXException {
    SortedMap<Integer, Cell[]> rows = new TreeMap<>();
    Cells cells = new Cells(rows, columns, maxRows);
    XMLReader parser;
    try {
      parser = XMLHelper.newXMLReader();
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    cells.delegate = new XSSFSheetXMLHandler(styles, null, strings, cells, new DataFormatter(Locale.ROOT), false);
    parser.setContentHandler(cells);
    parser.parse(new InputSource(sheet));
    return rows;
  }


  /** The file cannot be read as an XLSX workbook (field {@code file}). */
  public static InvalidInputException unreadable() {
    return refused("upload.file.unreadable");
  }

  /** A problem of the file as a whole (field {@code file}): the bundle text of {@code key} with {@code args}. */
  public static InvalidInputException refused(String key, Object... args) {
    return InvalidInputException.of("file", key, args);
  }

  /** A problem of the file as a whole (field {@code file}) found at one of its cells. */
  private static InvalidInputException refusedAt(InvalidInputException.Cell cell, String key, Object... args) {
    return new InvalidInputException(java.util.List.of(new Violation("file", Message.of(key, args), null, cell)));
  }

  /**
   * Sits in front of POI's sheet handler: passes every SAX event on, keeps what POI reports for the kept columns, and
   * notes what POI does not report — that a cell holds a formula ({@code <f>}, empty for a copy of a shared formula)
   * and a number cell's raw value — and stops at the sheet bounds.
   */
  private static final class Cells extends org.xml.sax.helpers.DefaultHandler
      implements XSSFSheetXMLHandler.SheetContentsHandler {

    private final SortedMap<Integer, Cell[]> rows;
    private org.xml.sax.ContentHandler delegate;
    /** Depth inside an element whose events POI is not given (a cell beyond G, a phonetic guide); 0 outside. */
    private int skipped;
    private String ref;
    private int row;
    private int column = -1;
    private boolean numeric;
    private StringBuilder formula;
    private StringBuilder value;
    private final Map<String, String> formulas = new HashMap<>();
    private final Map<String, Double> numbers = new HashMap<>();

    private final int columns;
    private final int maxRows;

    Cells(SortedMap<Integer, Cell[]> rows, int columns, int maxRows) {
      this.rows = rows;
      this.columns = columns;
      this.maxRows = maxRows;
    }

    @Override
    public void startElement(String uri, String local, String qName, org.xml.sax.Attributes atts)
        throws SAXException {
      if (skipped > 0) {
        skipped++;
        return;
      }
      switch (local) {
        case "row" -> {
          String r = atts.getValue("r");
          row = r == null ? row + 1 : parseBounded(r);
          column = -1;
          if (row > maxRows) {
            throw bound(refusedAt(new InvalidInputException.Cell(row, null), "upload.sheet.rowBeyond", row,
                maxRows));
          }
        }
        case "c" -> {
          ref = atts.getValue("r");
          column = ref == null ? column + 1 : new CellReference(ref).getCol();
          if (ref == null) {
            ref = CellReference.convertNumToColString(column) + row;
          }
          if (column >= MAX_SHEET_COLUMNS) {
            throw bound(refusedAt(new InvalidInputException.Cell(row, column), "upload.sheet.columnBeyond", ref,
                CellReference.convertNumToColString(MAX_SHEET_COLUMNS - 1)));
          }
          if (column >= columns) {
            skipped = 1; // beyond the kept columns: POI need not read or format it
            return;
          }
          String type = atts.getValue("t");
          numeric = type == null || type.equals("n");
        }
        case "rPh" -> {
          skipped = 1; // a phonetic guide is not part of the text Excel shows
          return;
        }
        case "f" -> formula = new StringBuilder();
        case "v" -> value = new StringBuilder();
        default -> { }
      }
      delegate.startElement(uri, local, qName, atts);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (skipped > 0) {
        return;
      }
      if (formula != null) {
        formula.append(ch, start, length);
      } else if (value != null) {
        value.append(ch, start, length);
      }
      delegate.characters(ch, start, length);
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
      if (skipped > 0) {
        skipped--;
        return;
      }
      if (local.equals("f") && formula != null) {
        formulas.put(ref, formula.isEmpty() ? "" : "=" + formula);
        formula = null;
      } else if (local.equals("v") && value != null) {
        if (numeric && !formulas.containsKey(ref)) {
          try {
            numbers.put(ref, Double.valueOf(value.toString()));
          } catch (NumberFormatException notANumber) {
            // POI reports the text; no number
          }
        }
        value = null;
      }
      delegate.endElement(uri, local, qName);
      if (local.equals("c") && formulas.containsKey(ref)) {
        cell(ref, "", null); // a formula without a cached value: POI reports no cell, the formula must still count
      }
    }

    @Override
    public void startDocument() throws SAXException {
      delegate.startDocument();
    }

    @Override
    public void endDocument() throws SAXException {
      delegate.endDocument();
    }

    @Override
    public void startRow(int rowNum) {}

    @Override
    public void endRow(int rowNum) {}

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
      CellReference at = new CellReference(cellReference == null ? ref : cellReference);
      if (at.getCol() >= columns) {
        return;
      }
      String key = at.formatAsString(false);
      rows.computeIfAbsent(at.getRow() + 1, r -> new Cell[columns])[at.getCol()] =
          new Cell(formattedValue == null ? "" : formattedValue, numbers.remove(key), formulas.remove(key));
    }

    private static int parseBounded(String r) {
      return r.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(r);
    }

    private static SAXException bound(InvalidInputException refusal) {
      return new SAXException(refusal.getMessage(), refusal);
    }
  }
}
