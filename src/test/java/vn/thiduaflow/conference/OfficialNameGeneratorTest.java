package vn.thiduaflow.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.thiduaflow.plan.PlanCatalog;
import vn.thiduaflow.plan.model.ConferenceForm;
import vn.thiduaflow.plan.model.Plan;

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

  @org.junit.jupiter.params.ParameterizedTest(name = "{0} → {1}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
      Tỉnh Gia Lai                 | tỉnh Gia Lai
      Xã Tân Phú                   | xã Tân Phú
      Phường Văn Yên               | phường Văn Yên
      Thành phố Hà Tĩnh            | thành phố Hà Tĩnh
      Thị xã Kinh Môn              | thị xã Kinh Môn
      Thị trấn Châu Ổ              | thị trấn Châu Ổ
      Huyện Vĩnh Thuận             | huyện Vĩnh Thuận
      Quận 3                       | quận 3
      Đặc khu Phú Quốc             | đặc khu Phú Quốc
      Sở Nội vụ                    | Sở Nội vụ
      Công ty Điện lực Kiên Giang  | Công ty Điện lực Kiên Giang
      Xã hội học                   | Xã hội học
      """)
  void inRunningTextOnlyTheAdministrativeLevelWordIsLowerCased(String full, String inText) {
    assertThat(OfficialNameGenerator.inText(full)).isEqualTo(inText);
  }

  @Test
  void unitInTextWritesTheNameAsASentenceDoesWhileUnitKeepsTheListsName() {
    Plan plan = plans.get("test-programme-binh-hai");
    assertThat(names.officialName(plan, ConferenceForm.EXEMPLAR_COMMENDATION_CONFERENCE, "Xã Bình Hải", "Bình Hải",
        "III", LocalDate.of(2025, 3, 20)))
        .isEqualTo("Hội nghị Tuyên dương điển hình tiên tiến xã Bình Hải\nLần thứ III (2025 - 2030)\n"
            + "Bình Hải, ngày 20 tháng 3 năm 2025");
    assertThat(names.officialName(plans.get("binh-an-27-2025"), ConferenceForm.EXEMPLAR_COMMENDATION_CONFERENCE,
        "Xã Bình An", "Bình An", "III", LocalDate.of(2025, 3, 20))).startsWith(
        "Hội nghị tuyên dương điển hình tiên tiến Xã Bình An\n");
  }
}
