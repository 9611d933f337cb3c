package vn.thiduaflow.campaign;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.deadline.Notification;
import vn.thiduaflow.deadline.NotificationKind;
import vn.thiduaflow.deadline.NotificationRepository;
import vn.thiduaflow.deadline.NotificationService;
import vn.thiduaflow.plan.PlanCatalog;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.plan.model.DateWindow;
import vn.thiduaflow.plan.model.PilotRule;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.Tier;

/**
 * Pilot units among their level (chỉ đạo điểm, issue 22). A pilot ({@link Conference#isPilot}, from the plan's
 * {@link Plan#pilots}) holds its conference first, in its own window; the units of its level are the other units of
 * the same {@link vn.thiduaflow.unit.UnitLevel} in the campaign where they stand side by side as lower units — the
 * pilot's own campaign for a lower conference, the campaign above for the own conference of a pilot's sub-campaign (a
 * pilot district running its communes' campaign). When the pilot's date is known they are invited to learn from it
 * ({@link #invite}: one {@link NotificationKind#PILOT_INVITATION} to each unit's standing office), and their schedule
 * step names it ({@link #pilotsOfLevel}). Nobody waits for the pilot: its earlier window is what makes it first.
 */
@Service
@Transactional
public class PilotLevels {

  /**
   * A pilot of a unit's level.
   *
   * @param unitCode the pilot unit
   * @param unitName its name
   * @param rule its pilot rule (window, clause)
   * @param conference its conference once opened (a pilot's sub-campaign opens it when the campaign starts); null
   *     before
   * @param window the window its conference must fall in ({@link ConferenceQueries#windowOf}; the rule's before the
   *     conference exists)
   */
  public record LevelPilot(String unitCode, String unitName, PilotRule rule, Conference conference,
      DateWindow window) {}

  private final ConferenceQueries conferences;
  private final CampaignRepository campaigns;
  private final LowerReportRepository lowerReports;
  private final PlanCatalog plans;
  private final NotificationService notifications;
  private final NotificationRepository sent;

  public PilotLevels(ConferenceQueries conferences, CampaignRepository campaigns, LowerReportRepository lowerReports,
      PlanCatalog plans, NotificationService notifications, NotificationRepository sent) {
    this.conferences = conferences;
    this.campaigns = campaigns;
    this.lowerReports = lowerReports;
    this.plans = plans;
    this.notifications = notifications;
    this.sent = sent;
  }

  /**
   * The campaign in which the conference's unit stands among its level: its own campaign for a lower conference, the
   * campaign above for a campaign's own conference; null for the top campaign's own conference (no level beside it).
   */
  @Transactional(readOnly = true)
  public Long levelCampaignOf(Conference c) {
    return c.getTier() == Tier.LOWER ? c.getCampaignId()
        : campaigns.findById(c.getCampaignId()).map(Campaign::getParentCampaignId).orElse(null);
  }

  /** The other units of the conference's level ({@link #levelCampaignOf}, same unit level), in campaign order. */
  @Transactional(readOnly = true)
  public List<LowerReport> sameLevel(Conference c) {
    Long level = levelCampaignOf(c);
    return level == null ? List.of() : lowerReports.findByCampaignIdOrderById(level).stream()
        .filter(r -> r.getUnitLevel() == c.getUnitLevel() && !r.getUnitCode().equals(c.getUnitCode())).toList();
  }

  /**
   * The pilots among the other units of the conference's level, in campaign order, with their windows; empty when the
   * level has none (or the conference is the top campaign's own).
   */
  @Transactional(readOnly = true)
  public List<LevelPilot> pilotsOfLevel(Conference c) {
    Long level = levelCampaignOf(c);
    if (level == null) {
      return List.of();
    }
    Plan plan = campaigns.findById(level).flatMap(x -> plans.find(x.getPlanId())).orElse(null);
    if (plan == null || plan.pilots().isEmpty()) {
      return List.of();
    }
    List<LevelPilot> pilots = new ArrayList<>();
    for (LowerReport r : sameLevel(c)) {
      plan.pilotFor(r.getUnitCode()).ifPresent(rule -> {
        Conference pc = r.getConferenceId() == null ? null : conferences.find(r.getConferenceId()).orElse(null);
        pilots.add(new LevelPilot(r.getUnitCode(), r.getUnitName(), rule, pc,
            pc != null && pc.isPilot() ? conferences.windowOf(pc) : rule.window()));
      });
    }
    return pilots;
  }

  /**
   * Invites the other units of a pilot's level to its conference, once its date is known (after the schedule passed
   * the plan check): one {@link NotificationKind#PILOT_INVITATION} per unit, to its standing office, naming the pilot,
   * the official name, the date and the plan's clause. Nothing for a conference that is no pilot's or has no date yet,
   * or when the units were already invited to this date (a schedule checked again after a refusal).
   *
   * @param conferenceId the pilot's conference
   * @return the invitations recorded now, in campaign order of the invited units
   * @throws IllegalArgumentException when no conference has that id
   */
  public List<Notification> invite(Long conferenceId) {
    Conference pilot = conferences.get(conferenceId);
    Long level = levelCampaignOf(pilot);
    if (!pilot.isPilot() || pilot.getScheduledOn() == null || level == null) {
      return List.of();
    }
    boolean done = sent.findByConferenceIdOrderById(conferenceId).stream().anyMatch(n ->
        n.getKind() == NotificationKind.PILOT_INVITATION && pilot.getScheduledOn().equals(n.getDueOn()));
    if (done) {
      return List.of();
    }
    String clause = conferences.pilotRuleOf(pilot).map(PilotRule::clause).orElse("Kế hoạch");
    List<Notification> invitations = new ArrayList<>();
    for (LowerReport unit : sameLevel(pilot)) {
      invitations.add(notifications.pilotInvitation(pilot, unit.getUnitName(), level, clause,
          List.of(CouncilRole.STANDING_OFFICE.groupId(unit.getUnitCode()))));
    }
    return invitations;
  }
}
