package vn.thiduaflow.document;

import java.util.EnumSet;
import java.util.Set;
import vn.thiduaflow.conference.ConferenceStatus;

/**
 * The documents the system writes for a conference, each with its Vietnamese title (the text of its link), the last
 * segment of its download path ({@link DocumentLinks#path}) and the conference statuses at which it has content:
 * <ul>
 *   <li>{@link #NOMINEE_TEMPLATE}: the unit's own nominees as the template to fill in Excel, while nominations are
 *       open; only for those who manage the conference (they upload it back);</li>
 *   <li>{@link #NOMINEE_LIST}: every nominee, once the nominations are sent;</li>
 *   <li>{@link #PROGRAMME}: the programme under the official name, once the composition is proposed (the programme is
 *       chosen with it);</li>
 *   <li>{@link #DELEGATE_LIST}, {@link #SUMMARY_REPORT}, {@link #VOTE_MINUTES}: once the council's vote stands.</li>
 * </ul>
 * The minutes of the count exist only when no member's vote is open (secret ballot: the counts grow with each ballot,
 * {@link DocumentDownloads}).
 */
public enum GeneratedDocument {
  NOMINEE_TEMPLATE("Mẫu danh sách đề cử (XLSX)", "nominee-template.xlsx", "mau-danh-sach-de-cu",
      EnumSet.of(ConferenceStatus.SCHEDULED)),
  NOMINEE_LIST("Danh sách đề cử (XLSX)", "nominees.xlsx", "danh-sach-de-cu", from(ConferenceStatus.NOMINATIONS_SUBMITTED)),
  DELEGATE_LIST("Danh sách đại biểu (XLSX)", "delegates.xlsx", "danh-sach-dai-bieu", from(ConferenceStatus.VOTED)),
  PROGRAMME("Nội dung, chương trình hội nghị (DOCX)", "programme.docx", "chuong-trinh-hoi-nghi",
      from(ConferenceStatus.COMPOSITION_PROPOSED)),
  SUMMARY_REPORT("Báo cáo tổng kết (DOCX)", "summary-report.docx", "bao-cao-tong-ket", from(ConferenceStatus.VOTED)),
  VOTE_MINUTES("Biên bản kiểm phiếu (XLSX)", "vote-minutes.xlsx", "bien-ban-kiem-phieu", from(ConferenceStatus.VOTED));

  private final String title;
  private final String pathSegment;
  private final String fileStem;
  private final Set<ConferenceStatus> statuses;

  GeneratedDocument(String title, String pathSegment, String fileStem, Set<ConferenceStatus> statuses) {
    this.title = title;
    this.pathSegment = pathSegment;
    this.fileStem = fileStem;
    this.statuses = statuses;
  }

  /** The Vietnamese title with the file's kind, e.g. "Nội dung, chương trình hội nghị (DOCX)". */
  public String title() {
    return title;
  }

  /** The last segment of its download path, e.g. {@code programme.docx}. */
  public String pathSegment() {
    return pathSegment;
  }

  /** The document of a download path's last segment, or null for none. */
  public static GeneratedDocument ofPathSegment(String segment) {
    for (GeneratedDocument d : values()) {
      if (d.pathSegment.equals(segment)) {
        return d;
      }
    }
    return null;
  }

  /** {@code docx} or {@code xlsx}. */
  public String extension() {
    return pathSegment.substring(pathSegment.lastIndexOf('.') + 1);
  }

  /** The media type of the file. */
  public String mediaType() {
    return "docx".equals(extension()) ? ConferenceDocuments.MEDIA_TYPE : NomineeWorkbook.MEDIA_TYPE;
  }

  /** The downloaded file's name, e.g. {@code chuong-trinh-hoi-nghi-12.xlsx}: the kind and the conference. */
  public String fileName(Long conferenceId) {
    return fileStem + "-" + conferenceId + "." + extension();
  }

  /** Whether the document has content at a conference status (see the class comment). */
  public boolean existsAt(ConferenceStatus status) {
    return status != null && statuses.contains(status);
  }

  /** Whether only those who manage the conference may download it (the template, which they upload back). */
  public boolean forManagers() {
    return this == NOMINEE_TEMPLATE;
  }

  private static Set<ConferenceStatus> from(ConferenceStatus first) {
    EnumSet<ConferenceStatus> s = EnumSet.noneOf(ConferenceStatus.class);
    for (ConferenceStatus c : ConferenceStatus.values()) {
      if (c.ordinal() >= first.ordinal()) {
        s.add(c);
      }
    }
    return s;
  }
}
