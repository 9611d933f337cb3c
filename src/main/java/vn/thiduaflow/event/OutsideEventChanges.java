package vn.thiduaflow.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.audit.AuditTrail;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignStatus;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.conference.ConferenceStatus;
import vn.thiduaflow.deadline.NotificationService;
import vn.thiduaflow.plan.PlanCatalog;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.plan.model.OutsideEvent;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.rule.RuleResult;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.VietnameseDates;

/**
 * The standing office of a campaign's issuing unit changes the date of one of the plan's outside events while the
 * campaign runs (process {@code ChangeOutsideEventDate}): the change is stored with its reason (history kept, the
 * latest wins, {@link OutsideEventDate}) and written to the audit trail ({@link AuditTrail}, action
 * {@value #AUDIT_ACTION}). Conferences already scheduled on the wrong side of the new date are not moved: they are
 * listed in the result, each unit's standing office is notified ({@link NotificationService#eventDateChanged}), and
 * their next reschedule is checked against the new date ({@link OutsideEventDates}).
 */
@Service
@Transactional
public class OutsideEventChanges {

  /** The audit trail's action code of a change. */
  public static final String AUDIT_ACTION = "OUTSIDE_EVENT_DATE";
  /** Longest reason (characters; column outside_event_date.reason). */
  static final int MAX_REASON = 500;

  /** Form fields of {@code forms/change-outside-event-date.form}. */
  public static final class Fields {
    public static final String EVENT = "outsideEvent";
    public static final String NEW_DATE = "newEventDate";
    public static final String REASON = "eventDateReason";

    private Fields() {}
  }

  /**
   * A conference scheduled on the wrong side of the event's new date.
   *
   * @param conference the conference (its unit, tier and day)
   * @param result the failed rule OUTSIDE_EVENT_ORDER with both dates, the event's name and the clause
   */
  public record WrongSide(Conference conference, RuleResult result) {}

  /**
   * What a change did.
   *
   * @param event the event as it now stands for the campaign
   * @param previous the date it replaced
   * @param wrongSide the conferences already scheduled (not yet held) that the new date puts on the wrong side, in
   *     creation order; empty when none
   */
  public record Change(CurrentEvent event, LocalDate previous, List<WrongSide> wrongSide) {

    /**
     * The change in Vietnamese, one line per conference on the wrong side: "Đại hội … : ngày 20/10/2025 → 01/09/2025.
     * Hội nghị đã lên lịch nay không đúng quy định (chưa tự dời lịch): Xã Bình Lư — …".
     */
    public String summary() {
      StringBuilder s = new StringBuilder(event.event().name() + ": ngày " + VietnameseDates.day(previous) + " → "
          + VietnameseDates.day(event.date()) + ".");
      if (wrongSide.isEmpty()) {
        s.append(" Không có hội nghị đã lên lịch nào ở sai phía ngày mới.");
      } else {
        s.append(" ").append(wrongSide.size()).append(" hội nghị đã lên lịch nay không đúng quy định (không tự dời; ")
            .append("lần dời lịch tới được kiểm tra theo ngày mới):");
        for (WrongSide w : wrongSide) {
          s.append("\n- ").append(w.conference().getUnitName()).append(" — ").append(w.result().vietnamese());
        }
      }
      return s.toString();
    }
  }

  private final OutsideEventDateRepository store;
  private final OutsideEventDates dates;
  private final vn.thiduaflow.campaign.CampaignRepository campaigns;
  private final PlanCatalog plans;
  private final ConferenceQueries conferences;
  private final AuditTrail audit;
  private final NotificationService notifications;

  OutsideEventChanges(OutsideEventDateRepository store, OutsideEventDates dates, vn.thiduaflow.campaign.CampaignRepository campaigns,
      PlanCatalog plans, ConferenceQueries conferences, AuditTrail audit, NotificationService notifications) {
    this.store = store;
    this.dates = dates;
    this.campaigns = campaigns;
    this.plans = plans;
    this.conferences = conferences;
    this.audit = audit;
    this.notifications = notifications;
  }

