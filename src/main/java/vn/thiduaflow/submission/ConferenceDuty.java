package vn.thiduaflow.submission;

import jakarta.persistence.Entity;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One duty of a conference (table {@code conference_duty}, V18): what the plan's division of work asks of a holder for
 * this conference ({@link vn.thiduaflow.plan.model.DutyRule}), the holder's candidate group, its due day, and when it was
 * reported done (with the holder's note) and escalated. Opened when the conference is scheduled.
 */
@Entity
public class ConferenceDuty extends ConferenceItem {

  /** The state of a duty on a given day. */
  public enum State {
    /** Not done, its due day not passed. */
    DUE,
    /** Reported done on or before its due day. */
    DONE,
    /** Reported done after its due day. */
    DONE_LATE,
    /** Not done, its due day passed. */
    LATE;

    /** Vietnamese label for the dashboard. */
    public String label() {
      return switch (this) {
        case DUE -> "Đang thực hiện";
        case DONE -> "Đã xong";
        case DONE_LATE -> "Đã xong (quá hạn)";
        case LATE -> "Quá hạn";
      };
    }
  }

  private String holderGroup;
  private String holderLabel;
  private LocalDateTime doneAt;
  private String doneBy;
  private String note;

  protected ConferenceDuty() {}

  /**
   * @param code the plan's duty code
   * @param title what is to be done (the plan's words)
   * @param holderGroup the candidate group of the holder ({@code u<unit>.<role>})
   * @param holderLabel the holder as shown ("Công chức Văn hóa - Xã hội … — Phường Văn Yên")
   * @param startedAt engine time the conference was scheduled and the duty opened
   */
  public ConferenceDuty(Long conferenceId, String code, String title, String holderGroup, String holderLabel,
      LocalDateTime startedAt) {
    super(conferenceId, code, title, null, startedAt);
    this.holderGroup = holderGroup;
    this.holderLabel = holderLabel;
  }

  public String getHolderGroup() { return holderGroup; }
  public String getHolderLabel() { return holderLabel; }
  public LocalDateTime getDoneAt() { return doneAt; }
  public String getDoneBy() { return doneBy; }
  public String getNote() { return note; }

  /** Whether it was reported done. */
  public boolean done() {
    return doneAt != null;
  }

  @Override
  boolean finished() {
    return done();
  }

  /** Its state on a day (the last day inclusive: done on the due day is on time). */
  public State stateOn(LocalDate today) {
    LocalDate dueOn = getDueOn();
    if (doneAt != null) {
      return dueOn != null && doneAt.toLocalDate().isAfter(dueOn) ? State.DONE_LATE : State.DONE;
    }
    return dueOn != null && today.isAfter(dueOn) ? State.LATE : State.DUE;
  }

  void done(LocalDateTime at, String by, String text) {
    this.doneAt = at;
    this.doneBy = by;
    this.note = text;
  }
}
