package vn.thiduaflow.council;

import vn.thiduaflow.unit.AdministrativeUnit;

/**
 * Where the people of a unit's council and office come from when a campaign opens for that unit
 * ({@code CampaignService.openCampaign}).
 *
 * <p>In production ({@link MaintainedCouncilRoster}) nobody is created: each unit's standing office or an administrator
 * maintains its council ({@link CouncilService}: the council task in Tasklist, XLSX import, {@code /api/units/.../council}),
 * and a conference whose unit has no voting council gets the office's council task before its vote. The demo, the
 * simulation, the tests and the benchmarks use a generated roster instead ({@code vn.thiduaflow.sample}, profiles
 * {@value vn.thiduaflow.system.DataProfiles#SAMPLE}).
 */
public interface CouncilRoster {

  /** Makes the council and office of a unit available for a campaign that is opening; idempotent. */
  void prepare(AdministrativeUnit unit);
}
