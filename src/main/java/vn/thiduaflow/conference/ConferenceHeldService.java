package vn.thiduaflow.conference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.nomination.NomineeKind;
import vn.thiduaflow.plan.model.TierRules;
import vn.thiduaflow.report.ReportService;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.InvalidInputException.Violation;
import vn.thiduaflow.system.Message;
import vn.thiduaflow.system.VietnameseDates;
import vn.thiduaflow.unit.UnitLevel;

/**
 * "Conference held" as a record of what happened, checked against the plan and the council's decisions (issue 21):
 * the actual date, the attendance, the guests and leaders by name, and the delegates to the upper-level congress
 * chosen by name among the approved nominees. Every problem of a record is refused at once and nothing is written.
 *
 * <p>Rules, each with where it comes from:
 * <ul>
 *   <li>date: the conference is held on its scheduled day, which a recorded reschedule moves (the plan's window,
 *       {@code ownConference/lowerConferences.window}, bounds both); not a day still to come (engine calendar);</li>
 *   <li>attendance (people, 1 to the limit inclusive): a plenary conference — every staff member plus the guests the
 *       council approved ({@code attendance.plenaryBelowStaff}'s clause); a delegate conference — the delegates the
 *       council approved, never above the plan's cap ({@code delegateCap}'s clause);</li>
 *   <li>guests: at most {@value #MAX_GUESTS}, each with a name (2–200 characters) and an optional title (≤ 200);</li>
 *   <li>upper delegates: only where the programme has the item {@link ReportService#UPPER_DELEGATES_ITEM} and a level
 *       above exists; approved nominees of this conference only; exactly the numbers of collectives and individuals
 *       the council voted (composition's {@code upperCollectives}/{@code upperIndividuals}, themselves within the
 *       plan's {@code upperQuota}), or all approved ones of a kind when fewer were approved;</li>
 *   <li>the signed minutes (biên bản hội nghị) are uploaded as the conference's document
 *       {@code conference-minutes}.</li>
 * </ul>
 */
@Service
public class ConferenceHeldService {

  /** Guests and leaders listed at most. */
  public static final int MAX_GUESTS = 200;
  private static final int MAX_PEOPLE = 1_000_000;

  /** A guest or leader as entered: name and title ("Phó Chủ tịch UBND quận"). */
  public record Guest(String name, String title) {}

  /**
   * What the standing office records after the conference.
   *
   * @param heldOn the day it was held
   * @param attendees people present
   * @param guests the guests and leaders by name, in order (may be empty, never null)
   * @param upperDelegates the nomination ids chosen as delegates to the upper-level congress (never null)
   * @param programmeFollowed the office confirms the programme was held as the plan sets it
   * @param minutesUploaded whether the signed minutes (biên bản) are among the conference's documents
   */
  public record HeldRecord(LocalDate heldOn, Integer attendees, List<Guest> guests, List<Long> upperDelegates,
      boolean programmeFollowed, boolean minutesUploaded) {
    public HeldRecord {
      guests = guests == null ? List.of() : List.copyOf(guests);
      upperDelegates = upperDelegates == null ? List.of() : List.copyOf(upperDelegates);
    }
  }

  private final ConferenceQueries conferences;
  private final NominationRepository nominations;
  private final ConferenceGuestRepository guests;

  public ConferenceHeldService(ConferenceQueries conferences, NominationRepository nominations,
      ConferenceGuestRepository guests) {
    this.conferences = conferences;
    this.nominations = nominations;
    this.guests = guests;
  }

  /** Whether this conference elects delegates to an upper-level congress (programme item, a level above). */
  @Transactional(readOnly = true)
  public boolean choosesUpperDelegates(Long conferenceId) {
    Conference c = conferences.get(conferenceId);
    return c.programmeItems().contains(ReportService.UPPER_DELEGATES_ITEM) && c.getUnitLevel() != UnitLevel.NATION;
  }

