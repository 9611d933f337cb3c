package vn.thiduaflow.quota;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.audit.AuditTrail;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignRepository;
import vn.thiduaflow.campaign.LowerReport;
import vn.thiduaflow.campaign.LowerReportRepository;
import vn.thiduaflow.campaign.LowerReportStatus;
import vn.thiduaflow.conference.DecidedQuotas;
import vn.thiduaflow.plan.PlanCatalog;
import vn.thiduaflow.plan.model.LevelRules;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.TierRules;
import vn.thiduaflow.plan.model.UpperQuotaRule;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.InvalidInputException.Violation;
import vn.thiduaflow.system.Message;
import vn.thiduaflow.system.VietnameseDates;

/**
 * Quotas decided during the campaign: where a plan's level rules say {@code upperQuota.decidedByStandingOffice: true},
 * the upper council's standing office decides, per lower unit, how many collectives and individuals it sends to the
 * upper congress (one UserTask_DecideDelegateQuota per lower unit in the Campaign model); the total of all decided
 * quotas stays within the congress's official delegates ({@code ownConference.delegation.officialDelegates}, else its
 * {@code delegateCap}; people — a collective sends one). The lower unit's composition step is then held to the decided
 * numbers.
 */
@Service
public class DelegateQuotaService implements DecidedQuotas {

  /** Most delegates one decision may give a unit (collectives or individuals, each). */
  public static final int MAX_PER_UNIT = 10_000;
  /** Longest note (characters; column delegate_quota.note). */
  public static final int MAX_NOTE = 1000;
  /** Form fields of UserTask_DecideDelegateQuota. */
  public static final String FIELD_COLLECTIVES = "quotaCollectives";
  public static final String FIELD_INDIVIDUALS = "quotaIndividuals";
  public static final String FIELD_NOTE = "quotaNote";
  /** The audit trail's action code of a decision. */
  public static final String AUDIT_ACTION = "DELEGATE_QUOTA_DECIDED";

  private final DelegateQuotaRepository quotas;
  private final CampaignRepository campaigns;
  private final LowerReportRepository lowerReports;
  private final PlanCatalog plans;
  private final AuditTrail audit;
  private final vn.thiduaflow.calendar.WorkingCalendar calendar;

  DelegateQuotaService(DelegateQuotaRepository quotas, CampaignRepository campaigns, LowerReportRepository lowerReports,
      PlanCatalog plans, AuditTrail audit, vn.thiduaflow.calendar.WorkingCalendar calendar) {
    this.calendar = calendar;
    this.quotas = quotas;
    this.campaigns = campaigns;
    this.lowerReports = lowerReports;
    this.plans = plans;
    this.audit = audit;
  }

  /**
   * The lower units of the campaign whose quota the standing office decides (the collection of
   * UserTask_DecideDelegateQuota), in the order of their reports; empty when the plan fixes every quota.
   */
  @Transactional(readOnly = true)
  public List<String> unitsToDecide(Long campaignId) {
    Plan plan = planOf(campaignId);
    return lowerReports.findByCampaignIdOrderById(campaignId).stream()
        .filter(r -> decidedByOffice(plan, r))
        .map(LowerReport::getUnitCode).toList();
  }

  /**
   * When the office's decisions are due: the start of the earliest day a lower unit may need its numbers — the
   * nomination deadline (the plan's, or its level's own) of a conference held on the first day of that level's window,
   * before which its council cannot have composed (the composition follows the nominations) — and never after today
   * when that day has passed; null when no quota is the office's to decide.
   *
   * @throws vn.thiduaflow.calendar.CalendarYearMissingException when a working-day deadline reaches a year without a
   *     calendar (refused at load already)
   */
  @Transactional(readOnly = true)
  public java.util.Date dueDate(Long campaignId) {
    Plan plan = planOf(campaignId);
    return lowerReports.findByCampaignIdOrderById(campaignId).stream()
        .filter(r -> decidedByOffice(plan, r))
        .map(r -> {
          TierRules tier = plan.levels().get(r.getUnitLevel()).conference();
          return plan.nominationDeadlineFor(tier).deadlineFor(tier.window().from(), calendar);
        })
        .min(java.time.LocalDate::compareTo)
        .map(d -> d.isBefore(EngineClock.today()) ? EngineClock.today() : d)
        .map(d -> EngineClock.toDate(d.atStartOfDay())).orElse(null);
  }

