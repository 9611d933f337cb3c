package vn.thiduaflow.conference;

import vn.thiduaflow.plan.model.UpperQuotaRule;

/**
 * The delegate quota a unit is held to when the plan leaves the numbers to the upper council's standing office, which
 * decides them while the campaign runs (issue 22). Declared here, where the quota is read, and implemented by the
 * {@code quota} feature ({@code quota.DelegateQuotaService}), so that the conference does not depend on it.
 */
public interface DecidedQuotas {

  /**
   * The plan's own numbers; or, when the plan leaves them to the standing office, the decided ones (a fixed quota with
   * the decision's date in its clause); or, before a decision, the plan's rule itself, still marked
   * {@code decidedByStandingOffice}.
   *
   * @param rule the level's rule (null: not stated, returned as is)
   * @param upperCampaignId the campaign whose congress the unit's delegates attend
   * @param unitCode the lower unit
   */
  UpperQuotaRule effective(UpperQuotaRule rule, Long upperCampaignId, String unitCode);
}
