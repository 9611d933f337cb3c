package vn.thiduaflow.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thiduaflow.ThiDuaFlowSpringTest;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.deadline.DeadlineKind;
import vn.thiduaflow.deadline.Escalation;
import vn.thiduaflow.deadline.NotificationKind;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.submission.ConferenceSubmission;
import vn.thiduaflow.submission.OrganizingCommitteeService;
import vn.thiduaflow.submission.SubmissionService;

/**
 * The test plan {@code test-early-submission} (Huyện Văn Quan and three communes, issue 22) simulated end to end with
 * one late secretary (Xã Liên Hội, who also sends the nominations late): every commune sets up its organizing committee
 * and sends its two submissions — the early fixed date 15/01/2025 to Sở Nội vụ and the drafts 20 days before its
 * conference — and only the unit that really sent late is flagged, although every conference falls after 15/01.
 */
@ThiDuaFlowSpringTest
class EarlySubmissionScenarioTest {

  private static final String LATE = "06268";

  @Autowired CampaignSimulator simulator;
  @Autowired SubmissionService submissions;
  @Autowired OrganizingCommitteeService committees;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theSubmissionsAppearWithTheirDeadlinesAndOnlyTheLateUnitIsFlagged() {
    SimulationScript script = new SimulationScript(Set.of(), Set.of(LATE), Set.of(), Set.of(), Set.of(), Set.of(),
        Set.of(), Set.of());
    SimulationResult r = simulator.run("test-early-submission", script);
    assertThat(r.completed()).isTrue();

    List<Conference> communes = r.conferences().stream().filter(c -> c.getTier() == Tier.LOWER).toList();
    assertThat(communes).hasSize(3);
    for (Conference c : communes) {
      assertThat(c.getScheduledOn()).as("every conference falls after the fixed date").isAfter(LocalDate.of(2025, 1, 15));
      List<ConferenceSubmission> sent = submissions.of(c.getId());
      assertThat(sent).extracting(ConferenceSubmission::getCode)
          .containsExactly("plan-to-home-affairs", "drafts-to-standing-office");
      assertThat(sent.get(0).getDueOn()).isEqualTo(LocalDate.of(2025, 1, 15));
      assertThat(sent.get(1).getDueOn()).isEqualTo(c.getScheduledOn().minusDays(20));
      assertThat(sent).allSatisfy(s -> assertThat(s.getSentAt()).isNotNull());
      boolean late = c.getUnitCode().equals(LATE);
      assertThat(sent).allSatisfy(s -> assertThat(s.getSentAt().toLocalDate().isAfter(s.getDueOn()))
          .as(c.getUnitName() + " " + s.getCode() + " late").isEqualTo(late));
      assertThat(committees.of(c.getId())).as("committee of " + c.getUnitName()).isPresent();
    }
    Conference district = r.conferences().stream().filter(c -> c.getTier() == Tier.OWN).findFirst().orElseThrow();
    assertThat(submissions.of(district.getId())).as("the plan asks the communes only").isEmpty();
    assertThat(committees.of(district.getId())).isEmpty();

    Map<String, Long> flagged = r.escalations().stream().filter(e -> e.getDeadline() == DeadlineKind.SUBMISSION)
        .collect(Collectors.groupingBy(e -> unitOf(r, e), Collectors.counting()));
    assertThat(flagged).as("one escalation per late submission, only for the late unit").isEqualTo(Map.of(LATE, 2L));
    assertThat(r.escalations()).filteredOn(e -> e.getDeadline() == DeadlineKind.SUBMISSION)
        .allSatisfy(e -> assertThat(e.getResolvedAt()).isNotNull());
    assertThat(r.notifications()).filteredOn(n -> n.getKind() == NotificationKind.SUBMISSION_SENT).hasSize(6);
    assertThat(r.timeline()).anySatisfy(t -> assertThat(t.what()).startsWith("Gửi Kế hoạch tổ chức Hội nghị và Quyết"
        + " định thành lập Ban Tổ chức đến Sở Nội vụ tỉnh Lạng Sơn"));
  }

  private static String unitOf(SimulationResult r, Escalation e) {
    return r.conferences().stream().filter(c -> c.getId().equals(e.getConferenceId())).findFirst().orElseThrow()
        .getUnitCode();
  }
}
