package vn.thiduaflow.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.OfficialNameGenerator;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NomineeKind;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.ProgrammeItem;
import vn.thiduaflow.plan.model.ProgrammeRule;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.VietnameseDates;
import vn.thiduaflow.unit.AdministrativeUnit;
import vn.thiduaflow.unit.UnitLevel;

/**
 * The Word documents of a conference (DOCX, Apache POI), each in the layout of a Vietnamese administrative document
 * ({@link AdministrativeDocument}: national motto, issuing council, number to fill, place and date):
 * <ul>
 *   <li>the programme (chương trình) under the conference's official name: its theme, time, venue and form, the
 *       ceremonies held before the session under their own heading, then the session's items numbered — in the order
 *       the unit gave at scheduling, else as the plan (or the unit's level, {@link Plan#programmeFor}) lists them for
 *       the conference's form (e.g. the flag salute only at a congress; Bình An 27/KH-UBND §II.3);</li>
 *   <li>the skeleton of the five-year summary report (báo cáo tổng kết): the plan it implements, the figures the system
 *       holds (nominees, exemplars approved, delegates, upper-level delegates) written out, and marked places for
 *       what the unit writes itself.</li>
 * </ul>
 * A unit named inside a sentence is written as running text writes it ({@link OfficialNameGenerator#inText}: "xã Bình
 * An", "Hội đồng Thi đua - Khen thưởng huyện Bình Sơn").
 */
@Component
public class ConferenceDocuments {

  /** Media type of a DOCX document. */
  public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private static final Locale VI = new Locale("vi");
  private static final Pattern TERM = Pattern.compile("(\\d{4})\\s*-\\s*(\\d{4})");
  /** The heading of the ceremonies held before the session (a floral tribute at a monument, a report to Uncle Hồ). */
  static final String CEREMONIES_HEADING = "HOẠT ĐỘNG TRƯỚC PHIÊN KHAI MẠC";

  /**
   * The programme under the official name.
   *
   * @return the DOCX bytes
   */
  public byte[] programme(Conference conference, Plan plan) {
    AdministrativeDocument doc = new AdministrativeDocument(issuer(conference), "CTr-HĐTĐKT", place(conference),
        EngineClock.today());
    List<String> name = conference.getOfficialName() == null
        ? List.of("Hội nghị điển hình tiên tiến " + OfficialNameGenerator.inText(conference.getUnitName()))
        : conference.getOfficialName().lines().toList();
    doc.title("Chương trình", name);
    if (conference.getTheme() != null) {
      doc.paragraph("Chủ đề: “" + conference.getTheme() + "”.");
    }
    doc.paragraph("Thời gian: " + (conference.getScheduledOn() == null ? "(chưa lên lịch)"
        : VietnameseDates.written(conference.getScheduledOn())) + ".");
    doc.paragraph("Địa điểm: " + (conference.getVenue() == null ? "(đơn vị bổ sung)" : conference.getVenue()) + ".");
    if (conference.getForm() != null) {
      doc.paragraph("Hình thức: " + conference.getForm().label() + ".");
    }
    List<ProgrammeItem> items = items(conference, plan);
    List<ProgrammeItem> ceremonies = items.stream().filter(ProgrammeItem::beforeSession).toList();
    if (!ceremonies.isEmpty()) {
      doc.heading(CEREMONIES_HEADING);
      ceremonies.forEach(c -> doc.paragraph("- " + c.label() + "."));
    }
    doc.heading("NỘI DUNG CHƯƠNG TRÌNH");
    List<ProgrammeItem> session = items.stream().filter(i -> !i.beforeSession()).toList();
    for (int i = 0; i < session.size(); i++) {
      doc.paragraph((i + 1) + ". " + session.get(i).label() + ".");
    }
    doc.end(recipients(conference), signature());
    return doc.bytes();
  }

  /**
   * The programme items of the conference: those the unit chose, in its order, else the programme's for its form
   * ({@link Plan#programmeFor}: the level's own where the plan gives one).
   */
  static List<ProgrammeItem> items(Conference conference, Plan plan) {
    ProgrammeRule programme = plan.programmeFor(conference.getTier(), conference.getUnitLevel());
    List<ProgrammeItem> forForm = programme.itemsFor(conference.getForm());
    if (conference.programmeItems().isEmpty()) {
      return forForm;
    }
    Map<String, ProgrammeItem> byCode = programme.items().stream()
        .collect(Collectors.toMap(ProgrammeItem::code, Function.identity(), (a, b) -> a));
    return conference.programmeItems().stream().map(byCode::get).filter(java.util.Objects::nonNull).toList();
  }

