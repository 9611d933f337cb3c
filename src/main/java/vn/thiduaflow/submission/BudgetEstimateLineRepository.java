package vn.thiduaflow.submission;

import org.springframework.data.jpa.repository.JpaRepository;

/** The lines of budget estimates. */
interface BudgetEstimateLineRepository extends JpaRepository<BudgetEstimateLine, Long> {}
