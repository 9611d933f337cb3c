package vn.thiduaflow.disclosure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.calendar.WorkingCalendar;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.plan.model.DisclosureRule;
import vn.thiduaflow.security.LoginThrottle;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.VietnameseDates;

/**
 * Public disclosure of the proposed list before the council decides (issue 24; plan data {@link DisclosureRule}, e.g.
 * Nghị định 98/2023/NĐ-CP Art. 46(2)): publishes the eligible nominees (number, name, unit, title proposed — nothing
 * more) when the nominations are checked, takes comments from anyone who can reach the public page while the list is
 * open, and closes it when the period ends, handing the comments to the council's vote.
 *
 * <p>The period: published on the engine's day {@code D}, open through the {@code workingDays}-th working day after
 * {@code D} (inclusive; {@link WorkingCalendar#plusWorkingDays}); the vote opens at 00:00 of the next calendar day.
 */
@Service
@Transactional
public class DisclosureService {

  /** Longest comment, characters. */
  public static final int MAX_TEXT = 1000;
  /** Longest name a writer may give, characters. */
  public static final int MAX_AUTHOR = 100;
  /** Most comments one list takes, whoever sends them. */
  public static final int MAX_COMMENTS = 1000;

  private final ConferenceQueries conferences;
  private final NominationRepository nominations;
  private final PublicDisclosureRepository disclosures;
  private final DisclosureEntryRepository entries;
  private final DisclosureCommentRepository comments;
  private final DisclosureRateLimit rateLimit;
  private final WorkingCalendar calendar;

  DisclosureService(ConferenceQueries conferences, NominationRepository nominations,
      PublicDisclosureRepository disclosures, DisclosureEntryRepository entries, DisclosureCommentRepository comments,
      DisclosureRateLimit rateLimit, WorkingCalendar calendar) {
    this.conferences = conferences;
    this.nominations = nominations;
    this.disclosures = disclosures;
    this.entries = entries;
    this.comments = comments;
    this.rateLimit = rateLimit;
    this.calendar = calendar;
  }

  /**
   * Publishes the conference's eligible nominees when its plan requires disclosure; once per conference (a second
   * call answers the list already published).
   *
   * @return the disclosure, empty when the plan requires none
   */
  public Optional<PublicDisclosure> publish(Long conferenceId) {
    Optional<PublicDisclosure> existing = disclosures.findByConferenceId(conferenceId);
    if (existing.isPresent()) {
      return existing;
    }
    Conference conference = conferences.get(conferenceId);
    DisclosureRule rule = conferences.planOf(conference).publicDisclosure();
    if (rule == null) {
      return Optional.empty();
    }
    LocalDate today = EngineClock.today();
    PublicDisclosure d = disclosures.save(new PublicDisclosure(conferenceId, conference.getUnitName(),
        conferences.planOf(conference).title(), rule.clause(), today,
        calendar.plusWorkingDays(today, rule.workingDays())));
    int number = 0;
    for (Nomination n : nominations.findByConferenceIdOrderById(conferenceId)) {
      if (Boolean.TRUE.equals(n.getEligible())) {
        entries.save(new DisclosureEntry(d.getId(), ++number, n.getId(), n.getNomineeName(),
            n.getOriginUnitName() != null ? n.getOriginUnitName() : conference.getUnitName(), n.getTitle().label()));
      }
    }
    return Optional.of(d);
  }

  /** When the vote may open: 00:00 of the day after the list's last day. */
  public static LocalDateTime voteOpensAt(PublicDisclosure d) {
    return d.getLastDay().plusDays(1).atStartOfDay();
  }

  /** The lists open today (engine date), by unit: the public page's index. */
  @Transactional(readOnly = true)
  public List<PublicDisclosure> openToday() {
    return disclosures.openOn(EngineClock.today());
  }

  /**
   * A list as the public page shows it, open or not (a closed list still shows what was published).
   *
   * @throws IllegalArgumentException when there is no such list (answered 404)
   */
  @Transactional(readOnly = true)
  public PublicDisclosure get(Long disclosureId) {
    return disclosures.findById(disclosureId)
        .orElseThrow(() -> new IllegalArgumentException(vn.thiduaflow.system.Messages.vietnamese("disclosure.notFound")
            + " / " + vn.thiduaflow.system.Messages.english("disclosure.notFound")));
  }

  /** The lines of a published list, in order. */
  @Transactional(readOnly = true)
  public List<DisclosureEntry> entriesOf(Long disclosureId) {
    return entries.findByDisclosureIdOrderByNumber(disclosureId);
  }

