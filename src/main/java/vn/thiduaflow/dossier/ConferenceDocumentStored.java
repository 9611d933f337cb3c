package vn.thiduaflow.dossier;

/**
 * A conference document was stored (uploaded or replaced), published in the storing transaction.
 *
 * @param conferenceId the conference
 * @param code the document's code
 */
public record ConferenceDocumentStored(Long conferenceId, String code) {}
