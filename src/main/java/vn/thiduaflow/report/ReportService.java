package vn.thiduaflow.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.system.VietnameseDates;
import vn.thiduaflow.unit.UnitLevel;

/**
 * Reports upward: after a conference, its approved delegates to the upper-level congress (within the composition the
 * council voted and the plan's quota) and a results report to the upper council; after a campaign, its summary.
 */
@Service
@Transactional
public class ReportService {

  /** Programme item whose presence means the conference approves delegates to the upper level. */
  public static final String UPPER_DELEGATES_ITEM = "UPPER_DELEGATES_APPROVAL";

  private final NominationRepository nominations;
  private final UpperDelegateRepository delegates;
  private final ReportRepository reports;

  public ReportService(NominationRepository nominations, UpperDelegateRepository delegates, ReportRepository reports) {
    this.nominations = nominations;
    this.delegates = delegates;
    this.reports = reports;
  }

  /**
   * Reports the conference upward with the delegates to the upper-level congress the standing office chose by name
   * among the approved nominees when it recorded the conference as held ({@code Nomination#isUpperDelegate}, checked
   * there against the council's voted numbers); none when the plan's programme has no such item (27/KH-UBND) or at
   * the national congress (no level above).
   *
   * @return the delegates, in nomination order
   */
  public List<UpperDelegate> reportConference(ReportedConference c, Plan plan, java.time.LocalDateTime at) {
    List<UpperDelegate> chosen = new ArrayList<>();
    if (c.programmeItems().contains(UPPER_DELEGATES_ITEM) && c.getUnitLevel() != UnitLevel.NATION) {
      for (Nomination n : nominations.findByConferenceIdOrderById(c.getId())) {
        if (n.isUpperDelegate() && Boolean.TRUE.equals(n.getApproved())) {
          boolean fromBelow = n.getOriginUnitCode() != null;
          chosen.add(delegates.save(new UpperDelegate(c.getId(), n.getId(), n.getNomineeName(), n.getKind(),
              fromBelow ? n.getOriginUnitCode() : c.getUnitCode(), fromBelow ? n.getOriginUnitName() : c.getUnitName(),
              c.getUpperUnitName())));
        }
      }
    }
    reports.save(new Report(c.getCampaignId(), c.getId(), "Hội đồng TĐKT " + c.getUpperUnitName(), at,
        c.getOfficialName().replace("\n", " — ") + ": tổ chức " + VietnameseDates.written(c.getHeldOn()) + ", "
            + c.getAttendeeCount() + " người dự, " + chosen.size() + " đại biểu đi dự cấp trên"));
    return chosen;
  }

  /** Sends the campaign's summary to the plan's reporting recipient. */
  public void reportCampaign(Long campaignId, Plan plan, List<? extends ReportedConference> conferences) {
    List<Long> ids = conferences.stream().map(ReportedConference::getId).toList();
    int upper = delegates.findByConferenceIdInOrderById(ids).size();
    String summary = conferences.size() + " conference(s) held: " + conferences.stream()
        .map(c -> c.getUnitName() + " " + c.getHeldOn()).collect(Collectors.joining("; "))
        + ". " + upper + " delegate(s) to upper levels.";
    reports.save(new Report(campaignId, null, plan.reporting().recipient(), vn.thiduaflow.system.EngineClock.now(),
        summary.length() > 4000 ? summary.substring(0, 3997) + "..." : summary));
  }
}
