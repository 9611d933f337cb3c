package vn.thiduaflow.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduaflow.audit.AuditTrail;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.system.EngineClock;

/**
 * Sends reminders, escalations and progress reports by e-mail through Spring's mail support
 * ({@link JavaMailSender}, configured by {@code spring.mail.*}: host, port, username, password; sender address
 * {@code thiduaflow.mail.from}). Recipients are the e-mail addresses of the Camunda users behind a task (assignee,
 * candidate users, members of candidate groups) and of the groups named. Every notification is recorded
 * ({@link Notification}); the e-mail leaves only after the transaction that raised it commits, so a step that is rolled
 * back sends nothing, and a mail server that is down never rolls back a step — the notification is marked
 * {@link NotificationStatus#FAILED} with the reason. Without {@code spring.mail.host} notifications are recorded and
 * logged ({@link NotificationStatus#MAIL_OFF}).
 */
@Service
@Transactional
public class NotificationService {

  private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

  /** The audit trail's action of a reminder sent (a reminder timer fired and someone was still to act). */
  public static final String REMINDER_ACTION = "DEADLINE_REMINDER";

  /** The audit trail's action of a missed deadline escalated to the chair and the standing office. */
  public static final String ESCALATION_ACTION = "DEADLINE_ESCALATED";

  private final NotificationRepository notifications;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final TransactionTemplate newTransaction;
  private final String from;
  private final ApplicationEventPublisher events;
  private final AuditTrail audit;

  public NotificationService(NotificationRepository notifications, TaskService taskService,
      IdentityService identityService, ObjectProvider<JavaMailSender> mailSender,
      PlatformTransactionManager transactionManager, @Value("${thiduaflow.mail.from}") String from,
      ApplicationEventPublisher events, AuditTrail audit) {
    this.audit = audit;
    this.notifications = notifications;
    this.taskService = taskService;
    this.identityService = identityService;
    this.mailSender = mailSender;
    this.newTransaction = new TransactionTemplate(transactionManager);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.from = from;
    this.events = events;
  }

  /**
   * A deadline is near: tells the people of its open tasks, and writes it in the conference's audit trail
   * ({@value #REMINDER_ACTION}, by {@link AuditTrail#SYSTEM}).
   *
   * @param due the deadline's last day (inclusive)
   * @param rule how the deadline is counted and its clause
   */
  public Notification reminded(Conference c, DeadlineKind deadline, LocalDate due, String rule, List<Task> tasks) {
    String subject = "[Thi Đua Flow] Nhắc việc: " + deadline.label() + " " + vn(due) + " — " + c.getUnitName();
    String body = "Kính gửi đồng chí,\n\n" + deadline.label() + " của " + c.getUnitName() + " là ngày " + vn(due)
        + ".\nViệc cần hoàn thành: " + taskNames(tasks) + ".\nCăn cứ: " + rule + ".\n\n"
        + "Reminder: " + deadline.name() + " for " + c.getUnitName() + " is due " + due + ".\n";
    audit.record(AuditTrail.SYSTEM, REMINDER_ACTION, c.getId(), c.getCampaignId(),
        deadline.label() + " " + vn(due) + ": " + taskNames(tasks));
    return record(NotificationKind.REMINDER, c.getId(), c.getCampaignId(), deadline, due, subject, body,
        recipients(tasks, List.of()));
  }

  /**
   * A deadline was missed: tells the chair, the standing office (their groups) and the people of the late tasks, writes
   * it in the conference's audit trail ({@value #ESCALATION_ACTION}, by {@link AuditTrail#SYSTEM}), then publishes
   * {@link EscalationNotified} (once per escalation) so the unit's supervisor is told too.
   *
   * @param groups the chair's and the office's candidate groups
   */
  public Notification escalated(Conference c, DeadlineKind deadline, LocalDate due, String rule, List<Task> tasks,
      List<String> groups) {
    String subject = "[Thi Đua Flow] Quá hạn: " + deadline.label() + " " + vn(due) + " — " + c.getUnitName();
    String body = "Kính gửi Chủ tịch Hội đồng và Thường trực Hội đồng,\n\n" + deadline.label() + " của "
        + c.getUnitName() + " là ngày " + vn(due) + " đã qua mà việc chưa hoàn thành: " + taskNames(tasks)
        + ".\nViệc đã được chuyển đến Chủ tịch và Thường trực Hội đồng trong Tasklist (bộ lọc \"Quá hạn\").\nCăn cứ: "
        + rule + ".\n\nOverdue: " + deadline.name() + " for " + c.getUnitName() + " was due " + due
        + "; escalated to the council chair and the standing office.\n";
    audit.record(AuditTrail.SYSTEM, ESCALATION_ACTION, c.getId(), c.getCampaignId(),
        deadline.label() + " " + vn(due) + ": " + taskNames(tasks) + " → " + String.join(", ", groups));
    Notification n = record(NotificationKind.ESCALATION, c.getId(), c.getCampaignId(), deadline, due, subject, body,
        recipients(tasks, groups));
    events.publishEvent(new EscalationNotified(c.getId(), deadline, due, rule, taskNames(tasks)));
    return n;
  }