  /**
   * Whether the chair waived the lower unit's report (the decision of UserTask_DecideMissingReport).
   *
   * @throws IllegalArgumentException when the campaign expects no report from the unit
   */
  @Transactional(readOnly = true)
  public boolean reportWaived(Long campaignId, String unitCode) {
    return lowerReports.findByCampaignIdAndUnitCode(campaignId, unitCode).orElseThrow(() ->
        new IllegalArgumentException("Campaign " + campaignId + " expects no report from unit " + unitCode))
        .getStatus() == LowerReportStatus.WAIVED;
  }

  /**
   * When a lower unit's report is waived by the chair, its quota is no longer anyone's to decide: an undecided one is
   * recorded as 0 and 0 with the reason, so the office's task for it can end (see the campaign's waiver listener).
   *
   * @return whether a decision was recorded (false when the quota was decided already or is not the office's)
   */
  @Transactional
  public boolean waive(Long campaignId, String unitCode, String by) {
    Plan plan = planOf(campaignId);
    var report = lowerReports.findByCampaignIdAndUnitCode(campaignId, unitCode)
        .filter(r -> decidedByOffice(plan, r));
    if (report.isEmpty() || quotas.findByCampaignIdAndUnitCode(campaignId, unitCode).isPresent()) {
      return false;
    }
    DelegateQuota quota = new DelegateQuota(campaignId, unitCode, report.get().getUnitName());
    quota.decide(0, 0, "Đơn vị được Chủ tịch Hội đồng miễn báo cáo: không cử đại biểu", by == null ? AuditTrail.SYSTEM
        : by, EngineClock.now());
    quotas.save(quota);
    audit.record(by == null ? AuditTrail.SYSTEM : by, AUDIT_ACTION, null, campaignId, report.get().getUnitName()
        + ": miễn, không cử đại biểu");
    return true;
  }

  /** The decided quota of a lower unit in a campaign, if the office has decided it. */
  @Transactional(readOnly = true)
  public Optional<DelegateQuota> decided(Long campaignId, String unitCode) {
    return quotas.findByCampaignIdAndUnitCode(campaignId, unitCode);
  }

  /** Every decided quota of the campaign, in decision order. */
  @Transactional(readOnly = true)
  public List<DelegateQuota> decidedIn(Long campaignId) {
    return quotas.findByCampaignIdOrderById(campaignId);
  }

  /**
   * The quota a lower unit is held to: the plan's own numbers, or — when the plan leaves them to the standing office —
   * the decided ones with the decision's date in the clause (a fixed quota from then on), or, before a decision, the
   * plan's rule itself, still marked {@code decidedByStandingOffice}, which the composition rule refuses
   * ({@link vn.thiduaflow.conference.ConferenceRules#upperQuota}: the office has not decided yet).
   *
   * @param rule the level's rule (null: not stated, returned as is)
   * @param upperCampaignId the campaign whose congress the unit's delegates attend
   * @param unitCode the lower unit
   */
  @Override
  @Transactional(readOnly = true)
  public UpperQuotaRule effective(UpperQuotaRule rule, Long upperCampaignId, String unitCode) {
    if (rule == null || !rule.decidedDuringCampaign() || upperCampaignId == null) {
      return rule;
    }
    return decided(upperCampaignId, unitCode)
        .map(q -> new UpperQuotaRule(q.getCollectives(), q.getIndividuals(), "Thường trực Hội đồng cấp trên phân bổ"
            + " ngày " + VietnameseDates.day(q.getDecidedAt().toLocalDate()) + " (" + rule.clause() + ")"))
        .orElse(rule);
  }

  /**
   * The most delegates all lower units together may send: the congress's official delegates when the plan fixes them
   * ({@code delegation.officialDelegates}), else its delegate cap (people).
   */
  public static int totalCap(Plan plan) {
    var delegation = plan.ownConference().delegation();
    return delegation != null ? delegation.officialDelegates() : plan.ownConference().delegateCap().value();
  }

  /** Where {@link #totalCap} comes from. */
  private static String totalCapClause(Plan plan) {
    var delegation = plan.ownConference().delegation();
    return delegation != null ? delegation.clause() : plan.ownConference().delegateCap().clause();
  }

