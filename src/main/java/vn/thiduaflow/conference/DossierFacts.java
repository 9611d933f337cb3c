package vn.thiduaflow.conference;

import java.util.Optional;

/**
 * What the conference shows of its dossier, kept by the dossier ({@code vn.thiduaflow.dossier}), which depends on the
 * conference and not the other way round.
 */
public interface DossierFacts {

  /** The reason the upper council gave when it last returned the dossier, if the latest submission was returned. */
  Optional<String> lastReturnReason(Long conferenceId);

  /**
   * Whether the signed minutes of the conference ({@link vn.thiduaflow.plan.model.DossierDocument#RESERVED_MINUTES},
   * scan or photo) have been uploaded.
   */
  boolean signedMinutesUploaded(Long conferenceId);
}
