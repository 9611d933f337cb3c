package vn.thiduaflow.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thiduaflow.plan.model.AttendanceRule;
import vn.thiduaflow.plan.model.Cap;
import vn.thiduaflow.plan.model.CapScope;
import vn.thiduaflow.plan.model.ConferenceDuration;
import vn.thiduaflow.plan.model.ConferenceForm;
import vn.thiduaflow.plan.model.DateWindow;
import vn.thiduaflow.plan.model.TierRules;
import vn.thiduaflow.rule.RuleResult;

/**
 * A cap stated for delegate conferences only (172/KH-UBND §II.2.1) against one stated for every conference of a level
 * (a plan capping grassroots conferences at 50 people while plenaries sit below 200 staff), at the composition step.
 */
class LevelRulesTest {

  private final ConferenceRules rules = new ConferenceRules();

  private static TierRules grassroots(CapScope scope) {
    return new TierRules("§III", null, List.of(ConferenceForm.EXEMPLAR_COMMENDATION_CONFERENCE),
        new DateWindow(LocalDate.of(2014, 8, 1), LocalDate.of(2014, 9, 30), "§III.1"), ConferenceDuration.ONE_SESSION,
        new AttendanceRule(200, "§III.2: dưới 200 người: toàn thể"), new Cap(50, "§III.2: tối đa 50 người", scope),
        null, null, null);
  }

  @Test
  void aCapOnEveryConferenceBindsAPlenaryExactlyTheCapPasses() {
    TierRules tier = grassroots(CapScope.EVERY_CONFERENCE);
    assertThat(rules.delegateCap(tier, AttendanceMode.PLENARY, 50).passed()).isTrue();
    RuleResult over = rules.delegateCap(tier, AttendanceMode.PLENARY, 51);
    assertThat(over.passed()).isFalse();
    assertThat(over.vietnamese()).contains("51").contains("50");
    assertThat(over.clause()).isEqualTo("§III.2: tối đa 50 người");
    assertThat(rules.delegateCap(tier, AttendanceMode.DELEGATE, 51).passed()).isFalse();
  }

  @Test
  void aCapOnDelegateConferencesLeavesAPlenaryFreeButBindsADelegateConference() {
    TierRules tier = grassroots(CapScope.DELEGATE_CONFERENCES);
    assertThat(rules.delegateCap(tier, AttendanceMode.PLENARY, 199).passed()).isTrue();
    assertThat(rules.delegateCap(tier, AttendanceMode.DELEGATE, 50).passed()).isTrue();
    assertThat(rules.delegateCap(tier, AttendanceMode.DELEGATE, 51).passed()).isFalse();
  }

  @Test
  void aCapWithoutScopeIsForDelegateConferences() {
    assertThat(new Cap(200, "§II.2.1").appliesTo()).isEqualTo(CapScope.DELEGATE_CONFERENCES);
    assertThat(new Cap(200, "§II.2.1").bindsPlenary()).isFalse();
  }
}