  /**
   * Takes a comment on a list while it is open (engine date from the day of publication through the last day).
   * Every problem of the comment is reported at once; nothing is stored when one is found.
   *
   * @param entryNumber the line commented on (1-based, as published), or null for the list as a whole
   * @param author the name the writer gives, at most {@value #MAX_AUTHOR} characters, may be blank
   * @param text the comment, 1–{@value #MAX_TEXT} characters after trimming
   * @param remoteAddress the sender's address (counted by {@link LoginThrottle#addressKey}: IPv6 by /64)
   * @throws IllegalArgumentException for an unknown list
   * @throws InvalidInputException for a closed list, an unknown line, an empty or too long text or name,
   *     a full list ({@value #MAX_COMMENTS} comments)
   * @throws DisclosureRateLimitedException when the sender's network sent its allowance in the window
   */
  public DisclosureComment comment(Long disclosureId, Integer entryNumber, String author, String text,
      String remoteAddress) {
    PublicDisclosure d = get(disclosureId);
    if (!d.openOn(EngineClock.today())) {
      throw InvalidInputException.of("disclosure", "disclosure.comment.closed",
          VietnameseDates.day(d.getPublishedOn()), VietnameseDates.day(d.getLastDay()));
    }
    List<InvalidInputException.Violation> problems = new ArrayList<>();
    String body = text == null ? "" : text.strip();
    if (body.isEmpty()) {
      problems.add(InvalidInputException.Violation.of("text", "disclosure.comment.empty"));
    } else if (body.length() > MAX_TEXT) {
      problems.add(InvalidInputException.Violation.of("text", "disclosure.comment.tooLong", MAX_TEXT, body.length()));
    }
    String name = author == null || author.isBlank() ? null : author.strip();
    if (name != null && name.length() > MAX_AUTHOR) {
      problems.add(InvalidInputException.Violation.of("author", "disclosure.comment.authorTooLong", MAX_AUTHOR));
    }
    if (entryNumber != null && entries.findByDisclosureIdOrderByNumber(d.getId()).stream()
        .noneMatch(e -> e.getNumber() == entryNumber)) {
      problems.add(InvalidInputException.Violation.of("entry", "disclosure.comment.noEntry", entryNumber));
    }
    if (comments.countByDisclosureId(d.getId()) >= MAX_COMMENTS) {
      problems.add(InvalidInputException.Violation.of("disclosure", "disclosure.comment.full", MAX_COMMENTS));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String sender = senderKey(remoteAddress);
    if (!rateLimit.tryTake(sender)) {
      throw new DisclosureRateLimitedException();
    }
    return comments.save(new DisclosureComment(d.getId(), entryNumber, name, body, EngineClock.now(), sender));
  }

  /**
   * Closes the conference's list (no more comments) and gives what the council reads in its vote: one row per
   * comment with {@code number} (the line, "" for the list as a whole), {@code nominee}, {@code author} ("" when
   * none), {@code text} and {@code receivedOn} (dd/MM/yyyy).
   *
   * @return the rows, empty when the conference published no list
   */
  public List<Map<String, Object>> close(Long conferenceId) {
    Optional<PublicDisclosure> found = disclosures.findByConferenceId(conferenceId);
    if (found.isEmpty()) {
      return List.of();
    }
    PublicDisclosure d = found.get();
    d.close(EngineClock.now());
    Map<Integer, String> names = new LinkedHashMap<>();
    entries.findByDisclosureIdOrderByNumber(d.getId()).forEach(e -> names.put(e.getNumber(), e.getNomineeName()));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (DisclosureComment c : comments.findByDisclosureIdOrderById(d.getId())) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("number", c.getEntryNumber() == null ? "" : c.getEntryNumber().toString());
      row.put("nominee", c.getEntryNumber() == null ? "Cả danh sách" : names.get(c.getEntryNumber()));
      row.put("author", c.getAuthorName() == null ? "" : c.getAuthorName());
      row.put("text", c.getText());
      row.put("receivedOn", VietnameseDates.day(c.getReceivedAt().toLocalDate()));
      rows.add(row);
    }
    return rows;
  }

  /** "Danh sách công khai từ 03/03/2025 đến hết 17/03/2025 (…clause…): 2 ý kiến." for the vote form. */
  @Transactional(readOnly = true)
  public Optional<String> summary(Long conferenceId) {
    return disclosures.findByConferenceId(conferenceId).map(d -> "Danh sách đề nghị đã được công khai từ "
        + VietnameseDates.day(d.getPublishedOn()) + " đến hết " + VietnameseDates.day(d.getLastDay()) + " ("
        + d.getClause() + "): "
        + comments.countByDisclosureId(d.getId()) + " ý kiến góp ý.");
  }

  /** A one-way key of the sender's network (SHA-256 of the address key, hex): never the address itself. */
  static String senderKey(String remoteAddress) {
    String key = LoginThrottle.addressKey(remoteAddress == null ? "unknown" : remoteAddress);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
          key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