  /**
   * The approved nominees as the options of the form's checklist: value = nomination id (text), label = "Nguyễn Văn A
   * (cá nhân) — Chủ tịch Hội Nông dân phường", in nomination order.
   */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> delegateOptions(Long conferenceId) {
    List<Map<String, Object>> options = new ArrayList<>();
    for (Nomination n : approved(conferenceId)) {
      Map<String, Object> option = new LinkedHashMap<>();
      option.put("label", n.getNomineeName() + " (" + (n.getKind() == NomineeKind.COLLECTIVE ? "tập thể" : "cá nhân")
          + ")" + (n.getPosition() == null || n.getPosition().isBlank() ? "" : " — " + n.getPosition())
          + (n.getOriginUnitName() == null ? "" : " — " + n.getOriginUnitName()));
      option.put("value", String.valueOf(n.getId()));
      options.add(option);
    }
    return options;
  }

  /** The numbers to choose: collectives and individuals (the council's vote, capped by who was approved). */
  @Transactional(readOnly = true)
  public int[] delegatesToChoose(Long conferenceId) {
    Conference c = conferences.get(conferenceId);
    if (!choosesUpperDelegates(conferenceId)) {
      return new int[] {0, 0};
    }
    List<Nomination> ok = approved(conferenceId);
    long collectives = ok.stream().filter(n -> n.getKind() == NomineeKind.COLLECTIVE).count();
    long individuals = ok.size() - collectives;
    return new int[] {(int) Math.min(zero(c.getUpperCollectives()), collectives),
        (int) Math.min(zero(c.getUpperIndividuals()), individuals)};
  }

  /** The guests and leaders recorded for a conference, in order. */
  @Transactional(readOnly = true)
  public List<ConferenceGuest> guestsOf(Long conferenceId) {
    return guests.findByConferenceIdOrderByPositionNo(conferenceId);
  }

  /** Marks the conference's results reported upward (ServiceTask_ReportConferenceResults, after the reports are sent). */
  @Transactional
  public void markReported(Long conferenceId) {
    conferences.get(conferenceId).setStatus(ConferenceStatus.REPORTED);
  }

  /**
   * Records the conference as held.
   *
   * @throws InvalidInputException with every problem at once (fields {@code heldOn}, {@code attendeeCount},
   *     {@code guests[i].name|title}, {@code upperDelegates}, {@code programmeFollowed}); nothing is written then
   */
  @Transactional
  public void record(Long conferenceId, HeldRecord r) {
    Conference c = conferences.get(conferenceId);
    TierRules tier = conferences.tierOf(c);
    List<Violation> wrong = new ArrayList<>();
    checkDate(c, r.heldOn(), wrong);
    checkAttendance(c, tier, r.attendees(), wrong);
    checkGuests(r.guests(), wrong);
    List<Nomination> chosen = checkDelegates(c, r.upperDelegates(), wrong);
    if (!r.programmeFollowed()) {
      wrong.add(Violation.of("programmeFollowed", "conference.held.programmeNotConfirmed"));
    }
    if (!r.minutesUploaded()) {
      wrong.add(Violation.of("minutes", "conference.held.minutesMissing"));
    }
    if (!wrong.isEmpty()) {
      throw new InvalidInputException(wrong);
    }
    c.markHeld(r.heldOn(), r.attendees());
    guests.deleteByConferenceId(conferenceId);
    for (int i = 0; i < r.guests().size(); i++) {
      Guest g = r.guests().get(i);
      guests.save(new ConferenceGuest(conferenceId, i + 1, FormValues.visible(g.name()).strip(),
          FormValues.blank(g.title()) ? null : g.title().strip()));
    }
    Set<Long> ids = new LinkedHashSet<>(chosen.stream().map(Nomination::getId).toList());
    for (Nomination n : nominations.findByConferenceIdOrderById(conferenceId)) {
      n.chooseAsUpperDelegate(ids.contains(n.getId()));
    }
  }

  private static void checkDate(Conference c, LocalDate heldOn, List<Violation> wrong) {
    if (heldOn == null) {
      wrong.add(Violation.of("heldOn", "conference.held.date.missing"));
      return;
    }
    if (!heldOn.equals(c.getScheduledOn())) {
      wrong.add(Violation.of("heldOn", "conference.held.date.notScheduled", VietnameseDates.day(heldOn),
          VietnameseDates.day(c.getScheduledOn()), heldOn, c.getScheduledOn()));
    } else if (heldOn.isAfter(EngineClock.today())) {
      wrong.add(Violation.of("heldOn", "conference.held.date.future", VietnameseDates.day(heldOn),
          VietnameseDates.day(EngineClock.today()), heldOn));
    }
  }

