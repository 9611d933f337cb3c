package vn.thiduaflow.simulation;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thiduaflow.dossier.ConferenceDocumentService;
import vn.thiduaflow.plan.model.OrganizingCommitteeRule;
import vn.thiduaflow.plan.model.SubmissionRule;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * Issue 22: the office sets up the organizing committee the next morning: it scans the signed decision into the
 * task's tab and lists a head and a member for each sub-committee the plan requires.
 */
@Component
class EstablishOrganizingCommitteeActor implements ConferenceTaskActor {

  private final ConferenceDocumentService conferenceDocuments;

  EstablishOrganizingCommitteeActor(ConferenceDocumentService conferenceDocuments) {
    this.conferenceDocuments = conferenceDocuments;
  }

  @Override
  public String taskKey() {
    return Elements.ESTABLISH_ORGANIZING_COMMITTEE;
  }

  @Override
  public LocalDateTime when(ConferenceTask task) {
    return task.nextMorning();
  }

  @Override
  public void complete(ConferenceTask task, TaskForm form) {
    conferenceDocuments.record(task.conference().getId(), SubmissionRule.COMMITTEE_DECISION,
        "quyet-dinh-thanh-lap-ban-to-chuc.pdf", SignedScan.PDF, "simulation");
    StringBuilder members = new StringBuilder("[{\"fullName\":\"Trưởng ban (mô phỏng)\",\"role\":\"HEAD\","
        + "\"subCommittee\":\"NONE\"}");
    var rule = task.plan().organizingCommittee();
    for (var sub : rule == null ? List.<OrganizingCommitteeRule.SubCommittee>of() : rule.subCommittees()) {
      members.append(",{\"fullName\":\"Thành viên ").append(sub.label()).append(" (mô phỏng)\",\"role\":"
          + "\"MEMBER\",\"subCommittee\":\"").append(sub.name()).append("\"}");
    }
    form.put(Fields.COMMITTEE_MEMBERS, members.append("]").toString());
    form.put(Fields.DECISION_NUMBER, "01/QĐ-UBND");
    form.put(Fields.DECISION_DATE, EngineClock.today().toString());
  }
}
