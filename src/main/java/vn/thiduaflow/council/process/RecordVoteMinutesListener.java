package vn.thiduaflow.council.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.council.BallotService;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * On completing UserTask_SignVoteMinutes: the chair or the standing office confirms that the result was announced and
 * the minutes of the count signed (biên bản kiểm phiếu); audited with who and when.
 *
 * @throws InvalidInputException (field {@value Fields#MINUTES_SIGNED}) when it is not confirmed
 */
@Component("recordVoteMinutesListener")
class RecordVoteMinutesListener implements TaskListener {

  private final BallotService ballots;

  RecordVoteMinutesListener(BallotService ballots) {
    this.ballots = ballots;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!FormValues.of(task.getExecution()).flag(Fields.MINUTES_SIGNED)) {
      throw new InvalidInputException(Fields.MINUTES_SIGNED, "Cần xác nhận đã công bố kết quả và ký biên bản kiểm"
          + " phiếu", "confirm that the result was announced and the minutes signed");
    }
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    ballots.minutesSigned(ProcessIds.conferenceId(task), authentication == null ? "system" : authentication.getUserId());
  }
}
