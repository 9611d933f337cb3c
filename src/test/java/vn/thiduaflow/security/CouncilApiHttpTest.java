package vn.thiduaflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thiduaflow.audit.AuditEventRepository;
import vn.thiduaflow.plan.model.CouncilRole;

/**
 * A unit's council kept over the API (issue 20): JSON and the XLSX template, problems at their cells, only the unit's
 * office, chair or an administrator. Unit: Xã Bình Đông (21049), which no other test uses.
 */
@ThiDuaFlowHttpTest
class CouncilApiHttpTest {

  private static final String COUNCIL = "/api/units/THREE_LEVEL/21049/council";
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;
  @Autowired AuditEventRepository audit;

  private Http http;

  @BeforeAll
  void users() {
    Http.ensureAdmin(engine);
    http = new Http(port);
    if (identityService.createUserQuery().userId("other.office").count() == 0) {
      var user = identityService.newUser("other.office");
      user.setPassword(Http.PASSWORD);
      identityService.saveUser(user);
      identityService.saveGroup(identityService.newGroup(CouncilRole.STANDING_OFFICE.groupId("21043")));
      identityService.createMembership("other.office", CouncilRole.STANDING_OFFICE.groupId("21043"));
    }
  }

  @Test
  void anOfficeImportsItsCouncilFromTheTemplateWithEveryWrongCellNamedAndNothingHalfSaved() throws Exception {
    var template = http.bytes("test-admin", "GET", COUNCIL + "/template.xlsx", null, null);
    assertThat(template.status()).isEqualTo(200);
    byte[] wrong = fill(template.body(), new String[][] {
        {"Bùi Văn Chủ", "binhdong.chutich", "Chủ tịch Hội đồng TĐKT", ""},
        {"Võ Thị Phó", "Vo Thi Pho", "Phó Chủ tịch Hội đồng TĐKT", "pho@"},
        {"Ngô Văn Ba", "binhdong.tv1", "Trưởng thôn", ""}});
    var refusedBytes = http.bytes("test-admin", "PUT", COUNCIL, XLSX, wrong);
    assertThat(refusedBytes.status()).isEqualTo(400);
    String problems = refusedBytes.text();
    assertThat(problems).contains("Dòng 6, cột C (Tên đăng nhập)").contains("Dòng 6, cột E (Thư điện tử)")
        .contains("Dòng 7, cột D (Vai trò): «Trưởng thôn» không phải một vai trò");
    assertThat(http.get("test-admin", COUNCIL).json()).as("nothing saved").isEmpty();

    byte[] right = fill(template.body(), new String[][] {
        {"Bùi Văn Chủ", "binhdong.chutich", "Chủ tịch Hội đồng TĐKT", "chu@binhdong.example"},
        {"Võ Thị Phó", "binhdong.photich", "Phó Chủ tịch Hội đồng TĐKT", ""},
        {"Ngô Văn Ba", "binhdong.tv1", "Thành viên Hội đồng TĐKT", ""},
        {"Lý Thị Tư", "binhdong.thuongtruc", "Thường trực Hội đồng (Văn phòng, Thư ký HĐ)", ""}});
    var saved = http.bytes("test-admin", "PUT", COUNCIL, XLSX, right);
    assertThat(saved.status()).as(saved.text()).isEqualTo(200);
    var list = http.get("test-admin", COUNCIL).json();
    assertThat(list).hasSize(4);
    assertThat(list.get(0).get("role").asText()).isEqualTo("CHAIR");
    assertThat(identityService.createUserQuery().userId("binhdong.chutich").singleResult().getEmail())
        .isEqualTo("chu@binhdong.example");
    assertThat(identityService.createUserQuery().memberOfGroup(CouncilRole.STANDING_OFFICE.groupId("21049"))
        .count()).isEqualTo(1);
    assertThat(audit.findAll()).anySatisfy(e -> {
      assertThat(e.getAction()).isEqualTo("COUNCIL");
      assertThat(e.getActor()).isEqualTo("test-admin");
    });
    // the unit's office (no password yet: the administrator gives the first one) keeps it over JSON from now on
    var office = identityService.createUserQuery().userId("binhdong.thuongtruc").singleResult();
    office.setPassword(Http.PASSWORD);
    identityService.saveUser(office);
    var json = http.json("binhdong.thuongtruc", "PUT", COUNCIL, "[{\"fullName\":\"Bùi Văn Chủ\",\"username\":"
        + "\"binhdong.chutich\",\"role\":\"CHAIR\"},{\"fullName\":\"Ngô Văn Ba\",\"username\":\"binhdong.tv1\","
        + "\"role\":\"MEMBER\"},{\"fullName\":\"Đặng Văn Năm\",\"username\":\"binhdong.tv2\",\"role\":\"MEMBER\"},"
        + "{\"fullName\":\"Lý Thị Tư\",\"username\":\"binhdong.thuongtruc\",\"role\":\"STANDING_OFFICE\"}]");
    assertThat(json.status()).as(json.body()).isEqualTo(200);
    assertThat(identityService.createUserQuery().memberOfGroup(CouncilRole.VICE_CHAIR.groupId("21049")).count())
        .as("who left the council left its group").isZero();
    // another unit's office may not touch it
    assertThat(http.get("other.office", COUNCIL).status()).isEqualTo(403);
    assertThat(http.json("other.office", "PUT", COUNCIL, "[]").status()).isEqualTo(403);
    assertThat(http.get("test-admin", "/api/units/THREE_LEVEL/99999/council").status()).isEqualTo(404);
  }

  private static byte[] fill(byte[] template, String[][] rows) throws Exception {
    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(template)); var out = new ByteArrayOutputStream()) {
      var sheet = wb.getSheet("Hội đồng");
      for (int i = 0; i < rows.length; i++) {
        var row = sheet.createRow(4 + i);
        row.createCell(0).setCellValue(i + 1);
        for (int c = 0; c < 4; c++) {
          if (!rows[i][c].isEmpty()) {
            row.createCell(c + 1).setCellValue(rows[i][c]);
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }
}
