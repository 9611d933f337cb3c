package vn.thiduaflow.event.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.council.CouncilMember;
import vn.thiduaflow.council.CouncilMemberRepository;
import vn.thiduaflow.event.RunningCampaigns;
import vn.thiduaflow.plan.PlanCatalog;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.system.InvalidInputException;

/**
 * Which campaign a {@value #PROCESS} instance changes an outside event's date in. The process is started by a
 * standing office from Tasklist («Bắt đầu quy trình»), the same way as {@code CouncilMaintenance}: when it starts, the
 * instance is bound to the one unit whose standing office the logged-in starter is and to that unit's running
 * campaign — its id becomes the business key, whatever key or variables the start request sent — and the campaign's
 * plan must name outside events. A commune's office inside a province's campaign runs no campaign of its own and is
 * refused: only the issuing unit's office moves the plan's events. Used from the model as
 * {@code ${changeOutsideEventDate.bind(execution)}}.
 */
@Component("changeOutsideEventDate")
public class ChangeOutsideEventDate {

  /** Key of the process (and file name of its model, {@code bpmn/ChangeOutsideEventDate.bpmn}). */
  public static final String PROCESS = "ChangeOutsideEventDate";
  /** The start event. */
  public static final String START = "StartEvent_EventDateChangeRequested";
  /** The standing office's task: choose the event, enter the new date and the reason. */
  public static final String CHANGE_TASK = "UserTask_ChangeEventDate";
  /** The end event. */
  public static final String END = "EndEvent_EventDateChanged";
  /** Process variable: the logged-in starter, the task's assignee. */
  public static final String INITIATOR = "initiator";
  /** Process variable set on completion: how many scheduled conferences the new date puts on the wrong side. */
  public static final String WRONG_SIDE_COUNT = "wrongSideCount";
  /** Process variable set on completion: the change and those conferences in Vietnamese (at most 4,000 characters). */
  public static final String SUMMARY = "eventDateChangeSummary";

  private final CouncilMemberRepository members;
  private final RunningCampaigns campaigns;
  private final PlanCatalog plans;

  ChangeOutsideEventDate(CouncilMemberRepository members, RunningCampaigns campaigns, PlanCatalog plans) {
    this.members = members;
    this.campaigns = campaigns;
    this.plans = plans;
  }

  /**
   * Binds a starting instance: {@code initiator} becomes the logged-in starter and the business key the id of the
   * running campaign of the one unit whose standing office the starter is.
   *
   * @throws InvalidInputException (field {@code initiator}) when nobody is logged in, the starter is no standing
   *     office or the office of several units, the unit runs no campaign now, or the campaign's plan names no outside
   *     event
   */
  public void bind(DelegateExecution execution) {
    // the logged-in starter, not the "initiator" variable: a start request's own variables could overwrite that one
    var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String initiator = authentication == null ? null : authentication.getUserId();
    execution.setVariable(INITIATOR, initiator);
    List<CouncilMember> offices = initiator == null ? List.of()
        : members.findByUsernameAndRole(initiator, CouncilRole.STANDING_OFFICE);
    if (offices.size() != 1) {
      throw offices.isEmpty() ? InvalidInputException.of(INITIATOR, "event.change.notIssuingOffice")
          : InvalidInputException.of(INITIATOR, "event.change.severalOffices", offices.size());
    }
    CouncilMember office = offices.get(0);
    Campaign campaign = campaigns.running(office.getAdminStructure(), office.getUnitCode()).orElseThrow(() ->
        InvalidInputException.of(INITIATOR, "event.change.noCampaign"));
    if (campaign.getPlanId().contains(vn.thiduaflow.plan.PlanCatalog.DERIVED_SEPARATOR)) {
      // a district's campaign under a provincial cascade carries the province's events: they are the province's to
      // move, not each district's for its own subtree
      Campaign issuing = campaign;
      while (issuing.getParentCampaignId() != null && issuing.getPlanId().contains(
          vn.thiduaflow.plan.PlanCatalog.DERIVED_SEPARATOR)) {
        issuing = campaigns.find(issuing.getParentCampaignId()).orElseThrow();
      }
      throw InvalidInputException.of(INITIATOR, "event.change.otherIssuer", issuing.getIssuerName());
    }
    if (plans.get(campaign.getPlanId()).outsideEvents().isEmpty()) {
      throw InvalidInputException.of(INITIATOR, "event.change.noOutsideEvent");
    }
    execution.setProcessBusinessKey(campaign.getId().toString());
  }

  /** The campaign of a task of this process (its business key, set by {@link #bind}). */
  Long campaignOf(DelegateTask task) {
    return Long.valueOf(task.getExecution().getProcessBusinessKey());
  }
}
