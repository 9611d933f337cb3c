package vn.thiduaflow.simulation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.thiduaflow.dossier.ConferenceDocumentService;
import vn.thiduaflow.submission.SubmissionService;
import vn.thiduaflow.system.ProcessModel;
import vn.thiduaflow.system.ProcessModel.Elements;

/**
 * Issue 22: the secretary sends each submission of the plan (a signed scan of each of its documents not yet uploaded)
 * the next morning, or on its due day if that comes first; a unit the script makes late with its nominations is late
 * with these too (3 days after the due day).
 */
@Component
class SendSubmissionActor implements ConferenceTaskActor {

  private final TaskService taskService;
  private final SubmissionService submissions;
  private final ConferenceDocumentService conferenceDocuments;

  SendSubmissionActor(TaskService taskService, SubmissionService submissions,
      ConferenceDocumentService conferenceDocuments) {
    this.taskService = taskService;
    this.submissions = submissions;
    this.conferenceDocuments = conferenceDocuments;
  }

  @Override
  public String taskKey() {
    return Elements.SEND_SUBMISSION;
  }

  @Override
  public LocalDateTime when(ConferenceTask task) {
    LocalDate due = submissions.dueDay(task.conference().getId(), submissionCode(task));
    LocalDateTime next = task.nextMorning();
    return task.script().lateNominations().contains(task.unit()) ? due.plusDays(3).atTime(9, 0)
        : next.isAfter(due.atTime(9, 0)) ? due.atTime(9, 0) : next;
  }

  @Override
  public void complete(ConferenceTask task, TaskForm form) {
    Long conferenceId = task.conference().getId();
    String code = submissionCode(task);
    var rule = submissions.rule(conferenceId, code);
    for (String doc : rule.requiredCodes()) {
      if (conferenceDocuments.missing(conferenceId, List.of(doc)).isEmpty()) {
        continue; // the committee's decision, uploaded with the committee
      }
      conferenceDocuments.record(conferenceId, doc, doc + "-da-ky.pdf", SignedScan.PDF, "simulation");
    }
    form.describe(" (hạn " + submissions.dueDay(conferenceId, code) + ")");
  }

  private String submissionCode(ConferenceTask task) {
    return (String) taskService.getVariable(task.task().getId(), ProcessModel.Vars.SUBMISSION_CODE);
  }
}
