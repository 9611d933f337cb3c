package vn.thiduaflow.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Audit events. */
public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

  List<AuditEvent> findByConferenceIdOrderById(Long conferenceId);
}
