package vn.thiduaflow.submission;

import org.springframework.data.jpa.repository.JpaRepository;

/** Organizing committees, by conference id. */
public interface OrganizingCommitteeRepository extends JpaRepository<OrganizingCommittee, Long> {}
