package vn.thiduaflow.report;

import java.time.LocalDate;
import java.util.List;
import vn.thiduaflow.nomination.NominatingUnit;
import vn.thiduaflow.unit.UnitLevel;

/**
 * A conference as its results report upward reads it. Declared here and implemented by the conference
 * ({@code conference.Conference}), so that reporting does not depend on the conference that reports.
 */
public interface ReportedConference extends NominatingUnit {

  /** The programme's item codes in order: {@link ReportService#UPPER_DELEGATES_ITEM} among them means delegates. */
  List<String> programmeItems();

  /** The level of the unit holding the conference ({@code NATION}: no level above to send delegates to). */
  UnitLevel getUnitLevel();

  /** The unit above, which receives the report and the delegates. */
  String getUpperUnitName();

  /** The conference's official name (lines joined by the report). */
  String getOfficialName();

  /** The day it was held. */
  LocalDate getHeldOn();

  /** How many people attended (people). */
  Integer getAttendeeCount();
}
