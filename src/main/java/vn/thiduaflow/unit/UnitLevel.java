package vn.thiduaflow.unit;

/**
 * Level of a unit in a campaign's hierarchy: the levels of the real administrative lists (nation → province →
 * district → commune), and the kinds of non-territorial units plans name (agencies, enterprises and cooperatives,
 * emulation clusters and blocks), which hang below any unit.
 */
public enum UnitLevel {
  NATION("Toàn quốc"),
  PROVINCE("Cấp tỉnh"),
  DISTRICT("Cấp huyện"),
  COMMUNE("Cấp xã"),
  /** A state agency, ministry, department or mass organization (cơ quan, đơn vị). */
  AGENCY("Cơ quan, đơn vị"),
  /** An enterprise or cooperative (doanh nghiệp, hợp tác xã). */
  ENTERPRISE("Doanh nghiệp, hợp tác xã"),
  /** An emulation cluster or block (Cụm, Khối thi đua): a group of agencies or enterprises. */
  EMULATION_BLOCK("Cụm, Khối thi đua"),
  /**
   * Not a kind of organization but a level of rules: an agency below another agency of the plan (a provincial
   * department's own grassroots agencies: đơn vị trực thuộc sở, ngành). It follows {@code levels.AGENCY_BELOW} when the
   * plan gives that block, else the {@link #AGENCY} rules as before ({@code Plan.levelOf}).
   */
  AGENCY_BELOW("Đơn vị trực thuộc cơ quan, đơn vị");

  private final String label;

  UnitLevel(String label) {
    this.label = label;
  }

  /** Vietnamese label. */
  public String label() {
    return label;
  }

  /** True for the levels of the administrative lists (nation, province, district, commune). */
  public boolean territorial() {
    return ordinal() <= COMMUNE.ordinal();
  }
}
