package vn.thiduaflow.conference;

import java.time.LocalDate;

/**
 * A conference was moved to another day after it was scheduled — by a reschedule the standing office or the chair
 * recorded ({@link ConferenceDateService#reschedule}) or by the chair's late-dossier decision to reschedule
 * ({@link ConferenceDateService#decideLateDossier}) — published in the transaction that stores the new day, after it
 * is set on the conference. The deadlines that count from the conference day follow it
 * ({@code vn.thiduaflow.deadline.DeadlineService} moves the timers, due dates and submission due days of the unit's
 * running instance).
 *
 * @param conferenceId the conference
 * @param from the day it was scheduled for before
 * @param to its new day
 */
public record ConferenceRescheduled(Long conferenceId, LocalDate from, LocalDate to) {}
