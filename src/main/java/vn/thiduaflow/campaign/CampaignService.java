package vn.thiduaflow.campaign;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceNominations;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.conference.ConferenceRules;
import vn.thiduaflow.conference.ConferenceScheduling;
import vn.thiduaflow.council.CouncilRoster;
import vn.thiduaflow.plan.PlanCatalog;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.report.ReportService;
import vn.thiduaflow.report.UpperDelegate;
import vn.thiduaflow.report.UpperDelegateRepository;
import vn.thiduaflow.rule.Rule;
import vn.thiduaflow.rule.RuleDecisionLog;
import vn.thiduaflow.rule.RuleResult;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessModel;
import vn.thiduaflow.unit.AdministrativeUnit;
import vn.thiduaflow.unit.UnitDirectory;

/**
 * Campaigns and their chains. A campaign opens the issuer's own conference and, for each unit below it, either a
 * campaign of its own (a unit with units below it, under a cascading plan or a plan file that implements the one
 * above) or a conference. Every lower unit owes the campaign a report, which arrives as the message
 * {@value ProcessModel#LOWER_REPORT_RECEIVED} correlated by the campaign id (business key) and the unit code; the
 * issuer's own conference opens when every report has arrived or the council chair has waived it with a reason.
 */
@Service
public class CampaignService {

  private final PlanCatalog plans;
  private final UnitDirectory units;
  private final CampaignRepository campaigns;
  private final LowerReportRepository lowerReports;
  private final ConferenceQueries conferences;
  private final ConferenceScheduling scheduling;
  private final ConferenceNominations nominations;
  private final ConferenceRules conferenceRules;
  private final CouncilRoster roster;
  private final ReportService reports;
  private final RuntimeService runtimeService;
  private final UpperDelegateRepository delegates;
  private final RuleDecisionLog decisions;

  public CampaignService(PlanCatalog plans, UnitDirectory units, CampaignRepository campaigns,
      LowerReportRepository lowerReports, ConferenceQueries conferences, ConferenceScheduling scheduling,
      ConferenceNominations nominations, ConferenceRules conferenceRules,
      CouncilRoster roster, ReportService reports, RuntimeService runtimeService, UpperDelegateRepository delegates,
      RuleDecisionLog decisions) {
    this.plans = plans;
    this.units = units;
    this.campaigns = campaigns;
    this.lowerReports = lowerReports;
    this.conferences = conferences;
    this.scheduling = scheduling;
    this.nominations = nominations;
    this.conferenceRules = conferenceRules;
    this.roster = roster;
    this.reports = reports;
    this.runtimeService = runtimeService;
    this.delegates = delegates;
    this.decisions = decisions;
  }

  /**
   * Starts the campaign of a plan at the top of a chain: a campaign row and a {@code Campaign} process instance whose
   * business key is the campaign id. The process opens the conferences and the campaigns below itself.
   *
   * @param planId a plan id from the catalog
   * @return the campaign
   * @throws IllegalArgumentException when there is no such plan
   */
  @Transactional
  public Campaign start(String planId) {
    Plan plan = plans.get(planId);
    // an administrative unit, or one of the plan's organizations (a ministry issuing its own plan, issue 22)
    AdministrativeUnit issuer = plans.unitOf(plan, plan.issuer().unitCode()).orElseThrow(() ->
        new IllegalStateException("Plan " + planId + ": issuer " + plan.issuer().unitCode() + " is not in its list"));
    Campaign campaign = campaigns.save(new Campaign(plan.id(), issuer.structure(), issuer.unitList(), issuer.code(),
        issuer.name(), issuer.level(), null, EngineClock.now(), LocalDateTime.now()));
    campaign.markRoot();
    var instance = runtimeService.startProcessInstanceByKey(ProcessModel.CAMPAIGN, campaign.getId().toString());
    campaign.setProcessInstanceId(instance.getId());
    return campaign;
  }

