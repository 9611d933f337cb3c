package vn.thiduaflow.unit;

/**
 * The two real shapes of Vietnam's local government. Source: ../shared/data/admin-units/SOURCE.md (dataset
 * thanglequoc/vietnamese-provinces-database, MIT). Each structure has one list of today ({@link #todayListId()}); unit
 * lists of a past date of the same structure are data ({@link UnitList}, {@link UnitDirectory}).
 */
public enum AdminStructure {
  /** Province → district → commune, valid until 30 June 2025: 63 provinces, 696 districts, 10,035 communes. */
  THREE_LEVEL("admin-units/vn-units-pre-2025.json", "vn-units-pre-2025"),
  /** Province → commune, in force since 1 July 2025: 34 provinces, 3,321 communes. */
  TWO_LEVEL("admin-units/vn-units-2025.json", "vn-units-2025");

  private final String resource;
  private final String todayListId;

  AdminStructure(String resource, String todayListId) {
    this.resource = resource;
    this.todayListId = todayListId;
  }

  /** Classpath resource holding today's unit list of this structure. */
  public String resource() {
    return resource;
  }

  /**
   * Id of today's unit list of this structure (the file name without {@code .json}): the list a plan uses when its
   * {@code issuer.unitList} is absent.
   */
  public String todayListId() {
    return todayListId;
  }
}
