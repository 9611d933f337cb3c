package vn.thiduaflow.simulation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thiduaflow.campaign.LowerReport;
import vn.thiduaflow.campaign.LowerReportRepository;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.conference.ConferenceScheduling;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.ScheduleStep;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.simulation.SimulationResult.WindowProbe;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * The office schedules its conference on the plan's distribution day (the next morning without one): the first try is
 * the day before the window opens (issue 22, refused with rule DATE_IN_WINDOW; kept as a window probe), a unit the
 * script names then tries a day after the window, a tier bound to an outside event the nearest day on its wrong side,
 * and then the scripted date.
 */
@Component
class ScheduleConferenceActor implements ConferenceTaskActor {

  private final ConferenceQueries conferences;
  private final ConferenceScheduling scheduling;
  private final LowerReportRepository lowerReports;

  ScheduleConferenceActor(ConferenceQueries conferences, ConferenceScheduling scheduling,
      LowerReportRepository lowerReports) {
    this.conferences = conferences;
    this.scheduling = scheduling;
    this.lowerReports = lowerReports;
  }

  @Override
  public String taskKey() {
    return Elements.SCHEDULE_CONFERENCE;
  }

  /** The try of the day before the window and the next one are made together (issue 22). */
  @Override
  public LocalDateTime when(ConferenceTask task) {
    return task.attempt() <= 1 ? task.scheduledOr(ScheduleStep.PLAN_DISTRIBUTION, 9, task.nextMorning())
        : task.nextMorning();
  }

  @Override
  public void complete(ConferenceTask task, TaskForm form) {
    Conference c = task.conference();
    int attempt = task.attempt();
    var tier = conferences.tierOf(c);
    LocalDate date = keepOutsideEventOrder(c, conferenceDate(task.plan(), c));
    boolean wrongDate = task.script().wrongDateFirst().contains(task.unit());
    if (attempt == 0) {
      // issue 22 ("the simulation also tries a date before each window opens"): the first try is the day before
      // the conference's window opens, refused with rule DATE_IN_WINDOW; the actor then goes on as scripted
      date = conferences.windowOf(c).from().minusDays(1);
      form.probe(new WindowProbe(EngineClock.now(), c.getId(), c.getUnitName(), conferences.windowOf(c), date, null));
      form.describe(" (thử ngày trước khi mở thời gian tổ chức)");
    } else if (wrongDate && attempt == 1) {
      date = conferences.windowOf(c).to().plusDays(10);
    } else if (attempt == (wrongDate ? 2 : 1)) {
      // a tier held before (or after) an outside event first tries the nearest day on the wrong side: refused
      // with rule OUTSIDE_EVENT_ORDER, then the day kept on the right side
      date = wrongSideOfOutsideEvent(c, date).orElse(date);
    }
    form.put(Fields.CONFERENCE_FORM, tier.forms().get(0).name());
    form.put(Fields.CONFERENCE_DATE, date.toString());
    if (tier.edition() == null) {
      form.put(Fields.EDITION, "III");
    }
    form.describe(": " + tier.forms().get(0).label() + ", ngày " + date);
  }

  /**
   * The day of the conference's window nearest to {@code date} (earlier days first) that keeps its tier's order with
   * the plan's outside events at their current dates ({@code relativeTo}: before the provincial Party congress…);
   * {@code date} itself when it does or the tier has no such rule.
   */
  private LocalDate keepOutsideEventOrder(Conference c, LocalDate date) {
    return nearestDay(c, date, true).orElse(date);
  }

  /** The day of the window nearest to {@code date} that breaks an outside-event rule of the tier, if there is one. */
  private Optional<LocalDate> wrongSideOfOutsideEvent(Conference c, LocalDate date) {
    return nearestDay(c, date, false);
  }

  private Optional<LocalDate> nearestDay(Conference c, LocalDate date, boolean keeping) {
    if (conferences.tierOf(c).relativeTo().isEmpty()) {
      return Optional.empty();
    }
    var window = conferences.windowOf(c);
    long span = ChronoUnit.DAYS.between(window.from(), window.to());
    for (long d = 0; d <= span; d++) {
      for (LocalDate day : d == 0 ? List.of(date) : List.of(date.minusDays(d), date.plusDays(d))) {
        if (window.contains(day) && scheduling.outsideEventsBroken(c, day).isEmpty() == keeping) {
          return Optional.of(day);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The scripted date: the plan's dated schedule, else spread through the window with enough lead time. A unit whose
   * nominees come from below schedules when its campaign opens, as an office would: after the day its lower units'
   * reports are due, with the same lead time.
   */
  private LocalDate conferenceDate(Plan plan, Conference c) {
    var scheduled = plan.scheduled(ScheduleStep.CONFERENCE);
    if (scheduled.isPresent() && c.getTier() == Tier.OWN) {
      return scheduled.get().from();
    }
    var window = conferences.windowOf(c);
    int index = (int) (c.getId() % 8);
    LocalDate date = window.from().plusDays(c.isPilot() ? 20 : 35 + 4L * index);
    LocalDate from = EngineClock.today();
    if (c.isAwaitsLowerDelegates()) {
      from = lowerReports.findByCampaignIdOrderById(c.getCampaignId()).stream().map(LowerReport::getDueOn)
          .max(LocalDate::compareTo).filter(from::isBefore).orElse(from);
    }
    LocalDate earliest = from.plusDays(35);
    if (date.isBefore(earliest)) {
      date = earliest;
    }
    LocalDate latest = window.to().minusDays(8).isBefore(window.from()) ? window.from() : window.to().minusDays(8);
    return date.isAfter(latest) ? latest : date;
  }
}
