package vn.thiduaflow.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thiduaflow.ThiDuaFlowSpringTest;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.deadline.DeadlineKind;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.rule.Rule;
import vn.thiduaflow.submission.ConferenceSubmission;
import vn.thiduaflow.submission.OrganizingCommitteeService;
import vn.thiduaflow.unit.UnitLevel;

/**
 * Issue 22's "done when": plan files written from scratch (src/test/resources/plans) each load, simulate end to end
 * and show in the output the pilots first, the submissions with their deadlines, flags only where a unit really is
 * late and the quotas as decided; the simulation also tries the day before each conference's window opens and is
 * refused (rule DATE_IN_WINDOW). The fourth plan of the issue, the 2014 province with fixed windows and caps of 50 /
 * 200 / 500, is {@link LevelRulesScenarioTest}'s.
 *
 * <ul>
 *   <li>test-province-three-pilots-early-submission (Tỉnh Hà Giang, 2024–2025): three pilots of different kinds and an
 *       early fixed-date submission (31/10/2024) of the units' plan and organizing-committee decision to Sở Nội vụ;
 *   <li>test-ministry-blocks-vertical-line (a ministry's campaign inside the national plan): agencies and enterprises in
 *       emulation blocks, a department that nominates a person of its sector in a commune (its vertical line);
 *   <li>test-ministry-issues-own-plan (the ministry issues the plan itself): its congress has its own rules, apart
 *       from its departments'; a department's vertical line reaches the provinces;
 *   <li>test-two-level-quotas-before-congress (Tỉnh Điện Biên, after 1/7/2025): the communes' quotas decided by the
 *       provincial standing office, the provincial congress before the provincial Party congress (15/10/2025).
 * </ul>
 */
@ThiDuaFlowSpringTest
class DoneWhenScenarioTest {

  @Autowired CampaignSimulator simulator;
  @Autowired ConferenceQueries conferenceService;
  @Autowired OrganizingCommitteeService committees;
  @Autowired NominationRepository nominations;
  @Autowired vn.thiduaflow.quota.DelegateQuotaService quotas;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static SimulationScript lateNominations(String unitCode) {
    return new SimulationScript(Set.of(), Set.of(unitCode), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
        Set.of());
  }

