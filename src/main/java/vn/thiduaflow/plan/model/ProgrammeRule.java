package vn.thiduaflow.plan.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * The programme (chương trình): its items in the order the plan lists them, ceremonies held before the session
 * proper first, and how far a unit may change that order. Plan file:
 * <pre>
 * programme:
 *   clause: "§III.1"
 *   reorder: WITHIN_SESSION            # optional; absent: FIXED
 *   reorderClause: "§III.1: các đơn vị chủ động sắp xếp"   # optional; absent: the programme's clause
 *   items:
 *     - { code: FLORAL_TRIBUTE, label: "Dâng hoa tại Tượng đài Bác Hồ", beforeSession: true, required: false,
 *         statedInPlan: false, clause: "Không quy định; theo thông lệ dâng hoa trước Đại hội" }
 *     - { code: OPENING, label: "Tuyên bố lý do, giới thiệu đại biểu và khai mạc" }
 *     - { code: EXCHANGE, label: "Giao lưu với các điển hình tiên tiến", required: false, clause: "§III.1" }
 * </pre>
 *
 * @param items ordered items; codes unique, every {@link ProgrammeItem#beforeSession() ceremony before the session}
 *     before the first item of the session (checked by {@code PlanReader})
 * @param clause source clause of the programme (and of each item that names none of its own)
 * @param reorder how a unit may order its programme ({@link ProgrammeOrder}); never null after construction (absent:
 *     {@link ProgrammeOrder#FIXED})
 * @param reorderClause the clause that lets the unit reorder; null: {@link #clause}
 */
public record ProgrammeRule(@NotEmpty List<@NotNull @Valid ProgrammeItem> items, @NotBlank String clause,
    ProgrammeOrder reorder, String reorderClause) {

  public ProgrammeRule {
    reorder = reorder == null ? ProgrammeOrder.FIXED : reorder;
  }

  /** A programme in the plan's fixed order. */
  public ProgrammeRule(List<ProgrammeItem> items, String clause) {
    this(items, clause, null, null);
  }

  /** Items that apply to a conference of the given form, in order. */
  public List<ProgrammeItem> itemsFor(ConferenceForm form) {
    return items.stream().filter(i -> i.appliesTo(form)).toList();
  }

  /** The item with this code, if the plan lists one. */
  public Optional<ProgrammeItem> item(String code) {
    return items.stream().filter(i -> i.code().equals(code)).findFirst();
  }

  /** The clause an item comes from: its own, else the programme's. */
  public String clauseOf(ProgrammeItem item) {
    return item.clause() != null && !item.clause().isBlank() ? item.clause() : clause;
  }

  /** The clause of the ordering rule: {@link #reorderClause} when given, else the programme's. */
  public String orderClause() {
    return reorderClause != null && !reorderClause.isBlank() ? reorderClause : clause;
  }
}
