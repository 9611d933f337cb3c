package vn.thiduaflow.conference.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thiduaflow.ThiDuaFlowSpringTest;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.document.ConferenceDocuments;
import vn.thiduaflow.system.FormLists;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.MarkdownText;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * The schedule step with a programme the unit orders itself (issue 22), on the test plan test-programme-binh-hai
 * (Xã Bình Hải, Bình An's plan 27/KH-UBND with the test's assumptions: the session's items may be reordered,
 * WITHIN_SESSION; two ceremonies before the session, the floral tribute optional and not in the plan; an optional
 * exchange; the flag salute only at a congress). The form's list comes prefilled in plan order; what the unit sends is
 * checked, stored with the theme and venue, and read back in the brief and the programme DOCX.
 */
@ThiDuaFlowSpringTest
class ProgrammeScheduleProcessTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> PLAN_ORDER = List.of("FLORAL_TRIBUTE", "MARTYRS_TRIBUTE", "FLAG_SALUTE",
      "INTRODUCTION", "OPENING", "FIVE_YEAR_REPORT", "PRESENTATIONS", "EXCHANGE", "COMMENDATION", "MOVEMENT_LAUNCH",
      "CLOSING");

  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired ConferenceQueries conferences;
  @Autowired CouncilDirectory councils;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ConferenceDocuments documents;

  private ProcessInstance unit;
  private Long conferenceId;
  private ConferenceDriver driver;

  @BeforeEach
  void startBinhHaisCampaign() {
    AbstractAssertions.init(engine);
    ConferenceDriver.at(LocalDateTime.of(2025, 2, 20, 8, 0));
    Campaign c = campaigns.start("test-programme-binh-hai");
    unit = runtimeService.createProcessInstanceQuery().superProcessInstanceId(c.getProcessInstanceId()).singleResult();
    conferenceId = Long.valueOf(unit.getBusinessKey());
    driver = new ConferenceDriver(engine, councils, unit);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theUnitSchedulesWithItsOwnOrderThemeAndVenueAndReadsThemBack() throws IOException {
    assertThat(unit).isWaitingAt(Elements.SCHEDULE_CONFERENCE);
    String scheduleTask = task(unit).getId();
    // the form's list: every item of the plan, in plan order, numbered and held; the form shows it
    List<Map<String, Object>> rows = prefilled(scheduleTask);
    Assertions.assertThat(rows).extracting(r -> r.get("code")).containsExactlyElementsOf(PLAN_ORDER);
    Assertions.assertThat(rows).extracting(r -> r.get("position")).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    Assertions.assertThat(rows).allSatisfy(r -> Assertions.assertThat(r.get("included")).isEqualTo(true));
    Assertions.assertThat(rows.get(0).get("label").toString())
        .isEqualTo("Dâng hoa tại Tượng đài Bác Hồ (nghi thức trước phiên khai mạc) (không bắt buộc)");
    Assertions.assertThat(taskService.getVariableLocal(scheduleTask, "programmeEditable")).isEqualTo(true);
    Assertions.assertThat((String) taskService.getVariableLocal(scheduleTask, "taskBrief"))
        .contains("**Chương trình:** 11 nội dung, các nội dung trong phiên hội nghị được sắp xếp lại; nghi thức trước"
            + " phiên giữ thứ tự _(Giả định của kiểm thử: đơn vị sắp xếp các nội dung trong phiên hội nghị)_")
        .contains("**Nghi thức trước phiên khai mạc:** Dâng hoa tại Tượng đài Bác Hồ _(Kế hoạch không quy định;")
        .contains("**Nội dung không bắt buộc (có thể bỏ):** Dâng hoa tại Tượng đài Bác Hồ");

    // the unit leaves out the floral tribute and the exchange and has the presentations before the report; the flag
    // salute, kept for a congress, goes with the form it did not choose
    number(rows, "FLORAL_TRIBUTE", null);
    number(rows, "EXCHANGE", null);
    number(rows, "PRESENTATIONS", 6);
    number(rows, "FIVE_YEAR_REPORT", 7);
    String theme = "Đoàn kết, sáng tạo, thi đua lập thành tích chào mừng Đại hội Đảng bộ các cấp";
    driver.complete(task(unit), withVariables(Fields.CONFERENCE_FORM, "EXEMPLAR_COMMENDATION_CONFERENCE",
        Fields.CONFERENCE_DATE, "2025-03-20", Fields.STAFF_COUNT, 40, Fields.THEME, theme,
        Fields.VENUE, "Hội trường UBND xã Bình Hải", Fields.PROGRAMME_ITEMS, FormLists.json(rows)));

    assertThat(unit).isWaitingAt(Elements.SUBMIT_NOMINATIONS);
    Conference held = conferences.get(conferenceId);
    Assertions.assertThat(held.programmeItems()).containsExactly("MARTYRS_TRIBUTE", "INTRODUCTION", "OPENING",
        "PRESENTATIONS", "FIVE_YEAR_REPORT", "COMMENDATION", "MOVEMENT_LAUNCH", "CLOSING");
    Assertions.assertThat(held.getTheme()).isEqualTo(theme);
    Assertions.assertThat(held.getVenue()).isEqualTo("Hội trường UBND xã Bình Hải");
    Assertions.assertThat(held.getOfficialName()).startsWith("Hội nghị Tuyên dương điển hình tiên tiến xã Bình Hải\n");
    Assertions.assertThat((String) taskService.getVariableLocal(task(unit).getId(), "taskBrief"))
        .contains("**Chủ đề:** " + MarkdownText.escape(theme))
        .contains("**Địa điểm:** " + MarkdownText.escape("Hội trường UBND xã Bình Hải"))
        .contains("**Nghi thức trước phiên khai mạc:** Viếng Nghĩa trang liệt sĩ xã");
    // the list was read and removed, not left as a process variable
    Assertions.assertThat(runtimeService.getVariable(unit.getId(), Fields.PROGRAMME_ITEMS)).isNull();

    String docx = text(documents.programme(held, conferences.planOf(held)));
    Assertions.assertThat(docx).contains("Chủ đề: “" + theme + "”.", "Địa điểm: Hội trường UBND xã Bình Hải.",
        "HOẠT ĐỘNG TRƯỚC PHIÊN KHAI MẠC", "- Viếng Nghĩa trang liệt sĩ xã.", "1. Tuyên bố lý do, giới thiệu đại biểu.",
        "3. Báo cáo tham luận của các điển hình tiên tiến.", "4. Thông qua báo cáo tổng kết", "7. Bế mạc Hội nghị.")
        .doesNotContain("Dâng hoa", "Giao lưu", "Chào cờ");
  }

  @Test
  void aBrokenProgrammeAndATooLongThemeAreRefusedTogetherNamingEachItemAndNothingIsWritten() {
    String scheduleTask = task(unit).getId();
    List<Map<String, Object>> rows = prefilled(scheduleTask);
    number(rows, "FLORAL_TRIBUTE", 12); // a ceremony after the session's items
    number(rows, "COMMENDATION", null); // a required item left out
    number(rows, "CLOSING", 10); // the number of MOVEMENT_LAUNCH too
    String theme301 = "C".repeat(301);

    assertThatThrownBy(() -> driver.complete(task(unit), withVariables(Fields.CONFERENCE_FORM,
        "EXEMPLAR_COMMENDATION_CONFERENCE", Fields.CONFERENCE_DATE, "2025-03-20", Fields.STAFF_COUNT, 40,
        Fields.THEME, theme301, Fields.PROGRAMME_ITEMS, FormLists.json(rows))))
        .satisfies(t -> Assertions.assertThat(refusal(t).violations())
            .extracting(InvalidInputException.Violation::field, InvalidInputException.Violation::vietnamese)
            .containsExactly(
                Assertions.tuple(Fields.THEME, "Chủ đề dài quá 300 ký tự (đã nhập 301)"),
                Assertions.tuple(Fields.PROGRAMME_ITEMS + "[10].position",
                    "Nội dung thứ 11 — Thứ tự: số thứ tự 10 đã dùng cho nội dung thứ 10")));
    assertThat(unit).isWaitingAt(Elements.SCHEDULE_CONFERENCE);
    Assertions.assertThat(task(unit).getId()).isEqualTo(scheduleTask);

    number(rows, "CLOSING", 11);
    assertThatThrownBy(() -> driver.complete(task(unit), withVariables(Fields.CONFERENCE_FORM,
        "EXEMPLAR_COMMENDATION_CONFERENCE", Fields.CONFERENCE_DATE, "2025-03-20", Fields.STAFF_COUNT, 40,
        Fields.THEME, theme301, Fields.PROGRAMME_ITEMS, FormLists.json(rows))))
        .satisfies(t -> Assertions.assertThat(refusal(t).violations())
            .extracting(InvalidInputException.Violation::field, InvalidInputException.Violation::vietnamese)
            .containsExactly(
                Assertions.tuple(Fields.THEME, "Chủ đề dài quá 300 ký tự (đã nhập 301)"),
                Assertions.tuple(Fields.PROGRAMME_ITEMS, "Chương trình có đủ các nội dung bắt buộc, đúng thứ tự "
                    + "(§II.3; Giả định của kiểm thử: đơn vị sắp xếp các nội dung trong phiên hội nghị): thiếu nội dung bắt "
                    + "buộc: «Biểu dương, tôn vinh, khen thưởng các điển hình tiên tiến»; «Dâng hoa tại Tượng đài Bác Hồ»"
                    + " là nghi thức trước phiên khai mạc, phải đặt trước «Tuyên bố lý do, giới thiệu đại biểu»; vị trí thứ 1 là «Viếng Nghĩa trang liệt sĩ xã», Kế hoạch xếp «Dâng hoa tại "
                    + "Tượng đài Bác Hồ»; vị trí thứ 2 là «Dâng hoa tại Tượng đài Bác Hồ», Kế hoạch xếp «Viếng Nghĩa "
                    + "trang liệt sĩ xã»; Kế hoạch chỉ cho sắp xếp lại các nội dung trong phiên hội nghị, các nghi "
                    + "thức trước phiên giữ thứ tự")));
    assertThat(unit).isWaitingAt(Elements.SCHEDULE_CONFERENCE);
    Conference untouched = conferences.get(conferenceId);
    Assertions.assertThat(untouched.getScheduledOn()).isNull();
    Assertions.assertThat(untouched.getTheme()).isNull();
    Assertions.assertThat(untouched.programmeItems()).isEmpty();
    Assertions.assertThat(prefilled(scheduleTask)).extracting(r -> r.get("code")).containsExactlyElementsOf(PLAN_ORDER);

    // exactly 300 characters pass; a submission without the list keeps the plan's order for the chosen form
    driver.complete(task(unit), withVariables(Fields.CONFERENCE_FORM, "PATRIOTIC_EMULATION_CONGRESS",
        Fields.CONFERENCE_DATE, "2025-03-20", Fields.STAFF_COUNT, 40, Fields.THEME, "C".repeat(300)));
    assertThat(unit).isWaitingAt(Elements.SUBMIT_NOMINATIONS);
    Assertions.assertThat(conferences.get(conferenceId).getTheme()).hasSize(300);
    Assertions.assertThat(conferences.get(conferenceId).programmeItems()).containsExactlyElementsOf(PLAN_ORDER);
  }

  /** The refusal the task listener threw (the engine wraps it in its own exception). */
  private static InvalidInputException refusal(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException refused) {
        return refused;
      }
    }
    throw new AssertionError("no InvalidInputException in " + thrown, thrown);
  }

  /** The schedule task's prefilled programme rows, as mutable maps. */
  private List<Map<String, Object>> prefilled(String taskId) {
    try {
      JsonNode node = JSON.readTree(taskService.getVariableLocal(taskId, Fields.PROGRAMME_ITEMS).toString());
      List<Map<String, Object>> rows = new ArrayList<>();
      for (JsonNode row : node) {
        rows.add(new LinkedHashMap<>(JSON.convertValue(row, Map.class)));
      }
      return rows;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Gives an item a new number, or unticks it (null). */
  private static void number(List<Map<String, Object>> rows, String code, Integer position) {
    Map<String, Object> row = rows.stream().filter(r -> code.equals(r.get("code"))).findFirst().orElseThrow();
    if (position == null) {
      row.put("included", false);
    } else {
      row.put("position", position);
    }
  }

  private static String text(byte[] docx) throws IOException {
    try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var extractor = new XWPFWordExtractor(doc)) {
      return extractor.getText();
    }
  }
}
