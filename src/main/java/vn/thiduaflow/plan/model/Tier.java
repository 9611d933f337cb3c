package vn.thiduaflow.plan.model;

/** Which conferences of a campaign a rule block applies to. */
public enum Tier {
  /** The issuing unit's own conference. */
  OWN,
  /** The conferences of the units below the issuer (communes, wards, agencies, enterprises). */
  LOWER
}
