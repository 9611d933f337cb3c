package vn.thiduaflow.submission;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.audit.AuditTrail;
import vn.thiduaflow.award.AwardMoneyCalculator;
import vn.thiduaflow.award.FundLedger;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.nomination.NomineeKind;
import vn.thiduaflow.plan.model.CommendationRule;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.InvalidInputException.Violation;
import vn.thiduaflow.system.Message;

/**
 * The conference's budget estimate (dự trù kinh phí tổ chức Hội nghị; issue 24): the plan's duty
 * {@value #DUTY_CODE} held by the finance officer (Công chức Tài chính - Kế toán; plan 002 Bình An §IV.2 and §III,
 * 001 §IV) becomes, in UnitDuties.bpmn, the officer's estimate with its lines (venue, documents, certificates and
 * frames, award money, other; VND) and the chair's approval or return. Paid "từ nguồn ngân sách xã được trích từ quỹ
 * thi đua khen thưởng xã" (002 §III): the chair approves only within the fund's balance of the year ({@link
 * FundLedger#require}; no income recorded: not checked). Approving records the estimate's lines other than the award
 * money as the fund's spending ({@code BUDGET:<conference>}) — the award money is spent by the decisions when issued
 * with their exact total, so it is never counted twice — and marks the duty done.
 */
@Service("budgetEstimates")
@Transactional
public class BudgetEstimateService {

  /** The plan duty's code that is a budget estimate (the seed plans' {@code duties[].code}). */
  public static final String DUTY_CODE = "budget-estimate";
  /** The officer's task in UnitDuties.bpmn. */
  public static final String ESTIMATE_TASK = "UserTask_EstimateBudget";
  /** The chair's task in UnitDuties.bpmn. */
  public static final String APPROVE_TASK = "UserTask_ApproveBudget";
  /** The gateway's flag (local to a duty's instance): the duty is the budget estimate. */
  public static final String FLAG = "budgetEstimateDuty";
  /** The flag the chair's decision sets: approved (true) or returned (false). */
  public static final String APPROVED = "budgetApproved";
  /** The dynamic list of the estimate's form. */
  public static final String LINES = "budgetLines";
  /** Most lines of one estimate. */
  public static final int MAX_LINES = 50;
  /** Longest line description (characters). */
  public static final int MAX_DESCRIPTION = 300;
  /** Largest amount of one line (VND). */
  public static final long MAX_AMOUNT = FundLedger.MAX_AMOUNT;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ConferenceQueries conferences;
  private final BudgetEstimateRepository estimates;
  private final BudgetEstimateLineRepository lines;
  private final NominationRepository nominations;
  private final AwardMoneyCalculator money;
  private final FundLedger fund;
  private final DutyService duties;
  private final AuditTrail audit;

  BudgetEstimateService(ConferenceQueries conferences, BudgetEstimateRepository estimates,
      BudgetEstimateLineRepository lines, NominationRepository nominations, AwardMoneyCalculator money,
      FundLedger fund, DutyService duties, AuditTrail audit) {
    this.conferences = conferences;
    this.estimates = estimates;
    this.lines = lines;
    this.nominations = nominations;
    this.money = money;
    this.fund = fund;
    this.duties = duties;
    this.audit = audit;
  }

  /** A line as the officer sends it: item, description, VND. */
  public record Line(BudgetEstimateLine.Kind kind, String description, Long amount) {}

  /** Whether a duty of the plan is the budget estimate (the gateway's flag in UnitDuties.bpmn). */
  public boolean isEstimate(String dutyCode) {
    return DUTY_CODE.equals(dutyCode);
  }

  /** The day the award money is computed for: the conference day (decisions are dated by it), else today. */
  private static LocalDate day(Conference c) {
    return c.getScheduledOn() != null ? c.getScheduledOn() : EngineClock.today();
  }

