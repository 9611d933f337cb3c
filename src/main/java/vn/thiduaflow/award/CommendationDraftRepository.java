package vn.thiduaflow.award;

import org.springframework.data.jpa.repository.JpaRepository;

/** Commendation proposals, one per conference. */
interface CommendationDraftRepository extends JpaRepository<CommendationDraft, Long> {}
