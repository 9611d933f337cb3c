package vn.thiduaflow.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import vn.thiduaflow.conference.ConferenceHeldService.Guest;
import vn.thiduaflow.conference.ConferenceHeldService.HeldRecord;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.nomination.NomineeKind;
import vn.thiduaflow.plan.model.AttendanceRule;
import vn.thiduaflow.plan.model.Cap;
import vn.thiduaflow.plan.model.CapScope;
import vn.thiduaflow.plan.model.ConferenceDuration;
import vn.thiduaflow.plan.model.ConferenceForm;
import vn.thiduaflow.plan.model.DateWindow;
import vn.thiduaflow.plan.model.NomineeTitle;
import vn.thiduaflow.plan.model.PresentationSource;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.plan.model.TierRules;
import vn.thiduaflow.plan.model.UpperQuotaRule;
import vn.thiduaflow.report.ReportService;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.unit.UnitLevel;

/**
 * The held record's rules at their boundaries (Văn Yên 2020's shape: at most 100 delegates §II.2.3, delegates to the
 * city's conference 01 collective and 05 individuals, here voted 1 and 2): exactly the convened number passes, one
 * more is refused; the actual date is the scheduled day; the upper delegates are exactly the voted numbers, chosen
 * among the approved nominees; every problem at once and nothing written.
 */
class ConferenceHeldServiceTest {

  private static final LocalDate DAY = LocalDate.of(2020, 3, 31);
  private static final TierRules TIER = new TierRules("§II.2", null, List.of(ConferenceForm.ADVANCED_EXEMPLAR_CONFERENCE),
      new DateWindow(LocalDate.of(2020, 1, 1), DAY, "§II.2.2"), ConferenceDuration.ONE_SESSION,
      new AttendanceRule(100, "§II.2.1: dưới 100 người tổ chức toàn thể"), new Cap(100, "§II.2.3: tối đa 100 đại biểu"),
      null, null, null);

  private final ConferenceQueries conferences = mock(ConferenceQueries.class);
  private final NominationRepository nominations = mock(NominationRepository.class);
  private final ConferenceGuestRepository guests = mock(ConferenceGuestRepository.class);
  private final ConferenceHeldService held = new ConferenceHeldService(conferences, nominations, guests);
  private Conference conference;
  private final List<Nomination> nominees = new ArrayList<>();