  /**
   * The award money the plan's first award form of the level pays the conference's nominees (those approved once
   * voted, else all proposed) on the conference day: coefficient × base salary ({@link AwardMoneyCalculator}); with
   * the line's description saying how it was computed. 0 when the plan names no award form or none is configured.
   */
  @Transactional(readOnly = true)
  public Line awardMoneyLine(Long conferenceId) {
    Conference c = conferences.get(conferenceId);
    CommendationRule rule = conferences.planOf(c).commendation();
    List<CommendationRule.AwardForm> forms = rule == null ? List.of() : rule.formsAt(c.getUnitLevel());
    List<Nomination> all = nominations.findByConferenceIdOrderById(conferenceId);
    boolean voted = all.stream().anyMatch(n -> n.getApproved() != null);
    List<Nomination> counted = all.stream().filter(n -> !voted || Boolean.TRUE.equals(n.getApproved())).toList();
    if (forms.isEmpty()) {
      return new Line(BudgetEstimateLine.Kind.AWARD_MONEY, "Tiền thưởng (Kế hoạch chưa nêu hình thức khen thưởng)",
          0L);
    }
    String form = forms.get(0).code();
    long people = counted.stream().filter(n -> n.getKind() == NomineeKind.INDIVIDUAL).count();
    long groups = counted.size() - people;
    var one = money.of(form, NomineeKind.INDIVIDUAL, day(c));
    var team = money.of(form, NomineeKind.COLLECTIVE, day(c));
    if (one.isEmpty() || team.isEmpty()) {
      return new Line(BudgetEstimateLine.Kind.AWARD_MONEY, "Tiền thưởng " + forms.get(0).label()
          + " (chưa cấu hình hệ số hoặc mức lương cơ sở)", 0L);
    }
    long total = people * one.get().amount() + groups * team.get().amount();
    return new Line(BudgetEstimateLine.Kind.AWARD_MONEY, "Tiền thưởng " + forms.get(0).label() + ": " + people
        + " cá nhân × " + AwardMoneyCalculator.dong(one.get().amount()) + ", " + groups + " tập thể × "
        + AwardMoneyCalculator.dong(team.get().amount()) + " (" + coefficient(one.get().coefficient())
        + " lần mức lương cơ sở " + AwardMoneyCalculator.dong(one.get().baseSalary().amount()) + ", "
        + one.get().baseSalary().source() + ")", total);
  }

  private static String coefficient(BigDecimal k) {
    return k.stripTrailingZeros().toPlainString().replace('.', ',');
  }

