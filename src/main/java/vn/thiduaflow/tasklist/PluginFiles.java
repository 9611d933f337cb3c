package vn.thiduaflow.tasklist;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import vn.thiduaflow.attachment.AttachmentInfo;
import vn.thiduaflow.attachment.AttachmentService;
import vn.thiduaflow.attachment.AttachmentType;
import vn.thiduaflow.conference.UnitAccess;
import vn.thiduaflow.dossier.StoredDocument;

/**
 * How the plugin's API shows a stored file: a nominee's attachment or a conference document, as the JSON object the
 * tab reads ({@code id, …, fileName, mediaType, typeLabel, sizeBytes, sha256, uploadedBy, uploaderName, uploadedAt,
 * uploadedAtText, downloadPath, …}), the uploader named by their full name (looked up once per request).
 */
final class PluginFiles {

  private final AttachmentService attachments;
  private final IdentityService identity;
  private final UnitAccess unitAccess;
  private final Map<String, String> names = new HashMap<>();

  PluginFiles(AttachmentService attachments, IdentityService identity, UnitAccess unitAccess) {
    this.attachments = attachments;
    this.identity = identity;
    this.unitAccess = unitAccess;
  }

  /** A conference document: {@code id, code, title}, the file's fields, {@code downloadPath, viewPath}. */
  Map<String, Object> document(StoredDocument f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", f.id());
    m.put("code", f.code());
    m.put("title", f.title());
    stored(m, f.fileName(), f.mediaType(), f.type(), f.sizeBytes(), f.sha256(), f.uploadedBy(), f.uploadedAt(),
        f.uploadedAtText());
    m.put("downloadPath", f.downloadPath());
    m.put("viewPath", f.viewPath());
    return m;
  }

  /** A nominee's attachment: {@code id}, the file's fields, {@code downloadPath, deletable}. */
  Map<String, Object> file(AttachmentInfo f, boolean deletable) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", f.id());
    stored(m, f.fileName(), f.mediaType(), f.type(), f.sizeBytes(), f.sha256(), f.uploadedBy(), f.uploadedAt(),
        f.uploadedAtText());
    m.put("downloadPath", attachments.downloadPath(f.id()));
    m.put("deletable", deletable);
    return m;
  }

  /** The fields every stored file has, in the order the tab shows them. */
  private void stored(Map<String, Object> m, String fileName, String mediaType, AttachmentType type, long sizeBytes,
      String sha256, String uploadedBy, LocalDateTime uploadedAt, String uploadedAtText) {
    m.put("fileName", fileName);
    m.put("mediaType", mediaType);
    m.put("typeLabel", type == null ? mediaType : type.label());
    m.put("sizeBytes", sizeBytes);
    m.put("sha256", sha256);
    m.put("uploadedBy", uploadedBy);
    m.put("uploaderName", names.computeIfAbsent(uploadedBy, this::fullName));
    m.put("uploadedAt", uploadedAt);
    m.put("uploadedAtText", uploadedAtText);
  }

  /** "First Last" of a user, or the id when the user is gone. */
  private String fullName(String userId) {
    User user = unitAccess.asSystem(() -> identity.createUserQuery().userId(userId).singleResult());
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? userId : name;
  }
}
