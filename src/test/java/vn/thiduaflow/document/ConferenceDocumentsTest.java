package vn.thiduaflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NomineeKind;
import vn.thiduaflow.plan.PlanReader;
import vn.thiduaflow.plan.model.ConferenceForm;
import vn.thiduaflow.plan.model.NomineeTitle;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.PresentationSource;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.unit.UnitDirectory;
import vn.thiduaflow.unit.UnitLevel;

/**
 * The programme and the summary report of Bình An's conference (plan 27/KH-UBND) as Word documents: the layout of a
 * Vietnamese administrative document (A4, Decree 30/2020 margins, national motto, council, number to fill, place and
 * date), the programme items of the plan in order, and the report's figures written from the data.
 */
class ConferenceDocumentsTest {

  private final ConferenceDocuments documents = new ConferenceDocuments();
  private Plan plan;
  private Conference binhAn;

  @BeforeEach
  void binhAnsConference() throws IOException {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2025, 3, 10, 9, 0).atZone(ZoneId.systemDefault())
        .toInstant()));
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("plans/binh-an-27-2025.yaml")) {
      plan = new PlanReader(Validation.buildDefaultValidatorFactory().getValidator(), new UnitDirectory())
          .read("binh-an-27-2025.yaml", in);
    }
    binhAn = new Conference(1L, Tier.OWN, "21064", "Xã Bình An", UnitLevel.COMMUNE, "2106", "Huyện Bình Sơn", false,
        150);
    ReflectionTestUtils.setField(binhAn, "id", 5L);
    ReflectionTestUtils.setField(binhAn, "form", ConferenceForm.EXEMPLAR_COMMENDATION_CONFERENCE);
    ReflectionTestUtils.setField(binhAn, "scheduledOn", LocalDate.of(2025, 3, 27));
    ReflectionTestUtils.setField(binhAn, "officialName",
        "Hội nghị tuyên dương điển hình tiên tiến Xã Bình An\nLần thứ III (2025 - 2030)\nBình An, ngày 27 tháng 3 năm 2025");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static String text(byte[] docx) throws IOException {
    try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var extractor = new XWPFWordExtractor(doc)) {
      return extractor.getText();
    }
  }

  @Test
  void theProgrammeIsAnAdministrativeDocumentUnderTheOfficialName() throws IOException {
    byte[] docx = documents.programme(binhAn, plan);
    String text = text(docx);

    assertThat(text).contains("UBND XÃ BÌNH AN", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "Số:        /CTr-HĐTĐKT",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Bình An, ngày 10 tháng 3 năm 2025",
        "CHƯƠNG TRÌNH", "Hội nghị tuyên dương điển hình tiên tiến Xã Bình An", "Lần thứ III (2025 - 2030)",
        "Thời gian: ngày 27 tháng 3 năm 2025.", "TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "Nơi nhận:",
        "- Hội đồng Thi đua - Khen thưởng huyện Bình Sơn (báo cáo);");
    // the plan's nine items (§II.3), in order
    assertThat(text).contains("1. Chào cờ.", "2. Tuyên bố lý do, giới thiệu đại biểu.", "9. Bế mạc Hội nghị.");
    assertThat(text.indexOf("1. Chào cờ.")).isLessThan(text.indexOf("9. Bế mạc Hội nghị."));
    assertThat(text).doesNotContain("10. ");
    try (var doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      var section = doc.getDocument().getBody().getSectPr();
      assertThat(section.getPgSz().getW()).isEqualTo(java.math.BigInteger.valueOf(11906)); // A4
      assertThat(section.getPgMar().getLeft()).isEqualTo(java.math.BigInteger.valueOf(1701)); // 30 mm
      assertThat(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).map(r -> r.getFontFamily())
          .distinct()).containsExactly("Times New Roman");
    }
  }

  @Test
  void theItemsTheUnitChoseAreTheProgrammeInItsOrder() throws IOException {
    ReflectionTestUtils.setField(binhAn, "programme", "OPENING,FIVE_YEAR_REPORT,CLOSING");

    String text = text(documents.programme(binhAn, plan));

    assertThat(text).contains("1. Phát biểu khai mạc Hội nghị.", "3. Bế mạc Hội nghị.").doesNotContain("Chào cờ");
  }

  @Test
  void theProgrammePrintsTheThemeTheVenueAndTheCeremoniesBeforeTheSessionUnderTheirOwnHeading() throws IOException {
    Plan binhHai;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("plans/test-programme-binh-hai.yaml")) {
      binhHai = new PlanReader(Validation.buildDefaultValidatorFactory().getValidator(), new UnitDirectory())
          .read("test-programme-binh-hai.yaml", in);
    }
    ReflectionTestUtils.setField(binhAn, "theme", "Đoàn kết, sáng tạo, thi đua lập thành tích");
    ReflectionTestUtils.setField(binhAn, "venue", "Hội trường UBND xã");
    // the unit's order: the martyrs' cemetery first, the floral tribute second; the exchange left out
    ReflectionTestUtils.setField(binhAn, "programme", "MARTYRS_TRIBUTE,FLORAL_TRIBUTE,INTRODUCTION,OPENING,"
        + "PRESENTATIONS,FIVE_YEAR_REPORT,COMMENDATION,MOVEMENT_LAUNCH,CLOSING");

    String text = text(documents.programme(binhAn, binhHai));

    assertThat(text).contains("Chủ đề: “Đoàn kết, sáng tạo, thi đua lập thành tích”.",
        "Địa điểm: Hội trường UBND xã.", ConferenceDocuments.CEREMONIES_HEADING,
        "- Viếng Nghĩa trang liệt sĩ xã.", "- Dâng hoa tại Tượng đài Bác Hồ.", "NỘI DUNG CHƯƠNG TRÌNH",
        "1. Tuyên bố lý do, giới thiệu đại biểu.", "4. Thông qua báo cáo tổng kết", "7. Bế mạc Hội nghị.");
    assertThat(text.indexOf("Chủ đề:")).isLessThan(text.indexOf("Thời gian:"));
    assertThat(text.indexOf(ConferenceDocuments.CEREMONIES_HEADING)).isLessThan(text.indexOf("NỘI DUNG CHƯƠNG TRÌNH"));
    assertThat(text.indexOf("- Viếng Nghĩa trang")).isLessThan(text.indexOf("- Dâng hoa"));
    assertThat(text.indexOf("NỘI DUNG CHƯƠNG TRÌNH")).isLessThan(text.indexOf("1. Tuyên bố lý do"));
    assertThat(text.indexOf("3. Báo cáo tham luận")).isLessThan(text.indexOf("4. Thông qua báo cáo tổng kết"));
    assertThat(text).doesNotContain("Giao lưu", "8. ");
  }

  @Test
  void aProgrammeWithoutCeremoniesHasNoCeremoniesHeadingAndNoTheme() throws IOException {
    String text = text(documents.programme(binhAn, plan));

    assertThat(text).doesNotContain(ConferenceDocuments.CEREMONIES_HEADING, "Chủ đề:");
  }

  @Test
  void theSummaryReportWritesOutTheFiguresAndMarksWhatTheUnitWrites() throws IOException {
    ReflectionTestUtils.setField(binhAn, "exemplarDelegates", 105);
    ReflectionTestUtils.setField(binhAn, "guestDelegates", 45);
    Nomination school = nominee("Trường Tiểu học Bình An", NomineeKind.COLLECTIVE, true);
    Nomination hoa = nominee("Nguyễn Thị Hoa", NomineeKind.INDIVIDUAL, true);
    Nomination tam = nominee("Lê Văn Tâm", NomineeKind.INDIVIDUAL, false);

    String text = text(documents.summaryReport(binhAn, plan, List.of(school, hoa, tam), 0));

    assertThat(text).contains("Số:        /BC-HĐTĐKT", "BÁO CÁO",
        "Tổng kết phong trào thi đua yêu nước và công tác khen thưởng giai đoạn 2020 - 2025, phương hướng, nhiệm vụ "
            + "giai đoạn 2025 - 2030",
        "Thực hiện Kế hoạch số 27/KH-UBND ngày 20 tháng 02 năm 2025 của xã Bình An về tổ chức Hội nghị",
        ", xã Bình An báo cáo tổng kết như sau:",
        "bình xét, giới thiệu 3 tập thể, cá nhân tiêu biểu",
        "thông qua 2 điển hình tiên tiến (1 tập thể, 1 cá nhân)",
        "Hội nghị triệu tập 150 đại biểu, trong đó 105 đại biểu điển hình tiên tiến (70,0%)",
        "Hội nghị dự kiến tổ chức ngày 27 tháng 3 năm 2025",
        "PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN 2025 - 2030", "[Đơn vị bổ sung");
  }

  @Test
  void thePreviousTermIsTheFiveYearsBeforeThePlans() {
    assertThat(ConferenceDocuments.previousTerm("2025 - 2030")).isEqualTo("2020 - 2025");
    assertThat(ConferenceDocuments.previousTerm("giai đoạn 2020-2025")).isEqualTo("2015 - 2020");
  }

  @Test
  void afterTheConferenceTheReportIsWrittenFromItsRecord() throws IOException {
    ReflectionTestUtils.setField(binhAn, "heldOn", java.time.LocalDate.of(2025, 3, 27));
    ReflectionTestUtils.setField(binhAn, "attendeeCount", 148);
    Nomination hoa = nominee("Nguyễn Thị Hoa", NomineeKind.INDIVIDUAL, true);
    hoa.chooseAsUpperDelegate(true);
    var guest = new vn.thiduaflow.conference.ConferenceGuest(5L, 1, "Trần Văn Khách", "Phó Chủ tịch UBND huyện");

    String text = text(documents.summaryReport(binhAn, plan, List.of(hoa), 1, List.of(guest)));

    assertThat(text).contains("Hội nghị đã được tổ chức ngày 27 tháng 3 năm 2025", "với 148 người dự",
        "Dự Hội nghị có: Trần Văn Khách, Phó Chủ tịch UBND huyện.");
    if (binhAn.getUpperUnitName() != null) {
      assertThat(text).contains("cử 1 đại biểu dự Hội nghị, Đại hội của huyện Bình Sơn: Nguyễn Thị Hoa.");
    }
  }

  private static Nomination nominee(String name, NomineeKind kind, boolean approved) {
    Nomination n = new Nomination(5L, name, kind, NomineeTitle.EXEMPLAR, 2024, PresentationSource.AGENCY, false);
    ReflectionTestUtils.setField(n, "approved", approved);
    return n;
  }
}