  private static void checkAttendance(Conference c, TierRules tier, Integer attendees, List<Violation> wrong) {
    if (attendees == null || attendees < 1 || attendees > MAX_PEOPLE) {
      wrong.add(Violation.of("attendeeCount", "conference.held.attendees.outOfRange", MAX_PEOPLE));
      return;
    }
    int limit;
    Message why;
    String clause;
    if (c.getAttendanceMode() == AttendanceMode.PLENARY && c.getStaffCount() != null) {
      limit = c.getStaffCount() + zero(c.getGuestDelegates());
      why = Message.of("conference.held.convened.plenary", c.getStaffCount(), zero(c.getGuestDelegates()));
      clause = tier.attendance() != null ? tier.attendance().clause() : tier.clause();
      if (tier.delegateCap().bindsPlenary() && tier.delegateCap().value() < limit) {
        // a cap on every conference of the tier binds the plenary too (e.g. grassroots conferences of at most 50)
        limit = tier.delegateCap().value();
        why = Message.of("conference.held.convened.plenaryCapped", limit);
        clause = tier.delegateCap().clause();
      }
    } else {
      int cap = tier.delegateCap().value();
      int approved = c.getExemplarDelegates() == null ? cap : c.totalDelegates();
      limit = Math.min(cap, approved);
      why = Message.of("conference.held.convened.delegates", approved, cap);
      clause = tier.delegateCap().clause();
    }
    if (attendees > limit) {
      wrong.add(Violation.of("attendeeCount", "conference.held.attendees.aboveConvened", attendees, limit, why,
          clause));
    }
  }

  private static void checkGuests(List<Guest> list, List<Violation> wrong) {
    if (list.size() > MAX_GUESTS) {
      wrong.add(Violation.of("guests", "conference.held.guests.tooMany", MAX_GUESTS, list.size()));
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      Guest g = list.get(i);
      String name = g == null ? null : g.name();
      if (FormValues.blank(name) || FormValues.visible(name).strip().length() < 2 || name.length() > 200) {
        wrong.add(Violation.inEntry("guests", i, "name", Message.of("conference.held.guest.name", i + 1)));
      }
      if (g != null && g.title() != null && g.title().length() > 200) {
        wrong.add(Violation.inEntry("guests", i, "title", Message.of("conference.held.guest.title", i + 1)));
      }
    }
  }

  private List<Nomination> checkDelegates(Conference c, List<Long> ids, List<Violation> wrong) {
    if (!choosesUpperDelegates(c.getId())) {
      if (!ids.isEmpty()) {
        wrong.add(Violation.of("upperDelegates", "conference.held.delegates.noneElected"));
      }
      return List.of();
    }
    Map<Long, Nomination> approved = new LinkedHashMap<>();
    approved(c.getId()).forEach(n -> approved.put(n.getId(), n));
    List<Nomination> chosen = new ArrayList<>();
    for (Long id : new LinkedHashSet<>(ids)) {
      Nomination n = approved.get(id);
      if (n == null) {
        wrong.add(Violation.of("upperDelegates", "conference.held.delegates.notApproved", id));
      } else {
        chosen.add(n);
      }
    }
    int[] want = delegatesToChoose(c.getId());
    long collectives = chosen.stream().filter(n -> n.getKind() == NomineeKind.COLLECTIVE).count();
    long individuals = chosen.size() - collectives;
    String clause = conferences.upperQuotaOf(c) != null ? " (" + conferences.upperQuotaOf(c).clause() + ")" : "";
    if (collectives != want[0] || individuals != want[1]) {
      wrong.add(Violation.of("upperDelegates", "conference.held.delegates.wrongCount", want[0], want[1], clause,
          collectives, individuals));
    }
    return chosen;
  }

  private List<Nomination> approved(Long conferenceId) {
    return nominations.findByConferenceIdOrderById(conferenceId).stream()
        .filter(n -> Boolean.TRUE.equals(n.getApproved())).toList();
  }

  private static int zero(Integer value) {
    return value == null ? 0 : value;
  }
}
