package vn.thiduaflow.plan.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An event outside the emulation workflow that a plan names with its date, so that conferences can be placed before or
 * after it: the seed plans greet the Party congresses of every level ("chào mừng Đại hội Đại biểu Đảng bộ huyện Vĩnh
 * Thuận lần thứ XIII tiến tới Đại hội Đảng bộ tỉnh lần thứ XII", 172/KH-UBND §II.1; "chào mừng Đại hội Đảng xã Bình An
 * lần thứ XIII, tiến tới Đại hội đại biểu Đảng bộ huyện lần thứ XXVIII … Đại hội đại biểu Đảng bộ tỉnh lần thứ XXI",
 * 27/KH-UBND §II.1), and a plan may require its conferences to be held before such a congress. Plan file, top level:
 * <pre>
 * outsideEvents:
 *   - { code: PROVINCIAL_PARTY_CONGRESS, name: "Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XV",
 *       date: 2025-09-25, clause: "§I.2" }
 * </pre>
 * and in a tier's rules ({@code ownConference}, {@code lowerConferences}, {@code levels.<LEVEL>.conference}):
 * <pre>
 * relativeTo:
 *   - { event: PROVINCIAL_PARTY_CONGRESS, relation: BEFORE, clause: "§II.1: hoàn thành trước Đại hội Đảng bộ tỉnh" }
 * </pre>
 * The date in the file is the one known when the plan was issued; the issuing unit's standing office may change it
 * while the campaign runs (process {@code ChangeOutsideEventDate}), and the conferences are checked against the
 * campaign's current date ({@code vn.thiduaflow.event.OutsideEventDates}).
 *
 * @param code stable code, UPPER_SNAKE (A–Z, 0–9, underscores), unique in the plan; what {@code relativeTo} names and
 *     the date store keeps
 * @param name the event's name in Vietnamese, as the plan writes it
 * @param date the event's (first) day as the plan states it
 * @param clause the clause that names the event or its date
 */
public record OutsideEvent(
    @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Z][A-Z0-9]*(_[A-Z0-9]+)*",
        message = "must be UPPER_SNAKE (A-Z, 0-9, _)") String code,
    @NotBlank @Size(max = 200) String name,
    @NotNull LocalDate date,
    @NotBlank String clause) {

  /** On which side of the event a conference must fall. */
  public enum Order {
    /** Strictly before: the conference's day is earlier than the event's day (the event's day itself is refused). */
    BEFORE,
    /** Strictly after: the conference's day is later than the event's day (the event's day itself is refused). */
    AFTER;

    /** Whether a conference on {@code conferenceDay} is on this side of an event on {@code eventDay}. */
    public boolean allows(LocalDate conferenceDay, LocalDate eventDay) {
      return this == BEFORE ? conferenceDay.isBefore(eventDay) : conferenceDay.isAfter(eventDay);
    }

    /** "trước" / "sau". */
    public String vietnamese() {
      return this == BEFORE ? "trước" : "sau";
    }
  }

  /**
   * A tier's conferences must be held before or after an outside event of the plan.
   *
   * @param event the {@link OutsideEvent#code()} of one of the plan's {@code outsideEvents} (checked at load)
   * @param relation {@link Order#BEFORE} (strictly earlier day) or {@link Order#AFTER} (strictly later day)
   * @param clause the clause that sets the order
   */
  public record Relation(@NotBlank String event, @NotNull Order relation, @NotBlank String clause) {}
}