  private static String report(SimulationResult r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SimulationReport.print(r, new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  private static Conference conference(SimulationResult r, String unitCode) {
    return r.conferences().stream().filter(c -> c.getUnitCode().equals(unitCode)).findFirst().orElseThrow();
  }

  private static String unitCodeOf(SimulationResult r, Long conferenceId) {
    return r.conferences().stream().filter(c -> c.getId().equals(conferenceId)).findFirst().orElseThrow()
        .getUnitCode();
  }

  /**
   * Every conference first tried the day before its window opened, was refused by DATE_IN_WINDOW with its window's
   * clause, and was then held inside the window; the report lists the tries.
   */
  private void assertEveryWindowWasProbedBeforeItOpened(SimulationResult r, String report) {
    assertThat(r.windowProbes()).extracting(SimulationResult.WindowProbe::conferenceId)
        .containsExactlyInAnyOrderElementsOf(r.conferences().stream().map(Conference::getId).toList());
    for (SimulationResult.WindowProbe p : r.windowProbes()) {
      Conference c = r.conferences().stream().filter(x -> x.getId().equals(p.conferenceId())).findFirst().orElseThrow();
      assertThat(p.triedOn()).as(c.getUnitName()).isEqualTo(p.window().from().minusDays(1))
          .isEqualTo(conferenceService.windowOf(c).from().minusDays(1));
      assertThat(p.refusal()).as(c.getUnitName() + " refused").isNotNull();
      assertThat(p.refusal().rule()).isEqualTo(Rule.DATE_IN_WINDOW);
      assertThat(p.refusal().clause()).isEqualTo(p.window().clause());
      assertThat(c.getHeldOn()).as(c.getUnitName()).isBetween(p.window().from(), p.window().to());
    }
    assertThat(r.refusals()).filteredOn(x -> x.result().rule() == Rule.DATE_IN_WINDOW)
        .hasSizeGreaterThanOrEqualTo(r.conferences().size());
    assertThat(report).contains("--- Thử ngày trước thời gian tổ chức / Tries of the day before each window opens: "
        + r.conferences().size() + " (" + r.conferences().size() + " refused) ---");
    Conference first = r.conferences().get(0);
    var window = conferenceService.windowOf(first);
    assertThat(report).contains(first.getUnitName()).contains("window " + window.from() + " … " + window.to()
        + "; tried " + window.from().minusDays(1) + " → refused by DATE_IN_WINDOW [" + window.clause() + "]");
  }

  /** Escalations only for the unit the script made late, and the report's escalation lines name it. */
  private static void assertFlaggedOnly(SimulationResult r, String report, String lateUnit) {
    assertThat(r.escalations()).as("flags").isNotEmpty()
        .allSatisfy(e -> assertThat(unitCodeOf(r, e.getConferenceId())).isEqualTo(lateUnit));
    Conference late = conference(r, lateUnit);
    assertThat(report).contains("--- Leo thang / Escalations: " + r.escalations().size() + " ---")
        .contains("conference " + late.getId() + "  " + late.getUnitName());
  }

  @Test
  void aProvinceWithThreePilotsAndAnEarlyFixedDateSubmission() {
    String late = "00691"; // Phường Trần Phú: its secretary sends the nominations and the submission 3 days late
    SimulationResult r = simulator.run("test-province-three-pilots-early-submission", lateNominations(late));
    String report = report(r);

    assertThat(r.completed()).isTrue();
    assertThat(r.conferences()).hasSize(11).allSatisfy(c -> assertThat(c.getHeldOn()).as(c.getUnitName()).isNotNull());

    // the pilots: a department, a state company and a district with communes, each held first in its own window
    Conference department = conference(r, "HG-SYT");
    Conference company = conference(r, "HG-XSKT");
    Conference district = conference(r, "026");
    assertThat(r.pilots()).extracting(p -> p.conference().getUnitCode())
        .containsExactlyInAnyOrder("HG-SYT", "HG-XSKT", "026");
    assertThat(department.getTier()).isEqualTo(Tier.LOWER);
    assertThat(district.getTier()).as("the own conference of the pilot district's campaign").isEqualTo(Tier.OWN);
    for (SimulationResult.PilotWindow p : r.pilots()) {
      Conference pilot = p.conference();
      assertThat(pilot.getHeldOn()).as(pilot.getUnitName()).isBetween(p.window().from(), p.window().to());
      assertThat(r.conferences()).filteredOn(c -> !c.isPilot() && c.getUnitLevel() == pilot.getUnitLevel())
          .as("the other units of " + pilot.getUnitName() + "'s level").isNotEmpty()
          .allSatisfy(c -> assertThat(c.getHeldOn()).as(c.getUnitName()).isAfter(pilot.getHeldOn()));
    }
    assertThat(department.getHeldOn()).isBetween(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 2, 14));
    assertThat(company.getHeldOn()).isBetween(LocalDate.of(2025, 1, 13), LocalDate.of(2025, 2, 21));
    for (String commune : List.of("00712", "00715")) { // the pilot district's communes, in their earlier window
      assertThat(conference(r, commune).getHeldOn()).isBetween(LocalDate.of(2024, 11, 4), LocalDate.of(2024, 12, 13))
          .isBefore(district.getHeldOn());
    }
    int pilots = report.indexOf("--- Đơn vị chỉ đạo điểm / Pilots (held first, each in its own window): 3 ---");
    assertThat(pilots).as("the pilots come first").isPositive()
        .isLessThan(report.indexOf("--- Thử ngày trước thời gian tổ chức"))
        .isLessThan(report.indexOf("--- Hồ sơ gửi trước hội nghị"))
        .isLessThan(report.indexOf("--- Diễn biến / Timeline"));
    assertThat(report).contains("* Sở Y tế tỉnh Hà Giang (" + department.getUnitLevel().label() + ") — window "
        + "2025-01-06 … 2025-02-14; held " + department.getHeldOn(), "* Huyện Đồng Văn (" + UnitLevel.DISTRICT.label()
        + ") — window 2025-01-06 … 2025-02-14; held " + district.getHeldOn());

    // the early fixed-date submission: the departments, companies, districts and communes, with the committee; nobody
    // else. The districts send theirs on time though their communes hold their conferences first: a district's own
    // conference opens with its campaign, only its nominations wait for the communes' delegates
    List<Conference> sending = r.conferences().stream().filter(c -> c.getUnitLevel() != UnitLevel.PROVINCE).toList();
    assertThat(sending).hasSize(10).filteredOn(c -> c.getUnitLevel() == UnitLevel.DISTRICT).hasSize(2)
        .allSatisfy(c -> assertThat(c.getTier()).as("a district running its own campaign").isEqualTo(Tier.OWN));
    assertThat(r.submissions()).hasSize(10).allSatisfy(s -> {
      assertThat(s.getCode()).isEqualTo("plan-to-home-affairs");
      assertThat(s.getDueOn()).isEqualTo(LocalDate.of(2024, 10, 31));
      assertThat(s.getRecipient()).isEqualTo("Sở Nội vụ tỉnh Hà Giang");
      assertThat(s.getSentAt()).isNotNull();
      assertThat(s.getSentAt().toLocalDate().isAfter(s.getDueOn())).as(unitCodeOf(r, s.getConferenceId()) + " late")
          .isEqualTo(unitCodeOf(r, s.getConferenceId()).equals(late));
    });
    assertThat(r.submissions()).extracting(ConferenceSubmission::getConferenceId)
        .containsExactlyInAnyOrderElementsOf(sending.stream().map(Conference::getId).toList());
    assertThat(sending).allSatisfy(c -> {
      assertThat(c.getScheduledOn()).as("every conference after the early date").isAfter(LocalDate.of(2024, 10, 31));
      assertThat(committees.of(c.getId())).as("organizing committee of " + c.getUnitName()).isPresent();
    });
    assertThat(report).contains("--- Hồ sơ gửi trước hội nghị / Submissions with their deadlines: 10 (1 late) ---")
        .containsPattern("Phường Trần Phú +Kế hoạch tổ chức Hội nghị và Quyết định thành lập Ban Tổ chức → Sở Nội vụ"
            + " tỉnh Hà Giang; due 2024-10-31; sent \\d{4}-\\d\\d-\\d\\d \\(LATE\\)")
        .containsPattern("Sở Y tế tỉnh Hà Giang .*; due 2024-10-31; sent \\d{4}-\\d\\d-\\d\\d\n")
        .containsPattern("Huyện Đồng Văn .*; due 2024-10-31; sent 2024-\\d\\d-\\d\\d\n");

    // flags only where the unit really is late: its submission and its nominations
    assertFlaggedOnly(r, report, late);
    assertThat(r.escalations()).extracting(e -> e.getDeadline())
        .containsExactlyInAnyOrder(DeadlineKind.SUBMISSION, DeadlineKind.NOMINATIONS);
    assertThat(r.quotas()).as("every quota is the plan's own").isEmpty();
    assertThat(report).doesNotContain("Quotas as decided");
    assertEveryWindowWasProbedBeforeItOpened(r, report);
  }

  @Test
  void aMinistryOfAgenciesAndEnterprisesInEmulationBlocksWithADepartmentInvitingItsVerticalLine() {
    String late = "NNMT-VKHNN"; // the institute's secretary sends the nominations 3 days late
    SimulationResult r = simulator.run("test-ministry-blocks-vertical-line", lateNominations(late));
    String report = report(r);

    assertThat(r.completed()).isTrue();
    // the national congress, the province, the ministry, its two blocks, two agencies and two enterprises
    assertThat(r.conferences()).hasSize(9).allSatisfy(c -> assertThat(c.getHeldOn()).as(c.getUnitName()).isNotNull());
    Conference nation = conference(r, "VN");
    Conference ministry = conference(r, "NNMT");
    Conference agencies = conference(r, "NNMT-KHOI-CQ");
    Conference enterprises = conference(r, "NNMT-KHOI-DN");
    assertThat(ministry.getUnitLevel()).isEqualTo(UnitLevel.AGENCY);
    assertThat(List.of(agencies, enterprises)).allSatisfy(b -> {
      assertThat(b.getUnitLevel()).isEqualTo(UnitLevel.EMULATION_BLOCK);
      assertThat(b.getTier()).as("a block runs the campaign of its members").isEqualTo(Tier.OWN);
      assertThat(b.getHeldOn()).isBefore(ministry.getHeldOn());
    });
    for (String code : List.of("NNMT-CTTBVTV", "NNMT-VKHNN")) {
      assertThat(conference(r, code).getUnitLevel()).isEqualTo(UnitLevel.AGENCY);
      assertThat(conference(r, code).getHeldOn()).isBefore(agencies.getHeldOn());
    }
    for (String code : List.of("NNMT-VINAFOR", "NNMT-VINACAFE")) {
      assertThat(conference(r, code).getUnitLevel()).isEqualTo(UnitLevel.ENTERPRISE);
      assertThat(conference(r, code).getHeldOn()).isBefore(enterprises.getHeldOn());
    }
    assertThat(r.conferences()).filteredOn(c -> c != nation)
        .allSatisfy(c -> assertThat(c.getHeldOn()).isBefore(nation.getHeldOn()));

    // the department's vertical line: one person of its sector in a commune, nominated at its conference and accepted
    Conference department = conference(r, "NNMT-CTTBVTV");
    List<Nomination> fromLine = nominations.findByConferenceIdOrderById(department.getId()).stream()
        .filter(n -> n.getOriginUnitCode() != null).toList();
    assertThat(fromLine).singleElement().satisfies(n -> {
      // a ward of Tỉnh Sơn La, the province the plan names, reached through the department's administrative parent
      assertThat(n.getOriginUnitCode()).isEqualTo("03646");
      assertThat(n.getOriginUnitName()).isEqualTo("Phường Tô Hiệu");
      assertThat(n.getApproved()).as("approved by the department's council").isTrue();
    });
    Nomination nominee = fromLine.get(0);
    assertThat(r.refusals()).as("the origin was not refused").noneMatch(x -> x.conferenceId().equals(department.getId())
        && x.result().rule() != Rule.DATE_IN_WINDOW);
    assertThat(r.timeline()).anySatisfy(t -> assertThat(t.what()).startsWith("Gửi danh sách đề cử")
        .contains("1 cá nhân đề cử từ hệ thống dọc — " + nominee.getOriginUnitName())
        .doesNotContain("bị từ chối"));
    // … and sent up with its unit of origin: the block's conference has it as a nominee from that commune
    assertThat(r.delegates()).anySatisfy(d -> {
      assertThat(d.getDelegateName()).isEqualTo(nominee.getNomineeName());
      assertThat(d.getOriginUnitName()).isEqualTo(nominee.getOriginUnitName());
    });
    assertThat(r.topDelegates()).as("up the chain to the national congress, its ward of origin kept")
        .anySatisfy(n -> assertThat(n.getNomineeName() + " @ " + n.getOriginUnitName())
            .isEqualTo(nominee.getNomineeName() + " @ Phường Tô Hiệu"));
    assertThat(report).containsPattern(java.util.regex.Pattern.quote(nominee.getNomineeName())
        + " +INDIVIDUAL from Phường Tô Hiệu +to Trung ương");

    assertFlaggedOnly(r, report, late);
    assertThat(r.escalations()).extracting(e -> e.getDeadline()).containsExactly(DeadlineKind.NOMINATIONS);
    assertThat(r.pilots()).isEmpty();
    assertThat(r.submissions()).isEmpty();
    assertEveryWindowWasProbedBeforeItOpened(r, report);
  }

  @Test
  void aMinistryIssuesItsOwnPlanWithItsOwnRulesForItsCongressAndAVerticalLineToTheProvinces() {
    String late = "NNMT-VINAFOR"; // the corporation's secretary sends the nominations 3 days late
    SimulationResult r = simulator.run("test-ministry-issues-own-plan", lateNominations(late));
    String report = report(r);

    assertThat(r.completed()).isTrue();
    // the issuer is the ministry, an organization of the plan below the nation: its campaign, its blocks' campaigns
    assertThat(r.campaigns().get(0).getIssuerCode()).isEqualTo("NNMT");
    assertThat(r.campaigns()).extracting(c -> c.getIssuerCode())
        .containsExactlyInAnyOrder("NNMT", "NNMT-KHOI-CQ", "NNMT-KHOI-DN");
    assertThat(r.conferences()).hasSize(7).allSatisfy(c -> assertThat(c.getHeldOn()).as(c.getUnitName()).isNotNull());
    Conference ministry = conference(r, "NNMT");
    assertThat(ministry.getTier()).isEqualTo(Tier.OWN);
    assertThat(ministry.getUnitLevel()).isEqualTo(UnitLevel.AGENCY);
    assertThat(ministry.getUpperUnitCode()).as("the unit above the ministry").isEqualTo("VN");
    // the ministry's congress keeps its own rules; its departments and institutes, agencies too, follow levels.AGENCY
    assertThat(conferenceService.windowOf(ministry).clause()).startsWith("Mô phỏng §I.1");
    assertThat(ministry.getHeldOn()).isBetween(LocalDate.of(2025, 9, 15), LocalDate.of(2025, 10, 31));
    for (String code : List.of("NNMT-CTTBVTV", "NNMT-VKHNN")) {
      Conference agency = conference(r, code);
      assertThat(agency.getUnitLevel()).isEqualTo(UnitLevel.AGENCY);
      assertThat(conferenceService.windowOf(agency).clause()).as(code).startsWith("Mô phỏng §III.1");
      assertThat(conferenceService.tierOf(agency).delegateCap().value()).isEqualTo(150);
      assertThat(agency.getHeldOn()).isBetween(LocalDate.of(2025, 4, 14), LocalDate.of(2025, 5, 30));
    }
    assertThat(conferenceService.tierOf(ministry).delegateCap().value()).isEqualTo(400);
    assertThat(r.conferences()).filteredOn(c -> c != ministry)
        .allSatisfy(c -> assertThat(c.getHeldOn()).as(c.getUnitName()).isBefore(ministry.getHeldOn()));

    // the department's vertical line reaches a province: its nominee from there is accepted and goes up to the
    // ministry's congress with the province as its origin
    Conference department = conference(r, "NNMT-CTTBVTV");
    List<Nomination> fromLine = nominations.findByConferenceIdOrderById(department.getId()).stream()
        .filter(n -> n.getOriginUnitCode() != null).toList();
    assertThat(fromLine).singleElement().satisfies(n -> {
      assertThat(n.getOriginUnitName()).startsWith("Thành phố ").isEqualTo("Thành phố Hà Nội");
      assertThat(n.getApproved()).as("approved by the department's council").isTrue();
    });
    assertThat(r.refusals()).as("the origin was not refused").noneMatch(x -> x.conferenceId().equals(department.getId())
        && x.result().rule() != Rule.DATE_IN_WINDOW);
    Nomination nominee = fromLine.get(0);
    assertThat(r.topDelegates()).as("the ministry's congress has it, its province of origin kept")
        .anySatisfy(n -> assertThat(n.getNomineeName() + " @ " + n.getOriginUnitName())
            .isEqualTo(nominee.getNomineeName() + " @ Thành phố Hà Nội"));

    assertFlaggedOnly(r, report, late);
    assertThat(r.escalations()).extracting(e -> e.getDeadline()).containsExactly(DeadlineKind.NOMINATIONS);
    assertEveryWindowWasProbedBeforeItOpened(r, report);
  }

  @Test
  void aTwoLevelProvinceWhoseOfficeDecidesTheCommunesQuotasAndWhoseCongressPrecedesThePartyCongress() {
    String late = "03151"; // Phường Mường Lay: its secretary sends the nominations 3 days late
    SimulationResult r = simulator.run("test-two-level-quotas-before-congress", lateNominations(late));
    String report = report(r);

    assertThat(r.completed()).isTrue();
    assertThat(r.conferences()).hasSize(4).allSatisfy(c -> assertThat(c.getHeldOn()).as(c.getUnitName())
        .isBefore(LocalDate.of(2025, 10, 15)));
    Conference province = conference(r, "11");

    // the quotas as the provincial office decided them: once refused for more than the congress, then 2 + 4 each
    assertThat(quotas.decidedIn(r.campaignId())).extracting(q -> q.getUnitCode() + ":" + q.getCollectives() + "+"
        + q.getIndividuals()).containsExactlyInAnyOrder("03127:2+4", "03151:2+4", "03158:2+4");
    assertThat(r.quotas()).hasSize(3).allSatisfy(q -> assertThat(q.getDecidedAt()).isNotNull());
    assertThat(r.timeline()).anySatisfy(e -> assertThat(e.what()).contains("Phân bổ số đại biểu dự Đại hội")
        .contains("bị từ chối").contains("300 người"));
    assertThat(report).contains("--- Số đại biểu do Thường trực Hội đồng phân bổ / Quotas as decided: 3 ---")
        .containsPattern("Tỉnh Điện Biên +Phường Điện Biên Phủ +2 tập thể \\+ 4 cá nhân; decided by \\S+ on 2025-");
    for (Conference commune : r.conferences().stream().filter(c -> c.getTier() == Tier.LOWER).toList()) {
      assertThat(commune.getUpperCollectives()).as(commune.getUnitName()).isBetween(0, 2);
      assertThat(commune.getUpperIndividuals()).as(commune.getUnitName()).isBetween(0, 4);
    }
    assertThat(r.delegates()).filteredOn(d -> d.getTargetUnitName().equals("Tỉnh Điện Biên")).isNotEmpty()
        .hasSizeLessThanOrEqualTo(3 * 6);

    // the provincial congress before the provincial Party congress: its try on the Party congress's day is refused
    assertThat(r.refusals()).filteredOn(x -> x.result().rule() == Rule.OUTSIDE_EVENT_ORDER).singleElement()
        .satisfies(x -> {
          assertThat(x.conferenceId()).isEqualTo(province.getId());
          assertThat(x.result().clause()).contains("trước Đại hội đại biểu Đảng bộ tỉnh");
        });
    assertThat(province.getHeldOn()).isBetween(LocalDate.of(2025, 9, 22), LocalDate.of(2025, 10, 14));

    assertFlaggedOnly(r, report, late);
    assertThat(r.escalations()).extracting(e -> e.getDeadline()).containsExactly(DeadlineKind.NOMINATIONS);
    assertEveryWindowWasProbedBeforeItOpened(r, report);
  }
}
