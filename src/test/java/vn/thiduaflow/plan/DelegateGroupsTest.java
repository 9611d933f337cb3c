package vn.thiduaflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import vn.thiduaflow.plan.model.DelegateGroup;
import vn.thiduaflow.plan.model.DelegationRule;
import vn.thiduaflow.plan.model.Plan;

/**
 * A congress's delegate groups with a count each (test plan test-chain-national, the 11th National Congress: 2,025
 * official delegates and 198 guests): the official groups may fill the official delegates exactly, never one more, and
 * the guest groups the guests.
 */
class DelegateGroupsTest {

  @Test
  void theGroupsFillTheOfficialDelegatesAndTheGuestsExactly() throws IOException {
    DelegationRule d = PlanFiles.read("test-chain-national.yaml", PlanFiles.testPlan("test-chain-national.yaml")).ownConference().delegation();
    assertThat(d.groups()).hasSize(7);
    assertThat(d.groupTotal(false)).isEqualTo(2025).isEqualTo(d.officialDelegates());
    assertThat(d.groupTotal(true)).isEqualTo(198).isEqualTo(d.guestDelegates());
    assertThat(d.groups()).filteredOn(DelegateGroup::guests).extracting(DelegateGroup::code)
        .containsExactly("LEADERS", "PRESS");
  }

  @Test
  void oneMoreInTheGroupsThanTheCongressHasIsRefusedAtLoad() throws IOException {
    String over = PlanFiles.testPlan("test-chain-national.yaml").replace("count: 1580", "count: 1581").replace("count: 30, guests: true", "count: 31, guests: true")
        .replace("code: HEROIC_MOTHERS", "code: HEROES");
    assertThatThrownBy(() -> PlanFiles.read("test-chain-national.yaml", over))
        .isInstanceOfSatisfying(PlanFileException.class, e -> assertThat(e.problems())
            .extracting(p -> p.field() + ": " + p.problem()).anySatisfy(p -> assertThat(p)
                .contains("official groups add up to 2026, more than officialDelegates (2025)"))
            .anySatisfy(p -> assertThat(p).contains("guest groups add up to 199, more than guestDelegates (198)"))
            .anySatisfy(p -> assertThat(p).contains("groups[2].code").contains("used twice")));
  }

  @Test
  void aCongressWithoutNamedGroupsStillLoads() {
    Plan plan = PlanFiles.read("national-11th-congress-2025.yaml", PlanFiles.seed("national-11th-congress-2025.yaml"));
    assertThat(plan.ownConference().delegation().groups()).isEmpty();
  }
}
