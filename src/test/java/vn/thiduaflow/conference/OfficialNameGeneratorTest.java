package vn.thiduaflow.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.thiduaflow.plan.ConferenceForm;
import vn.thiduaflow.plan.Plan;
import vn.thiduaflow.plan.PlanCatalog;

class OfficialNameGeneratorTest {

  private final OfficialNameGenerator names = new OfficialNameGenerator();
  private final PlanCatalog plans = new PlanCatalog(PlanTestSupport.reader(), PlanTestSupport.UNITS, "");

  @Test
  void vinhThuanCongressNameFollowsClauseIII33() {
    Plan plan = plans.get("vinh-thuan-172-2024");
    assertThat(names.officialName(plan, ConferenceForm.PATRIOTIC_EMULATION_CONGRESS, "Huyện Vĩnh Thuận", "Vĩnh Thuận",
        "V", LocalDate.of(2025, 5, 27)))
        .isEqualTo("Đại hội Thi đua yêu nước Huyện Vĩnh Thuận\nLần thứ V (2025 - 2030)\nVĩnh Thuận, ngày 27 tháng 5 năm 2025");
  }

  @Test
  void aFormWithoutItsOwnTemplateUsesTheDefault() {
    Plan plan = plans.get("vinh-thuan-172-2024");
    assertThat(names.officialName(plan, ConferenceForm.GOOD_PEOPLE_GOOD_DEEDS_CONFERENCE, "Xã Tân Thuận", "Tân Thuận",
        null, LocalDate.of(2025, 3, 1)))
        .startsWith("Hội nghị Biểu dương người tốt, việc tốt Xã Tân Thuận\nLần thứ … (2025 - 2030)");
  }

  @Test
  void vanYenNameFollowsClauseII53() {
    Plan plan = plans.get("van-yen-2020");
    assertThat(names.officialName(plan, ConferenceForm.ADVANCED_EXEMPLAR_CONFERENCE, "Phường Văn Yên", "Văn Yên", null,
        LocalDate.of(2020, 3, 31)))
        .isEqualTo("Hội nghị điển hình tiên tiến phường Văn Yên\nGiai đoạn 2020 - 2025\nVăn Yên, ngày 31 tháng 3 năm 2020");
  }
}
