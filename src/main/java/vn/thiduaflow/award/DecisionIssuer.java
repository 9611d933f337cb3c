package vn.thiduaflow.award;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.nomination.NomineeKind;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.InvalidInputException.Violation;
import vn.thiduaflow.system.Message;

/**
 * Issues commendation decisions: checks the request, takes the authority's next number from its register
 * ({@link DecisionRegister}), stores the decision and records every recipient in the award register
 * ({@link AwardRecord.Source#DECISION}) with its award money, the decision's total and the fund's spending ({@link
 * #payAwardMoney}) — all in one transaction, so a refused or failed request leaves no number
 * taken, no decision and no register row.
 */
@Service
public class DecisionIssuer {

  /** Longest recipient or unit name, in characters. */
  public static final int MAX_NAME = 200;
  /** Most recipients of one decision (people and collectives). */
  public static final int MAX_RECIPIENTS = 1000;

  private final DecisionRegister register;
  private final CommendationDecisionRepository decisions;
  private final AwardRecordRepository awards;
  private final AwardMoneyCalculator money;
  private final AwardMoneyLineRepository moneyLines;
  private final FundLedger fund;

  DecisionIssuer(DecisionRegister register, CommendationDecisionRepository decisions, AwardRecordRepository awards,
      AwardMoneyCalculator money, AwardMoneyLineRepository moneyLines, FundLedger fund) {
    this.register = register;
    this.decisions = decisions;
    this.awards = awards;
    this.money = money;
    this.moneyLines = moneyLines;
    this.fund = fund;
  }

  /**
   * A recipient of a decision.
   *
   * @param kind person or collective
   * @param name full name of the person or name of the collective, 1–{@value #MAX_NAME} characters
   * @param birthYear the person's birth year (people only; null when not known)
   * @param unitName the unit the recipient belongs to ("Trường Tiểu học Bình An"), or null
   * @param unitCode that unit's code when it is an administrative unit, or null
   * @param nominationId the nomination the award comes from, or null
   */
  public record Recipient(NomineeKind kind, String name, Integer birthYear, String unitName, String unitCode,
      Long nominationId) {}

  /**
   * What a decision grants and who issues it.
   *
   * @param authorityCode the issuing authority's code (the unit whose People's Committee decides)
   * @param authorityName as printed: "Ủy ban nhân dân xã Bình An"
   * @param symbolSuffix the symbol after the number: "QĐ-UBND" (Decree 30/2020/NĐ-CP, Appendix I)
   * @param decidedOn the day the decision is signed; its year is the register's year
   * @param awardForm the plan's code of the award form ("GIAY_KHEN_CHU_TICH_XA")
   * @param awardLabel the award form as printed ("Giấy khen của Chủ tịch Ủy ban nhân dân xã")
   * @param awardLevel the level of the authority (a {@code UnitLevel} name), or null
   * @param campaignId the campaign, or null for a decision outside one
   * @param conferenceId the conference whose exemplars are commended, or null
   * @param signerTitle "CHỦ TỊCH" or "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
   * @param signerName the signer's full name
   * @param recipients 1–{@value #MAX_RECIPIENTS} recipients
   */
  public record DecisionRequest(String authorityCode, String authorityName, String symbolSuffix, LocalDate decidedOn,
      String awardForm, String awardLabel, String awardLevel, Long campaignId, Long conferenceId, String signerTitle,
      String signerName, List<Recipient> recipients) {}

  /**
   * Issues the decision.
   *
   * @param actor who registers it (the authenticated user, or "system")
   * @return the stored decision with its number
   * @throws InvalidInputException with every problem at once (field names: {@code decidedOn}, {@code signerName},
   *     {@code recipients[i].name} …); nothing is written
   */
  @Transactional
  public CommendationDecision issue(DecisionRequest request, String actor) {
    check(request);
    int number = register.next(request.authorityCode(), request.decidedOn().getYear());
    CommendationDecision decision = decisions.save(new CommendationDecision(request, number, actor,
        EngineClock.now()));
    List<AwardRecord> rows = new ArrayList<>();
    for (Recipient r : request.recipients()) {
      rows.add(new AwardRecord(r.kind(), r.name(), r.kind() == NomineeKind.INDIVIDUAL ? r.birthYear() : null,
          r.unitName(), r.unitCode(), request.awardLabel(), request.awardLevel(), decision.getSymbol(),
          request.decidedOn(), AwardRecord.Source.DECISION, actor, EngineClock.now())
          .grantedThrough(decision.getId(), request.campaignId(), r.nominationId()));
    }
    awards.saveAll(rows);
    payAwardMoney(decision, rows, actor);
    return decision;
  }

