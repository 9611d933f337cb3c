package vn.thiduaflow.conference;

import java.time.LocalDate;
import java.util.List;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.TierRules;
import vn.thiduaflow.rule.RuleResult;

/**
 * What scheduling a conference asks of the campaign's outside events (a Party congress the conference must precede or
 * follow, issue 22): the tier's {@code relativeTo} rules applied to a day, at each event's current date for the
 * campaign. Declared here and implemented by the {@code event} feature ({@code event.OutsideEventDates}), so that the
 * conference does not depend on the feature that depends on it.
 */
public interface OutsideEventCheck {

  /**
   * One result per {@code relativeTo} entry of the tier, in file order (rule {@code OUTSIDE_EVENT_ORDER}, with its
   * clause); empty when the tier has none.
   *
   * @param campaignId the campaign the conference belongs to (an event moved in it or above it counts)
   * @param day the conference's day; null fails each rule
   */
  List<RuleResult> check(Long campaignId, Plan plan, TierRules tier, LocalDate day);

  /** The results of {@link #check} that the day breaks. */
  List<RuleResult> broken(Long campaignId, Plan plan, TierRules tier, LocalDate day);
}
