package vn.thiduaflow.attachment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Attached files; the queries returning {@link AttachmentInfo} never read the content. */
interface NomineeAttachmentRepository extends JpaRepository<NomineeAttachment, Long> {

  String INFO = "select new vn.thiduaflow.attachment.AttachmentInfo(a.id, a.conferenceId, a.nominationId, a.fileName,"
      + " a.mediaType, a.sizeBytes, a.sha256, a.uploadedBy, a.uploadedAt) from NomineeAttachment a ";

  /** One file's description. */
  @Query(INFO + "where a.id = :id")
  Optional<AttachmentInfo> findInfo(@Param("id") Long id);

  /** The files of a conference's nominees, in the order they were attached. */
  @Query(INFO + "where a.conferenceId = :conferenceId order by a.id")
  List<AttachmentInfo> findInfoByConference(@Param("conferenceId") Long conferenceId);

  /** The files of one nominee, in the order they were attached. */
  @Query(INFO + "where a.nominationId = :nominationId order by a.id")
  List<AttachmentInfo> findInfoByNomination(@Param("nominationId") Long nominationId);

  /** Moves a nominee's files to the row that replaced it. */
  @Modifying
  @Query("update NomineeAttachment a set a.nominationId = :to where a.nominationId = :from")
  int moveToNomination(@Param("from") Long from, @Param("to") Long to);

  /** Deletes the files of nominees (without reading them). */
  @Modifying
  @Query("delete from NomineeAttachment a where a.nominationId in :nominationIds")
  int deleteByNominations(@Param("nominationIds") Collection<Long> nominationIds);

  /** Deletes one file (without reading it); 0 when there is none. */
  @Modifying
  @Query("delete from NomineeAttachment a where a.id = :id")
  int deleteOne(@Param("id") Long id);
}