  /**
   * The form's rows: the lines sent before (after a return), else venue, documents, certificates and frames at 0
   * VND and the award money prefilled ({@link #awardMoneyLine}). Keys: {@code kind}, {@code description},
   * {@code amount}.
   */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> rows(Long conferenceId) {
    List<Line> source = estimates.lines(conferenceId).stream()
        .map(l -> new Line(l.getKind(), l.getDescription(), l.getAmount())).toList();
    if (source.isEmpty()) {
      source = List.of(new Line(BudgetEstimateLine.Kind.VENUE, "Hội trường, trang trí, âm thanh", 0L),
          new Line(BudgetEstimateLine.Kind.DOCUMENTS, "Tài liệu, giấy mời", 0L),
          new Line(BudgetEstimateLine.Kind.CERTIFICATES, "Giấy khen và khung", 0L), awardMoneyLine(conferenceId));
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Line l : source) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("kind", l.kind().name());
      row.put("description", l.description());
      row.put("amount", l.amount());
      rows.add(row);
    }
    return rows;
  }

  /** The select's options of a line's item: {@code {label, value}}. */
  public static List<Map<String, Object>> kindOptions() {
    return Arrays.stream(BudgetEstimateLine.Kind.values())
        .map(k -> Map.<String, Object>of("label", k.label(), "value", k.name())).toList();
  }

  /**
   * Reads the list the form sends (a JSON list from Tasklist, or a Java list from a script or test).
   *
   * @throws InvalidInputException (field {@value #LINES}) when it is not a list of rows
   */
  public static List<Map<String, Object>> read(Object value) {
    try {
      JsonNode node = value == null ? JSON.createArrayNode() : value instanceof String
          || value instanceof org.camunda.spin.json.SpinJsonNode ? JSON.readTree(value.toString())
          : JSON.valueToTree(value);
      if (node == null || !node.isArray()) {
        throw InvalidInputException.of(LINES, "budget.unreadable");
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      for (JsonNode row : node) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("kind", row.path("kind").isTextual() ? row.get("kind").asText() : null);
        map.put("description", row.path("description").isTextual() ? row.get("description").asText() : null);
        map.put("amount", row.path("amount").isNumber() || row.path("amount").isTextual()
            ? row.get("amount").asText() : null);
        rows.add(map);
      }
      return rows;
    } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
      throw InvalidInputException.of(LINES, "budget.unreadable");
    }
  }

  /**
   * Stores the officer's estimate, replacing an earlier one, and the fund's income of the year when given.
   *
   * @param rows the form's rows ({@link #read}): {@code kind} one of {@link BudgetEstimateLine.Kind}, {@code
   *     description} 1–{@value #MAX_DESCRIPTION} characters, {@code amount} whole VND 0–{@value #MAX_AMOUNT}
   * @param income the fund's income of the conference's year to record (VND), or null/0 for none
   * @param incomeSource where that income comes from, required with an income
   * @throws InvalidInputException every wrong line at once ("Dòng thứ 2 — Số tiền: …", entries {@code
   *     budgetLines[i].<field>}) and a wrong income; nothing is written
   */
  public BudgetEstimate draft(Long conferenceId, List<Map<String, Object>> rows, Long income, String incomeSource,
      String actor) {
    Conference c = conferences.get(conferenceId);
    int year = day(c).getYear();
    List<Violation> problems = new ArrayList<>();
    List<Line> parsed = new ArrayList<>();
    if (rows == null || rows.isEmpty()) {
      problems.add(Violation.of(LINES, "budget.empty"));
    } else if (rows.size() > MAX_LINES) {
      problems.add(Violation.of(LINES, "budget.tooManyLines", rows.size(), MAX_LINES));
    }
    String kinds = Arrays.stream(BudgetEstimateLine.Kind.values()).map(BudgetEstimateLine.Kind::label)
        .collect(Collectors.joining(", "));
    for (int i = 0; rows != null && i < rows.size() && i < MAX_LINES; i++) {
      Map<String, Object> row = rows.get(i);
      BudgetEstimateLine.Kind kind = Arrays.stream(BudgetEstimateLine.Kind.values())
          .filter(k -> k.name().equals(row.get("kind"))).findFirst().orElse(null);
      if (kind == null) {
        problems.add(Violation.inEntry(LINES, i, "kind", Message.of("budget.line.kind", i + 1, kinds)));
      }
      String text = row.get("description") == null ? "" : row.get("description").toString().strip();
      if (text.isEmpty() || text.length() > MAX_DESCRIPTION) {
        problems.add(Violation.inEntry(LINES, i, "description",
            Message.of("budget.line.description", i + 1, MAX_DESCRIPTION)));
      }
      Long amount = wholeDong(row.get("amount"));
      if (amount == null || amount < 0 || amount > MAX_AMOUNT) {
        problems.add(Violation.inEntry(LINES, i, "amount", Message.of("budget.line.amount", i + 1,
            AwardMoneyCalculator.dong(MAX_AMOUNT))));
      }
      parsed.add(new Line(kind, text, amount));
    }
    boolean withIncome = income != null && income != 0;
    if (withIncome && (income < 1 || income > MAX_AMOUNT)) {
      problems.add(Violation.of("fundIncome", "fund.amount", AwardMoneyCalculator.dong(MAX_AMOUNT)));
    }
    if (withIncome && (incomeSource == null || incomeSource.isBlank()
        || incomeSource.strip().length() > FundLedger.MAX_SOURCE)) {
      problems.add(Violation.of("fundIncomeSource", "budget.income.source", year, FundLedger.MAX_SOURCE));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    long total = parsed.stream().mapToLong(Line::amount).sum();
    long award = parsed.stream().filter(l -> l.kind() == BudgetEstimateLine.Kind.AWARD_MONEY)
        .mapToLong(Line::amount).sum();
    BudgetEstimate e = estimates.findById(conferenceId).orElseGet(() -> new BudgetEstimate(conferenceId,
        c.getUnitCode(), year));
    e.drafted(total, award, actor, EngineClock.now());
    estimates.saveAndFlush(e);
    estimates.deleteLines(conferenceId);
    for (int i = 0; i < parsed.size(); i++) {
      Line l = parsed.get(i);
      lines.save(new BudgetEstimateLine(conferenceId, i + 1, l.kind(), l.description(), l.amount()));
    }
    if (withIncome) {
      fund.recordIncome("fundIncome", c.getUnitCode(), year, income, incomeSource, "INCOME:BUDGET:" + conferenceId,
          actor);
    }
    audit.record(actor, "BUDGET_ESTIMATED", conferenceId, c.getCampaignId(), "Dự trù kinh phí: "
        + AwardMoneyCalculator.dong(total));
    return e;
  }

  private static Long wholeDong(Object value) {
    if (value == null) {
      return null;
    }
    try {
      BigDecimal d = new BigDecimal(value.toString().strip());
      return d.stripTrailingZeros().scale() > 0 ? null : d.longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  /** The estimate of a conference, if drafted. */
  @Transactional(readOnly = true)
  public java.util.Optional<BudgetEstimate> of(Long conferenceId) {
    return estimates.findById(conferenceId);
  }

  /**
   * The estimate's lines for the chair's table: {@code number}, {@code kind} (label), {@code description}, {@code
   * amount} (written in đồng).
   */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> table(Long conferenceId) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (BudgetEstimateLine l : estimates.lines(conferenceId)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("number", l.getLineOrder());
      row.put("kind", l.getKind().label());
      row.put("description", l.getDescription());
      row.put("amount", AwardMoneyCalculator.dong(l.getAmount()));
      rows.add(row);
    }
    return rows;
  }

  /** The fund check of the drafted estimate's total (the unit's fund of its year; its earlier spending left out). */
  @Transactional(readOnly = true)
  public FundLedger.Check check(Long conferenceId) {
    BudgetEstimate e = drafted(conferenceId);
    return fund.check(e.getUnitCode(), e.getFundYear(), e.getTotal(), "BUDGET:" + conferenceId);
  }

  /**
   * The chair approves: within the fund's balance (else refused naming the shortfall, {@link FundLedger#require}),
   * the lines other than the award money are recorded as spending, and the duty is done.
   *
   * @throws InvalidInputException (key {@code budget.notDrafted}) without an estimate waiting, or {@code
   *     fund.shortfall} (field {@code budgetDecision})
   */
  public void approve(Long conferenceId, String actor) {
    BudgetEstimate e = drafted(conferenceId);
    fund.require("budgetDecision", e.getUnitCode(), e.getFundYear(), e.getTotal(), "BUDGET:" + conferenceId);
    fund.recordSpending(e.getUnitCode(), e.getFundYear(), e.getTotal() - e.getAwardMoney(),
        "Dự trù kinh phí tổ chức Hội nghị (không gồm tiền thưởng)", "BUDGET:" + conferenceId, actor);
    e.reviewed(BudgetEstimate.Status.APPROVED, null, actor, EngineClock.now());
    duties.done(conferenceId, DUTY_CODE, "Dự trù kinh phí " + AwardMoneyCalculator.dong(e.getTotal())
        + " đã được Chủ tịch phê duyệt", actor);
  }

  /**
   * The chair returns the estimate to the officer.
   *
   * @throws InvalidInputException (field {@code budgetReturnReason}) without a reason of 1–1000 characters
   */
  public void returnEstimate(Long conferenceId, String reason, String actor) {
    BudgetEstimate e = drafted(conferenceId);
    if (reason == null || reason.isBlank() || reason.strip().length() > DutyService.MAX_NOTE) {
      throw InvalidInputException.of("budgetReturnReason", "budget.noReason", DutyService.MAX_NOTE);
    }
    e.reviewed(BudgetEstimate.Status.RETURNED, reason.strip(), actor, EngineClock.now());
    audit.record(actor, "BUDGET_RETURNED", conferenceId, conferences.get(conferenceId).getCampaignId(),
        "Trả lại dự trù kinh phí: " + reason.strip());
  }

  private BudgetEstimate drafted(Long conferenceId) {
    return estimates.findById(conferenceId).filter(e -> e.getStatus() == BudgetEstimate.Status.DRAFTED)
        .orElseThrow(() -> InvalidInputException.of("budgetDecision", "budget.notDrafted"));
  }
}
