package vn.thiduaflow.simulation;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import vn.thiduaflow.council.BallotService;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.plan.model.ScheduleStep;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * Each voting member marks the ballot at 14:00 on the plan's council-vote day (the task's day without one), agreeing
 * with every nominee; in a unit the script names, the second half of the council rejects every one in the first round.
 */
@Component
class VoteOnNomineesActor implements ConferenceTaskActor {

  private final CouncilDirectory councils;
  private final BallotService ballots;

  VoteOnNomineesActor(CouncilDirectory councils, BallotService ballots) {
    this.councils = councils;
    this.ballots = ballots;
  }

  @Override
  public String taskKey() {
    return Elements.VOTE_ON_NOMINEES;
  }

  @Override
  public LocalDateTime when(ConferenceTask task) {
    return task.scheduledOr(ScheduleStep.COUNCIL_VOTE, 14, task.created().toLocalDate().atTime(14, 0));
  }

  @Override
  public void complete(ConferenceTask task, TaskForm form) {
    var c = task.conference();
    String assignee = task.task().getAssignee();
    List<String> members = councils.votingMembers(c.getId());
    boolean reject = task.script().failedVoteFirst().contains(task.unit()) && c.getVoteRound() == 1
        && members.indexOf(assignee) >= members.size() / 2 - 1;
    // a mark per nominee of the ballot: agree with every one, or (scripted) with none
    int nominees = ballots.blankBallot(c.getId()).size();
    form.put(Fields.BALLOT, IntStream.range(0, nominees)
        .mapToObj(i -> reject ? "{\"choice\":\"REJECT\"}" : "{\"choice\":\"APPROVE\"}")
        .collect(Collectors.joining(",", "[", "]")));
    form.describe(" (" + assignee + ")");
  }
}
