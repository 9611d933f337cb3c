package vn.thiduaflow.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.conference.OutsideEventCheck;
import vn.thiduaflow.plan.model.OutsideEvent;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.TierRules;
import vn.thiduaflow.rule.RuleResult;

/**
 * The current dates of a campaign's outside events and the check of a conference day against its tier's
 * {@code relativeTo} rules ({@link OutsideEventRules}). An event's date is the latest change recorded for the campaign
 * ({@link OutsideEventDate}); without one, the latest recorded for the campaign above it, and so up the chain (a
 * province that moves its Party congress moves it for its communes' campaigns too); else the plan's date.
 */
@Service
@Transactional(readOnly = true)
public class OutsideEventDates implements OutsideEventCheck {

  private final OutsideEventDateRepository changes;
  private final vn.thiduaflow.campaign.CampaignRepository campaigns;

  OutsideEventDates(OutsideEventDateRepository changes, vn.thiduaflow.campaign.CampaignRepository campaigns) {
    this.changes = changes;
    this.campaigns = campaigns;
  }

  /** Every event of the plan, in file order, as it stands for the campaign. */
  public List<CurrentEvent> current(Long campaignId, Plan plan) {
    List<CurrentEvent> events = new ArrayList<>();
    for (OutsideEvent event : plan.outsideEvents()) {
      events.add(current(campaignId, event));
    }
    return events;
  }

  /** One event as it stands for the campaign (see the class). */
  public CurrentEvent current(Long campaignId, OutsideEvent event) {
    Long at = campaignId;
    for (int depth = 0; at != null && depth < 10; depth++) {
      Optional<OutsideEventDate> change = changes.findFirstByCampaignIdAndEventCodeOrderByIdDesc(at, event.code());
      if (change.isPresent()) {
        return new CurrentEvent(event, change.get().getEventDate(), change.get());
      }
      at = campaigns.findById(at).map(Campaign::getParentCampaignId).orElse(null);
    }
    return new CurrentEvent(event, event.date(), null);
  }

  /**
   * The tier's outside-event rules applied to a conference day (rule {@code OUTSIDE_EVENT_ORDER}), one result per
   * {@code relativeTo} entry in file order, each at the event's current date for the campaign; empty when the tier has
   * none (nothing is read then).
   *
   * @param day the conference's day; null fails each rule
   */
  @Override
  public List<RuleResult> check(Long campaignId, Plan plan, TierRules tier, LocalDate day) {
    if (tier.relativeTo().isEmpty()) {
      return List.of();
    }
    List<RuleResult> results = new ArrayList<>();
    for (OutsideEvent.Relation relation : tier.relativeTo()) {
      plan.outsideEvent(relation.event()).ifPresent(event ->
          results.add(OutsideEventRules.order(current(campaignId, event), relation, day)));
    }
    return results;
  }

  /** The tier's rules that the day breaks (see {@link #check}), in this class's read-only transaction. */
  @Override
  public List<RuleResult> broken(Long campaignId, Plan plan, TierRules tier, LocalDate day) {
    return check(campaignId, plan, tier, day).stream().filter(r -> !r.passed()).toList();
  }

  /** Every change made in the campaign itself, oldest first. */
  public List<OutsideEventDate> history(Long campaignId) {
    return changes.findByCampaignIdOrderById(campaignId);
  }
}
