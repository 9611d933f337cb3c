package vn.thiduaflow.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thiduaflow.plan.model.AttendanceRule;
import vn.thiduaflow.plan.model.Cap;
import vn.thiduaflow.plan.model.CompositionRule;
import vn.thiduaflow.plan.model.ConferenceDuration;
import vn.thiduaflow.plan.model.ConferenceForm;
import vn.thiduaflow.plan.model.DateWindow;
import vn.thiduaflow.plan.model.DelegationRule;
import vn.thiduaflow.plan.model.PresentationRule;
import vn.thiduaflow.plan.model.PresentationSource;
import vn.thiduaflow.plan.model.PresidiumRule;
import vn.thiduaflow.plan.model.ProgrammeItem;
import vn.thiduaflow.plan.model.ProgrammeOrder;
import vn.thiduaflow.plan.model.ProgrammeRule;
import vn.thiduaflow.plan.model.TierRules;
import vn.thiduaflow.plan.model.UpperQuotaRule;

/** Boundaries of every conference rule, with the seed plans' values. */
class ConferenceRulesTest {

  private final ConferenceRules rules = new ConferenceRules();

  /** 172/KH-UBND §II.2.1: plenary below 300 staff, delegate conference ≤ 200. */
  private static final TierRules VINH_THUAN_LOWER = tier(new AttendanceRule(300, "§II.2.1"), 200);
  /** Lạng Sơn §II.2.1: plenary below 200 staff, delegate conference ≤ 300 (the city's cap). */
  private static final TierRules LANG_SON_LOWER = tier(new AttendanceRule(200, "§II.2.1"), 300);
  /** Văn Yên §II.2.3: at most 100 delegates, no staff rule. */
  private static final TierRules VAN_YEN_OWN = tier(null, 100);

