package vn.thiduaflow.conference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.thiduaflow.plan.model.ConferenceForm;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.InvalidInputException.Violation;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * What the unit's secretary enters in the schedule form (UserTask_ScheduleConference), as {@link
 * ConferenceScheduling#schedule} records it.
 *
 * <p>The checks of the values on their own are here ({@link #violations}); they are not thrown when the request is
 * built, because the schedule form is refused with every problem at once: these together with the plan's rules the
 * same values break (form allowed, window, programme), which need the conference.
 *
 * @param form the conference form chosen (hình thức tổ chức); required
 * @param date the conference day; required
 * @param edition the edition (lần thứ), a Roman numeral of at most {@value #MAX_EDITION} characters; null or blank:
 *     the tier's
 * @param venue the venue (địa điểm), at most {@value #MAX_VENUE} characters; null or blank: none (the official name
 *     then uses the unit's short name)
 * @param staffCount the unit's staff (people), 1 to {@value #MAX_STAFF}; null keeps the figure known (sample data),
 *     required when none is ({@link ConferenceScheduling#schedule} checks that)
 * @param staged whether the conference is held in the staged format (with a presidium on stage)
 * @param theme the conference's theme (chủ đề), at most {@value #MAX_THEME} characters; null or blank: none
 * @param programme the form's programme rows ({@link ProgrammeChoice}); null: the plan's items for the form in plan
 *     order
 */
public record ScheduleRequest(ConferenceForm form, LocalDate date, String edition, String venue, Integer staffCount,
    boolean staged, String theme, List<ProgrammeChoice> programme) {

  /** Longest edition (a Roman numeral such as XXVIII; column conference.edition is varchar(10)). */
  public static final int MAX_EDITION = 10;
  /** Longest venue in characters. */
  public static final int MAX_VENUE = 200;
  /** Longest theme (chủ đề) in characters (column conference.theme is varchar(300), the form allows as much). */
  public static final int MAX_THEME = 300;
  /** Largest staff count, people. */
  public static final int MAX_STAFF = 1_000_000;

  public ScheduleRequest {
    programme = programme == null ? null : Collections.unmodifiableList(new ArrayList<>(programme));
  }

  /** A schedule without theme, keeping the plan's programme for the chosen form in plan order. */
  public ScheduleRequest(ConferenceForm form, LocalDate date, String edition, String venue, Integer staffCount,
      boolean staged) {
    this(form, date, edition, venue, staffCount, staged, null, null);
  }

  /**
   * The problems of the values on their own, in the form's order: no form, no date, an edition that is no Roman
   * numeral or too long, a venue or theme too long, the programme rows' problems ({@link ProgrammeChoice#order}), a
   * staff count outside 1–{@value #MAX_STAFF}.
   *
   * @return empty when every value is acceptable on its own
   */
  public List<Violation> violations() {
    List<Violation> wrong = new ArrayList<>();
    if (form == null) {
      wrong.add(Violation.of("conferenceForm", "conference.schedule.formMissing"));
    }
    if (date == null) {
      wrong.add(Violation.of("conferenceDate", "conference.schedule.dateMissing"));
    }
    if (edition != null && !edition.isBlank() && (edition.length() > MAX_EDITION || !edition.matches("[IVXLC]+"))) {
      wrong.add(Violation.of("edition", "conference.schedule.edition.invalid", MAX_EDITION));
    }
    if (venue != null && venue.length() > MAX_VENUE) {
      wrong.add(Violation.of("venue", "conference.schedule.venue.tooLong"));
    }
    if (theme != null && theme.length() > MAX_THEME) {
      wrong.add(Violation.of(Fields.THEME, "conference.schedule.theme.tooLong", MAX_THEME, theme.length()));
    }
    if (programme != null) {
      try {
        ProgrammeChoice.order(programme);
      } catch (InvalidInputException e) {
        wrong.addAll(e.violations());
      }
    }
    if (staffCount != null && (staffCount < 1 || staffCount > MAX_STAFF)) {
      wrong.add(Violation.of("staffCount", "conference.schedule.staffCount.outOfRange", MAX_STAFF));
    }
    return wrong;
  }

  /**
   * The item codes the unit chose, in its order ({@link ProgrammeChoice#order}).
   *
   * @return null when no programme was sent, or when its rows are wrong (see {@link #violations})
   */
  List<String> chosenOrder() {
    if (programme == null) {
      return null;
    }
    try {
      return ProgrammeChoice.order(programme);
    } catch (InvalidInputException e) {
      return null;
    }
  }
}
