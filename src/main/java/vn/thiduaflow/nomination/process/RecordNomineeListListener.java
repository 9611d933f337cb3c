package vn.thiduaflow.nomination.process;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.nomination.NominatingUnits;
import vn.thiduaflow.nomination.NomineeListService;
import vn.thiduaflow.system.FormLists;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * On completing UserTask_SubmitNominations, before the conference records the date sent
 * ({@code recordNominationsListener}): stores the nominee list the secretary entered in the form (its dynamic list
 * {@code nominees}), checked row by row against the plan's rules ({@link NomineeListService}: every wrong row and
 * field at once, e.g. "Đề cử thứ 3 — Họ và tên: …"; nothing is stored and the task stays open). A submission without
 * the list (a client of the API that sent it with {@code PUT /api/conferences/{id}/nominees} or as a file) keeps the
 * list as it is; so does a list sent back unchanged.
 */
@Component("recordNomineeListListener")
class RecordNomineeListListener implements TaskListener {

  /** The form's labels of the list's fields, for messages the secretary reads beside the form. */
  private static final Map<String, String> LABELS = Map.of("name", "Họ và tên / Tên tập thể", "kind",
      "Cá nhân / Tập thể", "title", "Danh hiệu đề nghị", "recognizedYear", "Năm được công nhận", "source",
      "Nguồn đề cử", "unitCode", "Mã đơn vị công tác", "position", "Chức vụ, đơn vị công tác", "achievementSummary",
      "Tóm tắt thành tích");

  private final NomineeListService nominees;
  private final NominatingUnits units;

  RecordNomineeListListener(NomineeListService nominees, NominatingUnits units) {
    this.nominees = nominees;
    this.units = units;
  }

  @Override
  public void notify(DelegateTask task) {
    Long conferenceId = ProcessIds.conferenceId(task);
    FormLists.take(task, Fields.NOMINEES, "Danh sách đề cử", "the nominee list")
        .ifPresent(sent -> store(task, conferenceId, sent.value()));
  }

  private void store(DelegateTask task, Long conferenceId, Object sent) {
    try {
      List<NomineeListService.Entry> entries = NomineeListService.fromForm(sent);
      if (NomineeListService.sameRows(entries, NomineeListService.fromForm(nominees.formRows(conferenceId)))) {
        return; // sent back as it was shown: nothing to store, nothing to audit
      }
      var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      nominees.replace(units.nominatingUnit(conferenceId), entries, authentication == null ? "system"
          : authentication.getUserId());
    } catch (InvalidInputException e) {
      throw readable(e);
    }
  }

  /** The same problems, each named by the nominee's place in the form and the field's label. */
  static InvalidInputException readable(InvalidInputException e) {
    return FormLists.named(e, Fields.NOMINEES, "Đề cử", "Nominee", LABELS);
  }
}
