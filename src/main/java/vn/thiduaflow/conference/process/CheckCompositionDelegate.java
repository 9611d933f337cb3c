package vn.thiduaflow.conference.process;

import vn.thiduaflow.system.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.ConferenceService;
import vn.thiduaflow.nomination.NomineeListService;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * ServiceTask_CheckComposition: cap, exemplar share, presidium, quota, presentations, programme; sets
 * {@code compositionValid}, and when it passed the {@code proposal} the members' vote forms show.
 */
@Component("checkCompositionDelegate")
class CheckCompositionDelegate implements JavaDelegate {

  private final ConferenceService conferences;
  private final NomineeListService nominees;

  CheckCompositionDelegate(ConferenceService conferences, NomineeListService nominees) {
    this.conferences = conferences;
    this.nominees = nominees;
  }

  /** "100 đại biểu điển hình tiên tiến và 40 khách mời (140 người); Đoàn Chủ tịch 9 người, 3 điển hình; …". */
  static String composition(vn.thiduaflow.conference.Conference c) {
    int exemplars = c.getExemplarDelegates() == null ? 0 : c.getExemplarDelegates();
    int guests = c.getGuestDelegates() == null ? 0 : c.getGuestDelegates();
    StringBuilder s = new StringBuilder(exemplars + " đại biểu điển hình tiên tiến và " + guests + " khách mời ("
        + (exemplars + guests) + " người)");
    if (c.getPresidiumSize() != null && c.getPresidiumSize() > 0) {
      s.append("; Đoàn Chủ tịch ").append(c.getPresidiumSize()).append(" người, ")
          .append(c.getPresidiumExemplars() == null ? 0 : c.getPresidiumExemplars()).append(" điển hình");
    }
    int upCollectives = c.getUpperCollectives() == null ? 0 : c.getUpperCollectives();
    int upIndividuals = c.getUpperIndividuals() == null ? 0 : c.getUpperIndividuals();
    if (upCollectives + upIndividuals > 0) {
      s.append("; đại biểu đi dự cấp trên: ").append(upCollectives).append(" tập thể, ").append(upIndividuals)
          .append(" cá nhân");
    }
    return s.toString();
  }

  @Override
  public void execute(DelegateExecution execution) {
    var outcome = conferences.checkComposition(ProcessIds.conferenceId(execution));
    execution.setVariable(Vars.COMPOSITION_VALID, outcome.passed());
    execution.setVariable(Vars.RULE_VIOLATIONS, outcome.passed() ? null : outcome.violations());
    if (outcome.passed()) {
      // the slate the members vote on, for their vote forms (removed when the votes are counted)
      var conference = conferences.get(ProcessIds.conferenceId(execution));
      execution.getProcessInstance().setVariable(Vars.PROPOSAL,
          NomineeListService.asJson(nominees.proposalRows(conference)));
      execution.getProcessInstance().setVariable(Vars.PROPOSAL_COMPOSITION, composition(conference));
    }
  }
}
