package vn.thiduaflow.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.UnitAccess;
import vn.thiduaflow.plan.model.CouncilRole;

/**
 * Where the logged-in webapp user downloads a conference's {@link GeneratedDocument}s: a path on this server under the
 * Tasklist plugin's API, {@code /camunda/api/tasklist/plugin/thiduaflow-attachments/default/conferences/{id}/documents/}
 * {@code programme.docx}, which the browser's webapp session (cookie) opens from Tasklist, Cockpit or a task form's
 * Markdown link alike; the route checks the caller's rights ({@link DocumentDownloads#download}). These links are
 * what task forms and the dashboard show instead of the {@code /api} routes (Basic authentication, for programs).
 */
@Component
public class DocumentLinks {

  /** The Tasklist plugin that serves the files in the webapp session (its id, {@code AttachmentService.PLUGIN_ID}). */
  static final String PLUGIN_ID = "thiduaflow-attachments";

  private final String apiPath;

  @Autowired
  DocumentLinks(ProcessEngine engine, @Value("${server.servlet.context-path:}") String contextPath,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    this(engine.getName(), contextPath, webappPath);
  }

  /** For tests: the engine's name and the two paths as configured. */
  DocumentLinks(String engineName, String contextPath, String webappPath) {
    this.apiPath = (contextPath + "/" + webappPath).replaceAll("/+", "/").replaceAll("/$", "") + "/api/tasklist/plugin/"
        + PLUGIN_ID + "/" + engineName + "/conferences/";
  }

  /**
   * The absolute path (no host) that downloads the document with the webapp session cookie, e.g.
   * {@code /camunda/api/tasklist/plugin/thiduaflow-attachments/default/conferences/12/documents/programme.docx}.
   * Whether the caller may download it is decided when the link is opened (404 for a conference they may not see).
   */
  public String path(Long conferenceId, GeneratedDocument doc) {
    return apiPath + conferenceId + "/documents/" + doc.pathSegment();
  }

  /**
   * The absolute path (no host) of something else the plugin serves for a conference in the webapp session, e.g.
   * {@code …/conferences/12/commendation/3/certificates.pdf} for {@code rest} = {@code commendation/3/certificates.pdf}.
   */
  public String pluginPath(Long conferenceId, String rest) {
    return apiPath + conferenceId + "/" + rest;
  }

  /**
   * The documents as Markdown links for a Camunda Form's text field, in the order given:
   * {@code [Danh sách đề cử (XLSX)](path) · [Nội dung, chương trình hội nghị (DOCX)](path)}; each title's ASCII
   * punctuation backslash-escaped as {@code AttachmentService.markdownLinks} does (so "(XLSX)" stays text), "—" when
   * there is none.
   */
  public String markdown(Long conferenceId, Collection<GeneratedDocument> docs) {
    if (docs == null || docs.isEmpty()) {
      return "—";
    }
    return String.join(" · ", docs.stream().map(d -> "[" + escaped(d.title()) + "](" + path(conferenceId, d) + ")")
        .toList());
  }

  /**
   * The documents a user with these groups may download for the conference and that have content at its status, in
   * the enum's order: none when the groups may not see the conference ({@link UnitAccess#conferenceGroups}, or an
   * administrator); the template only for those who manage it (the unit's chair, standing office or secretary, the
   * standing office of the unit above, an administrator) — the same rules as {@link DocumentDownloads#download}.
   */
  public static List<GeneratedDocument> readable(Conference conference, Collection<String> groupIds) {
    List<GeneratedDocument> docs = new ArrayList<>();
    if (!maySee(conference, groupIds)) {
      return docs;
    }
    boolean manages = manages(conference, groupIds);
    for (GeneratedDocument d : GeneratedDocument.values()) {
      if (d.existsAt(conference.getStatus()) && (!d.forManagers() || manages)) {
        docs.add(d);
      }
    }
    return docs;
  }

  /** Whether the groups see the conference: an administrator, or one of {@link UnitAccess#conferenceGroups}. */
  public static boolean maySee(Conference conference, Collection<String> groupIds) {
    return groupIds.contains(Groups.CAMUNDA_ADMIN)
        || UnitAccess.conferenceGroups(conference).stream().anyMatch(groupIds::contains);
  }

  /** Whether the groups manage the conference (as {@code UnitAccess.manageable}). */
  static boolean manages(Conference conference, Collection<String> groupIds) {
    String unit = conference.getUnitCode();
    return groupIds.contains(Groups.CAMUNDA_ADMIN) || groupIds.contains(CouncilRole.CHAIR.groupId(unit))
        || groupIds.contains(CouncilRole.STANDING_OFFICE.groupId(unit))
        || groupIds.contains(CouncilRole.UNIT_SECRETARY.groupId(unit))
        || conference.getUpperUnitCode() != null
        && groupIds.contains(CouncilRole.STANDING_OFFICE.groupId(conference.getUpperUnitCode()));
  }

  /** ASCII punctuation backslash-escaped, so Markdown reads it as text. */
  static String escaped(String text) {
    return text.replaceAll("[!-/:-@\\[-`{-~]", "\\\\$0");
  }
}
