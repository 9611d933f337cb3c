package vn.thiduaflow.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A commendation decision (Quyết định khen thưởng) as DOCX in the layout of Decree 30/2020/NĐ-CP (Appendix I; form
 * of a decision of an individual-led body, Appendix III): the issuing body with the decision's number from its
 * register, the national title and motto, the place and date; "QUYẾT ĐỊNH / Về việc khen thưởng …", the signer's
 * title, the grounds ("Căn cứ …"), the articles, recipients and signature; the list of recipients attached.
 */
public final class CommendationDecisionDocument {

  private CommendationDecisionDocument() {}

  /**
   * What the decision says.
   *
   * @param issuer the issuing body's lines ("UBND XÃ BÌNH AN")
   * @param symbol the number and symbol ("15/QĐ-UBND")
   * @param place where it is dated ("Bình An")
   * @param decidedOn the day it is signed
   * @param about what it is about, after "Về việc" ("khen thưởng các tập thể, cá nhân điển hình tiên tiến …")
   * @param decider the signer's office in capitals ("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BÌNH AN")
   * @param grounds the "Căn cứ …" lines, in order
   * @param awardLabel the award form ("Giấy khen của Chủ tịch Ủy ban nhân dân xã")
   * @param recipients one row per recipient: name, position or unit, achievement
   * @param signature the signature block's lines ("CHỦ TỊCH", "", "", "Trần Văn Bình")
   * @param awardMoney per recipient, in the recipients' order, the award money in VND (issue 24); empty when none
   *     was computed (the article then refers to the law without an amount)
   * @param awardMoneyBasis how it is computed, printed after the total ("0,3 lần mức lương cơ sở … Nghị định …"),
   *     or null
   */
  public record DecisionText(List<String> issuer, String symbol, String place, LocalDate decidedOn, String about,
      String decider, List<String> grounds, String awardLabel, List<List<String>> recipients,
      List<String> signature, List<Long> awardMoney, String awardMoneyBasis) {

    /** A decision without award money computed. */
    public DecisionText(List<String> issuer, String symbol, String place, LocalDate decidedOn, String about,
        String decider, List<String> grounds, String awardLabel, List<List<String>> recipients,
        List<String> signature) {
      this(issuer, symbol, place, decidedOn, about, decider, grounds, awardLabel, recipients, signature, List.of(),
          null);
    }

    /** The total of the award money, VND. */
    public long awardMoneyTotal() {
      return awardMoney.stream().mapToLong(Long::longValue).sum();
    }
  }

  private static String dong(long amount) {
    return String.format(java.util.Locale.GERMANY, "%,d", amount) + " đồng";
  }

  /** The decision as DOCX bytes. */
  public static byte[] write(DecisionText d) {
    AdministrativeDocument doc = new AdministrativeDocument(d.issuer(), d.symbol(), d.place(), d.decidedOn());
    doc.title("QUYẾT ĐỊNH", List.of("Về việc " + d.about()));
    doc.title(d.decider(), List.of());
    for (String ground : d.grounds()) {
      doc.note(ground);
    }
    doc.title("QUYẾT ĐỊNH:", List.of());
    doc.paragraph("Điều 1. Tặng " + d.awardLabel() + " cho " + d.recipients().size()
        + " tập thể, cá nhân có tên trong danh sách kèm theo Quyết định này, đã có thành tích xuất sắc trong phong"
        + " trào thi đua yêu nước.");
    boolean money = !d.awardMoney().isEmpty() && d.awardMoney().size() == d.recipients().size();
    if (money) {
      doc.paragraph("Điều 2. Tiền thưởng kèm theo theo quy định của pháp luật về thi đua, khen thưởng"
          + (d.awardMoneyBasis() == null ? "" : " (" + d.awardMoneyBasis() + ")") + ", mức của từng tập thể, cá nhân"
          + " ghi trong danh sách kèm theo; tổng số tiền thưởng: " + dong(d.awardMoneyTotal()) + ", chi từ Quỹ thi"
          + " đua, khen thưởng của đơn vị.");
    } else {
      doc.paragraph("Điều 2. Tiền thưởng kèm theo thực hiện theo quy định của pháp luật về thi đua, khen thưởng, chi"
          + " từ Quỹ thi đua, khen thưởng của đơn vị.");
    }
    doc.paragraph("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, công chức phụ trách thi đua,"
        + " khen thưởng và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.");
    doc.end(List.of("Như Điều 3", "Hội đồng Thi đua - Khen thưởng"), d.signature());
    doc.title("DANH SÁCH", List.of("Tập thể, cá nhân được tặng " + d.awardLabel(),
        "(Kèm theo Quyết định số " + d.symbol() + " " + AdministrativeDocument.inWords(d.decidedOn()) + ")"));
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < d.recipients().size(); i++) {
      List<String> r = d.recipients().get(i);
      rows.add(money ? List.of(String.valueOf(i + 1), r.get(0), r.get(1), r.get(2), dong(d.awardMoney().get(i)))
          : List.of(String.valueOf(i + 1), r.get(0), r.get(1), r.get(2)));
    }
    if (money) {
      rows.add(List.of("", "Tổng cộng", "", "", dong(d.awardMoneyTotal())));
      doc.table(List.of("STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị", "Thành tích", "Tiền thưởng"), rows);
    } else {
      doc.table(List.of("STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị", "Thành tích"), rows);
    }
    return doc.bytes();
  }
}
