package vn.thiduaflow.dashboard;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.calendar.CalendarYearMissingException;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceStatus;
import vn.thiduaflow.dashboard.CampaignDashboard.CommitteeLine;
import vn.thiduaflow.dashboard.CampaignDashboard.DocumentLink;
import vn.thiduaflow.dashboard.CampaignDashboard.DutyLine;
import vn.thiduaflow.dashboard.CampaignDashboard.Row;
import vn.thiduaflow.dashboard.CampaignDashboard.SubmissionLine;
import vn.thiduaflow.dashboard.CampaignDashboard.Viewer;
import vn.thiduaflow.deadline.DeadlineKind;
import vn.thiduaflow.deadline.DeadlineService;
import vn.thiduaflow.deadline.Escalation;
import vn.thiduaflow.document.DocumentLinks;
import vn.thiduaflow.submission.SubmissionService;
import vn.thiduaflow.system.VietnameseDates;

/**
 * A dashboard page's rows ({@link Row}) from its conferences: the stage's next deadline from the plan
 * ({@link DeadlineService#dueDays}), the open escalations, whether the unit's instance still runs, the documents the
 * viewer may download, and the lines of {@link DashboardRowLines} — a query per kind over the whole page, none per
 * row, and whether the plan requires an organizing committee once per campaign, tier and level.
 */
@Component
@Transactional(readOnly = true)
class DashboardRows {

  private final EntityManager em;
  private final DeadlineService deadlines;
  private final DocumentLinks links;
  private final RuntimeService runtime;
  private final SubmissionService submissions;
  private final DashboardRowLines rowLines;

  DashboardRows(EntityManager em, DeadlineService deadlines, DocumentLinks links, RuntimeService runtime,
      SubmissionService submissions, DashboardRowLines rowLines) {
    this.em = em;
    this.deadlines = deadlines;
    this.links = links;
    this.runtime = runtime;
    this.submissions = submissions;
    this.rowLines = rowLines;
  }

  /**
   * The rows of the page's conferences, in their order.
   *
   * @param campaignInstances the process instance of each campaign of the chain, by campaign id
   */
  List<Row> rows(List<Conference> conferences, Viewer viewer, Map<Long, String> campaignInstances) {
    List<Long> pageIds = conferences.stream().map(Conference::getId).toList();
    Map<Long, List<String>> open = openEscalations(pageIds);
    Map<Long, List<SubmissionLine>> sent = rowLines.submissionLines(pageIds);
    Map<Long, CommitteeLine> recorded = rowLines.committees(pageIds);
    Map<String, Boolean> committeeRequired = new HashMap<>(); // per campaign, tier and level, not per row
    Map<Long, List<DutyLine>> duties = rowLines.dutyLines(pageIds);
    Map<Long, String> supervisors = rowLines.supervisors(pageIds);
    Set<String> running = running(conferences);
    List<Row> rows = new ArrayList<>();
    for (Conference conf : conferences) {
      Stage stage = Stage.of(conf.getStatus());
      DeadlineKind kind = conf.getStatus() == ConferenceStatus.REPORTED ? null : stage.deadline();
      LocalDate due = null;
      if (kind != null) {
        try {
          due = deadlines.dueDays(conf.getId()).get(kind);
        } catch (CalendarYearMissingException e) {
          due = null; // a deadline in a year without configured holidays: shown as unknown, not as a broken page
        }
      }
      rows.add(new Row(conf.getId(), conf.getUnitCode(), conf.getUnitName(), conf.getUnitLevel(), stage,
          conf.getStatus(), conf.getScheduledOn(), due == null ? null : kind.label(), due,
          open.getOrDefault(conf.getId(), List.of()), conf.getProcessInstanceId(),
          campaignInstances.get(conf.getCampaignId()),
          conf.getProcessInstanceId() != null && running.contains(conf.getProcessInstanceId()),
          DocumentLinks.readable(conf, viewer.groupIds()).stream()
              .map(d -> new DocumentLink(d.name(), d.title(), links.path(conf.getId(), d))).toList(),
          sent.getOrDefault(conf.getId(), List.of()),
          DashboardRowLines.committeeOf(conf, recorded.get(conf.getId()),
              committeeRequired.computeIfAbsent(conf.getCampaignId() + "/" + conf.getTier() + "/" + conf.getUnitLevel(),
                  k -> submissions.committeeRequired(conf))),
          duties.getOrDefault(conf.getId(), List.of()), supervisors.get(conf.getId())));
    }
    return rows;
  }

  /** The page's instances that still run (one query). */
  private Set<String> running(List<Conference> conferences) {
    Set<String> ids = conferences.stream().map(Conference::getProcessInstanceId).filter(Objects::nonNull)
        .collect(Collectors.toSet());
    if (ids.isEmpty()) {
      return Set.of();
    }
    return runtime.createProcessInstanceQuery().processInstanceIds(ids).list().stream()
        .map(ProcessInstance::getId).collect(Collectors.toSet());
  }

  /** Each conference's open escalations, "<deadline> (hạn dd/MM/yyyy)", by due day. */
  private Map<Long, List<String>> openEscalations(List<Long> conferenceIds) {
    if (conferenceIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select e from Escalation e where e.conferenceId in :ids and e.resolvedAt is null "
            + "order by e.dueOn", Escalation.class).setParameter("ids", conferenceIds).getResultList().stream()
        .collect(Collectors.groupingBy(Escalation::getConferenceId,
            Collectors.mapping(e -> e.getDeadline().label() + " (hạn " + VietnameseDates.day(e.getDueOn()) + ")",
                Collectors.toList())));
  }
}
