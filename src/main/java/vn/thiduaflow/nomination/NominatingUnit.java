package vn.thiduaflow.nomination;

/**
 * The conference whose nominee list is written: what the list's rules need of it. Declared here and implemented by
 * the conference ({@code conference.Conference}), so that nominations do not depend on the conference that holds them.
 */
public interface NominatingUnit {

  /** The conference's id (the list's owner, the business key of its process instance). */
  Long getId();

  /** The campaign the conference belongs to (its plan and administrative structure). */
  Long getCampaignId();

  /** The code of the unit holding the conference: nominees' units must lie within it. */
  String getUnitCode();

  /** The unit's name, for refusals ("không thuộc Xã An Bình"). */
  String getUnitName();
}