  /** The campaign's plan. */
  @Transactional(readOnly = true)
  public Plan planOf(Long campaignId) {
    return plans.get(campaign(campaignId).getPlanId());
  }

  /** Every outside event of the campaign's plan as it stands now. */
  @Transactional(readOnly = true)
  public List<CurrentEvent> events(Long campaignId) {
    return dates.current(campaignId, planOf(campaignId));
  }

  /**
   * Changes an outside event's date for a running campaign.
   *
   * @param campaignId the campaign (bound to the starter's unit by the process, never taken from the request)
   * @param eventCode the plan's {@code outsideEvents[].code}
   * @param newDate the new date (calendar day); must differ from the current one and lie within five years of the
   *     plan's issue year
   * @param reason why, at most {@value #MAX_REASON} characters
   * @param actor the standing office's user id (recorded with the change and in the audit trail)
   * @return the change and the conferences it puts on the wrong side
   * @throws InvalidInputException naming every wrong field at once (Vietnamese); nothing is written then
   */
  public Change change(Long campaignId, String eventCode, LocalDate newDate, String reason, String actor) {
    Campaign campaign = campaign(campaignId);
    Plan plan = plans.get(campaign.getPlanId());
    List<InvalidInputException.Violation> wrong = new ArrayList<>();
    if (campaign.getStatus() != CampaignStatus.RUNNING) {
      wrong.add(new InvalidInputException.Violation(Fields.EVENT, "Đợt thi đua của " + campaign.getIssuerName()
          + " đã kết thúc: không đổi ngày sự kiện được nữa", "the campaign is no longer running"));
    }
    OutsideEvent event = FormValues.blank(eventCode) ? null : plan.outsideEvent(eventCode.strip()).orElse(null);
    if (event == null) {
      wrong.add(new InvalidInputException.Violation(Fields.EVENT, FormValues.blank(eventCode) ? "Chưa chọn sự kiện"
          : "Kế hoạch số " + plan.number() + " không có sự kiện «" + eventCode + "»; các sự kiện: "
              + String.join("; ", plan.outsideEvents().stream().map(OutsideEvent::name).toList()),
          "no such outside event: " + eventCode));
    }
    CurrentEvent now = event == null ? null : dates.current(campaignId, event);
    int year = plan.issuedOn().year();
    if (newDate == null) {
      wrong.add(new InvalidInputException.Violation(Fields.NEW_DATE, "Chưa nhập ngày mới của sự kiện",
          "no new date"));
    } else if (newDate.getYear() < year - 1 || newDate.getYear() > year + 5) {
      wrong.add(new InvalidInputException.Violation(Fields.NEW_DATE, "Ngày mới " + VietnameseDates.day(newDate)
          + " phải trong các năm " + (year - 1) + "–" + (year + 5) + " (Kế hoạch ban hành năm " + year + ")",
          "the new date must lie in " + (year - 1) + "–" + (year + 5)));
    } else if (now != null && newDate.equals(now.date())) {
      wrong.add(new InvalidInputException.Violation(Fields.NEW_DATE, "Ngày mới trùng ngày hiện hành của sự kiện ("
          + VietnameseDates.day(now.date()) + ")", "the new date is the current one"));
    }
    String why = FormValues.visible(reason);
    if (why == null || why.length() > MAX_REASON) {
      wrong.add(new InvalidInputException.Violation(Fields.REASON, "Cần nêu lý do đổi ngày (tối đa " + MAX_REASON
          + " ký tự)", "a reason of at most " + MAX_REASON + " characters is required"));
    }
    if (!wrong.isEmpty()) {
      throw new InvalidInputException(wrong);
    }
    LocalDate previous = now.date();
    OutsideEventDate stored = store.save(new OutsideEventDate(campaignId, event.code(), newDate, previous, why, actor,
        EngineClock.now()));
    CurrentEvent changed = new CurrentEvent(event, newDate, stored);
    String detail = event.name() + " (" + event.code() + "): " + VietnameseDates.day(previous) + " → "
        + VietnameseDates.day(newDate) + "; lý do: " + why;
    audit.record(actor, AUDIT_ACTION, null, campaignId, detail);
    List<WrongSide> wrongSide = wrongSide(campaign, event);
    for (WrongSide w : wrongSide) {
      Conference c = w.conference();
      audit.record(actor, AUDIT_ACTION, c.getId(), c.getCampaignId(), detail + ". Hội nghị ngày "
          + VietnameseDates.day(c.getScheduledOn()) + " nay không đúng quy định: " + w.result().vietnamese());
      notifications.eventDateChanged(c, "[Thi Đua Flow] Đổi ngày " + event.name() + " — " + c.getUnitName(),
          "Kính gửi Thường trực Hội đồng,\n\nThường trực Hội đồng " + campaign.getIssuerName() + " đã đổi ngày "
              + event.name() + " từ " + VietnameseDates.day(previous) + " sang " + VietnameseDates.day(newDate)
              + " (lý do: " + why + ").\nHội nghị của " + c.getUnitName() + " đã lên lịch ngày "
              + VietnameseDates.day(c.getScheduledOn()) + " nay không đúng quy định: " + w.result().vietnamese()
              + " (" + w.result().clause() + ").\nLịch không tự thay đổi; khi dời lịch, ngày mới được kiểm tra theo "
              + "ngày mới của sự kiện.\n\nThe date of " + event.code() + " changed from " + previous + " to "
              + newDate + "; the conference on " + c.getScheduledOn() + " is now on the wrong side of it.\n",
          List.of(CouncilRole.STANDING_OFFICE.groupId(c.getUnitCode())));
    }
    return new Change(changed, previous, wrongSide);
  }