  /**
   * The award money of the recipients (coefficient of the award form for each one's kind × the base salary in force on
   * the decision's date, {@link AwardMoneyCalculator}), stored per recipient and in total on the decision and recorded
   * as the fund's spending of the authority's year (reference {@code DECISION:<id>}). An award form without a
   * configured coefficient, or a date before every configured base salary, pays nothing computed here: the decision's
   * total stays empty and says so.
   */
  private void payAwardMoney(CommendationDecision decision, List<AwardRecord> rows, String actor) {
    long total = 0;
    AwardMoneyProperties.BaseSalary salary = null;
    List<AwardMoneyLine> lines = new ArrayList<>();
    for (AwardRecord r : rows) {
      var amount = money.of(decision.getAwardForm(), r.getRecipientKind(), decision.getDecidedOn());
      if (amount.isEmpty()) {
        return;
      }
      salary = amount.get().baseSalary();
      total += amount.get().amount();
      lines.add(new AwardMoneyLine(r.getId(), decision.getId(), amount.get().coefficient(), amount.get().amount()));
    }
    moneyLines.saveAll(lines);
    decision.awardMoney(salary.amount(), salary.source(), total);
    decisions.save(decision);
    fund.recordSpending(decision.getAuthorityCode(), decision.getDecisionYear(), total, "Tiền thưởng kèm theo Quyết "
        + "định số " + decision.getSymbol() + " (" + rows.size() + " tập thể, cá nhân)", "DECISION:" + decision.getId(),
        actor);
  }

  /** The award money of a decision's recipients by award register row id (empty when none was computed). */
  @Transactional(readOnly = true)
  public java.util.Map<Long, Long> awardMoneyOf(Long decisionId) {
    return moneyLines.findByDecisionId(decisionId).stream().collect(java.util.stream.Collectors.toMap(
        AwardMoneyLine::getAwardRecordId, AwardMoneyLine::getAmount));
  }

  /** The decisions of a conference, in the order issued. */
  @Transactional(readOnly = true)
  public List<CommendationDecision> ofConference(Long conferenceId) {
    return decisions.findByConferenceIdOrderById(conferenceId);
  }

  /** The award register's rows of a decision (its recipients), in order. */
  @Transactional(readOnly = true)
  public List<AwardRecord> recipientsOf(Long decisionId) {
    return awards.findAll((root, q, cb) -> cb.equal(root.get("decisionId"), decisionId),
        org.springframework.data.domain.Sort.by("id"));
  }

  private static void check(DecisionRequest r) {
    List<Violation> problems = new ArrayList<>();
    if (r.authorityCode() == null || r.authorityCode().isBlank() || r.authorityName() == null
        || r.authorityName().isBlank()) {
      problems.add(Violation.of("authority", "award.decision.noAuthority"));
    }
    if (r.decidedOn() == null) {
      problems.add(Violation.of("decidedOn", "award.decision.noDate"));
    }
    if (r.symbolSuffix() == null || r.symbolSuffix().isBlank()) {
      problems.add(Violation.of("symbolSuffix", "award.decision.noSymbol"));
    }
    if (r.awardForm() == null || r.awardForm().isBlank() || r.awardLabel() == null || r.awardLabel().isBlank()) {
      problems.add(Violation.of("awardForm", "award.decision.noAwardForm"));
    }
    if (r.signerName() == null || r.signerName().isBlank() || r.signerTitle() == null || r.signerTitle().isBlank()) {
      problems.add(Violation.of("signerName", "award.decision.noSigner"));
    }
    List<Recipient> recipients = r.recipients() == null ? List.of() : r.recipients();
    if (recipients.isEmpty()) {
      problems.add(Violation.of("recipients", "award.decision.noRecipient"));
    } else if (recipients.size() > MAX_RECIPIENTS) {
      problems.add(Violation.of("recipients", "award.decision.tooManyRecipients", recipients.size(),
          MAX_RECIPIENTS));
    }
    for (int i = 0; i < recipients.size() && i < MAX_RECIPIENTS; i++) {
      Recipient p = recipients.get(i);
      if (p.kind() == null) {
        problems.add(Violation.inEntry("recipients", i, "kind", Message.of("award.recipient.noKind", i + 1)));
      }
      String name = RecipientNames.clean(p.name());
      if (name == null || name.isEmpty() || name.length() > MAX_NAME) {
        problems.add(Violation.inEntry("recipients", i, "name",
            Message.of("award.recipient.name", i + 1, MAX_NAME)));
      }
      if (p.unitName() != null && p.unitName().length() > MAX_NAME) {
        problems.add(Violation.inEntry("recipients", i, "unitName",
            Message.of("award.recipient.unitName", i + 1, MAX_NAME)));
      }
      if (p.birthYear() != null && r.decidedOn() != null
          && (p.birthYear() < 1900 || p.birthYear() > r.decidedOn().getYear())) {
        problems.add(Violation.inEntry("recipients", i, "birthYear",
            Message.of("award.recipient.birthYear", i + 1, p.birthYear())));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
