package vn.thiduaflow.award;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.conference.UnitAccess.NotVisibleException;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.InvalidInputException.Violation;
import vn.thiduaflow.unit.UnitLevel;

/**
 * The award register's lookup as the API ({@code GET /api/awards}) and the Cockpit page «Sổ khen thưởng» answer it:
 * the query's checks, the caller's units ({@link AwardAccess#readable}: a record of a unit the caller may not read is
 * never answered, whatever the query names), one page of {@link AwardRegister#searchWithin}, rows as JSON.
 */
@Service
@Transactional(readOnly = true)
public class AwardLookup {

  /** Rows per page when the request names none. */
  public static final int DEFAULT_PAGE = 50;

  private final AwardRegister register;
  private final AwardAccess access;
  private final CertificateTemplates templates;
  private final CertificatePrinter printer;

  AwardLookup(AwardRegister register, AwardAccess access, CertificateTemplates templates,
      CertificatePrinter printer) {
    this.register = register;
    this.access = access;
    this.templates = templates;
    this.printer = printer;
  }

  /**
   * One award as the lookup shows it.
   *
   * @param kind {@code INDIVIDUAL} or {@code COLLECTIVE}; {@code kindLabel} "Cá nhân" / "Tập thể"
   * @param awardLevel a {@link UnitLevel} name or null; {@code levelLabel} its Vietnamese label ("Cấp xã")
   * @param decidedOn ISO day; {@code decidedOnText} as documents write it (27/03/2025)
   * @param source {@code DECISION} (a decision issued here) or {@code IMPORT}; {@code sourceLabel} in Vietnamese
   */
  public record Row(Long id, String kind, String kindLabel, String name, Integer birthYear, String unitName,
      String unitCode, String award, String awardLevel, String levelLabel, String decisionSymbol,
      LocalDate decidedOn, String decidedOnText, String source, String sourceLabel) {

    static Row of(AwardRecord r) {
      String level = r.getAwardLevel();
      String levelLabel = level;
      try {
        levelLabel = level == null ? null : UnitLevel.valueOf(level).label();
      } catch (IllegalArgumentException notALevel) {
        // a level written as text: shown as written
      }
      return new Row(r.getId(), r.getRecipientKind().name(), r.getRecipientKind().label(), r.getRecipientName(),
          r.getBirthYear(), r.getUnitName(), r.getUnitCode(), r.getAward(), level, levelLabel,
          r.getDecisionSymbol(), r.getDecidedOn(), vn.thiduaflow.system.VietnameseDates.day(r.getDecidedOn()),
          r.getSource().name(), r.getSource() == AwardRecord.Source.DECISION ? "Quyết định trong hệ thống"
              : "Nhập từ sổ cũ");
    }
  }

  /**
   * One page of answers.
   *
   * @param page from 0
   * @param size the rows per page actually used (at most {@value AwardRegister#MAX_PAGE})
   * @param maxSize {@value AwardRegister#MAX_PAGE}
   */
  public record Answer(List<Row> rows, int page, int size, long total, int pages, int maxSize) {}

  /**
   * The matching records of the units the caller may read, newest decision first.
   *
   * @param page from 0
   * @param size rows per page, from 1; more than {@value AwardRegister#MAX_PAGE} is answered with that many
   * @throws AwardAccess.NotAllowedException (403) when the caller reads the register of no unit
   * @throws InvalidInputException (fields {@code page}, {@code size}, {@code to}) for a negative page, a size below
   *     1, a period that ends before it starts
   */
  public Answer find(Authentication caller, AwardQuery query, int page, int size) {
    Optional<Set<String>> units = access.readable(caller);
    List<Violation> problems = new java.util.ArrayList<>();
    if (page < 0) {
      problems.add(Violation.of("page", "awardLookup.page", page));
    }
    if (size < 1) {
      problems.add(Violation.of("size", "awardLookup.size", size, AwardRegister.MAX_PAGE));
    }
    if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
      problems.add(Violation.of("to", "awardLookup.period", vn.thiduaflow.system.VietnameseDates.day(query.to()),
          vn.thiduaflow.system.VietnameseDates.day(query.from())));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Page<AwardRecord> found = register.searchWithin(query, units.orElse(null), PageRequest.of(page, size));
    return new Answer(found.map(Row::of).getContent(), found.getNumber(), found.getSize(), found.getTotalElements(),
        found.getTotalPages(), AwardRegister.MAX_PAGE);
  }

  /** The certificate templates ({@link CertificateTemplates}) for the standing office: id, label, certificate title. */
  public List<Map<String, String>> templates(Authentication caller) {
    access.certificatePrinter(caller);
    return templates.all().values().stream().sorted(java.util.Comparator.comparing(CertificateTemplate::id))
        .map(t -> Map.of("id", t.id(), "label", t.label() == null ? t.id() : t.label(), "title", t.title()))
        .toList();
  }

  /**
   * A template's test print ({@link CertificatePrinter#testPrint}: its boxes over a 5 mm grid), for the standing
   * office to print on a blank and check the positions.
   *
   * @return the PDF bytes
   * @throws AwardAccess.NotAllowedException (403) when the caller is not a standing office or administrator
   * @throws NotVisibleException (404) when there is no template of that id
   */
  public byte[] testPrint(Authentication caller, String templateId) {
    access.certificatePrinter(caller);
    CertificateTemplate template = templates.find(templateId).orElseThrow(() -> new NotVisibleException(
        "Không có mẫu giấy khen, bằng khen «" + templateId + "»", "No certificate template '" + templateId + "'"));
    return printer.testPrint(template);
  }

  /** The test print's file name: {@code in-thu-<template id>.pdf}. */
  public static String testPrintName(String templateId) {
    return "in-thu-" + templateId + ".pdf";
  }
}
