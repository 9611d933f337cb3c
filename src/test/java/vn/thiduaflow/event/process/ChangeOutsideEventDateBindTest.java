package vn.thiduaflow.event.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.council.CouncilMember;
import vn.thiduaflow.council.CouncilMemberRepository;
import vn.thiduaflow.event.RunningCampaigns;
import vn.thiduaflow.plan.PlanCatalog;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.unit.AdminStructure;
import vn.thiduaflow.unit.UnitLevel;

/**
 * In a provincial cascade each district runs a campaign of its own under a plan derived from the province's, which
 * carries the province's outside events: a district's standing office may not move the provincial Party congress for
 * its own subtree — only the issuing province's office may.
 */
class ChangeOutsideEventDateBindTest {

  private final CouncilMemberRepository members = mock(CouncilMemberRepository.class);
  private final RunningCampaigns campaigns = mock(RunningCampaigns.class);
  private final PlanCatalog plans = mock(PlanCatalog.class);
  private final ChangeOutsideEventDate change = new ChangeOutsideEventDate(members, campaigns, plans);

  @Test
  void aDistrictsOfficeUnderAProvincialCascadeIsRefusedNamingTheProvince() {
    Campaign province = new Campaign("kien-giang-province-2025", AdminStructure.THREE_LEVEL, "91", "Tỉnh Kiên Giang",
        UnitLevel.PROVINCE, null, LocalDateTime.of(2025, 1, 1, 8, 0), LocalDateTime.now());
    ReflectionTestUtils.setField(province, "id", 1L);
    Campaign district = new Campaign("kien-giang-province-2025@912", AdminStructure.THREE_LEVEL, "912",
        "Huyện An Biên", UnitLevel.DISTRICT, province, LocalDateTime.of(2025, 1, 1, 8, 0), LocalDateTime.now());
    ReflectionTestUtils.setField(district, "id", 2L);
    when(members.findByUsernameAndRole("912.standing-office", CouncilRole.STANDING_OFFICE)).thenReturn(List.of(
        new CouncilMember(AdminStructure.THREE_LEVEL, "912", "912.standing-office", "Văn phòng HĐ huyện",
            CouncilRole.STANDING_OFFICE, false)));
    when(campaigns.running(AdminStructure.THREE_LEVEL, "912")).thenReturn(Optional.of(district));
    when(campaigns.find(1L)).thenReturn(Optional.of(province));
    DelegateExecution execution = mock(DelegateExecution.class, RETURNS_DEEP_STUBS);
    when(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication())
        .thenReturn(new Authentication("912.standing-office", List.of()));

    assertThatThrownBy(() -> change.bind(execution)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        org.assertj.core.api.Assertions.assertThat(e.vietnamese()).contains("do Tỉnh Kiên Giang ban hành")
            .contains("chỉ Thường trực Hội đồng của Tỉnh Kiên Giang"));
    verify(execution, never()).setProcessBusinessKey(org.mockito.ArgumentMatchers.anyString());
  }

  /**
   * Behind the authorization (only the issuer's office is granted the process): an office whose unit runs no campaign
   * of its own — a commune inside the province's campaign — is refused at start, naming why, and nothing is bound.
   */
  @Test
  void anOfficeWhoseUnitRunsNoCampaignIsRefusedAtStart() {
    when(members.findByUsernameAndRole("00001.standing-office", CouncilRole.STANDING_OFFICE)).thenReturn(List.of(
        new CouncilMember(AdminStructure.TWO_LEVEL, "00001", "00001.standing-office", "Văn phòng HĐ xã",
            CouncilRole.STANDING_OFFICE, false)));
    when(campaigns.running(AdminStructure.TWO_LEVEL, "00001")).thenReturn(Optional.empty());
    DelegateExecution execution = mock(DelegateExecution.class, RETURNS_DEEP_STUBS);
    when(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication())
        .thenReturn(new Authentication("00001.standing-office", List.of()));

    assertThatThrownBy(() -> change.bind(execution)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo("initiator");
      org.assertj.core.api.Assertions.assertThat(e.vietnamese())
          .contains("chỉ Thường trực của đơn vị ban hành Kế hoạch mới đổi được ngày sự kiện");
    });
    verify(execution, never()).setProcessBusinessKey(org.mockito.ArgumentMatchers.anyString());
  }
}
