package vn.thiduaflow.council;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.thiduaflow.attachment.AttachmentInfo;
import vn.thiduaflow.attachment.AttachmentService;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * What the council votes on, shown in every member's vote form while the vote is open: the eligible nominees (the
 * ones the vote approves, {@code BallotService#tally}) as the form's table, and the standing office's
 * delegate composition in one sentence. Display only, as two variables of the conference's instance
 * ({@link Vars#PROPOSAL}, {@link Vars#PROPOSAL_COMPOSITION}) that users cannot write (TASK_WORK, FormSubmissionGuard)
 * and that never hold a member's choice; shown when the composition passed its check, removed when the votes are
 * counted.
 */
@Component
public class VoteProposal {

  private final ConferenceQueries conferences;
  private final NominationRepository nominations;
  private final AttachmentService attachments;

  VoteProposal(ConferenceQueries conferences, NominationRepository nominations, AttachmentService attachments) {
    this.conferences = conferences;
    this.nominations = nominations;
    this.attachments = attachments;
  }

  /** Puts the conference's proposal into its instance, for the members' vote forms. */
  public void show(DelegateExecution execution) {
    Conference conference = conferences.get(ProcessIds.conferenceId(execution));
    execution.getProcessInstance().setVariable(Vars.PROPOSAL, vn.thiduaflow.system.FormLists.json(rows(conference)));
    execution.getProcessInstance().setVariable(Vars.PROPOSAL_COMPOSITION, composition(conference));
  }

  /** Takes the proposal out of the instance once the votes are counted. */
  public static void withdraw(DelegateExecution execution) {
    execution.getProcessInstance().removeVariable(Vars.PROPOSAL);
    execution.getProcessInstance().removeVariable(Vars.PROPOSAL_COMPOSITION);
  }

  /**
   * What the council votes on, as the vote form's table shows it: every nominee of the conference found eligible
   * (its own and those sent up from below), in list order, with the Vietnamese labels of kind and title and the unit
   * of origin (the conference's own unit when none), what the award register says of the nominee
   * ({@code registerCheck}: the comparison with the plan's period, "" when the plan states none; {@code awardHistory}:
   * the register's awards, "; "-separated, "—" when none), and {@code files}: the nominee's attached files as Markdown links
   * to their download in the webapp session ({@link AttachmentService#markdownLinks}, "—" when none), which the
   * form's text below the table renders.
   */
  List<Map<String, Object>> rows(Conference conference) {
    List<Map<String, Object>> rows = new ArrayList<>();
    Map<Long, List<AttachmentInfo>> files = attachments.byNomination(conference.getId());
    int number = 0;
    for (Nomination n : nominations.findByConferenceIdOrderById(conference.getId())) {
      if (!Boolean.TRUE.equals(n.getEligible())) {
        continue;
      }
      Map<String, Object> row = new java.util.LinkedHashMap<>();
      row.put("number", ++number);
      row.put("name", n.getNomineeName());
      row.put("kind", n.getKind().label());
      row.put("unit", n.getOriginUnitName() == null ? conference.getUnitName() : n.getOriginUnitName());
      row.put("position", n.getPosition() == null ? "" : n.getPosition());
      row.put("title", n.getTitle().label());
      row.put("recognizedYear", n.getRecognizedYear());
      row.put("achievementSummary", n.getAchievementSummary() == null ? "" : n.getAchievementSummary());
      row.put("registerCheck", n.getRegisterCheck() == null ? "" : n.getRegisterCheck().label());
      row.put("awardHistory", n.getAwardHistory() == null ? "—" : n.getAwardHistory().replace("\n", "; "));
      row.put("files", attachments.markdownLinks(files.get(n.getId())));
      rows.add(row);
    }
    return rows;
  }

  /** "100 đại biểu điển hình tiên tiến và 40 khách mời (140 người); Đoàn Chủ tịch 9 người, 3 điển hình; …". */
  static String composition(Conference c) {
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

}
