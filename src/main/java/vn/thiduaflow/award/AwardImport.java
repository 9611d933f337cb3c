package vn.thiduaflow.award;

import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduaflow.award.AwardWorkbook.Line;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.InvalidInputException.Violation;
import vn.thiduaflow.system.Message;
import vn.thiduaflow.system.UploadBusyException;

/**
 * Imports a register of earlier awards (issue 24, "Historical awards can be imported from XLSX"): the rows of a filled
 * {@link AwardWorkbook} become {@link AwardRecord}s with {@link AwardRecord.Source#IMPORT}, recorded by the importer.
 *
 * <p>The unit of each row is checked against the importer's reach ({@link AwardAccess#importer}: a standing office or
 * unit secretary for their unit, a standing office also for the units directly below): a row naming a unit outside it
 * is refused at its code cell; a row without a code is for the importer's one own unit (when the importer has several,
 * or is an administrator, the row must name it). A row already in the register (same name, birth year, award, decision
 * number and day) is refused too, so a file sent twice is not counted twice. Every problem of the file comes at once,
 * by row and column, and nothing is written when there is one: the rows are stored in one transaction.
 */
@Service
public class AwardImport {

  /** Decision symbols looked up in the register per query (an IN list of bounded length). */
  private static final int LOOKUP_CHUNK = 500;

  private final AwardWorkbook workbook;
  private final AwardAccess access;
  private final AwardRecordRepository records;
  private final TransactionTemplate transaction;

  AwardImport(AwardWorkbook workbook, AwardAccess access, AwardRecordRepository records,
      PlatformTransactionManager transactions) {
    this.workbook = workbook;
    this.access = access;
    this.records = records;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * What an import stored.
   *
   * @param imported the records written (one per row)
   * @param perUnit records per unit code, in file order
   */
  public record Result(int imported, Map<String, Integer> perUnit) {}

  /**
   * Reads and stores a filled template. The file is received and read before a transaction is opened (a slow client
   * holds no database connection); the checks against the register and the rows are then stored in one transaction.
   *
   * @param caller the authenticated importer (the webapp's or the API's authentication); decides the units
   * @param in the XLSX file (bounds of {@link AwardWorkbook#read})
   * @throws AwardAccess.NotAllowedException when the caller may import for no unit (403; the file is not read)
   * @throws InvalidInputException with every problem of the file (the file as a whole, or each cell); nothing stored
   * @throws UploadBusyException when no reader became free in time (503)
   */
  public Result importFile(Authentication caller, InputStream in) {
    AwardAccess.Importer importer = access.importer(caller);
    AwardWorkbook.Upload upload = workbook.read(in);
    return transaction.execute(status -> store(importer, upload));
  }

  private Result store(AwardAccess.Importer importer, AwardWorkbook.Upload upload) {
    List<Violation> problems = new ArrayList<>(upload.problems());
    List<String> units = new ArrayList<>();
    for (Line line : upload.lines()) {
      units.add(unitOf(line, importer, problems));
    }
    alreadyRegistered(upload.lines(), problems);
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingInt((Violation v) -> v.cell() == null ? 0 : v.cell().row())
          .thenComparingInt(v -> v.cell() == null || v.cell().column() == null ? -1 : v.cell().column()));
      throw new InvalidInputException(problems);
    }
    LocalDateTime now = EngineClock.now();
    List<AwardRecord> rows = new ArrayList<>();
    Map<String, Integer> perUnit = new LinkedHashMap<>();
    for (int i = 0; i < upload.lines().size(); i++) {
      Line l = upload.lines().get(i);
      rows.add(new AwardRecord(l.kind(), l.name(), l.birthYear(), l.unitName(), units.get(i), l.award(),
          l.level().name(), RecipientNames.clean(l.decisionSymbol()), l.decidedOn(), AwardRecord.Source.IMPORT,
          importer.userId(), now));
      perUnit.merge(units.get(i), 1, Integer::sum);
    }
    records.saveAll(rows);
    return new Result(rows.size(), perUnit);
  }

  /** The row's unit code, or null with its problem noted at the code cell. */
  private String unitOf(Line line, AwardAccess.Importer importer, List<Violation> problems) {
    String code = line.unitCode();
    if (code == null) {
      if (importer.defaultUnit().isPresent()) {
        return importer.defaultUnit().get();
      }
      problems.add(AwardWorkbook.at(line.excelRow(), AwardWorkbook.UNIT_CODE, importer.everyUnit()
          ? Message.of("awardImport.unit.missingForAdministrator")
          : Message.of("awardImport.unit.choose", importer.described())));
      return null;
    }
    if (!importer.reaches(code)) {
      problems.add(AwardWorkbook.at(line.excelRow(), AwardWorkbook.UNIT_CODE,
          Message.of("awardImport.unit.outside", code, importer.described())));
      return null;
    }
    if (importer.everyUnit() && !access.known(code)) {
      problems.add(AwardWorkbook.at(line.excelRow(), AwardWorkbook.UNIT_CODE,
          Message.of("awardImport.unit.unknown", code)));
      return null;
    }
    return code;
  }

  /** Notes the rows the register already holds (same recipient, award, decision number and day). */
  private void alreadyRegistered(List<Line> lines, List<Violation> problems) {
    List<String> symbols = lines.stream().map(Line::decisionSymbol).filter(java.util.Objects::nonNull)
        .map(RecipientNames::clean).distinct().toList();
    Set<String> known = new HashSet<>();
    for (int from = 0; from < symbols.size(); from += LOOKUP_CHUNK) {
      List<String> chunk = symbols.subList(from, Math.min(symbols.size(), from + LOOKUP_CHUNK));
      for (AwardRecord r : records.findAll((root, q, cb) -> root.get("decisionSymbol").in(chunk))) {
        known.add(key(r.getRecipientName(), r.getBirthYear(), r.getAward(), r.getDecisionSymbol(),
            r.getDecidedOn()));
      }
    }
    if (known.isEmpty()) {
      return;
    }
    for (Line l : lines) {
      if (l.name() != null && l.award() != null && l.decisionSymbol() != null && l.decidedOn() != null
          && known.contains(key(l.name(), l.birthYear(), l.award(), RecipientNames.clean(l.decisionSymbol()),
          l.decidedOn()))) {
        problems.add(AwardWorkbook.at(l.excelRow(), AwardWorkbook.NAME, Message.of("awardImport.already",
            l.decisionSymbol())));
      }
    }
  }

  private static String key(String name, Integer birthYear, String award, String symbol, java.time.LocalDate on) {
    return String.join("|", RecipientNames.key(name), String.valueOf(birthYear), RecipientNames.key(award),
        RecipientNames.key(symbol), on.toString());
  }
}