  /**
   * A deadline of a unit was escalated, and a council member of the council above supervises that unit (issue 22,
   * plan.supervision): tells the member (their e-mail address) what is late, since when and under which rule.
   *
   * @param username the supervising member's Camunda user
   * @param fullName their name, for the salutation
   * @param tasks the late tasks' names
   */
  public Notification supervisorAlerted(Conference c, DeadlineKind deadline, LocalDate due, String rule, String tasks,
      String username, String fullName) {
    String subject = "[Thi Đua Flow] Đơn vị đồng chí phụ trách quá hạn: " + deadline.label() + " " + vn(due) + " — "
        + c.getUnitName();
    String body = "Kính gửi đồng chí " + fullName + ",\n\n" + c.getUnitName() + ", đơn vị đồng chí được phân công "
        + "phụ trách, đã quá " + deadline.label().toLowerCase(java.util.Locale.ROOT) + " (ngày " + vn(due)
        + ") mà việc chưa hoàn thành: " + tasks + ".\nViệc đã được chuyển Chủ tịch và Thường trực Hội đồng của đơn vị."
        + "\nCăn cứ: " + rule + ".\n\nOverdue at a unit you supervise: " + deadline.name() + " for " + c.getUnitName()
        + " was due " + due + ".\n";
    TreeSet<String> to = new TreeSet<>();
    identityService.createUserQuery().userIdIn(username).list().stream().map(User::getEmail)
        .filter(NotificationService::usable).forEach(to::add);
    return record(NotificationKind.SUPERVISOR_ALERT, c.getId(), c.getCampaignId(), deadline, due, subject, body, to);
  }

  /**
   * A campaign's periodic progress report, to the members of the given groups.
   *
   * @param groups the issuer's standing office (and whoever else the report goes to)
   */
  public Notification progressReport(Long campaignId, String subject, String body, List<String> groups) {
    return record(NotificationKind.PROGRESS_REPORT, null, campaignId, null, null, subject, body,
        recipients(List.of(), groups));
  }

  /**
   * A unit sent a submission the plan requires before its conference (issue 22): tells the recipient's office (the
   * members of the given groups) what was sent, by whom and against which due day.
   *
   * @param subject the e-mail's subject (Vietnamese)
   * @param body the e-mail's text (Vietnamese)
   * @param due the submission's due day (inclusive)
   * @param groups the recipient's candidate groups (the upper council, its standing office)
   */
  public Notification submissionSent(Conference c, LocalDate due, String subject, String body, List<String> groups) {
    return record(NotificationKind.SUBMISSION_SENT, c.getId(), c.getCampaignId(), DeadlineKind.SUBMISSION, due,
        "[Thi Đua Flow] " + subject, body, recipients(List.of(), groups));
  }

  /**
   * An outside event's date changed and the conference is now scheduled on the wrong side of it
   * ({@code vn.thiduaflow.event.OutsideEventChanges}): to the members of the given groups (the unit's standing office).
   */
  public Notification eventDateChanged(Conference c, String subject, String body, List<String> groups) {
    return record(NotificationKind.EVENT_DATE_CHANGED, c.getId(), c.getCampaignId(), null, null, subject, body,
        recipients(List.of(), groups));
  }

