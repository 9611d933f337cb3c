package vn.thiduaflow.unit;

/**
 * The two real shapes of Vietnam's local government. Source: ../shared/data/admin-units/SOURCE.md (dataset
 * thanglequoc/vietnamese-provinces-database, MIT).
 */
public enum AdminStructure {
  /** Province → district → commune, valid until 30 June 2025: 63 provinces, 696 districts, 10,035 communes. */
  THREE_LEVEL("admin-units/vn-units-pre-2025.json"),
  /** Province → commune, in force since 1 July 2025: 34 provinces, 3,321 communes. */
  TWO_LEVEL("admin-units/vn-units-2025.json");

  private final String resource;

  AdminStructure(String resource) {
    this.resource = resource;
  }

  /** Classpath resource holding the unit list of this structure. */
  public String resource() {
    return resource;
  }
}
