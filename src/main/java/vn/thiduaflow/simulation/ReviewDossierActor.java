package vn.thiduaflow.simulation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;
import vn.thiduaflow.calendar.WorkingCalendar;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.dossier.DossierFields;
import vn.thiduaflow.plan.model.GeneratedDraft;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.ScheduleStep;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * The office above reviews the dossier at 15:00 on the last day of the plan's dossier step (10:00 the next morning
 * without one; two days after the deadline for a unit the script makes late) and approves it; a unit the script names
 * has its summary report (else its first document) returned the first time.
 */
@Component
class ReviewDossierActor implements ConferenceTaskActor {

  private final ConferenceQueries conferences;
  private final WorkingCalendar calendar;

  ReviewDossierActor(ConferenceQueries conferences, WorkingCalendar calendar) {
    this.conferences = conferences;
    this.calendar = calendar;
  }

  @Override
  public String taskKey() {
    return Elements.REVIEW_DOSSIER;
  }

  @Override
  public LocalDateTime when(ConferenceTask task) {
    Conference c = task.conference();
    LocalDate deadline = task.plan().dossierDeadlineFor(conferences.tierOf(c)).deadlineFor(c.getScheduledOn(),
        calendar);
    if (task.script().lateDossier().contains(task.unit())) {
      return deadline.plusDays(2).atTime(10, 0);
    }
    return task.plan().scheduled(ScheduleStep.DOSSIER_PREPARATION).map(e -> e.end().atTime(15, 0))
        .orElse(task.created().toLocalDate().plusDays(1).atTime(10, 0));
  }

  @Override
  public void complete(ConferenceTask task, TaskForm form) {
    Plan plan = task.plan();
    boolean ret = task.script().returnedDossier().contains(task.unit()) && task.attempt() == 0;
    form.put(Fields.DOSSIER_DECISION, ret ? "RETURN" : "APPROVE");
    if (ret) {
      var report = plan.dossier().documents().stream()
          .filter(doc -> doc.generated() == GeneratedDraft.SUMMARY_REPORT).findFirst()
          .orElse(plan.dossier().documents().get(0));
      form.put(DossierFields.DOCUMENT_REVIEW, "[{\"code\":\"" + report.code()
          + "\",\"verdict\":\"NEEDS_REVISION\",\"reason\":\"Thiếu số liệu khen thưởng 5 năm; đề nghị bổ sung\"}]");
      form.put(Fields.RETURN_REASON, "Báo cáo tổng kết thiếu số liệu khen thưởng 5 năm; đề nghị bổ sung");
      form.describe(": TRẢ LẠI («" + report.title() + "» cần sửa)");
    } else {
      form.describe(": CHẤP THUẬN");
    }
  }
}
