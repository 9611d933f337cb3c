package vn.thiduaflow.dashboard;

import java.util.Arrays;
import java.util.List;
import vn.thiduaflow.conference.ConferenceStatus;
import vn.thiduaflow.deadline.DeadlineKind;

/**
 * Where a unit stands in the workflow every plan describes (DOMAIN.md, "The workflow every plan describes"), as the
 * standing office reads it on the dashboard, derived from the conference's status.
 */
public enum Stage {
  /** The unit has the plan and has not scheduled its conference yet. */
  PLAN("Kế hoạch", DeadlineKind.NOMINATIONS, ConferenceStatus.PLANNED),
  /**
   * Scheduled; the nominees are the delegates the lower units send up, and some have not reported yet (no deadline
   * of its own: the lower units' reports are due, each on the campaign's page).
   */
  LOWER("Chờ đại biểu cấp dưới", null, ConferenceStatus.AWAITING_LOWER_DELEGATES),
  /** Scheduled; units and departments are nominating. */
  NOMINATIONS("Đề cử", DeadlineKind.NOMINATIONS, ConferenceStatus.SCHEDULED),
  /** Nominations are in; the composition is proposed and the council votes. */
  VOTE("Biểu quyết", DeadlineKind.COUNCIL_VOTE, ConferenceStatus.NOMINATIONS_SUBMITTED,
      ConferenceStatus.COMPOSITION_PROPOSED),
  /** Voted; the dossier is being prepared (or corrected after the upper council returned it). */
  DOSSIER("Hồ sơ", DeadlineKind.DOSSIER, ConferenceStatus.VOTED, ConferenceStatus.DOSSIER_RETURNED),
  /** The dossier is with the upper council. */
  APPROVAL("Phê duyệt hồ sơ", DeadlineKind.DOSSIER_REVIEW, ConferenceStatus.DOSSIER_SUBMITTED),
  /** Approved; the conference is to be held. */
  CONFERENCE("Hội nghị", DeadlineKind.RESULTS_REPORT, ConferenceStatus.DOSSIER_APPROVED),
  /** Held; results and delegates are reported upward (REPORTED: done). */
  REPORT("Báo cáo", DeadlineKind.RESULTS_REPORT, ConferenceStatus.HELD, ConferenceStatus.REPORTED);

  private final String label;
  private final DeadlineKind deadline;
  private final List<ConferenceStatus> statuses;

  Stage(String label, DeadlineKind deadline, ConferenceStatus... statuses) {
    this.label = label;
    this.deadline = deadline;
    this.statuses = List.of(statuses);
  }

  /** Vietnamese label. */
  public String label() {
    return label;
  }

  /** The deadline the unit works towards in this stage; null while it waits for its lower units. */
  public DeadlineKind deadline() {
    return deadline;
  }

  /** The conference statuses of this stage. */
  public List<ConferenceStatus> statuses() {
    return statuses;
  }

  /** The stage of a conference status. */
  public static Stage of(ConferenceStatus status) {
    return Arrays.stream(values()).filter(s -> s.statuses.contains(status)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no stage for " + status));
  }
}
