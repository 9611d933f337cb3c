package vn.thiduaflow.council;

/**
 * A council member's mark for one nominee on the ballot (phiếu bầu): agree or disagree. A nominee left unmarked counts
 * as {@link #REJECT} (not agreeing).
 */
public enum BallotChoice {
  /** Đồng ý. */
  APPROVE,
  /** Không đồng ý. */
  REJECT
}
