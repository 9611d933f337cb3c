package vn.thiduaflow.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.validation.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thiduaflow.audit.AuditTrail;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignRepository;
import vn.thiduaflow.campaign.LowerReport;
import vn.thiduaflow.campaign.LowerReportRepository;
import vn.thiduaflow.plan.PlanCatalog;
import vn.thiduaflow.plan.PlanReader;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.UpperQuotaRule;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.unit.AdminStructure;
import vn.thiduaflow.unit.UnitDirectory;
import vn.thiduaflow.unit.UnitLevel;

/**
 * Quotas decided during the campaign (test plan test-bac-kan-2014-levels: the provincial standing office decides each
 * district's delegates to the provincial congress of at most 500): the total of all decided quotas may reach exactly
 * the congress's number, never one more; every wrong field at once, nothing written; the lower unit is held to the
 * decided numbers, and to none before a decision.
 */
class DelegateQuotaServiceTest {

  private static final Long CAMPAIGN = 1L;

  private final DelegateQuotaRepository quotas = mock(DelegateQuotaRepository.class);
  private final CampaignRepository campaigns = mock(CampaignRepository.class);
  private final LowerReportRepository lowerReports = mock(LowerReportRepository.class);
  private final PlanCatalog plans = mock(PlanCatalog.class);
  private final AuditTrail audit = mock(AuditTrail.class);
  private final DelegateQuotaService service = new DelegateQuotaService(quotas, campaigns, lowerReports, plans, audit,
      new vn.thiduaflow.calendar.WorkingCalendar(""));
  private final List<DelegateQuota> stored = new ArrayList<>();
  private Plan plan;

  @BeforeEach
  void theProvincialCampaignWithTwoDistricts() throws IOException {
    ClockUtil.setCurrentTime(EngineClock.toDate(LocalDateTime.of(2014, 8, 1, 9, 0)));
    try (InputStream in = Files.newInputStream(Path.of("src/test/resources/plans/test-bac-kan-2014-levels.yaml"))) {
      plan = new PlanReader(Validation.buildDefaultValidatorFactory().getValidator(), new UnitDirectory())
          .read("test-bac-kan-2014-levels.yaml", in);
    }
    Campaign campaign = new Campaign(plan.id(), AdminStructure.THREE_LEVEL, "06", "Tỉnh Bắc Kạn", UnitLevel.PROVINCE,
        null, LocalDateTime.of(2014, 8, 1, 9, 0), LocalDateTime.now());
    when(campaigns.findById(CAMPAIGN)).thenReturn(Optional.of(campaign));
    when(plans.get(plan.id())).thenReturn(plan);
    LowerReport city = new LowerReport(CAMPAIGN, "058", "Thành phố Bắc Kạn", UnitLevel.DISTRICT, 2L, null,
        LocalDate.of(2015, 1, 7));
    LowerReport pacNam = new LowerReport(CAMPAIGN, "060", "Huyện Pác Nặm", UnitLevel.DISTRICT, 3L, null,
        LocalDate.of(2015, 1, 7));
    when(lowerReports.findByCampaignIdOrderById(CAMPAIGN)).thenReturn(List.of(city, pacNam));
    when(lowerReports.findByCampaignIdAndUnitCode(CAMPAIGN, "058")).thenReturn(Optional.of(city));
    when(lowerReports.findByCampaignIdAndUnitCode(CAMPAIGN, "060")).thenReturn(Optional.of(pacNam));
    when(quotas.findByCampaignIdOrderById(CAMPAIGN)).thenReturn(stored);
    when(quotas.findByCampaignIdAndUnitCode(any(), any())).thenAnswer(i -> stored.stream()
        .filter(q -> q.getUnitCode().equals(i.getArgument(1))).findFirst());
    when(quotas.save(any())).thenAnswer(i -> {
      DelegateQuota q = i.getArgument(0);
      if (!stored.contains(q)) {
        stored.add(q);
      }
      return q;
    });
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theOfficeDecidesEachDistrictAndTheCongressFillsExactlyToItsNumber() {
    assertThat(service.unitsToDecide(CAMPAIGN)).containsExactly("058", "060");
    assertThat(DelegateQuotaService.totalCap(plan)).isEqualTo(500);

    service.decide(CAMPAIGN, "058", 100, 200, "Theo số cán bộ", "bk.office");
    service.decide(CAMPAIGN, "060", 50, 150, null, "bk.office"); // 300 + 200 = 500, exactly the congress

    assertThat(stored).extracting(DelegateQuota::total).containsExactly(300, 200);
    assertThat(stored.get(0).getDecidedBy()).isEqualTo("bk.office");
  }

  @Test
  void oneDelegateOverTheCongressIsRefusedWithTheFiguresAndNothingIsWritten() {
    service.decide(CAMPAIGN, "058", 100, 200, null, "bk.office");

    assertThatThrownBy(() -> service.decide(CAMPAIGN, "060", 50, 151, null, "bk.office"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.violations()).extracting(InvalidInputException.Violation::field)
              .containsExactly(DelegateQuotaService.FIELD_INDIVIDUALS);
          assertThat(e.vietnamese()).contains("501 người").contains("500 người").contains("Huyện Pác Nặm 201");
        });
    assertThat(stored).hasSize(1);
  }

