package vn.thiduaflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.document.ConferenceDocuments;
import vn.thiduaflow.plan.model.IssueDate;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.unit.UnitLevel;

/**
 * A plan's date of signing, fully or half known (issue 22: OCR'd plans often lose the day): {@code issuedOn: 2025-01-06}
 * or {@code issuedOn: 2014-05}, nothing else; documents print what is known and never a made-up day.
 */
class IssueDateTest {

  private static final String BINH_AN = "binh-an-27-2025.yaml";

  @Test
  void aFullDateIsReadWrittenAndKeptAsBefore() {
    IssueDate d = IssueDate.parse("2025-01-06");
    assertThat(d.dayKnown()).isTrue();
    assertThat(d.firstDay()).isEqualTo(LocalDate.of(2025, 1, 6)).isEqualTo(d.lastDay());
    assertThat(d.written()).isEqualTo("ngày 06 tháng 01 năm 2025");
    assertThat(d.shortForm()).isEqualTo("ngày 06/01/2025");
    assertThat(d).hasToString("2025-01-06").isEqualTo(IssueDate.of(LocalDate.of(2025, 1, 6)));
  }

  @Test
  void aYearAndMonthIsReadWithoutInventingADay() {
    IssueDate d = IssueDate.parse("2014-05");
    assertThat(d.dayKnown()).isFalse();
    assertThat(d.day()).isNull();
    assertThat(d.firstDay()).isEqualTo(LocalDate.of(2014, 5, 1));
    assertThat(d.lastDay()).isEqualTo(LocalDate.of(2014, 5, 31));
    assertThat(d.written()).isEqualTo("tháng 5 năm 2014");
    assertThat(d.shortForm()).isEqualTo("tháng 05/2014");
    assertThat(d).hasToString("2014-05");
    // months 1 and 2 take a leading zero in a date line (Decree 30/2020/NĐ-CP, Appendix I §II.5 (b))
    assertThat(IssueDate.parse("2014-02").written()).isEqualTo("tháng 02 năm 2014");
    assertThat(IssueDate.parse("2014-02").lastDay()).isEqualTo(LocalDate.of(2014, 2, 28));
    assertThat(IssueDate.parse("2016-02").lastDay()).isEqualTo(LocalDate.of(2016, 2, 29));
  }

  @ParameterizedTest(name = "''{0}'' is refused: {1}")
  @CsvSource(delimiter = '|', value = {
      "2014-13    | month 13 of 2014 is not a month (1–12)",
      "2014-00    | month 0 of 2014 is not a month (1–12)",
      "2014-02-30 | 2014-02-30 is not a day of the calendar (2014-02 has 28 days)",
      "2015-02-29 | 2015-02-29 is not a day of the calendar (2015-02 has 28 days)",
      "2014-04-31 | 2014-04-31 is not a day of the calendar (2014-04 has 30 days)",
      "2014       | is not a date of signing",
      "06/01/2025 | is not a date of signing",
      "2014-5     | is not a date of signing"
  })
  void anImpossibleOrMisshapenDateIsRefusedSayingWhy(String text, String why) {
    assertThatThrownBy(() -> IssueDate.parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(why).hasMessageContaining("YYYY-MM-DD").hasMessageContaining("YYYY-MM");
  }

  @ParameterizedTest(name = "the last day of the month passes: {0}")
  @ValueSource(strings = {"2014-02-28", "2016-02-29", "2014-04-30", "2014-12-31", "2014-01", "2014-12"})
  void theLastDayAndMonthOfTheCalendarPass(String text) {
    assertThat(IssueDate.parse(text)).hasToString(text);
  }

  @Test
  void aPlanFileMayGiveOnlyTheMonthOfSigning() {
    Plan plan = PlanFiles.read(BINH_AN, PlanFiles.seed(BINH_AN).replace("issuedOn: 2025-02-20", "issuedOn: 2014-05"));
    assertThat(plan.issuedOn()).isEqualTo(new IssueDate(2014, 5, null));
    Plan full = PlanFiles.read(BINH_AN, PlanFiles.seed(BINH_AN));
    assertThat(full.issuedOn()).isEqualTo(new IssueDate(2025, 2, 20));
  }

  @ParameterizedTest(name = "issuedOn: {0} is refused at load")
  @CsvSource(delimiter = '|', value = {
      "2014-13    | month 13 of 2014 is not a month",
      "2014-02-30 | 2014-02-30 is not a day of the calendar",
      "'2014'     | is not a date of signing"
  })
  void aPlanFileWithAnImpossibleDateOfSigningIsRefusedNamingTheField(String value, String why) {
    String yaml = PlanFiles.seed(BINH_AN).replace("issuedOn: 2025-02-20", "issuedOn: " + value);
    assertThatThrownBy(() -> PlanFiles.read(BINH_AN, yaml)).isInstanceOf(PlanFileException.class)
        .satisfies(e -> assertThat(((PlanFileException) e).problems()).singleElement().satisfies(p -> {
          assertThat(p.field()).isEqualTo("issuedOn");
          assertThat(p.problem()).contains(why);
        }));
  }

  @Test
  void theSummaryReportCitesAHalfKnownDateAsItIsKnown() throws IOException {
    Plan plan = PlanFiles.read(BINH_AN, PlanFiles.seed(BINH_AN).replace("issuedOn: 2025-02-20", "issuedOn: 2014-05"));
    Conference binhAn = new Conference(1L, Tier.OWN, "21064", "Xã Bình An", UnitLevel.COMMUNE, "2106",
        "Huyện Bình Sơn", false, 150);
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2014, 9, 10, 9, 0).atZone(ZoneId.systemDefault()).toInstant()));
    try {
      String text = text(new ConferenceDocuments().summaryReport(binhAn, plan, List.of(), 0));
      assertThat(text).contains("Thực hiện Kế hoạch số " + plan.number() + " tháng 5 năm 2014 của ")
          .doesNotContain("ngày 01 tháng 5 năm 2014");
      Plan full = PlanFiles.read(BINH_AN, PlanFiles.seed(BINH_AN));
      assertThat(text(new ConferenceDocuments().summaryReport(binhAn, full, List.of(), 0)))
          .contains("Thực hiện Kế hoạch số " + full.number() + " ngày 20 tháng 02 năm 2025 của ");
    } finally {
      ClockUtil.reset();
    }
  }

  private static String text(byte[] docx) throws IOException {
    try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var extractor = new XWPFWordExtractor(doc)) {
      return extractor.getText();
    }
  }
}