  /**
   * The summary report skeleton.
   *
   * @param nominees every nominee of the conference (its own and those sent up)
   * @param upperDelegates number of delegates chosen for the upper level (people and collectives)
   * @return the DOCX bytes
   */
  public byte[] summaryReport(Conference conference, Plan plan, List<Nomination> nominees, int upperDelegates) {
    return summaryReport(conference, plan, nominees, upperDelegates, List.of());
  }

  /**
   * The summary report skeleton, written from the held record once there is one: the day, the attendance, the guests
   * and leaders by name and the delegates chosen for the upper level.
   *
   * @param guests the guests and leaders recorded, in order; empty before the conference
   */
  public byte[] summaryReport(Conference conference, Plan plan, List<Nomination> nominees, int upperDelegates,
      List<vn.thiduaflow.conference.ConferenceGuest> guests) {
    AdministrativeDocument doc = new AdministrativeDocument(issuer(conference), "BC-HĐTĐKT", place(conference),
        EngineClock.today());
    String past = previousTerm(plan.term());
    doc.title("Báo cáo", List.of("Tổng kết phong trào thi đua yêu nước và công tác khen thưởng giai đoạn " + past
        + ", phương hướng, nhiệm vụ giai đoạn " + plan.term()));
    doc.paragraph("Thực hiện Kế hoạch số " + plan.number() + " " + plan.issuedOn().written() + " của "
        + OfficialNameGenerator.inText(plan.issuer().name()) + " về " + lowerFirst(plan.title()) + ", "
        + OfficialNameGenerator.inText(conference.getUnitName()) + " báo cáo tổng kết như sau:");
    doc.heading("Phần thứ nhất");
    doc.heading("KẾT QUẢ PHONG TRÀO THI ĐUA YÊU NƯỚC VÀ CÔNG TÁC KHEN THƯỞNG GIAI ĐOẠN " + past);
    doc.heading("I. ĐẶC ĐIỂM TÌNH HÌNH");
    doc.note("[Đơn vị bổ sung: thuận lợi, khó khăn; tình hình kinh tế - xã hội của đơn vị trong giai đoạn " + past
        + ".]");
    doc.heading("II. KẾT QUẢ THỰC HIỆN");
    doc.heading("1. Công tác lãnh đạo, chỉ đạo, tổ chức phong trào thi đua");
    doc.note("[Đơn vị bổ sung.]");
    doc.heading("2. Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến");
    long approved = nominees.stream().filter(n -> Boolean.TRUE.equals(n.getApproved())).count();
    long collectives = nominees.stream().filter(n -> Boolean.TRUE.equals(n.getApproved())
        && n.getKind() == NomineeKind.COLLECTIVE).count();
    long fromBelow = nominees.stream().filter(n -> n.getFromDelegateId() != null).count();
    doc.paragraph("Các đơn vị, tổ chức đã bình xét, giới thiệu " + nominees.size() + " tập thể, cá nhân tiêu biểu"
        + (fromBelow > 0 ? " (trong đó " + fromBelow + " do hội nghị cấp dưới giới thiệu)" : "")
        + "; Hội đồng Thi đua - Khen thưởng đã xem xét, biểu quyết thông qua " + approved
        + " điển hình tiên tiến (" + collectives + " tập thể, " + (approved - collectives) + " cá nhân).");
    if (conference.getExemplarDelegates() != null && conference.getGuestDelegates() != null) {
      int total = conference.totalDelegates();
      doc.paragraph(String.format(VI, "Hội nghị triệu tập %d đại biểu, trong đó %d đại biểu điển hình tiên tiến "
          + "(%.1f%%) và %d đại biểu khách mời, lãnh đạo các cấp.", total, conference.getExemplarDelegates(),
          total == 0 ? 0.0 : conference.getExemplarDelegates() * 100.0 / total, conference.getGuestDelegates()));
    }
    if (conference.getScheduledOn() != null) {
      doc.paragraph("Hội nghị " + (conference.getHeldOn() != null ? "đã được tổ chức" : "dự kiến tổ chức")
          + " " + VietnameseDates.written(conference.getHeldOn() != null ? conference.getHeldOn()
          : conference.getScheduledOn()) + (conference.getForm() == null ? "" : ", hình thức "
          + lowerFirst(conference.getForm().label()))
          + (conference.getAttendeeCount() != null ? ", với " + conference.getAttendeeCount() + " người dự" : "")
          + ".");
    }
    if (!guests.isEmpty()) {
      doc.paragraph("Dự Hội nghị có: " + String.join("; ", guests.stream().map(g -> g.getTitle() == null
          ? g.getName() : g.getName() + ", " + g.getTitle()).toList()) + ".");
    }
    List<String> chosen = nominees.stream().filter(Nomination::isUpperDelegate).map(Nomination::getNomineeName)
        .toList();
    if (!chosen.isEmpty() && conference.getUpperUnitName() != null) {
      doc.paragraph("Hội nghị thống nhất cử " + chosen.size() + " đại biểu dự Hội nghị, Đại hội của "
          + OfficialNameGenerator.inText(conference.getUpperUnitName()) + ": " + String.join("; ", chosen) + ".");
      upperDelegates = 0; // said with the names
    }
    if (upperDelegates > 0 && conference.getUpperUnitName() != null) {
      doc.paragraph("Hội nghị thống nhất cử " + upperDelegates + " đại biểu dự Hội nghị, Đại hội của "
          + OfficialNameGenerator.inText(conference.getUpperUnitName()) + ".");
    }
    doc.heading("3. Công tác khen thưởng");
    doc.note("[Đơn vị bổ sung: số tập thể, cá nhân được khen thưởng theo từng hình thức trong giai đoạn.]");
    doc.heading("III. ĐÁNH GIÁ CHUNG, BÀI HỌC KINH NGHIỆM");
    doc.note("[Đơn vị bổ sung: ưu điểm, hạn chế và nguyên nhân; bài học kinh nghiệm.]");
    doc.heading("Phần thứ hai");
    doc.heading("PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN " + plan.term());
    doc.note("[Đơn vị bổ sung: mục tiêu, chỉ tiêu, nhiệm vụ và giải pháp; đề xuất, kiến nghị.]");
    doc.end(recipients(conference), signature());
    return doc.bytes();
  }

