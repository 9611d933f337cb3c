package vn.thiduaflow.conference;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import vn.thiduaflow.plan.model.DateWindow;
import vn.thiduaflow.plan.model.DeadlineRule;
import vn.thiduaflow.rule.RuleResult;
import vn.thiduaflow.rule.RuleViolationException;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.VietnameseDates;

/**
 * A conference's date after it was scheduled: a reschedule the standing office records, and the chair's decision on a
 * late dossier (reschedule or hold as scheduled). Each new day must lie in the plan's window (inclusive), not be past,
 * come after a fixed dossier date (rule {@code DOSSIER_BEFORE_CONFERENCE}) and keep the tier's order with the plan's
 * outside events at their current dates for the campaign (rule {@code OUTSIDE_EVENT_ORDER}: before the provincial Party
 * congress, say — a date the standing office may have changed since scheduling); against a fixed dossier date the
 * late-dossier "reschedule" is refused, since a new conference day cures nothing. The official name follows the new
 * day. Scheduling itself is {@link ConferenceScheduling}'s, the queries {@link ConferenceQueries}'.
 */
@Service
public class ConferenceDateService {

  private final ConferenceQueries conferences;
  private final ConferenceScheduling scheduling;
  private final ConferenceRules rules;
  private final org.springframework.context.ApplicationEventPublisher events;

  public ConferenceDateService(ConferenceQueries conferences, ConferenceScheduling scheduling, ConferenceRules rules,
      org.springframework.context.ApplicationEventPublisher events) {
    this.conferences = conferences;
    this.scheduling = scheduling;
    this.rules = rules;
    this.events = events;
  }

  /**
   * Moves the conference to another day (the standing office or the chair decides; API
   * {@code POST /api/conferences/{id}/reschedule}). The new day must lie in the conference's window and not before
   * today; a conference already held cannot move. The official name follows the date. Once the day is set,
   * {@link ConferenceRescheduled} is published in the same transaction: the running instance's timers, task due dates,
   * submission due days and task briefs follow it ({@code DeadlineService#moveTimers}); {@code DeadlineService#reschedule}
   * calls this and writes the audit trail.
   *
   * @param reason why, in the words of whoever decided (required, at most 500 characters)
   * @throws InvalidInputException naming the field when the date or the reason is missing or breaks a rule
   * @throws IllegalArgumentException when there is no such conference
   */
  public void reschedule(Long conferenceId, LocalDate newDate, String reason) {
    Conference conference = conferences.get(conferenceId);
    if (conference.getStatus() == ConferenceStatus.HELD || conference.getStatus() == ConferenceStatus.REPORTED) {
      throw InvalidInputException.of("date", "conference.reschedule.alreadyHeld", conference.getHeldOn());
    }
    if (conference.getScheduledOn() == null) {
      throw InvalidInputException.of("date", "conference.reschedule.notScheduled");
    }
    if (newDate == null) {
      throw InvalidInputException.of("date", "conference.reschedule.dateMissing");
    }
    if (newDate.isBefore(EngineClock.today())) {
      throw InvalidInputException.of("date", "conference.reschedule.datePast", newDate, EngineClock.today());
    }
    DateWindow window = conferences.windowOf(conference);
    if (!window.contains(newDate)) {
      throw InvalidInputException.of("date", "conference.reschedule.outsideWindow", newDate, window.from(),
          window.to(), window.clause());
    }
    DeadlineRule dossier = conferences.planOf(conference).dossierDeadlineFor(conferences.tierOf(conference));
    RuleResult beforeDossier = rules.dossierBeforeConference(dossier.fixedDate(), dossier.clause(), newDate);
    // every broken date rule at once: the fixed dossier date and the outside events at their current dates
    java.util.Map<RuleResult, String> broken = new java.util.LinkedHashMap<>();
    if (!beforeDossier.passed()) {
      broken.put(beforeDossier, "date");
    }
    scheduling.outsideEventsBroken(conference, newDate).forEach(r -> broken.put(r, "date"));
    if (!broken.isEmpty()) {
      throw new RuleViolationException(broken);
    }
    if (FormValues.blank(reason) || reason.length() > 500) {
      throw InvalidInputException.of("reason", "conference.reschedule.reasonMissing");
    }
    LocalDate from = conference.getScheduledOn();
    conference.reschedule(newDate, reason.strip());
    scheduling.nameConference(conference, conferences.planOf(conference));
    events.publishEvent(new ConferenceRescheduled(conferenceId, from, newDate));
  }

  /**
   * The chair's decision on a late dossier. A reschedule publishes {@link ConferenceRescheduled}, so what counts from
   * the conference day moves as after {@link #reschedule} (the submissions still open, their timers and briefs).
   *
   * @return true when the conference was rescheduled (to be checked again), false when held as scheduled
   * @throws InvalidInputException when the action is missing, a reschedule has no new date, or holding late has no
   *     reason
   */
  public boolean decideLateDossier(Long conferenceId, LateDossierAction action, LocalDate newDate, String reason) {
    if (action == null) {
      throw InvalidInputException.of("lateDossierAction", "conference.lateDossier.actionMissing");
    }
    Conference conference = conferences.get(conferenceId);
    if (action == LateDossierAction.RESCHEDULE) {
      DeadlineRule dossier = conferences.planOf(conference).dossierDeadlineFor(conferences.tierOf(conference));
      if (dossier.fixedDate() != null) {
        // a fixed dossier date stays where it is whatever day the conference moves to: rescheduling cures nothing and
        // would bring the chair back to this task, round after round
        throw InvalidInputException.of("lateDossierAction", "conference.lateDossier.fixedDossierDate",
            VietnameseDates.day(dossier.fixedDate()), dossier.clause(), dossier.fixedDate());
      }
      if (newDate == null || !newDate.isAfter(conference.getScheduledOn())) {
        throw InvalidInputException.of("newConferenceDate", "conference.lateDossier.dateNotAfter",
            VietnameseDates.day(conference.getScheduledOn()), conference.getScheduledOn());
      }
      DateWindow window = conferences.windowOf(conference);
      if (!window.contains(newDate)) {
        throw InvalidInputException.of("newConferenceDate", "conference.lateDossier.outsideWindow",
            VietnameseDates.day(newDate), VietnameseDates.window(window.from(), window.to()),
            window.clause() == null ? "" : " (" + window.clause() + ")", newDate, window.from(), window.to());
      }
      java.util.Map<RuleResult, String> broken = new java.util.LinkedHashMap<>();
      scheduling.outsideEventsBroken(conference, newDate).forEach(r -> broken.put(r, "newConferenceDate"));
      if (!broken.isEmpty()) {
        throw new RuleViolationException(broken);
      }
      LocalDate from = conference.getScheduledOn();
      conference.reschedule(newDate);
      scheduling.nameConference(conference, conferences.planOf(conference));
      events.publishEvent(new ConferenceRescheduled(conferenceId, from, newDate));
      return true;
    }
    if (FormValues.blank(reason)) {
      throw InvalidInputException.of("lateDossierReason", "conference.lateDossier.reasonMissing");
    }
    conference.setLateDossierReason(reason);
    return false;
  }

}