  @BeforeEach
  void aDelegateConferenceThatVotedOneCollectiveAndTwoIndividuals() {
    ClockUtil.setCurrentTime(EngineClock.toDate(DAY.atTime(17, 0)));
    conference = new Conference(1L, Tier.OWN, "10000", "Phường Văn Yên", UnitLevel.COMMUNE, "9000",
        "Thành phố Hà Tĩnh", false, 250);
    ReflectionTestUtils.setField(conference, "id", 7L);
    conference.schedule(ConferenceForm.ADVANCED_EXEMPLAR_CONFERENCE, DAY, "I", null, 250, false, false);
    conference.setAttendanceMode(AttendanceMode.DELEGATE);
    conference.setProgramme(List.of(ReportService.UPPER_DELEGATES_ITEM));
    conference.compose(70, 30, 3, 1, 2, 1, 1, 1, 1, 2);
    nominee(11, "Tổ dân phố 3", NomineeKind.COLLECTIVE, true);
    nominee(12, "Nguyễn Văn An", NomineeKind.INDIVIDUAL, true);
    nominee(13, "Trần Thị Bình", NomineeKind.INDIVIDUAL, true);
    nominee(14, "Lê Văn Cường", NomineeKind.INDIVIDUAL, true);
    nominee(15, "Phạm Thị Dung", NomineeKind.INDIVIDUAL, false); // not approved by the council
    when(conferences.get(any())).thenReturn(conference);
    when(conferences.tierOf(any())).thenReturn(TIER);
    when(conferences.upperQuotaOf(any())).thenReturn(new UpperQuotaRule(1, 5, "Tổ chức thực hiện §1"));
    when(nominations.findByConferenceIdOrderById(7L)).thenReturn(nominees);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private void nominee(long id, String name, NomineeKind kind, boolean approved) {
    Nomination n = new Nomination(7L, name, kind, kind == NomineeKind.COLLECTIVE ? NomineeTitle.values()[0]
        : NomineeTitle.values()[0], 2019, PresentationSource.INDIVIDUAL, false);
    ReflectionTestUtils.setField(n, "id", id);
    n.setApproved(approved);
    nominees.add(n);
  }

  private static HeldRecord record(LocalDate day, int attendees, List<Long> delegates) {
    return new HeldRecord(day, attendees, List.of(new Guest("Nguyễn Văn Khách", "Phó Chủ tịch UBND thành phố")),
        delegates, true, true);
  }

  @Test
  void exactlyTheHundredConvenedIsRecordedWithTheChosenDelegatesByName() {
    held.record(7L, record(DAY, 100, List.of(11L, 12L, 13L)));

    assertThat(conference.getHeldOn()).isEqualTo(DAY);
    assertThat(conference.getAttendeeCount()).isEqualTo(100);
    assertThat(nominees).filteredOn(Nomination::isUpperDelegate).extracting(Nomination::getNomineeName)
        .containsExactly("Tổ dân phố 3", "Nguyễn Văn An", "Trần Thị Bình");
    verify(guests).save(any(ConferenceGuest.class));
  }

  @Test
  void oneMoreThanConvenedIsRefusedWithTheFiguresAndTheClause() {
    assertThatThrownBy(() -> held.record(7L, record(DAY, 101, List.of(11L, 12L, 13L))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("attendeeCount");
          assertThat(e.vietnamese()).contains("Số người dự 101 vượt số được triệu tập 100")
              .contains("§II.2.3: tối đa 100 đại biểu");
        });
    assertThat(conference.getHeldOn()).isNull();
  }

  @Test
  void aPlenaryConferenceConvenesTheStaffAndTheApprovedGuests() {
    conference.setAttendanceMode(AttendanceMode.PLENARY);
    conference.schedule(ConferenceForm.ADVANCED_EXEMPLAR_CONFERENCE, DAY, "I", null, 80, false, false);
    held.record(7L, record(DAY, 110, List.of(11L, 12L, 13L))); // 80 staff + 30 guests, exactly
    assertThat(conference.getAttendeeCount()).isEqualTo(110);
    assertThatThrownBy(() -> held.record(7L, record(DAY, 111, List.of(11L, 12L, 13L))))
        .hasMessageContaining("vượt số được triệu tập 110").hasMessageContaining("§II.2.1");
  }

  @Test
  void aCapOnEveryConferenceBindsThePlenaryTooExactlyTheCapPasses() {
    TierRules everyConference = new TierRules("§III", null, TIER.forms(), TIER.window(), TIER.duration(),
        new AttendanceRule(200, "§III.2: dưới 200 người: toàn thể"),
        new Cap(50, "§III.2: mọi hội nghị cấp xã không quá 50 người", CapScope.EVERY_CONFERENCE), null, null, null);
    when(conferences.tierOf(any())).thenReturn(everyConference);
    conference.setAttendanceMode(AttendanceMode.PLENARY);
    conference.schedule(ConferenceForm.ADVANCED_EXEMPLAR_CONFERENCE, DAY, "I", null, 80, false, false);
    held.record(7L, record(DAY, 50, List.of(11L, 12L, 13L))); // 80 staff + 30 guests convened, the cap is 50
    assertThat(conference.getAttendeeCount()).isEqualTo(50);
    assertThatThrownBy(() -> held.record(7L, record(DAY, 51, List.of(11L, 12L, 13L))))
        .hasMessageContaining("vượt số được triệu tập 50").hasMessageContaining("mọi hội nghị tối đa 50 người")
        .hasMessageContaining("§III.2: mọi hội nghị cấp xã không quá 50 người");
  }

  @Test
  void theDateIsTheScheduledDayAndNotOneToCome() {
    assertThatThrownBy(() -> held.record(7L, record(DAY.minusWeeks(7), 100, List.of(11L, 12L, 13L))))
        .hasMessageContaining("khác ngày đã định 31/03/2020");
    conference.reschedule(DAY.plusDays(1));
    assertThatThrownBy(() -> held.record(7L, record(DAY.plusDays(1), 100, List.of(11L, 12L, 13L))))
        .hasMessageContaining("chưa đến");
  }

  @Test
  void theDelegatesAreExactlyTheVotedNumbersAmongTheApprovedNominees() {
    assertThatThrownBy(() -> held.record(7L, record(DAY, 100, List.of(11L, 12L, 13L, 14L))))
        .hasMessageContaining("Chọn đúng 1 tập thể và 2 cá nhân").hasMessageContaining("đang chọn 1 tập thể, 3 cá nhân");
    assertThatThrownBy(() -> held.record(7L, record(DAY, 100, List.of(11L, 12L))))
        .hasMessageContaining("đang chọn 1 tập thể, 1 cá nhân");
    assertThatThrownBy(() -> held.record(7L, record(DAY, 100, List.of(11L, 12L, 15L))))
        .hasMessageContaining("không có trong danh sách đã được Hội đồng thông qua");
    assertThat(nominees).noneMatch(Nomination::isUpperDelegate);
  }

  @Test
  void everyProblemIsRefusedAtOnceAndNothingIsWritten() {
    HeldRecord wrong = new HeldRecord(DAY.minusDays(3), 101, List.of(new Guest("", null)), List.of(), false, false);
    assertThatThrownBy(() -> held.record(7L, wrong)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.violations()).extracting(InvalidInputException.Violation::field)
            .containsExactly("heldOn", "attendeeCount", "guests[0].name", "upperDelegates", "programmeFollowed",
                "minutes"));
    assertThat(conference.getHeldOn()).isNull();
    verify(guests, never()).save(any());
    verify(guests, never()).deleteByConferenceId(any());
  }

  @Test
  void aConferenceWithoutTheProgrammeItemChoosesNobody() {
    conference.setProgramme(List.of());
    assertThatThrownBy(() -> held.record(7L, record(DAY, 100, List.of(12L))))
        .hasMessageContaining("không có nội dung bầu đại biểu");
    held.record(7L, record(DAY, 100, List.of()));
    assertThat(conference.getHeldOn()).isEqualTo(DAY);
  }
}