  /**
   * Records the standing office's decision for one lower unit, after checking it: both numbers given, 0 to
   * {@value #MAX_PER_UNIT}, the note at most {@value #MAX_NOTE} characters, and the campaign's total of decided quotas
   * (this one included, a previous decision for the unit replaced) within {@link #totalCap} — exactly the cap passes.
   *
   * @throws InvalidInputException naming every wrong field at once (Vietnamese), nothing written
   * @throws IllegalArgumentException when the unit's quota is not the office's to decide (the model never asks then)
   */
  @Transactional
  public DelegateQuota decide(Long campaignId, String unitCode, Integer collectives, Integer individuals, String note,
      String by) {
    Plan plan = planOf(campaignId);
    LowerReport report = lowerReports.findByCampaignIdAndUnitCode(campaignId, unitCode)
        .filter(r -> decidedByOffice(plan, r))
        .orElseThrow(() -> new IllegalArgumentException("Campaign " + campaignId + " does not decide the quota of "
            + unitCode));
    List<Violation> wrong = new ArrayList<>();
    checkCount(FIELD_COLLECTIVES, Message.of("quota.field.collectives"), collectives, wrong);
    checkCount(FIELD_INDIVIDUALS, Message.of("quota.field.individuals"), individuals, wrong);
    String cleanNote = FormValues.blank(note) ? null : note.strip();
    if (cleanNote != null && cleanNote.length() > MAX_NOTE) {
      wrong.add(Violation.of(FIELD_NOTE, "quota.note.tooLong", MAX_NOTE, cleanNote.length()));
    }
    if (wrong.isEmpty()) {
      int others = quotas.findByCampaignIdOrderById(campaignId).stream()
          .filter(q -> !q.getUnitCode().equals(unitCode)).mapToInt(DelegateQuota::total).sum();
      int total = others + collectives + individuals;
      int cap = totalCap(plan);
      if (total > cap) {
        wrong.add(Violation.of(FIELD_INDIVIDUALS, "quota.total.aboveCap", total, others, report.getUnitName(),
            collectives + individuals, cap, totalCapClause(plan)));
      }
    }
    if (!wrong.isEmpty()) {
      throw new InvalidInputException(wrong);
    }
    DelegateQuota quota = quotas.findByCampaignIdAndUnitCode(campaignId, unitCode)
        .orElseGet(() -> new DelegateQuota(campaignId, unitCode, report.getUnitName()));
    quota.decide(collectives, individuals, cleanNote, by, EngineClock.now());
    DelegateQuota saved = quotas.save(quota);
    audit.record(by == null ? AuditTrail.SYSTEM : by, AUDIT_ACTION, null, campaignId,
        report.getUnitName() + ": " + collectives + " tập thể, " + individuals + " cá nhân");
    return saved;
  }

  /**
   * The task's brief (Markdown): the unit, the congress's total and what is decided so far, the starting proposal and
   * the clause.
   */
  @Transactional(readOnly = true)
  public String brief(Long campaignId, String unitCode) {
    Plan plan = planOf(campaignId);
    LowerReport report = lowerReports.findByCampaignIdAndUnitCode(campaignId, unitCode).orElseThrow();
    UpperQuotaRule rule = ruleFor(plan, report);
    List<DelegateQuota> decided = quotas.findByCampaignIdOrderById(campaignId);
    int sum = decided.stream().filter(q -> !q.getUnitCode().equals(unitCode)).mapToInt(DelegateQuota::total).sum();
    int cap = totalCap(plan);
    List<String> lines = new ArrayList<>();
    lines.add("**Đơn vị:** " + report.getUnitName() + " (" + report.getUnitLevel().label() + ")");
    lines.add("**Số đại biểu chính thức của Đại hội:** " + cap + " người _(" + totalCapClause(plan) + ")_");
    lines.add("**Đã phân bổ cho các đơn vị khác:** " + sum + " người; còn lại tối đa " + Math.max(0, cap - sum)
        + " người");
    if (rule.collectives() + rule.individuals() > 0) {
      lines.add("**Đề xuất ban đầu:** " + rule.collectives() + " tập thể, " + rule.individuals() + " cá nhân");
    }
    lines.add("**Căn cứ:** " + rule.clause());
    return String.join("\n\n", lines);
  }

  private static void checkCount(String field, Message label, Integer value, List<Violation> wrong) {
    if (value == null || value < 0 || value > MAX_PER_UNIT) {
      wrong.add(Violation.of(field, "quota.count.outOfRange", label, field, MAX_PER_UNIT));
    }
  }

  private Plan planOf(Long campaignId) {
    Campaign campaign = campaigns.findById(campaignId).orElseThrow(() -> new IllegalArgumentException(
        "No campaign with id " + campaignId));
    return plans.get(campaign.getPlanId());
  }

  /** Whether the plan leaves this lower unit's quota to the standing office. */
  private static boolean decidedByOffice(Plan plan, LowerReport report) {
    UpperQuotaRule rule = ruleFor(plan, report);
    return rule != null && rule.decidedDuringCampaign();
  }

  /** The quota rule of a lower unit's level in the campaign's plan; null when not stated. */
  private static UpperQuotaRule ruleFor(Plan plan, LowerReport report) {
    LevelRules level = plan.levels().get(report.getUnitLevel());
    return level == null ? null : level.upperQuota();
  }
}
