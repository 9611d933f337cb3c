package vn.thiduaflow.plan;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.thiduaflow.calendar.WorkingCalendar;
import vn.thiduaflow.unit.UnitDirectory;

/**
 * {@code POST /api/plans/check} in a web-layer slice (no engine, no database; the real plan reader): a plan file in
 * the current format is answered with its id, issuer and the renames it needs (none); a file that breaks a rule gets
 * 400 problem+json with every problem at its field; a body that is not YAML is refused by its content type. Access to
 * the endpoint is the security layer's and is tested over HTTP ({@code ConferenceApiHttpTest}).
 */
@WebMvcTest(controllers = PlanController.class, useDefaultFilters = false,
    includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = PlanController.class))
@Import({PlanReader.class, UnitDirectory.class, WorkingCalendar.class})
class PlanCheckWebTest {

  private static final String VAN_YEN = PlanFiles.seed("van-yen-2020.yaml");

  @Autowired MockMvc mvc;

  @Test
  void aPlanInTheCurrentFormatIsAnsweredWithWhatItIs() throws Exception {
    mvc.perform(post("/api/plans/check").contentType("application/yaml")
            .content(VAN_YEN.replace("id: van-yen-2020", "id: van-yen-2020-copy").getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value("van-yen-2020-copy"))
        .andExpect(jsonPath("$.issuer").value("18097"))
        .andExpect(jsonPath("$.renamesToMake").isEmpty());
  }

  @Test
  void aFileOfTheOldFormatIsToldWhatToRename() throws Exception {
    mvc.perform(post("/api/plans/check").contentType("text/yaml")
            .content(VAN_YEN.replace("\napproval:", "\ncouncilVote:").getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.renamesToMake[0]").value(Matchers.containsString("councilVote → approval")));
  }

  @Test
  void aBrokenFileIsRefusedWithEveryProblemAtItsField() throws Exception {
    String broken = VAN_YEN.replace("id: van-yen-2020", "id: Van Yen")
        .replace("number: \"KH-UBND (ký 18/3/2020)\"", "number: \"\"");
    mvc.perform(post("/api/plans/check").contentType("application/yaml")
            .content(broken.getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:thiduaflow:invalid-plan"))
        .andExpect(jsonPath("$.detail").value(Matchers.startsWith("Tệp kế hoạch không hợp lệ")))
        .andExpect(jsonPath("$.problems[*].field").value(Matchers.hasItems("id", "number")));
  }

  @Test
  void aBodyThatIsNotYamlIsRefusedByItsType() throws Exception {
    mvc.perform(post("/api/plans/check").contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isUnsupportedMediaType());
  }
}
