package vn.thiduaflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.thiduaflow.ThiDuaFlowSpringTest;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.dashboard.CampaignDashboard.CommitteeLine;
import vn.thiduaflow.dashboard.CampaignDashboard.Filter;
import vn.thiduaflow.dashboard.CampaignDashboard.Page;
import vn.thiduaflow.dashboard.CampaignDashboard.Row;
import vn.thiduaflow.dashboard.CampaignDashboard.SubmissionLine;
import vn.thiduaflow.dashboard.CampaignDashboard.Viewer;
import vn.thiduaflow.dossier.ConferenceDocumentService;
import vn.thiduaflow.quota.DelegateQuotaService;
import vn.thiduaflow.submission.SubmissionFixture;

/**
 * What issue 22's steps record, where the secretariat looks: the campaign dashboard's rows show each unit's
 * submissions (due day, sent, late, escalated) and organizing committee, the page the campaign's outside events at
 * their current dates and the quotas the standing office decided (total against the congress's number); the
 * conference's record shows its submissions, its committee with members and the signed decision, theme and venue, the
 * outside-event rule it is held to and its quota. Both as the JSON the Cockpit page reads (the application's
 * ObjectMapper).
 */
@ThiDuaFlowSpringTest
class DashboardSubmissionsTest {

  @Autowired ApplicationContext context;
  @Autowired DelegateQuotaService quotas;
  @Autowired CampaignDashboard dashboard;
  @Autowired ConferenceRecord records;
  @Autowired ConferenceDocumentService documents;
  @Autowired ObjectMapper json;

  private SubmissionFixture fixture;
  private Campaign campaign;

  @AfterEach
  void resetClock() {
    fixture.end();
  }

  private Campaign start(String planId, LocalDateTime at, String accountSuffix) {
    fixture = new SubmissionFixture(context);
    campaign = fixture.start(planId, at, accountSuffix);
    return campaign;
  }

  private Row row(Page page, String unitCode) {
    return page.rows().stream().filter(r -> r.unitCode().equals(unitCode)).findFirst().orElseThrow();
  }

  private JsonNode asJson(Object value) throws Exception {
    return json.readTree(json.writeValueAsString(value));
  }

