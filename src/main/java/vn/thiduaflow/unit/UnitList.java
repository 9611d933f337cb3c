package vn.thiduaflow.unit;

import java.time.LocalDate;

/**
 * One administrative-unit list: today's list of a structure ({@link AdminStructure#todayListId()}), or a list of a past
 * date added as data (issue 22: the 2014 list differs from today's) that a plan names as {@code issuer.unitList}. A past
 * list is a JSON file in the shape of today's list of its structure with a sidecar {@code <name>.list.yaml} giving these
 * fields (src/main/resources/admin-units/SOURCE.md).
 *
 * @param id the list's id, kebab-case, unique among all lists (a plan's {@code issuer.unitList})
 * @param structure the structure the list belongs to; its JSON has that structure's shape
 * @param effectiveOn the date whose units the list describes (the list was in force on that day)
 * @param source where the list comes from (publication, dataset and commit, or "test fixture" with what was changed)
 * @param note what else a reader must know (a fixture's changes against today's list); null when nothing
 * @param today true for today's list of its structure
 * @param location where the JSON was read from (classpath resource or file), for messages
 */
public record UnitList(
    String id, AdminStructure structure, LocalDate effectiveOn, String source, String note, boolean today,
    String location) {

  /** "test-bac-kan-2014 (THREE_LEVEL, as of 2014-05-01)": how messages name the list. */
  public String label() {
    return id + " (" + structure + (effectiveOn == null ? "" : ", as of " + effectiveOn) + ")";
  }
}
