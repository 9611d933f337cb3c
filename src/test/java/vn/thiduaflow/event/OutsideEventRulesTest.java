package vn.thiduaflow.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.thiduaflow.plan.model.OutsideEvent;
import vn.thiduaflow.rule.Rule;
import vn.thiduaflow.rule.RuleResult;

/**
 * Rule OUTSIDE_EVENT_ORDER at its boundaries: "before the provincial Party congress" means a strictly earlier day (the
 * day before passes, the congress's own day fails), "after" a strictly later one (the day after passes, the day fails).
 */
class OutsideEventRulesTest {

  private static final LocalDate CONGRESS = LocalDate.of(2025, 10, 20);
  private static final OutsideEvent EVENT = new OutsideEvent("PROVINCIAL_PARTY_CONGRESS",
      "Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XV", CONGRESS, "§I");
  private static final CurrentEvent AS_PLANNED = new CurrentEvent(EVENT, CONGRESS, null);
  private static final OutsideEvent.Relation BEFORE =
      new OutsideEvent.Relation(EVENT.code(), OutsideEvent.Order.BEFORE, "§II.1: trước Đại hội Đảng bộ tỉnh");
  private static final OutsideEvent.Relation AFTER =
      new OutsideEvent.Relation(EVENT.code(), OutsideEvent.Order.AFTER, "§II.2: sau Đại hội Đảng bộ tỉnh");

  @Test
  void beforeTheCongressTheDayBeforePassesAndTheCongressDayFails() {
    RuleResult dayBefore = OutsideEventRules.order(AS_PLANNED, BEFORE, CONGRESS.minusDays(1));
    assertThat(dayBefore.passed()).isTrue();
    assertThat(dayBefore.rule()).isEqualTo(Rule.OUTSIDE_EVENT_ORDER);
    assertThat(dayBefore.clause()).isEqualTo("§II.1: trước Đại hội Đảng bộ tỉnh");
    RuleResult sameDay = OutsideEventRules.order(AS_PLANNED, BEFORE, CONGRESS);
    assertThat(sameDay.passed()).isFalse();
    assertThat(sameDay.vietnamese()).isEqualTo("hội nghị ngày 20/10/2025 không trước Đại hội đại biểu Đảng bộ tỉnh"
        + " Lai Châu lần thứ XV (ngày 20/10/2025): phải tổ chức chậm nhất ngày 19/10/2025");
    assertThat(OutsideEventRules.order(AS_PLANNED, BEFORE, CONGRESS.plusDays(1)).passed()).isFalse();
  }

  @Test
  void afterTheCongressTheDayAfterPassesAndTheCongressDayFails() {
    assertThat(OutsideEventRules.order(AS_PLANNED, AFTER, CONGRESS.plusDays(1)).passed()).isTrue();
    RuleResult sameDay = OutsideEventRules.order(AS_PLANNED, AFTER, CONGRESS);
    assertThat(sameDay.passed()).isFalse();
    assertThat(sameDay.vietnamese()).endsWith("không sau Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XV (ngày"
        + " 20/10/2025): phải tổ chức sớm nhất ngày 21/10/2025");
    assertThat(OutsideEventRules.order(AS_PLANNED, AFTER, CONGRESS.minusDays(1)).passed()).isFalse();
  }

  @Test
  void aConferenceWithoutADayFailsAndAMovedEventIsJudgedAtItsNewDateNamingTheOldOne() {
    assertThat(OutsideEventRules.order(AS_PLANNED, BEFORE, null).vietnamese())
        .startsWith("chưa có ngày hội nghị: phải tổ chức chậm nhất ngày 19/10/2025");
    var change = new OutsideEventDate(1L, EVENT.code(), LocalDate.of(2025, 9, 1), CONGRESS, "Tỉnh ủy đổi lịch",
        "laichau.office", CONGRESS.atStartOfDay());
    var moved = new CurrentEvent(EVENT, LocalDate.of(2025, 9, 1), change);
    assertThat(OutsideEventRules.order(moved, BEFORE, LocalDate.of(2025, 8, 31)).passed()).isTrue();
    RuleResult refused = OutsideEventRules.order(moved, BEFORE, LocalDate.of(2025, 9, 1));
    assertThat(refused.passed()).isFalse();
    assertThat(refused.vietnamese()).contains("(ngày 01/09/2025, Thường trực đã điều chỉnh từ ngày 20/10/2025)")
        .endsWith("chậm nhất ngày 31/08/2025");
    assertThat(refused.detail()).contains("changed from the plan's 2025-10-20");
  }
}
