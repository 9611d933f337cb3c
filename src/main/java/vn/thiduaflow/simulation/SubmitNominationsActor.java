package vn.thiduaflow.simulation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import vn.thiduaflow.calendar.WorkingCalendar;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.nomination.NomineeKind;
import vn.thiduaflow.plan.PlanCatalog;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.ScheduleStep;
import vn.thiduaflow.system.FormLists;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Fields;
import vn.thiduaflow.unit.AdministrativeUnit;

/**
 * The secretary sends the nominee list on the plan's nomination day, else two days before the nomination deadline (3
 * days after it for a unit the script makes late). Issue 22: the first time, the secretary of an organization with a
 * vertical line sends its list with one person of its sector in a district or commune as the unit of origin.
 */
@Component
class SubmitNominationsActor implements ConferenceTaskActor {

  private final ConferenceQueries conferences;
  private final WorkingCalendar calendar;
  private final PlanCatalog plans;
  private final NominationRepository nominations;

  SubmitNominationsActor(ConferenceQueries conferences, WorkingCalendar calendar, PlanCatalog plans,
      NominationRepository nominations) {
    this.conferences = conferences;
    this.calendar = calendar;
    this.plans = plans;
    this.nominations = nominations;
  }

  @Override
  public String taskKey() {
    return Elements.SUBMIT_NOMINATIONS;
  }

  @Override
  public LocalDateTime when(ConferenceTask task) {
    Conference c = task.conference();
    LocalDate deadline = task.plan().nominationDeadlineFor(conferences.tierOf(c)).deadlineFor(c.getScheduledOn(),
        calendar);
    return task.script().lateNominations().contains(task.unit()) ? deadline.plusDays(3).atTime(9, 0)
        : task.scheduledOr(ScheduleStep.NOMINATION_SUBMISSION, 9, deadline.minusDays(2).atTime(9, 0));
  }

  @Override
  public void complete(ConferenceTask task, TaskForm form) {
    form.put(Fields.NOMINATIONS_SENT, true);
    if (task.attempt() == 0) {
      // issue 22: a department with a vertical line nominates one person of its sector in a district or commune
      var origin = verticalLineOrigin(task);
      if (origin.isPresent()) {
        form.put(Fields.NOMINEES, nomineeRowsWithOrigin(task.conference(), origin.get().code()));
        form.describe(": 1 cá nhân đề cử từ hệ thống dọc — " + origin.get().name());
      }
    }
  }

  /**
   * The scripted nominee source's origin from a vertical line (issue 22): when the conference's unit is an
   * organization with a {@code verticalLine}, the first administrative unit of a level the line reaches, inside the
   * organization's administrative parent — the units the top plan names first (its lower and level selections),
   * then the unit list's order — that {@link PlanCatalog#originWithin} accepts for the organization; empty otherwise.
   */
  private Optional<AdministrativeUnit> verticalLineOrigin(ConferenceTask task) {
    Conference c = task.conference();
    Plan plan = task.plan();
    var org = plan.organizations().stream().filter(o -> o.code().equals(c.getUnitCode())).findFirst();
    if (org.isEmpty() || org.get().verticalLine() == null) {
      return Optional.empty();
    }
    String parent = org.get().parent();
    for (int i = 0; i < 12; i++) {
      String current = parent;
      var above = plan.organizations().stream().filter(o -> o.code().equals(current)).findFirst();
      if (above.isEmpty()) {
        break;
      }
      parent = above.get().parent();
    }
    Set<String> named = new HashSet<>();
    for (Plan p : List.of(task.run().rootPlan(), plan)) {
      if (p.lowerConferences() != null && p.lowerConferences().units() != null) {
        named.addAll(p.lowerConferences().units().unitCodes());
      }
      p.levels().values().stream().filter(l -> l.conference().units() != null)
          .forEach(l -> named.addAll(l.conference().units().unitCodes()));
    }
    var levels = org.get().verticalLine().levels();
    ArrayDeque<String> queue = new ArrayDeque<>(List.of(parent));
    while (!queue.isEmpty()) {
      var unit = plans.unitOf(plan, queue.poll());
      if (unit.isEmpty()) {
        continue;
      }
      if (levels.contains(unit.get().level())
          && plans.originWithin(plan, unit.get().code(), c.getUnitCode()).isPresent()) {
        return unit;
      }
      List<String> children = new ArrayList<>(unit.get().childCodes());
      children.sort(Comparator.comparing(code -> !named.contains(code))); // the plan's own units first
      children.forEach(queue::add);
    }
    return Optional.empty();
  }

  /**
   * The nominations form's list ({@code nominees}, the rows of {@link vn.thiduaflow.nomination.NomineeListService}):
   * the unit's own nominees as they stand, the first individual given {@code originCode} as its unit of work, so the
   * plan's rules check that origin when the form is sent. A Json value, as the form sends it (long lists are kept
   * whole).
   */
  private TypedValue nomineeRowsWithOrigin(Conference c, String originCode) {
    List<Map<String, Object>> rows = new ArrayList<>();
    boolean given = false;
    for (Nomination n : nominations.findByConferenceIdOrderById(c.getId())) {
      if (n.getFromDelegateId() != null) {
        continue;
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", n.getNomineeName());
      row.put("kind", n.getKind().name());
      row.put("title", n.getTitle().name());
      row.put("recognizedYear", n.getRecognizedYear());
      row.put("source", n.getSource() == null ? null : n.getSource().name());
      boolean here = !given && n.getKind() == NomineeKind.INDIVIDUAL;
      row.put("unitCode", here ? originCode : n.getOriginUnitCode());
      row.put("position", n.getPosition());
      row.put("achievementSummary", n.getAchievementSummary());
      given |= here;
      rows.add(row);
    }
    return FormLists.json(rows);
  }
}
