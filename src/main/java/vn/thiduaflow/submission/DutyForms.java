package vn.thiduaflow.submission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.plan.model.DutyRule;
import vn.thiduaflow.system.FormLists;
import vn.thiduaflow.system.MarkdownText;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * What the duty and supervision tasks show (task-local variables):
 * <ul>
 *   <li>«&lt;duty's title&gt;» (UserTask_ReportDutyDone): the brief's lines — what, who, due when with the clause, for
 *       which conference; the holder reports it done with a note (no file: the «Hồ sơ đính kèm» tab lets only the
 *       conference's own upload tasks store files);</li>
 *   <li>«Phân công thành viên Hội đồng phụ trách đơn vị» (UserTask_AssignSupervisor): the council above's voting members
 *       as the select's options ({@value #SUPERVISOR_OPTIONS}) and the rule with its clause.</li>
 * </ul>
 */
@Component
public class DutyForms {

  /** Task-local: the select's options of the supervisor task (Json rows: label, value). */
  public static final String SUPERVISOR_OPTIONS = "supervisorOptions";

  private final DutyService duties;
  private final SupervisionService supervision;
  private final ConferenceQueries conferences;

  DutyForms(DutyService duties, SupervisionService supervision, ConferenceQueries conferences) {
    this.duties = duties;
    this.supervision = supervision;
    this.conferences = conferences;
  }

  /** The brief's lines of a duty's task: what, who holds it, due when (last day inclusive, how counted, clause). */
  @Transactional(readOnly = true)
  public List<String> briefLines(Long conferenceId, String code) {
    DutyRule rule = duties.rule(conferenceId, code);
    ConferenceDuty row = duties.of(conferenceId).stream().filter(d -> d.getCode().equals(code)).findFirst()
        .orElseThrow();
    Conference c = conferences.get(conferenceId);
    List<String> lines = new ArrayList<>();
    lines.add("**Nhiệm vụ được phân công:** " + MarkdownText.escape(rule.title()) + " _(" + MarkdownText.escape(
        rule.clause()) + ")_");
    lines.add("**Người thực hiện:** " + MarkdownText.escape(row.getHolderLabel()));
    lines.add("**Phục vụ:** Hội nghị của " + MarkdownText.escape(c.getUnitName()));
    lines.add("**" + duties.explain(conferenceId, code) + "** (ngày cuối cùng vẫn trong hạn)");
    supervision.of(conferenceId).ifPresent(s -> lines.add("**Thành viên Hội đồng cấp trên phụ trách:** "
        + MarkdownText.escape(s.getFullName())));
    return lines;
  }

  /** The variables of the supervisor task: the options, the current choice, the rule's line. */
  @Transactional(readOnly = true)
  public Map<String, Object> supervisor(Long conferenceId) {
    Conference c = conferences.get(conferenceId);
    List<Map<String, Object>> options = new ArrayList<>();
    supervision.candidates(conferenceId).forEach(m -> {
      Map<String, Object> option = new LinkedHashMap<>();
      option.put("label", m.getFullName() + " — " + m.getRole().label() + " (" + m.getUsername() + ")");
      option.put("value", m.getUsername());
      options.add(option);
    });
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put(SUPERVISOR_OPTIONS, FormLists.json(options));
    vars.put(Fields.SUPERVISOR, supervision.of(conferenceId).map(ConferenceSupervisor::getUsername).orElse(null));
    vars.put("supervisionRule", "**Kế hoạch giao:** Thường trực Hội đồng Thi đua - Khen thưởng "
        + MarkdownText.escape(c.getUpperUnitName()) + " phân công một thành viên Hội đồng phụ trách chỉ đạo Hội nghị "
        + "của " + MarkdownText.escape(c.getUnitName()) + "; người được phân công nhận thông báo mỗi khi đơn vị quá "
        + "hạn _(" + MarkdownText.escape(supervision.clause(conferenceId)) + ")_");
    return vars;
  }
}
