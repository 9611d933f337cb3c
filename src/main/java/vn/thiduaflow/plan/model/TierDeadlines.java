package vn.thiduaflow.plan.model;

import jakarta.validation.Valid;

/**
 * Deadlines of one tier (or level) that differ from the plan's: each entry replaces the plan's one for the
 * conferences of that tier; a missing entry keeps the plan's. Plan file, under a tier's rules:
 * <pre>
 * deadlines:
 *   nominationDeadline: { daysBeforeConference: 10, clause: "§III.1" }
 *   dossier: { workingDaysBeforeConference: 5, clause: "§III.2" }
 * </pre>
 *
 * @param nominationDeadline when the units below must have sent nominations
 * @param dossier when the dossier must be approved by the upper council (the documents stay the plan's)
 * @param councilVote by when the council meets and votes
 * @param resultsReport how long after the conference its results are reported upward
 */
public record TierDeadlines(@Valid DeadlineRule nominationDeadline, @Valid DeadlineRule dossier,
    @Valid DeadlineRule councilVote, @Valid TimeLimit resultsReport) {}
