package vn.thiduaflow.simulation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.thiduaflow.campaign.LowerReport;
import vn.thiduaflow.campaign.LowerReportRepository;
import vn.thiduaflow.conference.AttendanceMode;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.dossier.ConferenceDocumentService;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.nomination.NomineeKind;
import vn.thiduaflow.plan.model.DossierDocument;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.report.ReportService;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Fields;
import vn.thiduaflow.unit.UnitLevel;

/**
 * The office records the conference at 11:00 on its day (a unit the script makes late with its report: 30 days after
 * the report was due, fixed the first time): the attendance, the programme followed, the signed minutes scanned, and
 * the delegates chosen for the congress above.
 */
@Component
class HoldConferenceActor implements ConferenceTaskActor {

  private final ConferenceQueries conferences;
  private final LowerReportRepository lowerReports;
  private final ConferenceDocumentService conferenceDocuments;
  private final NominationRepository nominations;

  HoldConferenceActor(ConferenceQueries conferences, LowerReportRepository lowerReports,
      ConferenceDocumentService conferenceDocuments, NominationRepository nominations) {
    this.conferences = conferences;
    this.lowerReports = lowerReports;
    this.conferenceDocuments = conferenceDocuments;
    this.nominations = nominations;
  }

  @Override
  public String taskKey() {
    return Elements.HOLD_CONFERENCE;
  }

  @Override
  public LocalDateTime when(ConferenceTask task) {
    Conference c = task.conference();
    return task.script().lateReport().contains(task.unit())
        ? task.run().lateHolding(c.getId(), id -> reportDue(task.run(), c).plusDays(30).atTime(11, 0))
        : c.getScheduledOn().atTime(11, 0);
  }

  @Override
  public void complete(ConferenceTask task, TaskForm form) {
    Conference c = task.conference();
    int plenary = c.getStaffCount() + c.getGuestDelegates();
    var cap = conferences.tierOf(c).delegateCap();
    form.put(Fields.ATTENDEE_COUNT, c.getAttendanceMode() == AttendanceMode.PLENARY
        ? (cap.bindsPlenary() ? Math.min(plenary, cap.value()) : plenary) : c.totalDelegates());
    form.put(Fields.PROGRAMME_FOLLOWED, true);
    form.put(Fields.HELD_ON, c.getScheduledOn().toString());
    // the office scans the signed minutes into the task's «Hồ sơ đính kèm» tab
    conferenceDocuments.record(c.getId(), DossierDocument.RESERVED_MINUTES, "bien-ban-hoi-nghi.pdf",
        SignedScan.PDF, "simulation");
    form.put(Fields.UPPER_DELEGATES, upperDelegateChoice(c).toString()); // a JSON array of ids: [12, 15]
    form.describe(": " + c.getOfficialName().replace("\n", " — "));
  }

  /** The day the unit's report is due at the campaign above (its conference is held after it when reporting late). */
  private LocalDate reportDue(SimulationRun run, Conference c) {
    Long above = c.getTier() == Tier.LOWER ? c.getCampaignId()
        : run.campaign(c.getCampaignId()).getParentCampaignId();
    return above == null ? c.getScheduledOn() : lowerReports.findByCampaignIdAndUnitCode(above, c.getUnitCode())
        .map(LowerReport::getDueOn).orElse(c.getScheduledOn());
  }

  /**
   * The scripted office's choice of delegates to the upper-level congress: approved nominees taken in turn from
   * each unit of origin (so every lower unit is represented), up to the numbers the council voted.
   */
  private List<Long> upperDelegateChoice(Conference c) {
    if (!c.programmeItems().contains(ReportService.UPPER_DELEGATES_ITEM)
        || c.getUnitLevel() == UnitLevel.NATION) {
      return List.of();
    }
    Map<String, ArrayDeque<Nomination>> byOrigin = new LinkedHashMap<>();
    for (var n : nominations.findByConferenceIdOrderById(c.getId())) {
      if (Boolean.TRUE.equals(n.getApproved())) {
        byOrigin.computeIfAbsent(n.getOriginUnitCode() == null ? "" : n.getOriginUnitCode(),
            k -> new ArrayDeque<>()).add(n);
      }
    }
    int collectives = c.getUpperCollectives() == null ? 0 : c.getUpperCollectives();
    int individuals = c.getUpperIndividuals() == null ? 0 : c.getUpperIndividuals();
    List<Long> chosen = new ArrayList<>();
    while (!byOrigin.isEmpty()) {
      var it = byOrigin.values().iterator();
      while (it.hasNext()) {
        var queue = it.next();
        var n = queue.poll();
        boolean collective = n.getKind() == NomineeKind.COLLECTIVE;
        if (collective ? collectives-- > 0 : individuals-- > 0) {
          chosen.add(n.getId());
        }
        if (queue.isEmpty()) {
          it.remove();
        }
      }
    }
    return chosen;
  }
}
