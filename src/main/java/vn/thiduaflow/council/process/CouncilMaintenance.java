package vn.thiduaflow.council.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.thiduaflow.council.CouncilMember;
import vn.thiduaflow.council.CouncilMemberRepository;
import vn.thiduaflow.council.CouncilService;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.unit.AdminStructure;
import vn.thiduaflow.unit.UnitDirectory;

/**
 * Which unit's council a council task works on. In the conference's own task (UserTask_MaintainCouncil of
 * UnitConference) it is the conference's unit; in the process {@value #PROCESS} — started by a standing office from
 * Tasklist («Bắt đầu quy trình») to change its council at any time — it is the unit whose standing office the starter
 * is, written into the instance's business key ({@code THREE_LEVEL/05971}) when it starts, whatever key the request
 * sent. Used from the model as {@code ${councilMaintenance.bind(execution)}}.
 */
@Component("councilMaintenance")
public class CouncilMaintenance {

  /** Key of the process a standing office starts to change its unit's council. */
  public static final String PROCESS = "CouncilMaintenance";

  /**
   * A unit: its administrative structure, code and name.
   */
  record Unit(AdminStructure structure, String code, String name) {}

  private final CouncilMemberRepository members;
  private final CouncilService councils;
  private final UnitDirectory units;

  CouncilMaintenance(CouncilMemberRepository members, CouncilService councils, UnitDirectory units) {
    this.members = members;
    this.councils = councils;
    this.units = units;
  }

  /**
   * Binds a starting {@value #PROCESS} instance to the starter's unit: the business key becomes
   * {@code <structure>/<unit code>} of the one unit whose standing office the logged-in starter is, and
   * {@code initiator} (the edit task's assignee) that starter, whatever the start request sent for either.
   *
   * @throws InvalidInputException (field {@code initiator}) when nobody is logged in, the starter is no standing
   *     office, or the standing office of several units (then the council is changed through the API)
   */
  public void bind(DelegateExecution execution) {
    // the logged-in starter, not the "initiator" variable: a start request's own variables could overwrite that one
    var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String initiator = authentication == null ? null : authentication.getUserId();
    execution.setVariable("initiator", initiator);
    List<CouncilMember> offices = initiator == null ? List.of()
        : members.findByUsernameAndRole(initiator, CouncilRole.STANDING_OFFICE);
    if (offices.size() != 1) {
      throw offices.isEmpty() ? InvalidInputException.of("initiator", "council.maintenance.notStandingOffice")
          : InvalidInputException.of("initiator", "council.maintenance.severalOffices", offices.size());
    }
    CouncilMember office = offices.get(0);
    execution.setProcessBusinessKey(office.getAdminStructure().name() + "/" + office.getUnitCode());
  }

  /** The unit of a council task, from its process (see the class). */
  Unit unitOf(DelegateTask task) {
    String definition = task.getProcessDefinitionId();
    if (definition != null && definition.startsWith(PROCESS + ":")) {
      String[] key = task.getExecution().getProcessBusinessKey().split("/", 2);
      AdminStructure structure = AdminStructure.valueOf(key[0]);
      String name = units.findInAnyList(structure, key[1]).map(u -> u.name()).orElse(key[1]);
      return new Unit(structure, key[1], name);
    }
    CouncilService.CouncilUnit unit = councils.unitOf(ProcessIds.conferenceId(task));
    return new Unit(unit.structure(), unit.code(), unit.name());
  }
}
