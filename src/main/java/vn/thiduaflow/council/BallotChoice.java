package vn.thiduaflow.council;

/** A council member's choice on the proposed list of exemplars and delegates. */
public enum BallotChoice {
  APPROVE,
  REJECT
}
