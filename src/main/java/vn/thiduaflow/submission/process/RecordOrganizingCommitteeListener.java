package vn.thiduaflow.submission.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.UnitAccess;
import vn.thiduaflow.submission.OrganizingCommitteeService;
import vn.thiduaflow.submission.SubmissionForms;
import vn.thiduaflow.system.FormLists;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * On completing UserTask_EstablishOrganizingCommittee: stores the committee the standing office sent
 * ({@link OrganizingCommitteeService#record}); a wrong one is refused with every problem, each member's named by their
 * place in the form ("Người thứ 2 — Chức danh: …"), and nothing is kept. The form's values are taken out of the
 * process.
 */
@Component("recordOrganizingCommitteeListener")
class RecordOrganizingCommitteeListener implements TaskListener {

  private static final Map<String, String> LABELS = Map.of("fullName", "Họ và tên", "role", "Chức danh",
      "subCommittee", "Tiểu ban");

  private final OrganizingCommitteeService committees;
  private final UnitAccess access;

  RecordOrganizingCommitteeListener(OrganizingCommitteeService committees, UnitAccess access) {
    this.committees = committees;
    this.access = access;
  }

  @Override
  public void notify(DelegateTask task) {
    Object members = FormLists.take(task, Fields.COMMITTEE_MEMBERS, "Danh sách Ban Tổ chức", "the committee list")
        .map(FormLists.Sent::value).orElse(null);
    Object number = FormLists.take(task, Fields.DECISION_NUMBER, "Số Quyết định", "the decision's number")
        .map(FormLists.Sent::value).orElse(null);
    Object date = FormLists.take(task, Fields.DECISION_DATE, "Ngày ký Quyết định", "the decision's date")
        .map(FormLists.Sent::value).orElse(null);
    FormLists.take(task, SubmissionForms.COMMITTEE_RULE, "Yêu cầu", "the rule");
    try {
      var decision = new OrganizingCommitteeService.Decision(number == null ? null : number.toString(),
          FormValues.dateOf(Fields.DECISION_DATE, date), OrganizingCommitteeService.fromForm(members));
      committees.record(ProcessIds.conferenceId(task), decision, access.userId());
    } catch (InvalidInputException e) {
      throw FormLists.named(e, Fields.COMMITTEE_MEMBERS, "Người", "Person", LABELS);
    }
  }
}
