package vn.thiduaflow.dossier;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Conference documents; the {@link Row} queries never read the content. */
interface ConferenceDocumentRepository extends JpaRepository<ConferenceDocument, Long> {

  /** A stored document without its content. */
  record Row(Long id, Long conferenceId, String code, String title, String fileName, String mediaType,
      long sizeBytes, String sha256, String uploadedBy, java.time.LocalDateTime uploadedAt) {}

  String ROW = "select new vn.thiduaflow.dossier.ConferenceDocumentRepository$Row(d.id, d.conferenceId, d.code,"
      + " d.title, d.fileName, d.mediaType, d.sizeBytes, d.sha256, d.uploadedBy, d.uploadedAt)"
      + " from ConferenceDocument d ";

  @Query(ROW + "where d.id = :id")
  Optional<Row> findRow(@Param("id") Long id);

  @Query(ROW + "where d.conferenceId = :conferenceId order by d.id")
  List<Row> findRows(@Param("conferenceId") Long conferenceId);

  Optional<ConferenceDocument> findByConferenceIdAndCode(Long conferenceId, String code);
}
