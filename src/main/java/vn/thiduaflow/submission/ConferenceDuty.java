package vn.thiduaflow.submission;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One duty of a conference (table {@code conference_duty}, V18): what the plan's division of work asks of a holder for
 * this conference ({@link vn.thiduaflow.plan.DutyRule}), the holder's candidate group, its due day, and when it was
 * reported done (with the holder's note) and escalated. Opened when the conference is scheduled.
 */
@Entity
public class ConferenceDuty {

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

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long conferenceId;
  private String code;
  private String title;
  private String holderGroup;
  private String holderLabel;
  private LocalDate dueOn;
  private LocalDateTime startedAt;
  private LocalDateTime doneAt;
  private String doneBy;
  private String note;
  private Long escalationId;

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
    this.conferenceId = conferenceId;
    this.code = code;
    this.title = title;
    this.holderGroup = holderGroup;
    this.holderLabel = holderLabel;
    this.startedAt = startedAt;
  }

  public Long getId() { return id; }
  public Long getConferenceId() { return conferenceId; }
  public String getCode() { return code; }
  public String getTitle() { return title; }
  public String getHolderGroup() { return holderGroup; }
  public String getHolderLabel() { return holderLabel; }
  public LocalDate getDueOn() { return dueOn; }
  public LocalDateTime getStartedAt() { return startedAt; }
  public LocalDateTime getDoneAt() { return doneAt; }
  public String getDoneBy() { return doneBy; }
  public String getNote() { return note; }
  public Long getEscalationId() { return escalationId; }

  /** Whether it was reported done. */
  public boolean done() {
    return doneAt != null;
  }

  /** Its state on a day (the last day inclusive: done on the due day is on time). */
  public State stateOn(LocalDate today) {
    if (doneAt != null) {
      return dueOn != null && doneAt.toLocalDate().isAfter(dueOn) ? State.DONE_LATE : State.DONE;
    }
    return dueOn != null && today.isAfter(dueOn) ? State.LATE : State.DUE;
  }

  void due(LocalDate day) {
    this.dueOn = day;
  }

  void done(LocalDateTime at, String by, String text) {
    this.doneAt = at;
    this.doneBy = by;
    this.note = text;
  }

  void escalated(Long escalation) {
    this.escalationId = escalation;
  }
}