  @Test
  void eachUnitsSubmissionsAndCommitteeAreOnItsRowAndOnItsRecord() throws Exception {
    start("test-early-submission", LocalDateTime.of(2025, 1, 2, 8, 0), "vanquan.dash");
    // Thị trấn Văn Quan schedules on 03/01 for 10/03 with a theme and a venue, sets up its committee
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 3, 9, 0));
    fixture.scheduleWithThemeAndVenue("06253", "2025-03-10", "Đoàn kết, đổi mới, thi đua phát triển",
        "Hội trường UBND thị trấn Văn Quan");
    fixture.upload("06253", "organizing-committee-decision", "qd-ban-to-chuc.pdf", "test.office");
    fixture.establishCommittee("06253", "12/QĐ-UBND", "2025-01-03", SubmissionFixture.COMMITTEE_MEMBERS);
    // it sends its plan to Sở Nội vụ on 15/01, exactly the fixed date: on time
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 15, 10, 0));
    fixture.upload("06253", "unit-plan", "ke-hoach.pdf", "test.secretary");
    fixture.send("06253", "plan-to-home-affairs");
    // Xã Trấn Ninh schedules on 20/01, after the fixed date: late from the start, escalated by its timer
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 20, 9, 0));
    fixture.driver("06256").schedule("2025-03-25");
    fixture.upload("06256", "organizing-committee-decision", "qd.pdf", "test.office");
    fixture.establishCommittee("06256", "03/QĐ-UBND", "2025-01-20", SubmissionFixture.COMMITTEE_MEMBERS);
    fixture.runExecutableTimers("06256");

    Page page = dashboard.page(Viewer.of(List.of("u184.standing-office")),
        new Filter(campaign.getId(), null, null, false, 0, 50));

    Row early = row(page, "06253");
    assertThat(early.submissions()).extracting(SubmissionLine::code, SubmissionLine::dueOn, SubmissionLine::late,
        SubmissionLine::escalated, SubmissionLine::stateLabel).containsExactly(
            tuple("plan-to-home-affairs", LocalDate.of(2025, 1, 15), false, false, "Đã gửi 15/01/2025 10:00"),
            tuple("drafts-to-standing-office", LocalDate.of(2025, 2, 18), false, false, "Chưa gửi"));
    assertThat(early.submissions().get(0).recipient()).isEqualTo("Sở Nội vụ tỉnh Lạng Sơn");
    assertThat(early.committee()).isEqualTo(new CommitteeLine(true, true, "12/QĐ-UBND", LocalDate.of(2025, 1, 3)));
    Row late = row(page, "06256");
    assertThat(late.submissions().get(0)).satisfies(s -> {
      assertThat(s.late()).isTrue();
      assertThat(s.escalated()).isTrue();
      assertThat(s.stateLabel()).isEqualTo("Quá hạn — đã báo cáo Chủ tịch Hội đồng");
    });
    assertThat(late.submissions().get(1).late()).as("20 days before 25/03 is still ahead").isFalse();
    Row unscheduled = row(page, "06268");
    assertThat(unscheduled.submissions()).as("opened only at scheduling").isEmpty();
    assertThat(unscheduled.committee()).isEqualTo(new CommitteeLine(true, false, null, null));
    assertThat(page.outsideEvents()).as("the plan has none").isEmpty();
    assertThat(page.quotas()).as("the plan fixes every quota").isEmpty();

    JsonNode earlyJson = java.util.stream.StreamSupport.stream(asJson(page).get("rows").spliterator(), false)
        .filter(r -> r.get("unitCode").asText().equals("06253")).findFirst().orElseThrow();
    assertThat(earlyJson.at("/submissions/0/dueOn").asText()).isEqualTo("2025-01-15");
    assertThat(earlyJson.at("/submissions/0/stateLabel").asText()).isEqualTo("Đã gửi 15/01/2025 10:00");
    assertThat(earlyJson.at("/committee/decisionNumber").asText()).isEqualTo("12/QĐ-UBND");
    assertThat(earlyJson.at("/committee/decisionDate").asText()).isEqualTo("2025-01-03");

    // the record of Thị trấn Văn Quan
    ConferenceRecord.View record = records.of(fixture.conference("06253").getId(), List.of("u184.standing-office"))
        .orElseThrow();
    assertThat(record.theme()).isEqualTo("Đoàn kết, đổi mới, thi đua phát triển");
    assertThat(record.venue()).isEqualTo("Hội trường UBND thị trấn Văn Quan");
    assertThat(record.ceremonies()).as("the plan's programme has no ceremony before the session").isEmpty();
    assertThat(record.submissions()).extracting(ConferenceRecord.Submission::title, ConferenceRecord.Submission::dueOn)
        .containsExactly(tuple("Kế hoạch tổ chức Hội nghị và Quyết định thành lập Ban Tổ chức", "15/01/2025"),
            tuple("dự thảo Báo cáo tổng kết và chương trình Hội nghị", "18/02/2025"));
    assertThat(record.submissions().get(0).state()).startsWith("Đã gửi 15/01/2025 10:00 (");
    ConferenceRecord.Committee committee = record.committee();
    assertThat(committee.established()).isTrue();
    assertThat(committee.decisionNumber()).isEqualTo("12/QĐ-UBND");
    assertThat(committee.decisionDate()).isEqualTo("03/01/2025");
    assertThat(committee.members()).extracting(ConferenceRecord.Member::name, ConferenceRecord.Member::roleLabel,
        ConferenceRecord.Member::subCommitteeLabel).containsExactly(tuple("Hoàng Văn Minh", "Trưởng ban", null),
            tuple("Lý Thị Hoa", "Phó Trưởng ban", "Tiểu ban Nội dung"),
            tuple("Nông Văn Tài", "Thành viên", "Tiểu ban Tuyên truyền"));
    assertThat(committee.decisionFile().fileName()).isEqualTo("qd-ban-to-chuc.pdf");
    assertThat(committee.decisionFile().downloadPath())
        .isEqualTo(documents.byCode(fixture.conference("06253").getId()).get("organizing-committee-decision")
            .downloadPath());
    assertThat(committee.decisionFile().viewPath()).as("a PDF opens in the browser").isNotNull();
    assertThat(record.outsideEvents()).isEmpty();
    assertThat(record.quota()).isNull();
    JsonNode recordJson = asJson(record);
    assertThat(recordJson.at("/committee/members/0/roleLabel").asText()).isEqualTo("Trưởng ban");
    assertThat(recordJson.at("/submissions/1/state").asText()).isEqualTo("Chưa gửi");
    // the late commune's record says its submission was escalated
    assertThat(records.of(fixture.conference("06256").getId(), List.of("u184.standing-office")).orElseThrow()
        .submissions().get(0)).satisfies(s -> assertThat(s.escalated()).isTrue());
  }

  @Test
  void thePageShowsTheCampaignsOutsideEventsAndTheRecordTheRuleItIsHeldTo() throws Exception {
    start("test-two-level-before-party-congress", LocalDateTime.of(2025, 7, 10, 8, 0), "laichau.dash");

    Page office = dashboard.page(Viewer.of(List.of("u12.standing-office")),
        new Filter(campaign.getId(), null, null, false, 0, 50));

    assertThat(office.outsideEvents()).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo("PROVINCIAL_PARTY_CONGRESS");
      assertThat(e.name()).startsWith("Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XV");
      assertThat(e.date()).isEqualTo(LocalDate.of(2025, 10, 20));
      assertThat(e.changed()).isFalse();
      assertThat(e.clause()).startsWith("Giả định của kiểm thử: Đại hội Đảng bộ tỉnh khai mạc");
      assertThat(e.rules()).hasSize(2);
      assertThat(e.rules().get(0)).startsWith("Hội nghị, Đại hội của Tỉnh Lai Châu: trước ngày 20/10/2025 (Giả định"
          + " của kiểm thử: Hội nghị cấp tỉnh");
      assertThat(e.rules().get(1)).startsWith("Hội nghị của các đơn vị cấp dưới: trước ngày 20/10/2025 (Giả định"
          + " của kiểm thử: Hội nghị cấp xã");
    });
    assertThat(office.quotas()).isEmpty();
    JsonNode page = asJson(office);
    assertThat(page.at("/outsideEvents/0/date").asText()).isEqualTo("2025-10-20");
    assertThat(page.at("/outsideEvents/0/rules/1").asText()).contains("cấp xã");

    Conference commune = fixture.conference("03390");
    ConferenceRecord.View unscheduled = records.of(commune.getId(), List.of("u12.standing-office")).orElseThrow();
    assertThat(unscheduled.outsideEvents()).singleElement().satisfies(r -> {
      assertThat(r.sentence()).startsWith("Trước Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XV, nhiệm kỳ 2025 - 2030"
          + " — ngày 20/10/2025 (Giả định của kiểm thử: Hội nghị cấp xã");
      assertThat(r.met()).as("no day yet").isNull();
    });
    fixture.driver("03390").schedule("2025-09-05");
    assertThat(records.of(commune.getId(), List.of("u12.standing-office")).orElseThrow().outsideEvents().get(0).met())
        .isTrue();
    assertThat(asJson(records.of(commune.getId(), List.of("u12.standing-office")).orElseThrow())
        .at("/outsideEvents/0/met").asBoolean()).isTrue();
  }

  @Test
  void thePageShowsTheDecidedQuotasAgainstTheCongresssNumberAndTheRecordItsUnitsQuota() throws Exception {
    start("test-bac-kan-2014-levels", LocalDateTime.of(2014, 8, 1, 9, 0), "backan.dash");
    quotas.decide(campaign.getId(), "058", 100, 200, "Theo số cán bộ", "backan.office");
    quotas.decide(campaign.getId(), "060", 50, 150, null, "backan.office"); // 300 + 200: exactly the congress's 500

    Page office = dashboard.page(Viewer.of(List.of("u06.standing-office")),
        new Filter(campaign.getId(), null, null, false, 0, 200));

    assertThat(office.quotas()).singleElement().satisfies(q -> {
      assertThat(q.campaignId()).isEqualTo(campaign.getId());
      assertThat(q.congress()).isEqualTo("Tỉnh Bắc Kạn");
      assertThat(q.officialDelegates()).isEqualTo(500);
      assertThat(q.decidedTotal()).isEqualTo(500);
      assertThat(q.units()).extracting(CampaignDashboard.QuotaLine::unitCode, CampaignDashboard.QuotaLine::collectives,
          CampaignDashboard.QuotaLine::individuals, CampaignDashboard.QuotaLine::total)
          .containsExactly(tuple("058", 100, 200, 300), tuple("060", 50, 150, 200));
    });
    assertThat(office.outsideEvents()).as("the plan has none").isEmpty();
    JsonNode page = asJson(office);
    assertThat(page.at("/quotas/0/officialDelegates").asInt()).isEqualTo(500);
    assertThat(page.at("/quotas/0/units/1/total").asInt()).isEqualTo(200);

    // a district sees its own quota only; a group without a role none
    Page district = dashboard.page(Viewer.of(List.of("u060.standing-office")),
        new Filter(campaign.getId(), null, null, false, 0, 200));
    assertThat(district.quotas()).singleElement().satisfies(q -> assertThat(q.units())
        .extracting(CampaignDashboard.QuotaLine::unitCode).containsExactly("060"));
    assertThat(dashboard.page(Viewer.of(List.of("some-other-group")),
        new Filter(campaign.getId(), null, null, false, 0, 200)).quotas()).isEmpty();

    // the district's own conference (its sub-campaign) is held to the decided numbers
    Row pacNam = office.rows().stream().filter(r -> r.unitCode().equals("060")
        && r.level() == vn.thiduaflow.unit.UnitLevel.DISTRICT).findFirst().orElseThrow();
    ConferenceRecord.View record = records.of(pacNam.conferenceId(), List.of("u06.standing-office")).orElseThrow();
    assertThat(record.quota()).satisfies(q -> {
      assertThat(q.collectives()).isEqualTo(50);
      assertThat(q.individuals()).isEqualTo(150);
      assertThat(q.clause()).startsWith("Thường trực Hội đồng cấp trên phân bổ ngày 01/08/2014");
    });
  }
}
