package vn.thiduaflow.award;

/**
 * The parts of a certificate (Giấy khen, Bằng khen) that change from one recipient or authority to the next; printed
 * in both modes. On a full print the fixed parts (national title and motto, the award form's name, "TẶNG", the border)
 * are printed too; on the authority's pre-printed blanks (phôi) they are already there.
 */
public enum CertificateField {
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BÌNH AN": who grants it. */
  AUTHORITY,
  /** "Ông Nguyễn Văn An" or the collective's name. */
  RECIPIENT,
  /** The person's position and unit, or the collective's unit. */
  RECIPIENT_DETAIL,
  /** "Đã có thành tích xuất sắc …" (wrapped to the field's width). */
  ACHIEVEMENT,
  /** "Bình An, ngày 27 tháng 3 năm 2025" (Decree 30/2020/NĐ-CP, Appendix I). */
  PLACE_DATE,
  /** "Quyết định số 15/QĐ-UBND ngày 20/3/2025". */
  DECISION,
  /** "CHỦ TỊCH", or "KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH". */
  SIGNER_TITLE,
  /** The signer's full name. */
  SIGNER_NAME
}