  private static TierRules tier(AttendanceRule attendance, int cap) {
    return new TierRules("§II.2", null, List.of(ConferenceForm.ADVANCED_EXEMPLAR_CONFERENCE,
        ConferenceForm.PATRIOTIC_EMULATION_CONGRESS),
        new DateWindow(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), "Q1/2025"), ConferenceDuration.ONE_SESSION,
        attendance, new Cap(cap, "cap clause"), new CompositionRule(70, 30, "70/30 clause"), null, null);
  }

  @ParameterizedTest(name = "{0} staff → {1}")
  @CsvSource({"299, PLENARY", "300, DELEGATE", "301, DELEGATE", "1, PLENARY"})
  void vinhThuanHoldsAPlenaryConferenceBelow300Staff(int staff, AttendanceMode mode) {
    assertThat(rules.attendanceMode(VINH_THUAN_LOWER, staff)).isEqualTo(mode);
  }

  @ParameterizedTest(name = "{0} staff → {1}")
  @CsvSource({"199, PLENARY", "200, DELEGATE"})
  void langSonHoldsAPlenaryConferenceBelow200Staff(int staff, AttendanceMode mode) {
    assertThat(rules.attendanceMode(LANG_SON_LOWER, staff)).isEqualTo(mode);
  }

  @Test
  void aTierWithoutStaffRuleHoldsADelegateConference() {
    assertThat(rules.attendanceMode(VAN_YEN_OWN, 5)).isEqualTo(AttendanceMode.DELEGATE);
  }

  @ParameterizedTest(name = "{0} delegates under cap 200: {1}")
  @CsvSource({"199, true", "200, true", "201, false"})
  void delegateConferenceStaysWithinItsCap(int delegates, boolean passes) {
    var result = rules.delegateCap(VINH_THUAN_LOWER, AttendanceMode.DELEGATE, delegates);
    assertThat(result.passed()).isEqualTo(passes);
    assertThat(result.clause()).isEqualTo("cap clause");
  }

  @Test
  void thePlenaryConferenceIsNotCapped() {
    assertThat(rules.delegateCap(VINH_THUAN_LOWER, AttendanceMode.PLENARY, 299 + 90).passed()).isTrue();
    assertThat(rules.delegateCap(VAN_YEN_OWN, AttendanceMode.DELEGATE, 100).passed()).isTrue();
    assertThat(rules.delegateCap(VAN_YEN_OWN, AttendanceMode.DELEGATE, 101).passed()).isFalse();
  }

  @ParameterizedTest(name = "{0} exemplars + {1} guests: {2}")
  @CsvSource({"70, 30, true", "69, 31, false", "140, 60, true", "139, 61, false", "71, 29, true", "0, 0, false",
      "7, 3, true", "6, 3, false"})
  void exemplarsAreAtLeastSeventyPercent(int exemplars, int guests, boolean passes) {
    assertThat(rules.exemplarShare(new CompositionRule(70, 30, "§II.2.1"), exemplars, guests).passed())
        .isEqualTo(passes);
  }

  @Test
  void anUnstatedShareIsNotEnforced() {
    assertThat(rules.exemplarShare(null, 1, 99).passed()).isTrue();
  }

  /** "khoảng 70%" with the workflow's default tolerance of 5 points: 65 … 75% inclusive, of 100 and of 200 delegates. */
  @ParameterizedTest(name = "about 70%: {0} exemplars + {1} guests: {2}")
  @CsvSource({"65, 35, true", "64, 36, false", "75, 25, true", "76, 24, false", "70, 30, true",
      "130, 70, true", "129, 71, false", "150, 50, true", "151, 49, false", "0, 0, false"})
  void anApproximateShareLiesWithinItsToleranceBothEndsIncluded(int exemplars, int guests, boolean passes) {
    var about = new CompositionRule(70, 30, "§x: khoảng 70%", CompositionRule.ShareKind.APPROXIMATE, null, null, null);
    assertThat(about.tolerancePoints()).isEqualTo(CompositionRule.DEFAULT_TOLERANCE_POINTS);
    assertThat(rules.exemplarShare(about, exemplars, guests).passed()).isEqualTo(passes);
  }

  @Test
  void theResultSaysWhichKindOfShareItCheckedAndWhenTheToleranceIsTheDefault() {
    var about = new CompositionRule(70, 30, "§x", CompositionRule.ShareKind.APPROXIMATE, null, null, null);
    var below = rules.exemplarShare(about, 64, 36);
    assertThat(below.vietnamese()).contains("khoảng 70% (±5 điểm)").contains("từ 65% đến 75%")
        .contains("64% không đạt").contains("mặc định của hệ thống");
    assertThat(below.detail()).contains("about 70% (±5 points: 65–75%)").contains("workflow's default");
    assertThat(below.clause()).isEqualTo("§x");
    var stated = new CompositionRule(70, 30, "§y", CompositionRule.ShareKind.APPROXIMATE, 3, null, null);
    assertThat(stated.toleranceStated()).isTrue();
    assertThat(rules.exemplarShare(stated, 67, 33).passed()).isTrue();
    assertThat(rules.exemplarShare(stated, 66, 34).passed()).isFalse();
    assertThat(rules.exemplarShare(stated, 73, 27).passed()).isTrue();
    assertThat(rules.exemplarShare(stated, 74, 26).passed()).isFalse();
    assertThat(rules.exemplarShare(stated, 66, 34).vietnamese()).contains("khoảng 70% (±3 điểm)")
        .doesNotContain("mặc định");
    var minimum = rules.exemplarShare(new CompositionRule(70, 30, "§z"), 69, 31);
    assertThat(minimum.vietnamese()).contains("tối thiểu 70%").contains("69% không đạt").doesNotContain("khoảng");
    assertThat(minimum.detail()).contains("at least 70%");
    assertThat(rules.exemplarShare(new CompositionRule(70, 30, "§z"), 100, 0).passed())
        .as("a minimum has no upper bound").isTrue();
  }

  private static final PresidiumRule NINE_TO_ELEVEN = PresidiumRule.ofSize(9, 11, "1/3", true, "§III.3.4");

  @ParameterizedTest(name = "presidium {0} with {1} exemplars: {2}")
  @CsvSource({"9, 3, true", "9, 2, false", "8, 3, false", "11, 4, true", "11, 3, false", "12, 4, false",
      "10, 3, false", "10, 4, true"})
  void presidiumHasNineToElevenMembersAThirdOfThemExemplars(int size, int exemplars, boolean passes) {
    assertThat(rules.presidium(NINE_TO_ELEVEN, false, size, exemplars).passed()).isEqualTo(passes);
  }

  @Test
  void presidiumMayBeOmittedOnlyInAStagedFormat() {
    assertThat(rules.presidium(NINE_TO_ELEVEN, true, 0, 0).passed()).isTrue();
    assertThat(rules.presidium(NINE_TO_ELEVEN, false, 0, 0).passed()).isFalse();
  }

  @ParameterizedTest(name = "chaired by {0}: {1}")
  @CsvSource({"3, true", "2, false", "4, false"})
  void binhAnIsChairedByThreeLeaders(int size, boolean passes) {
    assertThat(rules.presidium(PresidiumRule.chairedByLeaders(3, "§II.4"), false, size, 0).passed())
        .isEqualTo(passes);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"2025-01-01, true", "2025-03-31, true", "2024-12-31, false", "2025-04-01, false"})
  void theConferenceDateIsInsideTheWindowInclusive(LocalDate date, boolean passes) {
    assertThat(rules.dateInWindow(VINH_THUAN_LOWER.window(), date).passed()).isEqualTo(passes);
  }

  @Test
  void theFormMustBeOneTheLevelAllows() {
    assertThat(rules.formAllowed(VINH_THUAN_LOWER, ConferenceForm.PATRIOTIC_EMULATION_CONGRESS).passed()).isTrue();
    assertThat(rules.formAllowed(VINH_THUAN_LOWER, ConferenceForm.GOOD_PEOPLE_GOOD_DEEDS_CONFERENCE).passed()).isFalse();
    assertThat(rules.formAllowed(VINH_THUAN_LOWER, null).passed()).isFalse();
  }

  @ParameterizedTest(name = "{0} collectives + {1} individuals: {2}")
  @CsvSource({"1, 5, true", "0, 0, true", "2, 5, false", "1, 6, false"})
  void vanYenSendsAtMostOneCollectiveAndFiveIndividuals(int collectives, int individuals, boolean passes) {
    assertThat(rules.upperQuota(new UpperQuotaRule(1, 5, "25/3/2020"), collectives, individuals).passed())
        .isEqualTo(passes);
  }

  @Test
  void presentationsFollowTheVanYenMixExactly() {
    var rule = new PresentationRule(5, Map.of(PresentationSource.RESIDENTIAL_GROUP, 2,
        PresentationSource.MASS_ORGANIZATION, 1, PresentationSource.AGENCY, 1, PresentationSource.INDIVIDUAL, 1),
        "§II.5.2");
    Map<PresentationSource, Integer> planned = new EnumMap<>(rule.mix());
    assertThat(rules.presentationMix(rule, planned).passed()).isTrue();
    planned.put(PresentationSource.RESIDENTIAL_GROUP, 1);
    planned.put(PresentationSource.INDIVIDUAL, 2);
    var result = rules.presentationMix(rule, planned);
    assertThat(result.passed()).isFalse();
    assertThat(result.detail()).contains("Tổ dân phố / thôn: 1 (plan 2)");
  }

  private static final ProgrammeRule PROGRAMME = new ProgrammeRule(List.of(
      new ProgrammeItem("FLAG_SALUTE", "Chào cờ", List.of(ConferenceForm.PATRIOTIC_EMULATION_CONGRESS)),
      new ProgrammeItem("OPENING", "Khai mạc", null),
      new ProgrammeItem("COMMENDATION", "Biểu dương", null),
      new ProgrammeItem("CLOSING", "Bế mạc", null)), "§III.1");

  @Test
  void programmeItemsArePresentAndInThePlansOrder() {
    var conference = ConferenceForm.ADVANCED_EXEMPLAR_CONFERENCE;
    assertThat(rules.programme(PROGRAMME, conference, List.of("OPENING", "COMMENDATION", "CLOSING")).passed()).isTrue();
    assertThat(rules.programme(PROGRAMME, conference, List.of("OPENING", "MUSIC", "COMMENDATION", "CLOSING")).vietnamese())
        .as("an item the plan does not list is refused by name")
        .isEqualTo("nội dung «MUSIC» không có trong chương trình của Kế hoạch");
    assertThat(rules.programme(PROGRAMME, conference, List.of("OPENING", "CLOSING")).detail())
        .contains("missing [COMMENDATION]");
    assertThat(rules.programme(PROGRAMME, conference, List.of("COMMENDATION", "OPENING", "CLOSING")).passed())
        .isFalse();
  }

  /**
   * A programme with two ceremonies before the session (the floral tribute, optional and not in the plan; the
   * martyrs' cemetery) and an optional exchange; each mode of reordering.
   */
  private static ProgrammeRule ordered(vn.thiduaflow.plan.model.ProgrammeOrder order) {
    return new ProgrammeRule(List.of(
        new ProgrammeItem("FLORAL_TRIBUTE", "Dâng hoa tại Tượng đài", null, "thông lệ", false, true, false),
        new ProgrammeItem("MARTYRS_TRIBUTE", "Viếng Nghĩa trang liệt sĩ", null, null, null, true, null),
        new ProgrammeItem("OPENING", "Khai mạc", null),
        new ProgrammeItem("REPORT", "Báo cáo tổng kết", null),
        new ProgrammeItem("EXCHANGE", "Giao lưu", null, "§III.1", null, null, false),
        new ProgrammeItem("COMMENDATION", "Biểu dương", null),
        new ProgrammeItem("CLOSING", "Bế mạc", null)), "§III.1", order, order == vn.thiduaflow.plan.model.ProgrammeOrder
        .FIXED ? null : "§III.1 đoạn cuối: đơn vị chủ động sắp xếp");
  }

  private static final List<String> PLAN_ORDER = List.of("FLORAL_TRIBUTE", "MARTYRS_TRIBUTE", "OPENING", "REPORT",
      "EXCHANGE", "COMMENDATION", "CLOSING");
  private static final List<String> SESSION_REORDERED = List.of("FLORAL_TRIBUTE", "MARTYRS_TRIBUTE", "OPENING",
      "EXCHANGE", "REPORT", "COMMENDATION", "CLOSING");
  private static final List<String> CEREMONIES_SWAPPED = List.of("MARTYRS_TRIBUTE", "FLORAL_TRIBUTE", "OPENING",
      "REPORT", "EXCHANGE", "COMMENDATION", "CLOSING");
  private static final List<String> CEREMONY_AFTER_OPENING = List.of("MARTYRS_TRIBUTE", "OPENING", "FLORAL_TRIBUTE",
      "REPORT", "EXCHANGE", "COMMENDATION", "CLOSING");

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.EnumSource(vn.thiduaflow.plan.model.ProgrammeOrder.class)
  void thePlansOwnOrderPassesInEveryMode(vn.thiduaflow.plan.model.ProgrammeOrder order) {
    assertThat(rules.programme(ordered(order), FORM, PLAN_ORDER).passed()).isTrue();
  }

  @Test
  void underAFixedOrderAReorderIsRefusedNamingTheItemsAndTheClause() {
    var result = rules.programme(ordered(vn.thiduaflow.plan.model.ProgrammeOrder.FIXED), FORM, SESSION_REORDERED);

    assertThat(result.passed()).isFalse();
    assertThat(result.clause()).isEqualTo("§III.1");
    assertThat(result.vietnamese()).isEqualTo("vị trí thứ 4 là «Giao lưu», Kế hoạch xếp «Báo cáo tổng kết»; "
        + "vị trí thứ 5 là «Báo cáo tổng kết», Kế hoạch xếp «Giao lưu»; Kế hoạch không cho thay đổi thứ tự các nội dung");
    assertThat(rules.programme(ordered(vn.thiduaflow.plan.model.ProgrammeOrder.FIXED), FORM, CEREMONIES_SWAPPED)
        .passed()).as("the ceremonies too").isFalse();
  }

  @Test
  void underAFreeOrderAnyOrderPassesWithTheCeremoniesFirst() {
    var free = ordered(vn.thiduaflow.plan.model.ProgrammeOrder.FREE);

    assertThat(rules.programme(free, FORM, SESSION_REORDERED).passed()).isTrue();
    assertThat(rules.programme(free, FORM, CEREMONIES_SWAPPED).passed()).isTrue();
    assertThat(rules.programme(free, FORM, List.of("MARTYRS_TRIBUTE", "FLORAL_TRIBUTE", "CLOSING", "COMMENDATION",
        "REPORT", "OPENING")).passed()).isTrue();
    assertThat(rules.programme(free, FORM, CEREMONY_AFTER_OPENING).vietnamese())
        .as("a ceremony before the session stays before it in every mode")
        .isEqualTo("«Dâng hoa tại Tượng đài» là nghi thức trước phiên khai mạc, phải đặt trước «Khai mạc»");
  }

  @Test
  void withinTheSessionTheItemsMoveButTheCeremoniesStayFirstInThePlansOrder() {
    var within = ordered(vn.thiduaflow.plan.model.ProgrammeOrder.WITHIN_SESSION);

    assertThat(rules.programme(within, FORM, SESSION_REORDERED).passed()).isTrue();
    var after = rules.programme(within, FORM, CEREMONY_AFTER_OPENING);
    assertThat(after.passed()).isFalse();
    assertThat(after.vietnamese()).startsWith(
        "«Dâng hoa tại Tượng đài» là nghi thức trước phiên khai mạc, phải đặt trước «Khai mạc»");
    var swapped = rules.programme(within, FORM, CEREMONIES_SWAPPED);
    assertThat(swapped.passed()).isFalse();
    assertThat(swapped.vietnamese()).contains("vị trí thứ 1 là «Viếng Nghĩa trang liệt sĩ», Kế hoạch xếp «Dâng hoa tại "
        + "Tượng đài»", "Kế hoạch chỉ cho sắp xếp lại các nội dung trong phiên hội nghị");
    assertThat(swapped.clause()).isEqualTo("§III.1; §III.1 đoạn cuối: đơn vị chủ động sắp xếp");
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.EnumSource(vn.thiduaflow.plan.model.ProgrammeOrder.class)
  void optionalItemsMayBeLeftOutButARequiredOneMayNot(vn.thiduaflow.plan.model.ProgrammeOrder order) {
    var rule = ordered(order);

    assertThat(rules.programme(rule, FORM, List.of("MARTYRS_TRIBUTE", "OPENING", "REPORT", "COMMENDATION", "CLOSING"))
        .passed()).as("the floral tribute and the exchange are optional").isTrue();
    var missing = rules.programme(rule, FORM, List.of("FLORAL_TRIBUTE", "OPENING", "REPORT", "EXCHANGE", "CLOSING"));
    assertThat(missing.passed()).isFalse();
    assertThat(missing.vietnamese())
        .isEqualTo("thiếu nội dung bắt buộc: «Viếng Nghĩa trang liệt sĩ»; «Biểu dương»");
    assertThat(missing.detail()).contains("missing [MARTYRS_TRIBUTE, COMMENDATION]");
  }

  @Test
  void everyProblemIsNamedAtOnce() {
    var result = rules.programme(ordered(vn.thiduaflow.plan.model.ProgrammeOrder.WITHIN_SESSION), FORM,
        List.of("OPENING", "OPENING", "DANCE", "FLORAL_TRIBUTE", "REPORT", "COMMENDATION", "CLOSING"));

    assertThat(result.vietnamese()).isEqualTo("«Khai mạc» có hai lần; nội dung «DANCE» không có trong chương trình "
        + "của Kế hoạch; thiếu nội dung bắt buộc: «Viếng Nghĩa trang liệt sĩ»; «Dâng hoa tại Tượng đài» là nghi thức "
        + "trước phiên khai mạc, phải đặt trước «Khai mạc»");
  }

  @Test
  void anItemKeptForAnotherFormIsRefused() {
    var result = rules.programme(PROGRAMME, ConferenceForm.ADVANCED_EXEMPLAR_CONFERENCE,
        List.of("FLAG_SALUTE", "OPENING", "COMMENDATION", "CLOSING"));

    assertThat(result.vietnamese()).isEqualTo("«Chào cờ» không thuộc chương trình của hình thức «"
        + ConferenceForm.ADVANCED_EXEMPLAR_CONFERENCE.label() + "»");
  }

  private static final ConferenceForm FORM = ConferenceForm.EXEMPLAR_COMMENDATION_CONFERENCE;

  @Test
  void aCongressMustOpenWithTheFlagSalute() {
    var congress = ConferenceForm.PATRIOTIC_EMULATION_CONGRESS;
    assertThat(rules.programme(PROGRAMME, congress, List.of("OPENING", "COMMENDATION", "CLOSING")).passed()).isFalse();
    assertThat(rules.programme(PROGRAMME, congress, List.of("FLAG_SALUTE", "OPENING", "COMMENDATION", "CLOSING"))
        .passed()).isTrue();
  }

  @ParameterizedTest(name = "{0} official + {1} guests → {2}")
  @CsvSource({"2025, 198, true", "2026, 198, false", "2025, 199, false", "2024, 197, true", "0, 0, true"})
  void theNationalCongressHasAtMost2025OfficialAnd198GuestDelegates(int official, int guests, boolean passes) {
    var rule = new vn.thiduaflow.plan.model.DelegationRule(2025, 198, 105, "Đại hội XI");
    var result = rules.delegationNumbers(rule, official, guests);
    assertThat(result.passed()).isEqualTo(passes);
    assertThat(result.clause()).isEqualTo("Đại hội XI");
  }

  @ParameterizedTest(name = "{0} delegations → {1}")
  @CsvSource({"105, true", "104, false", "106, false"})
  void theNationalCongressHasExactly105Delegations(int delegations, boolean passes) {
    var rule = new vn.thiduaflow.plan.model.DelegationRule(2025, 198, 105, "Đại hội XI");
    assertThat(rules.delegations(rule, delegations).passed()).isEqualTo(passes);
  }

  @Test
  void delegationNumbersAreNotCheckedWhenThePlanStatesNone() {
    assertThat(rules.delegationNumbers(null, 5000, 5000).passed()).isTrue();
    assertThat(rules.delegations(null, 1).passed()).isTrue();
  }
}
