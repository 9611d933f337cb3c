package vn.thiduaflow.plan;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thiduaflow.plan.model.Plan;

/**
 * Checks a plan file before it is onboarded (a new province's plan is configuration: a YAML file in
 * {@code thiduaflow.plans.extra-dir}). The file is read with every rule the start-up applies and nothing is stored.
 * A file that breaks a rule gets 400 problem+json listing each problem with its field ({@code problems[].field}).
 */
@RestController
@RequestMapping(path = "/api/plans", produces = "application/json")
class PlanController {

  private final PlanReader reader;

  PlanController(PlanReader reader) {
    this.reader = reader;
  }

  /**
   * @param yaml the plan file, UTF-8 ({@code Content-Type: application/yaml} or {@code text/yaml})
   * @return the plan's id, number, title, issuer code, the council's threshold as {@code approval} (also under its old
   *     key {@code councilVote}, for callers written before the rename) and {@code renamesToMake}: the old names the
   *     file still uses, each with its new one (empty for a file in the current format) — the same list the catalog
   *     logs as a warning at start-up
   */
  @PostMapping(path = "/check", consumes = {"application/yaml", "text/yaml", "application/x-yaml"})
  Map<String, Object> check(@RequestBody byte[] yaml) {
    List<String> renames = new java.util.ArrayList<>();
    Plan plan = reader.read("request body", new ByteArrayInputStream(yaml), renames::addAll);
    Map<String, Object> answer = new java.util.LinkedHashMap<>();
    answer.put("id", plan.id());
    answer.put("number", plan.number());
    answer.put("title", plan.title());
    answer.put("issuer", plan.issuer().unitCode());
    answer.put("approval", plan.councilVote());
    answer.put("councilVote", plan.councilVote());
    answer.put("renamesToMake", renames);
    return answer;
  }

  @ExceptionHandler(PlanFileException.class)
  ProblemDetail invalid(PlanFileException e) {
    List<PlanFileException.Problem> problems = e.problems();
    var detail = vn.thiduaflow.system.Message.of(problems.size() == 1 ? "plan.check.invalid.one"
        : "plan.check.invalid.many", String.valueOf(problems.size()), problems.get(0).field(), problems.get(0).problem());
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail.vietnamese() + " / "
        + detail.english());
    p.setTitle(vn.thiduaflow.system.InvalidInputException.TITLE);
    p.setType(URI.create("urn:thiduaflow:invalid-plan"));
    p.setProperty("field", problems.get(0).field());
    p.setProperty("problems", problems);
    return p;
  }
}
