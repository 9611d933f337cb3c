package vn.thiduaflow.nomination;

/**
 * A nominee's recognition as the award register shows it, against the plan's eligibility period
 * ({@link vn.thiduaflow.plan.model.EligibilityRule}: 172/KH-UBND §II.2.1 "được cấp có thẩm quyền công nhận trong 5 năm
 * 2020 - 2025"). The unit's declared year of recognition still decides eligibility: the register holds only the awards
 * recorded in it (this system's decisions and the imported years), so an award of another authority may be missing
 * from it; the result is shown to the council beside the nominee, who decide with it.
 */
public enum RegisterCheck {
  /** The register records an award of the nominee within the period. */
  CONFIRMED("Sổ khen thưởng xác nhận"),
  /** The register records awards of the nominee, none within the period. */
  NOT_CONFIRMED("Sổ khen thưởng không có khen thưởng trong giai đoạn"),
  /** The register has no record of the nominee: the period was not checked against it. */
  NO_RECORD("Chưa kiểm tra: sổ khen thưởng không có bản ghi");

  private final String label;

  RegisterCheck(String label) {
    this.label = label;
  }

  /** In Vietnamese, as the council's vote form shows it. */
  public String label() {
    return label;
  }
}
