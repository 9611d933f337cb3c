package vn.thiduaflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thiduaflow.council.CouncilService;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.unit.AdminStructure;

/**
 * Issue 20: a standing office changes its council at any time from Tasklist («Bắt đầu quy trình» → CouncilMaintenance).
 * The instance works on the office's own unit whatever the start request names; nobody else may start it. Unit: Xã
 * Bình Nguyên (21055), which no other test uses.
 */
@ThiDuaFlowHttpTest
class CouncilMaintenanceHttpTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired CouncilService councils;
  @Autowired AccessGrants grants;

  @Test
  void anOfficeChangesItsOwnCouncilFromTasklistAndNoOtherUnits() {
    Http.ensureAdmin(engine);
    var setup = new Http(port);
    // the unit has a council and an office already (kept over the API by the administrator)
    var saved = setup.json("test-admin", "PUT", "/api/units/THREE_LEVEL/21055/council", "[{\"fullName\":\"Bùi Văn Chủ\","
        + "\"username\":\"binhnguyen.chutich\",\"role\":\"CHAIR\"},{\"fullName\":\"Ngô Văn Ba\",\"username\":"
        + "\"binhnguyen.tv1\",\"role\":\"MEMBER\"},{\"fullName\":\"Đặng Văn Năm\",\"username\":\"binhnguyen.tv2\","
        + "\"role\":\"MEMBER\"},{\"fullName\":\"Lý Thị Tư\",\"username\":\"binhnguyen.office\",\"role\":"
        + "\"STANDING_OFFICE\"}]");
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    for (String user : new String[] {"binhnguyen.office", "binhnguyen.tv1"}) {
      var u = identityService.createUserQuery().userId(user).singleResult();
      u.setPassword(Http.PASSWORD);
      identityService.saveUser(u);
    }
    // a council member who is not the office may not start it
    var refused = setup.json("binhnguyen.tv1", "POST", "/engine-rest/process-definition/key/CouncilMaintenance/start",
        "{}");
    assertThat(refused.status()).isIn(400, 403);
    // the office starts it naming another unit and another initiator: the instance is its own unit's, the task its own
    var started = setup.json("binhnguyen.office", "POST",
        "/engine-rest/process-definition/key/CouncilMaintenance/start", "{\"businessKey\":\"THREE_LEVEL/21049\","
            + "\"variables\":{\"initiator\":{\"value\":\"binhnguyen.tv1\"}}}");
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instance = started.json().get("id").asText();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey())
        .isEqualTo("THREE_LEVEL/21055");
    var task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(task.getAssignee()).isEqualTo("binhnguyen.office");
    // the form opens with the council as it is, and the office adds a vice chair
    var shown = setup.json("binhnguyen.office", "GET", "/engine-rest/task/" + task.getId()
        + "/form-variables?deserializeValues=false", null);
    assertThat(shown.body()).contains("binhnguyen.chutich").contains("binhnguyen.office");
    String list = "[{\\\"fullName\\\":\\\"Bùi Văn Chủ\\\",\\\"username\\\":\\\"binhnguyen.chutich\\\",\\\"role\\\":"
        + "\\\"CHAIR\\\"},{\\\"fullName\\\":\\\"Võ Thị Phó\\\",\\\"username\\\":\\\"binhnguyen.photich\\\",\\\"role\\\":"
        + "\\\"VICE_CHAIR\\\"},{\\\"fullName\\\":\\\"Ngô Văn Ba\\\",\\\"username\\\":\\\"binhnguyen.tv1\\\",\\\"role\\\":"
        + "\\\"MEMBER\\\"},{\\\"fullName\\\":\\\"Lý Thị Tư\\\",\\\"username\\\":\\\"binhnguyen.office\\\",\\\"role\\\":"
        + "\\\"STANDING_OFFICE\\\"}]";
    var done = setup.json("binhnguyen.office", "POST", "/engine-rest/task/" + task.getId() + "/submit-form",
        "{\"variables\":{\"councilMembers\":{\"value\":\"" + list + "\",\"type\":\"Json\"}}}");
    assertThat(done.status()).as(done.body()).isEqualTo(204);
    assertThat(councils.people(AdminStructure.THREE_LEVEL, "21055")).extracting(m -> m.getUsername())
        .containsExactly("binhnguyen.chutich", "binhnguyen.photich", "binhnguyen.tv1", "binhnguyen.office");
    assertThat(identityService.createUserQuery().memberOfGroup(CouncilRole.MEMBER.groupId("21055")).list())
        .extracting(u -> u.getId()).containsExactly("binhnguyen.tv1");
    assertThat(councils.people(AdminStructure.THREE_LEVEL, "21049")).as("the unit the request named is untouched")
        .noneMatch(m -> m.getUsername().startsWith("binhnguyen"));
  }
}