  /**
   * The conferences of the campaign, and of the campaigns below it that take the event's date from it, scheduled and
   * not yet held, whose day now breaks their tier's order with the event.
   */
  private List<WrongSide> wrongSide(Campaign campaign, OutsideEvent event) {
    List<Long> affected = new ArrayList<>(List.of(campaign.getId()));
    if (campaign.getRootCampaignId() != null) {
      for (Campaign other : campaigns.findByRootCampaignIdOrderById(campaign.getRootCampaignId())) {
        if (!other.getId().equals(campaign.getId()) && below(other, campaign.getId())) {
          affected.add(other.getId());
        }
      }
    }
    List<WrongSide> wrong = new ArrayList<>();
    Set<ConferenceStatus> done = Set.of(ConferenceStatus.HELD, ConferenceStatus.REPORTED);
    for (Long id : affected) {
      for (Conference c : conferences.ofCampaign(id, null)) {
        if (c.getScheduledOn() == null || done.contains(c.getStatus())) {
          continue;
        }
        Plan plan = conferences.planOf(c);
        for (OutsideEvent.Relation relation : conferences.tierOf(c).relativeTo()) {
          if (!relation.event().equals(event.code()) || plan.outsideEvent(event.code()).isEmpty()) {
            continue;
          }
          RuleResult result = OutsideEventRules.order(dates.current(c.getCampaignId(), event), relation,
              c.getScheduledOn());
          if (!result.passed()) {
            wrong.add(new WrongSide(c, result));
          }
        }
      }
    }
    return wrong;
  }

  /** Whether {@code candidate} lies below the campaign {@code ancestorId} in its chain. */
  private boolean below(Campaign candidate, Long ancestorId) {
    Long at = candidate.getParentCampaignId();
    for (int depth = 0; at != null && depth < 10; depth++) {
      if (at.equals(ancestorId)) {
        return true;
      }
      at = campaigns.findById(at).map(Campaign::getParentCampaignId).orElse(null);
    }
    return false;
  }

  private Campaign campaign(Long campaignId) {
    return campaigns.findById(campaignId).orElseThrow(() -> new IllegalArgumentException("No campaign with id "
        + campaignId));
  }
}