  /**
   * Opens a campaign (ServiceTask_OpenCampaign): the issuer's own conference, and for each lower unit a campaign
   * (not yet started: the call activity starts it) or a conference, and the report each lower unit owes. Prepares the
   * councils and offices involved ({@link CouncilRoster}: none are created in production) and the leaf conferences'
   * first nominees ({@code NomineeSource}).
   *
   * @param processInstanceId the campaign's process instance (for campaigns started by the call activity)
   * @return the id of the issuer's own conference
   */
  @Transactional
  public Long openCampaign(Long campaignId, String processInstanceId) {
    Campaign campaign = get(campaignId);
    campaign.setProcessInstanceId(processInstanceId);
    Plan plan = plans.get(campaign.getPlanId());
    Plan root = plans.get(campaign.getRootPlanId());
    AdministrativeUnit issuer = plans.unitOf(root, campaign.getIssuerCode())
        .orElseGet(() -> units.get(campaign.getAdminStructure(), campaign.getUnitList(), campaign.getIssuerCode()));
    List<AdministrativeUnit> lower = plans.lowerUnits(plan, issuer);
    for (AdministrativeUnit unit : lower) {
      roster.prepare(unit);
      var sub = plans.campaignPlanFor(root, plan, unit);
      if (sub.isPresent()) {
        Campaign child = campaigns.save(new Campaign(sub.get().id(), unit.structure(), unit.unitList(), unit.code(),
            unit.name(), unit.level(), campaign, EngineClock.now(), LocalDateTime.now()));
        lowerReports.save(new LowerReport(campaignId, unit.code(), unit.name(), unit.level(), child.getId(), null,
            reportDue(plan, plan.pilotWindow(unit.code(), issuer.code())
                .orElse(sub.get().ownConference().window()).to())));
      } else {
        boolean pilot = plan.pilotFor(unit.code()).isPresent();
        Conference c = scheduling.open(campaignId, plan, Tier.LOWER, unit, issuer.code(), issuer.name(), pilot, false);
        lowerReports.save(new LowerReport(campaignId, unit.code(), unit.name(), unit.level(), null, c.getId(),
            reportDue(plan, plan.pilotWindow(unit.code(), issuer.code())
                .orElse(plan.lowerRulesFor(unit.level()).window()).to())));
      }
    }
    roster.prepare(issuer);
    // the unit above the issuer; the nation has none, and its own conference reports to itself (no delegates go up)
    AdministrativeUnit upper = java.util.Optional.ofNullable(issuer.parentCode()).flatMap(p -> plans.unitOf(root, p))
        .orElseGet(() -> units.get(issuer.structure(), issuer.unitList(), UnitDirectory.NATION_CODE));
    roster.prepare(upper);
    // a pilot of the campaign above (a pilot district running its communes' campaign) is a pilot here too: the root's
    // pilots are in a derived plan, a plan file's unit may be named by the plan above (issue 22)
    boolean ownPilot = plan.pilotFor(issuer.code()).isPresent() || (campaign.getParentCampaignId() != null
        && plans.get(get(campaign.getParentCampaignId()).getPlanId()).pilotFor(issuer.code()).isPresent());
    Conference own = scheduling.open(campaignId, plan, Tier.OWN, issuer, upper.code(), upper.name(), ownPilot,
        !lower.isEmpty());
    if (campaign.getParentCampaignId() != null) {
      lowerReports.findByCampaignIdAndUnitCode(campaign.getParentCampaignId(), campaign.getIssuerCode())
          .ifPresent(r -> r.setConferenceId(own.getId()));
    }
    var delegation = plan.ownConference().delegation();
    if (delegation != null) {
      decisions.record(campaignId, own.getId(),
          List.of(conferenceRules.delegations(delegation, lower.size())));
    }
    return own.getId();
  }