  /** "2025 - 2030" → "2020 - 2025" (the five-year period before the plan's term). */
  static String previousTerm(String term) {
    Matcher m = TERM.matcher(term);
    if (!m.find()) {
      return "trước";
    }
    int from = Integer.parseInt(m.group(1));
    int to = Integer.parseInt(m.group(2));
    int length = to - from;
    return (from - length) + " - " + from;
  }

  /** The issuing body: the people's committee of a territorial unit and its council, or the unit and its council. */
  static List<String> issuer(Conference conference) {
    List<String> lines = new ArrayList<>();
    UnitLevel level = conference.getUnitLevel();
    if (level == UnitLevel.PROVINCE || level == UnitLevel.DISTRICT || level == UnitLevel.COMMUNE) {
      lines.add("UBND " + OfficialNameGenerator.inText(conference.getUnitName()));
    } else if (level != UnitLevel.NATION) {
      lines.add(conference.getUnitName());
    }
    lines.add(level == UnitLevel.NATION ? "Hội đồng Thi đua - Khen thưởng Trung ương"
        : "Hội đồng Thi đua - Khen thưởng");
    return lines;
  }

  private static String place(Conference conference) {
    return AdministrativeUnit.shortName(conference.getUnitName());
  }

  private static List<String> recipients(Conference conference) {
    List<String> r = new ArrayList<>();
    if (conference.getUpperUnitName() != null) {
      r.add("Hội đồng Thi đua - Khen thưởng " + OfficialNameGenerator.inText(conference.getUpperUnitName())
          + " (báo cáo)");
    }
    r.add("Thành viên Hội đồng Thi đua - Khen thưởng");
    return r;
  }

  private static List<String> signature() {
    return List.of("TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "CHỦ TỊCH", "", "", "");
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(VI) + s.substring(1);
  }
}
