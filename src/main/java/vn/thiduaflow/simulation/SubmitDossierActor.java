package vn.thiduaflow.simulation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thiduaflow.calendar.WorkingCalendar;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.dossier.ConferenceDocumentService;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.ScheduleStep;
import vn.thiduaflow.system.ProcessModel.Elements;

/**
 * The secretary uploads a signed scan of every required dossier document on the plan's dossier day, else five days
 * before the dossier deadline (the day before it for a unit the script makes late); again the next morning after a
 * return (the scans replaced).
 */
@Component
class SubmitDossierActor implements ConferenceTaskActor {

  private final ConferenceQueries conferences;
  private final WorkingCalendar calendar;
  private final CouncilDirectory councils;
  private final ConferenceDocumentService conferenceDocuments;

  SubmitDossierActor(ConferenceQueries conferences, WorkingCalendar calendar, CouncilDirectory councils,
      ConferenceDocumentService conferenceDocuments) {
    this.conferences = conferences;
    this.calendar = calendar;
    this.councils = councils;
    this.conferenceDocuments = conferenceDocuments;
  }

  @Override
  public String taskKey() {
    return Elements.SUBMIT_DOSSIER;
  }

  @Override
  public LocalDateTime when(ConferenceTask task) {
    Conference c = task.conference();
    LocalDate deadline = task.plan().dossierDeadlineFor(conferences.tierOf(c)).deadlineFor(c.getScheduledOn(),
        calendar);
    if (task.attempt() > 0) {
      return task.nextMorning();
    }
    return task.script().lateDossier().contains(task.unit()) ? deadline.minusDays(1).atTime(9, 0)
        : task.scheduledOr(ScheduleStep.DOSSIER_PREPARATION, 16, deadline.minusDays(5).atTime(9, 0));
  }

  @Override
  public void complete(ConferenceTask task, TaskForm form) {
    // the secretary uploads a signed scan of every required document (again after a return: replaced)
    int uploaded = uploadDossier(task.plan(), task.conference());
    form.describe(": " + uploaded + " tài liệu");
  }

  /** Uploads a small signed scan (PDF) of each required dossier document as the unit's secretary; how many. */
  private int uploadDossier(Plan plan, Conference c) {
    String secretary;
    try {
      secretary = councils.holder(c.getId(), CouncilRole.UNIT_SECRETARY);
    } catch (IllegalArgumentException nobody) {
      secretary = "simulation";
    }
    List<String> required = plan.dossier().requiredCodes();
    for (String code : required) {
      conferenceDocuments.record(c.getId(), code, code + "-da-ky.pdf", SignedScan.PDF, secretary);
    }
    return required.size();
  }
}