  /** The due day of lower reports: the plan's rule, or the last day of the lower units' window when it states none. */
  private static LocalDate reportDue(Plan plan, LocalDate lowerWindowEnd) {
    return plan.lowerReports() == null ? lowerWindowEnd : plan.lowerReports().dueFor(lowerWindowEnd);
  }

  /** The ids of the campaigns directly below (the collection of CallActivity_RunLowerCampaigns). */
  public List<Long> lowerCampaignIds(Long campaignId) {
    return lowerReports.findByCampaignIdOrderById(campaignId).stream().map(LowerReport::getSubCampaignId)
        .filter(java.util.Objects::nonNull).toList();
  }

  /** The ids of the lower units' conferences held without a campaign of their own (CallActivity_HoldLowerConferences). */
  public List<Long> lowerConferenceIds(Long campaignId) {
    return conferences.ofCampaign(campaignId, Tier.LOWER).stream().map(Conference::getId).toList();
  }

  /** The codes of the lower units whose reports the campaign waits for (SubProcess_AwaitLowerReport's collection). */
  public List<String> expectedUnitCodes(Long campaignId) {
    return lowerReports.findByCampaignIdOrderById(campaignId).stream().map(LowerReport::getUnitCode).toList();
  }

  /** When the chair is asked about a missing report: the start of the day after its due day (engine time). */
  public Date reportDueTimer(Long campaignId, String unitCode) {
    return EngineClock.toDate(lowerReport(campaignId, unitCode).getDueOn().plusDays(1).atStartOfDay());
  }

  /**
   * After {@link vn.thiduaflow.conference.ConferenceReported}: a lower unit's conference sends its report to its
   * campaign ({@link #sendLowerReport}), in the transaction that reported it; the issuer's own conference sends none.
   */
  @org.springframework.context.event.EventListener
  @Transactional
  public void conferenceReported(vn.thiduaflow.conference.ConferenceReported reported) {
    if (reported.tier() == vn.thiduaflow.plan.model.Tier.LOWER) {
      sendLowerReport(reported.campaignId(), reported.unitCode());
    }
  }

  /**
   * Sends a lower unit's report to the campaign above: correlates {@value ProcessModel#LOWER_REPORT_RECEIVED} to the
   * waiting receive task (business key = the campaign id, local variable {@code lowerUnitCode}). When nobody waits
   * because the chair waived the unit, the report is recorded as late.
   *
   * @param campaignId the campaign the report goes to
   * @param unitCode the reporting unit
   * @throws IllegalStateException when the report is neither awaited nor waived (sent twice, or to the wrong campaign)
   */
  @Transactional
  public void sendLowerReport(Long campaignId, String unitCode) {
    if (!lowerReports.existsByCampaignId(campaignId)) {
      return; // a campaign started before chains (Campaign version 1) waits on its call activity, not on reports
    }
    var matched = runtimeService.createMessageCorrelation(ProcessModel.LOWER_REPORT_RECEIVED)
        .processInstanceBusinessKey(campaignId.toString())
        .localVariableEquals(ProcessModel.Vars.LOWER_UNIT_CODE, unitCode)
        .correlateAllWithResult();
    if (matched.isEmpty()) {
      LowerReport report = lowerReport(campaignId, unitCode);
      if (report.getStatus() != LowerReportStatus.WAIVED) {
        throw new IllegalStateException("Campaign " + campaignId + " is not waiting for a report from " + unitCode
            + " (status " + report.getStatus() + ")");
      }
      report.receive(EngineClock.now(), delegatesOf(report).size());
    }
  }

  /** ServiceTask_RecordLowerReport: the report arrived; counts the delegates it sends up. */
  @Transactional
  public void receiveLowerReport(Long campaignId, String unitCode) {
    LowerReport report = lowerReport(campaignId, unitCode);
    report.receive(EngineClock.now(), delegatesOf(report).size());
  }

  private List<UpperDelegate> delegatesOf(LowerReport report) {
    return report.getConferenceId() == null ? List.of()
        : delegates.findByConferenceIdInOrderById(List.of(report.getConferenceId()));
  }

