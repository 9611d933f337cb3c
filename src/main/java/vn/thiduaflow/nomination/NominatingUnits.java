package vn.thiduaflow.nomination;

/**
 * Finds the unit whose nominees a conference holds. Declared here and implemented by the conference feature
 * ({@code ConferenceQueries}), so that nominations do not depend on it.
 */
public interface NominatingUnits {

  /**
   * @param conferenceId an existing conference
   * @throws IllegalArgumentException when there is no such conference
   */
  NominatingUnit nominatingUnit(Long conferenceId);
}
