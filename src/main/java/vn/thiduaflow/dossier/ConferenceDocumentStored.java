package vn.thiduaflow.dossier;

/**
 * A conference document was stored (uploaded or replaced), published in the storing transaction.
 *
 * @param conferenceId the conference
 * @param processInstanceId the conference's UnitConference instance, whose open tasks show the documents; null before
 *     it has one
 * @param code the document's code
 */
public record ConferenceDocumentStored(Long conferenceId, String processInstanceId, String code) {}