  /**
   * The chair's decision on a missing report (UserTask_DecideMissingReport): waive the unit with a reason, or wait
   * until a later day.
   *
   * @param decision wait or waive
   * @param reason why the unit is waived (required to waive)
   * @param waitUntil the new due day (required to wait; after today, engine time)
   * @param by who decided
   * @return true when waived
   * @throws InvalidInputException when the reason or the date is missing or wrong
   */
  @Transactional
  public boolean decideMissingReport(Long campaignId, String unitCode, MissingReportDecision decision, String reason,
      LocalDate waitUntil, String by) {
    if (decision == null) {
      throw new InvalidInputException(ProcessModel.Fields.MISSING_REPORT_DECISION, "Chưa chọn hướng xử lý",
          "no decision chosen");
    }
    LowerReport report = lowerReport(campaignId, unitCode);
    if (decision == MissingReportDecision.WAIVE) {
      if (FormValues.blank(reason)) {
        throw new InvalidInputException(ProcessModel.Fields.WAIVER_REASON,
            "Miễn báo cáo của " + report.getUnitName() + " phải nêu lý do",
            "waiving the report of " + report.getUnitName() + " needs a reason");
      }
      report.waive(EngineClock.now(), by, reason.trim());
      return true;
    }
    if (waitUntil == null || !waitUntil.isAfter(EngineClock.today())) {
      throw new InvalidInputException(ProcessModel.Fields.WAIT_UNTIL, "Hạn chờ mới phải sau hôm nay (" + EngineClock.today() + ")",
          "the new due day must be after today (" + EngineClock.today() + ")");
    }
    report.extendTo(waitUntil);
    return false;
  }

  /** The description of the chair's task about a missing report (Vietnamese): which unit, due when, what is decided. */
  public String describeMissingReport(Long campaignId, String unitCode) {
    LowerReport r = lowerReport(campaignId, unitCode);
    Campaign c = get(campaignId);
    return r.getUnitName() + " (" + r.getUnitLevel().label() + ") chưa gửi báo cáo kết quả và danh sách đại biểu về "
        + c.getIssuerName() + "; hạn " + vn.thiduaflow.system.VietnameseDates.day(r.getDueOn())
        + ". Hội nghị của " + c.getIssuerName() + " chỉ mở khi mọi đơn vị đã báo cáo hoặc được miễn.";
  }

  /**
   * Whether the chair waived the unit's report: what Gateway_Waived asked in Campaign definitions deployed before
   * 2026-12-04 (kept for their running instances; today's model decides on the flag {@code lowerUnitWaived} that the
   * decision's complete listener sets).
   */
  public boolean waived(Long campaignId, String unitCode) {
    return lowerReport(campaignId, unitCode).getStatus() == LowerReportStatus.WAIVED;
  }

  /** The reports a campaign expects, in order. */
  public List<LowerReport> lowerReports(Long campaignId) {
    return lowerReports.findByCampaignIdOrderById(campaignId);
  }

  private LowerReport lowerReport(Long campaignId, String unitCode) {
    return lowerReports.findByCampaignIdAndUnitCode(campaignId, unitCode).orElseThrow(() ->
        new IllegalArgumentException("Campaign " + campaignId + " expects no report from unit " + unitCode));
  }

  /**
   * The issuer's own conference of a campaign (tier OWN), which its Campaign instance holds after the lower units.
   *
   * @throws IllegalStateException when the campaign has not been opened (no own conference yet)
   */
  public Long ownConferenceId(Long campaignId) {
    return conferences.ownOf(campaignId);
  }