  @Test
  void aNewDecisionForTheSameUnitReplacesItsOldOneInTheTotal() {
    service.decide(CAMPAIGN, "058", 100, 300, null, "bk.office");
    service.decide(CAMPAIGN, "060", 0, 100, null, "bk.office");
    service.decide(CAMPAIGN, "058", 100, 300, "Giữ nguyên", "bk.office"); // 400 + 100, not 800 + 100

    assertThat(stored).hasSize(2).extracting(DelegateQuota::total).containsExactly(400, 100);
  }

  @Test
  void everyWrongFieldIsRefusedAtOnce() {
    assertThatThrownBy(() -> service.decide(CAMPAIGN, "058", -1, null, "x".repeat(1001), "bk.office"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(InvalidInputException.Violation::field).containsExactly(DelegateQuotaService.FIELD_COLLECTIVES,
                DelegateQuotaService.FIELD_INDIVIDUALS, DelegateQuotaService.FIELD_NOTE));
    verify(quotas, never()).save(any());
  }

  @Test
  void theDistrictIsHeldToTheDecidedNumbersAndToNoneBeforeADecision() {
    UpperQuotaRule rule = plan.levels().get(UnitLevel.DISTRICT).upperQuota();
    UpperQuotaRule before = service.effective(rule, CAMPAIGN, "058");
    assertThat(before).isSameAs(rule);
    var refused = new vn.thiduaflow.conference.ConferenceRules().upperQuota(before, 0, 0);
    assertThat(refused.passed()).as("no delegate may be proposed before the office decides, not even none").isFalse();
    assertThat(refused.vietnamese()).contains("chưa phân bổ số đại biểu");

    service.decide(CAMPAIGN, "058", 3, 9, null, "bk.office");
    UpperQuotaRule after = service.effective(rule, CAMPAIGN, "058");
    assertThat(after.collectives()).isEqualTo(3);
    assertThat(after.individuals()).isEqualTo(9);
    assertThat(after.clause()).contains("phân bổ ngày 01/08/2014").contains("Mô phỏng §II.5");
    // a fixed quota is what the plan says, whatever is stored
    UpperQuotaRule fixed = plan.levels().get(UnitLevel.COMMUNE).upperQuota();
    assertThat(service.effective(fixed, CAMPAIGN, "01858")).isSameAs(fixed);
  }

  @Test
  void theDecisionsAreDueByTheEarliestNominationDeadlineOfTheDistrictsWindow() {
    // a district conference on 1/10/2014, the window's first day, takes nominations 30 days before: 1/9/2014
    assertThat(EngineClock.toLocal(service.dueDate(CAMPAIGN)).toLocalDate()).isEqualTo(LocalDate.of(2014, 9, 1));
    // never in the past: a campaign opened after that day has its decisions due today
    ClockUtil.setCurrentTime(EngineClock.toDate(LocalDateTime.of(2014, 9, 10, 9, 0)));
    assertThat(EngineClock.toLocal(service.dueDate(CAMPAIGN)).toLocalDate()).isEqualTo(LocalDate.of(2014, 9, 10));
  }

  @Test
  void aWaivedUnitGetsNoneAndADecidedQuotaIsNotOverwritten() {
    assertThat(service.waive(CAMPAIGN, "058", "bk.chair")).isTrue();
    assertThat(stored).singleElement().satisfies(q -> {
      assertThat(q.total()).isZero();
      assertThat(q.getNote()).contains("miễn");
    });
    service.decide(CAMPAIGN, "060", 1, 2, null, "bk.office");
    assertThat(service.waive(CAMPAIGN, "060", "bk.chair")).isFalse();
    assertThat(stored.get(1).total()).isEqualTo(3);
  }

  @Test
  void aUnitWhoseQuotaThePlanFixesIsNotTheOfficesToDecide() {
    when(lowerReports.findByCampaignIdAndUnitCode(CAMPAIGN, "01858")).thenReturn(Optional.of(new LowerReport(CAMPAIGN,
        "01858", "Xã Bằng Thành", UnitLevel.COMMUNE, null, 9L, LocalDate.of(2014, 10, 7))));
    assertThatThrownBy(() -> service.decide(CAMPAIGN, "01858", 1, 1, null, "bk.office"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