  /**
   * A pilot unit's conference is scheduled (issue 22): invites one unit of the same level, through its standing office,
   * to learn from it. The text (Vietnamese) names the pilot, the conference's official name, its date and venue, and the
   * plan's clause naming the pilot; the invited unit's own schedule does not wait for it.
   *
   * @param pilot the pilot's conference, scheduled (date known) and named
   * @param invitedUnitName the unit invited
   * @param levelCampaignId the campaign in which the pilot and the invited unit stand side by side as lower units
   * @param clause the clause of the plan's pilot rule
   * @param groups the invited unit's standing-office group
   */
  public Notification pilotInvitation(Conference pilot, String invitedUnitName, Long levelCampaignId, String clause,
      List<String> groups) {
    String name = pilot.getOfficialName() == null ? pilot.getUnitName()
        : pilot.getOfficialName().replace("\n", " — ");
    String subject = "[Thi Đua Flow] Mời dự hội nghị điểm: " + pilot.getUnitName() + " ngày "
        + vn(pilot.getScheduledOn()) + " — " + invitedUnitName;
    String body = "Kính gửi Thường trực Hội đồng Thi đua - Khen thưởng " + invitedUnitName + ",\n\n"
        + pilot.getUnitName() + " là đơn vị chỉ đạo điểm, tổ chức " + name + " vào ngày " + vn(pilot.getScheduledOn())
        + (pilot.getVenue() == null ? "" : " tại " + pilot.getVenue()) + ".\n"
        + "Đề nghị đơn vị cử đại diện dự để học tập, rút kinh nghiệm cho hội nghị của đơn vị mình; lịch hội nghị của "
        + "đơn vị không phải chờ hội nghị điểm.\nCăn cứ: " + clause + ".\n";
    return record(NotificationKind.PILOT_INVITATION, pilot.getId(), levelCampaignId, null, pilot.getScheduledOn(),
        subject, body, recipients(List.of(), groups));
  }

  private Notification record(NotificationKind kind, Long conferenceId, Long campaignId, DeadlineKind deadline,
      LocalDate due, String subject, String body, Collection<String> to) {
    JavaMailSender sender = mailSender.getIfAvailable();
    NotificationStatus status = to.isEmpty() ? NotificationStatus.NO_RECIPIENTS
        : sender == null ? NotificationStatus.MAIL_OFF : NotificationStatus.QUEUED;
    Notification n = notifications.save(new Notification(kind, conferenceId, campaignId, deadline, due, subject, body,
        String.join(", ", to), EngineClock.now(), status));
    if (status == NotificationStatus.MAIL_OFF) {
      log.info("{} (no SMTP server configured, not sent) to {}: {}", kind, to, subject);
    }
    if (status == NotificationStatus.QUEUED) {
      Long id = n.getId();
      List<String> addresses = List.copyOf(to);
      Runnable send = () -> send(sender, id, addresses, subject, body);
      if (TransactionSynchronizationManager.isSynchronizationActive()) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            send.run();
          }
        });
      } else {
        send.run();
      }
    }
    return n;
  }

  private void send(JavaMailSender sender, Long id, List<String> to, String subject, String body) {
    NotificationStatus status;
    String detail = null;
    try {
      SimpleMailMessage message = new SimpleMailMessage();
      message.setFrom(from);
      message.setTo(to.toArray(String[]::new));
      message.setSubject(subject);
      message.setText(body);
      sender.send(message);
      status = NotificationStatus.SENT;
    } catch (MailException e) {
      status = NotificationStatus.FAILED;
      detail = e.getMessage();
      log.warn("Notification {} to {} not sent: {}", id, to, e.getMessage());
    }
    NotificationStatus outcome = status;
    String why = detail;
    newTransaction.executeWithoutResult(tx -> notifications.findById(id).ifPresent(n -> n.setOutcome(outcome, why)));
  }

  /** E-mail addresses of the users behind the tasks and of the members of the groups, sorted, without duplicates. */
  private Collection<String> recipients(List<Task> tasks, List<String> groups) {
    TreeSet<String> users = new TreeSet<>();
    List<String> allGroups = new ArrayList<>(groups);
    for (Task task : tasks) {
      if (task.getAssignee() != null) {
        users.add(task.getAssignee());
      }
      for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
          if (link.getUserId() != null) {
            users.add(link.getUserId());
          } else if (link.getGroupId() != null) {
            allGroups.add(link.getGroupId());
          }
        }
      }
    }
    TreeSet<String> addresses = new TreeSet<>();
    for (String group : new TreeSet<>(allGroups)) {
      identityService.createUserQuery().memberOfGroup(group).list().stream().map(User::getEmail)
          .filter(NotificationService::usable).forEach(addresses::add);
    }
    if (!users.isEmpty()) {
      identityService.createUserQuery().userIdIn(users.toArray(String[]::new)).list().stream().map(User::getEmail)
          .filter(NotificationService::usable).forEach(addresses::add);
    }
    return addresses;
  }

  private static boolean usable(String email) {
    return email != null && !email.isBlank();
  }

  private static String taskNames(List<Task> tasks) {
    return tasks.isEmpty() ? "(không còn việc mở)" : String.join("; ", new TreeSet<>(tasks.stream().map(Task::getName)
        .toList()));
  }

  private static String vn(LocalDate day) {
    return String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
  }
}
