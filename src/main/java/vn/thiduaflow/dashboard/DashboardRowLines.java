package vn.thiduaflow.dashboard;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.dashboard.CampaignDashboard.CommitteeLine;
import vn.thiduaflow.dashboard.CampaignDashboard.DutyLine;
import vn.thiduaflow.dashboard.CampaignDashboard.SubmissionLine;
import vn.thiduaflow.system.VietnameseDates;

/**
 * What a dashboard row shows besides the conference itself, for a page of conferences at once ({@link
 * CampaignDashboard#page}): the submissions with their escalation state, the duties, the supervisor and the
 * organizing committee — one query each over the page's conference ids, none for an empty page.
 */
@Component
@Transactional(readOnly = true)
class DashboardRowLines {

  private final EntityManager em;

  DashboardRowLines(EntityManager em) {
    this.em = em;
  }

  /**
   * The page's submissions with whether their escalation is still open: one query over the page's conferences
   * (index {@code ix_conference_submission_conference}, V16), one for their escalations by primary key (none when no
   * submission of the page was escalated).
   */
  Map<Long, List<SubmissionLine>> submissionLines(List<Long> conferenceIds) {
    if (conferenceIds.isEmpty()) {
      return Map.of();
    }
    LocalDate today = vn.thiduaflow.system.EngineClock.today();
    Map<Long, List<SubmissionLine>> lines = new java.util.HashMap<>();
    List<vn.thiduaflow.submission.ConferenceSubmission> rows = em.createQuery("select s from ConferenceSubmission s "
        + "where s.conferenceId in :ids order by s.conferenceId, s.id", vn.thiduaflow.submission.ConferenceSubmission.class)
        .setParameter("ids", conferenceIds).getResultList();
    List<Long> escalationIds = rows.stream().map(vn.thiduaflow.submission.ConferenceSubmission::getEscalationId)
        .filter(java.util.Objects::nonNull).toList();
    Set<Long> open = escalationIds.isEmpty() ? Set.of() : Set.copyOf(em.createQuery("select e.id from Escalation e "
        + "where e.id in :ids and e.resolvedAt is null", Long.class).setParameter("ids", escalationIds).getResultList());
    for (var s : rows) {
      boolean escalated = s.getEscalationId() != null && open.contains(s.getEscalationId());
      boolean late = s.getDueOn() != null && (s.sent() ? s.getSentAt().toLocalDate().isAfter(s.getDueOn())
          : today.isAfter(s.getDueOn()));
      String state = s.sent() ? "Đã gửi " + VietnameseDates.minute(s.getSentAt()) + (late ? " (quá hạn)" : "")
          : escalated ? "Quá hạn — đã báo cáo Chủ tịch Hội đồng" : late ? "Quá hạn, chưa gửi" : "Chưa gửi";
      lines.computeIfAbsent(s.getConferenceId(), k -> new ArrayList<>()).add(new SubmissionLine(s.getCode(),
          s.getTitle(), s.getRecipient(), s.getDueOn(), s.getSentAt(), s.getSentBy(), late, escalated, state));
    }
    return lines;
  }

  /** The page's duties with their state on the engine's today (one query, index {@code ix_conference_duty_conference}). */
  Map<Long, List<DutyLine>> dutyLines(List<Long> conferenceIds) {
    if (conferenceIds.isEmpty()) {
      return Map.of();
    }
    LocalDate today = vn.thiduaflow.system.EngineClock.today();
    Map<Long, List<DutyLine>> lines = new java.util.HashMap<>();
    for (var d : em.createQuery("select d from ConferenceDuty d where d.conferenceId in :ids "
        + "order by d.conferenceId, d.id", vn.thiduaflow.submission.ConferenceDuty.class)
        .setParameter("ids", conferenceIds).getResultList()) {
      var state = d.stateOn(today);
      lines.computeIfAbsent(d.getConferenceId(), k -> new ArrayList<>()).add(new DutyLine(d.getCode(), d.getTitle(),
          d.getHolderLabel(), d.getDueOn(), d.getDoneAt(), state.name(), state.label()));
    }
    return lines;
  }

  /** The page's supervisors: "<full name> (<username>)" (one query by primary key). */
  Map<Long, String> supervisors(List<Long> conferenceIds) {
    if (conferenceIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, String> names = new java.util.HashMap<>();
    for (var s : em.createQuery("select s from ConferenceSupervisor s where s.conferenceId in :ids",
        vn.thiduaflow.submission.ConferenceSupervisor.class).setParameter("ids", conferenceIds).getResultList()) {
      names.put(s.getConferenceId(), s.getFullName() + " (" + s.getUsername() + ")");
    }
    return names;
  }

  /** The page's recorded organizing committees, decision only (one query by primary key; members not loaded). */
  Map<Long, CommitteeLine> committees(List<Long> conferenceIds) {
    if (conferenceIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, CommitteeLine> recorded = new java.util.HashMap<>();
    for (Object[] r : em.createQuery("select k.conferenceId, k.decisionNumber, k.decisionDate "
        + "from OrganizingCommittee k where k.conferenceId in :ids", Object[].class).setParameter("ids", conferenceIds)
        .getResultList()) {
      recorded.put((Long) r[0], new CommitteeLine(false, true, (String) r[1], (LocalDate) r[2]));
    }
    return recorded;
  }

  /**
   * The row's committee: whether the plan requires it (from the plan: the same for a campaign's tier and level), and
   * the decision if recorded.
   */
  static CommitteeLine committeeOf(Conference conf, CommitteeLine recorded, boolean required) {
    if (recorded == null) {
      return required ? new CommitteeLine(true, false, null, null) : null;
    }
    return new CommitteeLine(required, true, recorded.decisionNumber(), recorded.decisionDate());
  }
}
