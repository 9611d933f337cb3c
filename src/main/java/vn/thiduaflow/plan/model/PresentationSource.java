package vn.thiduaflow.plan.model;

/**
 * Where a presentation (báo cáo tham luận) comes from. Source: Văn Yên plan 2020 §II.5.2 ("02 ý kiến TDP, 01 ý kiến
 * đoàn thể, 01 ý kiến cơ quan, đơn vị, 01 ý kiến cá nhân").
 */
public enum PresentationSource {
  RESIDENTIAL_GROUP("Tổ dân phố / thôn"),
  MASS_ORGANIZATION("Đoàn thể"),
  AGENCY("Cơ quan, đơn vị"),
  INDIVIDUAL("Cá nhân");

  private final String label;

  PresentationSource(String label) {
    this.label = label;
  }

  /** Vietnamese label. */
  public String label() {
    return label;
  }
}
