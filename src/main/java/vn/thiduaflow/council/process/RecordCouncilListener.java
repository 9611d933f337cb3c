package vn.thiduaflow.council.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.thiduaflow.council.CouncilService;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessModel.Fields;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * On completing a council task (UserTask_MaintainCouncil, UserTask_EditCouncil): stores the council list the standing office sent
 * ({@link CouncilService#replace}: users, groups, audit) and sets {@value Vars#COUNCIL_READY}. A wrong list is refused
 * with every wrong row and field named as the form shows it ("Người thứ 3 — Tên đăng nhập: …"); nothing is kept.
 * The task's candidates are the unit's standing office, so the engine work (users, groups) runs without the office's
 * own authorizations, which do not include Camunda's identity administration.
 */
@Component("recordCouncilListener")
class RecordCouncilListener implements TaskListener {

  private static final Map<String, String> LABELS = Map.of("fullName", "Họ và tên", "username", "Tên đăng nhập",
      "role", "Vai trò", "email", "Thư điện tử");
  private static final Pattern ROW = Pattern.compile(Fields.COUNCIL_MEMBERS + "\\[(\\d+)](?:\\.(\\w+))?");

  private final CouncilMaintenance units;
  private final CouncilService councils;

  RecordCouncilListener(CouncilMaintenance units, CouncilService councils) {
    this.units = units;
    this.councils = councils;
  }

  @Override
  public void notify(DelegateTask task) {
    var unit = units.unitOf(task);
    var instance = task.getExecution().getProcessInstance();
    boolean onInstance = instance.hasVariableLocal(Fields.COUNCIL_MEMBERS);
    Object sent;
    try {
      sent = onInstance ? instance.getVariableLocal(Fields.COUNCIL_MEMBERS)
          : task.getVariableLocal(Fields.COUNCIL_MEMBERS);
    } catch (org.camunda.bpm.engine.ProcessEngineException unreadable) {
      throw new InvalidInputException(Fields.COUNCIL_MEMBERS, "Danh sách Hội đồng không đọc được",
          "the council list cannot be read");
    }
    if (onInstance) {
      instance.removeVariableLocal(Fields.COUNCIL_MEMBERS);
    }
    task.removeVariableLocal(Fields.COUNCIL_MEMBERS);
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    Authentication caller = identity.getCurrentAuthentication();
    try {
      List<CouncilService.Entry> rows = CouncilService.fromForm(sent);
      identity.clearAuthentication();
      councils.replace(unit.structure(), unit.code(), unit.name(), rows, caller == null ? "system"
          : caller.getUserId());
    } catch (InvalidInputException e) {
      throw readable(e);
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
    instance.setVariable(Vars.COUNCIL_READY, true);
  }

  /** The same problems, each named by the person's place in the form and the field's label. */
  static InvalidInputException readable(InvalidInputException e) {
    List<InvalidInputException.Violation> named = new ArrayList<>();
    for (var v : e.violations()) {
      Matcher m = ROW.matcher(v.field());
      if (!m.matches()) {
        named.add(v);
        continue;
      }
      int place = Integer.parseInt(m.group(1)) + 1;
      String label = m.group(2) == null ? "" : " — " + LABELS.getOrDefault(m.group(2), m.group(2));
      named.add(new InvalidInputException.Violation(v.field(), "Người thứ " + place + label + ": " + v.vietnamese(),
          "Person " + place + (m.group(2) == null ? "" : " — " + m.group(2)) + ": " + v.english()));
    }
    return new InvalidInputException(named);
  }
}
