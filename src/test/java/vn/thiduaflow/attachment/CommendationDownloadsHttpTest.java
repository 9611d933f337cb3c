package vn.thiduaflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thiduaflow.attachment.AttachmentHttpTest.Webapp;
import vn.thiduaflow.award.CommendationService;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilAccounts;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.document.DocumentLinks;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.security.Http;
import vn.thiduaflow.security.ThiDuaFlowHttpTest;
import vn.thiduaflow.system.ProcessModel;

/**
 * The commendation's downloads (issue 24) in the webapp session: a council member of Bình An gets its decision (DOCX)
 * and its certificates (PDF, both modes); the secretary of another unit (Văn Yên) gets 404 for them, the same as for a
 * decision that does not exist, and 404 for Bình An's decision asked under the path of Văn Yên's own conference.
 */
@ThiDuaFlowHttpTest
class CommendationDownloadsHttpTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired CouncilAccounts accounts;
  @Autowired CouncilDirectory councils;
  @Autowired RuntimeService runtimeService;
  @Autowired CommendationService commendations;
  @Autowired DocumentLinks links;

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  private ProcessInstance unitOf(Campaign c, String mailDomain) {
    accounts.ensureAccounts(c, Http.PASSWORD, mailDomain);
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(c.getProcessInstanceId())
        .processDefinitionKey(ProcessModel.UNIT_CONFERENCE).list().get(0);
  }

  @Test
  void theUnitDownloadsItsDecisionAndCertificatesAndAnotherUnitGetsNothing() throws Exception {
    AbstractAssertions.init(engine);
    Http.ensureAdmin(engine);
    ConferenceDriver.at(LocalDateTime.of(2025, 2, 20, 8, 0));
    ProcessInstance unit = unitOf(campaigns.start("binh-an-27-2025"), "commendation-a.test");
    Long conferenceId = Long.valueOf(unit.getBusinessKey());
    ProcessInstance other = unitOf(campaigns.start("van-yen-2020"), "commendation-b.test");
    Long otherId = Long.valueOf(other.getBusinessKey());
    ConferenceDriver driver = new ConferenceDriver(engine, councils, unit);
    driver.driveToDossier("2025-03-27");
    ProcessInstance commendation = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ProcessModel.COMMENDATION).processInstanceBusinessKey(conferenceId.toString())
        .singleResult();
    List<Map<String, Object>> lines = commendations.draftRows(conferenceId).stream()
        .map(r -> Map.<String, Object>of("nominationId", r.get("nominationId"), "awardForm", r.get("awardForm"),
            "achievement", r.get("achievement"))).toList();
    driver.complete(task(commendation), withVariables("commendation", JSON.writeValueAsString(lines)));
    driver.complete(task(commendation), withVariables("commendationDecision", "APPROVE", "decidedOn", "2025-03-20",
        "signerTitle", "CHỦ TỊCH", "signerName", "Trần Văn Bình"));
    Long decisionId = commendations.decisions(conferenceId).get(0).getId();

    Webapp member = Webapp.login(port, councils.holder(conferenceId, CouncilRole.MEMBER));
    Webapp intruder = Webapp.login(port, councils.holder(otherId, CouncilRole.UNIT_SECRETARY));
    String base = "commendation/" + decisionId + "/";
    for (String rest : List.of("decision.docx", "certificates.pdf", "certificates.pdf?mode=ON_BLANKS")) {
      String path = links.pluginPath(conferenceId, base + rest);
      Http.Download d = member.send("GET", path, null, null);
      assertThat(d.status()).as(rest + ": " + d.text()).isEqualTo(200);
      assertThat(d.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(new String(d.body(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1))
          .isEqualTo(rest.endsWith("docx") ? "PK\u0003\u0004" : "%PDF");
      assertThat(intruder.send("GET", path, null, null).status()).as(rest + " for another unit").isEqualTo(404);
      assertThat(member.send("GET", links.pluginPath(conferenceId, "commendation/999999999/" + rest), null, null)
          .status()).as("no such decision").isEqualTo(404);
      assertThat(intruder.send("GET", links.pluginPath(otherId, base + rest), null, null).status())
          .as("a decision of another conference under one's own").isEqualTo(404);
    }
  }
}
