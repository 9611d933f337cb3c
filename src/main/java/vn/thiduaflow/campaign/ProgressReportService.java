package vn.thiduaflow.campaign;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.conference.ConferenceStatus;
import vn.thiduaflow.deadline.Escalation;
import vn.thiduaflow.deadline.EscalationRepository;
import vn.thiduaflow.deadline.Notification;
import vn.thiduaflow.deadline.NotificationService;
import vn.thiduaflow.plan.PlanCatalog;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.plan.model.ReportingRule;
import vn.thiduaflow.system.EngineClock;

/**
 * The periodic progress report of a campaign (172/KH-UBND §IV: "định kỳ hàng tháng báo cáo kết quả về Thường trực Hội
 * đồng Thi đua - Khen thưởng huyện (qua Phòng Nội vụ)"; Lạng Sơn plan §IV: "định kỳ báo cáo tiến độ"). The
 * {@code Campaign} model's repeating timer ({@link #cycle}) calls {@link #send} each period until the campaign closes;
 * the report counts the campaign's conferences per stage, the lower reports in, and the deadlines still overdue, and
 * goes to the issuer's standing office and chair by e-mail (recorded as a notification).
 */
@Service
@Transactional
public class ProgressReportService {

  private final CampaignService campaigns;
  private final PlanCatalog plans;
  private final ConferenceQueries conferences;
  private final EscalationRepository escalations;
  private final NotificationService notifications;

  public ProgressReportService(CampaignService campaigns, PlanCatalog plans, ConferenceQueries conferences,
      EscalationRepository escalations, NotificationService notifications) {
    this.campaigns = campaigns;
    this.plans = plans;
    this.conferences = conferences;
    this.escalations = escalations;
    this.notifications = notifications;
  }

  /**
   * Whether the campaign's plan asks for periodic progress reports (MONTHLY or PERIODIC reporting): the flag
   * {@code periodicProgressReports} of Gateway_PeriodicReports, set by ServiceTask_OpenCampaign (definitions deployed
   * before 2026-12-04 call this from the gateway).
   */
  @Transactional(readOnly = true)
  public boolean periodic(Long campaignId) {
    return reporting(campaignId).periodic();
  }

  /**
   * The timer cycle of the progress reports: every month on the plan's report day at 08:00, starting with the first
   * such day after the campaign started, e.g. {@code R/2025-01-25T08:00:00/P1M}; unbounded — the timer stops when the
   * campaign closes.
   */
  @Transactional(readOnly = true)
  public String cycle(Long campaignId) {
    int day = reporting(campaignId).reportDay();
    LocalDate started = campaigns.get(campaignId).getStartedAt().toLocalDate();
    LocalDate first = started.withDayOfMonth(day);
    if (!first.isAfter(started)) {
      first = first.plusMonths(1);
    }
    return "R/" + first + "T08:00:00/P1M";
  }

  /**
   * Compiles and sends the progress report for the period ending now.
   *
   * @return the notification that carries it
   */
  public Notification send(Long campaignId) {
    Campaign campaign = campaigns.get(campaignId);
    ReportingRule rule = reporting(campaignId);
    List<Conference> list = conferences.ofCampaign(campaignId, null);
    Map<ConferenceStatus, Long> stages = new EnumMap<>(ConferenceStatus.class);
    list.forEach(c -> stages.merge(c.getStatus(), 1L, Long::sum));
    List<LowerReport> lower = campaigns.lowerReports(campaignId);
    long received = lower.stream().filter(r -> r.getStatus() == LowerReportStatus.RECEIVED
        || r.getStatus() == LowerReportStatus.LATE).count();
    List<Escalation> open = escalations.findByConferenceIdInOrderById(list.stream().map(Conference::getId).toList())
        .stream().filter(e -> e.getResolvedAt() == null).toList();
    LocalDateTime now = EngineClock.now();
    String period = String.format("%02d/%d", now.getMonthValue(), now.getYear());
    StringBuilder body = new StringBuilder("Kính gửi ").append(rule.recipient()).append(",\n\n")
        .append("Báo cáo tiến độ tổ chức Hội nghị điển hình tiên tiến, kỳ ").append(period).append(", của ")
        .append(campaign.getIssuerName()).append(" (").append(rule.clause()).append(").\n\n")
        .append("Hội nghị theo giai đoạn (").append(list.size()).append(" hội nghị):\n");
    stages.forEach((stage, n) -> body.append("  - ").append(stage).append(": ").append(n).append('\n'));
    if (!lower.isEmpty()) {
      body.append("Báo cáo của đơn vị cấp dưới: đã nhận ").append(received).append('/').append(lower.size())
          .append('\n');
    }
    body.append("Việc quá hạn chưa xử lý: ").append(open.size()).append('\n');
    if (!open.isEmpty()) {
      Map<Long, String> names = list.stream().collect(Collectors.toMap(Conference::getId, Conference::getUnitName));
      open.forEach(e -> body.append("  - ").append(names.get(e.getConferenceId())).append(": ")
          .append(e.getDeadline().label()).append(" ").append(e.getDueOn()).append('\n'));
    }
    body.append("\nProgress report ").append(period).append(" of ").append(campaign.getIssuerName()).append(": ")
        .append(list.size()).append(" conferences, ").append(open.size()).append(" overdue.\n");
    String subject = "[Thi Đua Flow] Báo cáo tiến độ kỳ " + period + " — " + campaign.getIssuerName();
    return notifications.progressReport(campaignId, subject, body.toString(),
        List.of(CouncilRole.STANDING_OFFICE.groupId(campaign.getIssuerCode()),
            CouncilRole.CHAIR.groupId(campaign.getIssuerCode())));
  }

  private ReportingRule reporting(Long campaignId) {
    return plans.get(campaigns.get(campaignId).getPlanId()).reporting();
  }
}