  /**
   * After every lower report arrived or was waived: the delegates the reporting units approved for the upper level
   * become the nominees of the issuer's own conference (each with its unit of origin); waived and late units' do not.
   * Records the LOWER_REPORTS decision, then opens the own conference's nominations (message LowerDelegatesCollected).
   *
   * @return how many nominees the own conference received
   */
  @Transactional
  public int collectLowerDelegates(Long campaignId, Long ownConferenceId) {
    List<LowerReport> all = lowerReports.findByCampaignIdOrderById(campaignId);
    if (all.isEmpty()) {
      // no lower units, or a campaign started before chains (Campaign version 1): its lower conferences are its reports
      List<Long> lower = lowerConferenceIds(campaignId);
      return lower.isEmpty() ? 0
          : nominations.collectLowerDelegates(ownConferenceId, delegates.findByConferenceIdInOrderById(lower));
    }
    List<Long> received = all.stream().filter(r -> r.getStatus() == LowerReportStatus.RECEIVED)
        .map(LowerReport::getConferenceId).toList();
    // waived units, including those whose report has come in late since the waiver
    List<LowerReport> waived = all.stream().filter(r -> r.getWaivedAt() != null).toList();
    String detail = received.size() + " of " + all.size() + " lower unit(s) reported"
        + (waived.isEmpty() ? "" : "; waived by the chair: " + waived.stream()
            .map(r -> r.getUnitName() + " (" + r.getWaiverReason() + ")").collect(java.util.stream.Collectors.joining(", ")));
    decisions.record(campaignId, ownConferenceId, List.of(new RuleResult(Rule.LOWER_REPORTS, waived.isEmpty(), detail,
        "Lower units report before the upper conference; the council chair may waive a missing unit with a reason")));
    boolean waiting = conferences.awaitsLowerDelegates(ownConferenceId);
    int collected = nominations.collectLowerDelegates(ownConferenceId,
        received.isEmpty() ? List.of() : delegates.findByConferenceIdInOrderById(received));
    if (waiting) {
      openOwnNominations(ownConferenceId);
    }
    return collected;
  }

  /**
   * Sends LowerDelegatesCollected to the own conference's instance, which waits for it before its nominations since the
   * campaign opened (issue 22). Called only for a conference that was waiting: one opened before that change (it
   * started after the lower reports) waits for nothing and gets no message.
   *
   * @throws org.camunda.bpm.engine.MismatchingMessageCorrelationException when the conference should be waiting and
   *     is not: the campaign's job fails and shows as an incident in Cockpit instead of the nominations never opening
   */
  private void openOwnNominations(Long ownConferenceId) {
    runtimeService.createMessageCorrelation(ProcessModel.LOWER_DELEGATES_COLLECTED)
        .processInstanceBusinessKey(ownConferenceId.toString())
        .correlateWithResult();
  }

  /**
   * Reports the campaign's results (ServiceTask_ReportCampaignResults): the summary to the plan's recipient and, in a
   * chain, the report to the campaign above by message.
   */
  @Transactional
  public void reportResults(Long campaignId) {
    Campaign campaign = get(campaignId);
    Plan plan = plans.get(campaign.getPlanId());
    reports.reportCampaign(campaign.getId(), plan, conferences.ofCampaign(campaignId, null));
    campaign.markReported(EngineClock.now());
    if (campaign.getParentCampaignId() != null) {
      sendLowerReport(campaign.getParentCampaignId(), campaign.getIssuerCode());
    }
  }

  /** Closes the campaign once every lower unit has finished (ServiceTask_CloseCampaign). */
  @Transactional
  public void close(Long campaignId) {
    get(campaignId).markEnded(EngineClock.now());
  }

  /** Every campaign of the chain under (and including) the campaign at its top, in creation order. */
  public List<Campaign> chain(Long rootCampaignId) {
    return campaigns.findByRootCampaignIdOrderById(rootCampaignId);
  }

  /**
   * @throws IllegalArgumentException when there is no campaign with this id
   */
  public Campaign get(Long campaignId) {
    return campaigns.findById(campaignId)
        .orElseThrow(() -> new IllegalArgumentException("No campaign with id " + campaignId));
  }
}
