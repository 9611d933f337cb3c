package vn.thiduaflow.conference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thiduaflow.plan.model.ProgrammeOrder;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * One row of the schedule form's programme list ({@value Fields#PROGRAMME_ITEMS}): a plan item, the number the unit
 * gives it in its programme, and whether it holds it. The form lists the plan's items in plan order, numbered 1, 2, …
 * and all ticked; the unit renumbers to reorder (where the plan allows, {@link vn.thiduaflow.plan.model.ProgrammeOrder})
 * and unticks an optional item to leave it out. Whether the result keeps the plan is
 * {@link ConferenceRules#programme}'s to say.
 *
 * @param code the plan item's code (the row's hidden property)
 * @param position the unit's number for the item, 1 = first, at most {@value #MAX_POSITION}; needed for a held item
 * @param included whether the unit holds the item; null: held
 */
public record ProgrammeChoice(String code, Integer position, Boolean included) {

  /** Highest number a row may have (the longest seed programme has 13 items). */
  public static final int MAX_POSITION = 100;
  /** Most rows a form may send. */
  public static final int MAX_ROWS = 100;

  /** Whether the unit holds the item. */
  public boolean held() {
    return included == null || included;
  }

  /**
   * The codes of the held items in the unit's order (by number).
   *
   * @param rows the form's rows, in the form's order
   * @return the codes, lowest number first
   * @throws InvalidInputException every problem at once, each against {@code programmeItems[i].code} or
   *     {@code programmeItems[i].position} (the listener names them "Nội dung thứ i+1 — Thứ tự"): too many rows, a row
   *     without a code, a held item without a number or with one outside 1–{@value #MAX_POSITION}, two held items
   *     with the same number
   */
  public static List<String> order(List<ProgrammeChoice> rows) {
    List<InvalidInputException.Violation> wrong = new ArrayList<>();
    if (rows.size() > MAX_ROWS) {
      throw new InvalidInputException(Fields.PROGRAMME_ITEMS, "Chương trình có quá " + MAX_ROWS + " nội dung",
          "the programme has more than " + MAX_ROWS + " items");
    }
    Map<Integer, Integer> rowOfPosition = new HashMap<>();
    List<Integer> held = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      ProgrammeChoice row = rows.get(i);
      String field = Fields.PROGRAMME_ITEMS + "[" + i + "]";
      if (row.code() == null || row.code().isBlank()) {
        wrong.add(new InvalidInputException.Violation(field + ".code", "không đọc được nội dung",
            "the item cannot be read").withEntry(Fields.PROGRAMME_ITEMS, i, "code"));
        continue;
      }
      if (!row.held()) {
        continue;
      }
      Integer p = row.position();
      if (p == null) {
        wrong.add(new InvalidInputException.Violation(field + ".position", "chưa nhập số thứ tự",
            "no position given").withEntry(Fields.PROGRAMME_ITEMS, i, "position"));
      } else if (p < 1 || p > MAX_POSITION) {
        wrong.add(new InvalidInputException.Violation(field + ".position", "số thứ tự phải từ 1 đến " + MAX_POSITION
            + ", đã nhập " + p, "position must be 1 to " + MAX_POSITION + ", was " + p)
            .withEntry(Fields.PROGRAMME_ITEMS, i, "position"));
      } else if (rowOfPosition.containsKey(p)) {
        wrong.add(new InvalidInputException.Violation(field + ".position", "số thứ tự " + p + " đã dùng cho nội dung"
            + " thứ " + (rowOfPosition.get(p) + 1), "position " + p + " is used by item " + (rowOfPosition.get(p) + 1))
            .withEntry(Fields.PROGRAMME_ITEMS, i, "position"));
      } else {
        rowOfPosition.put(p, i);
        held.add(i);
      }
    }
    if (!wrong.isEmpty()) {
      throw new InvalidInputException(wrong);
    }
    return held.stream().sorted(Comparator.comparing(i -> rows.get(i).position())).map(i -> rows.get(i).code())
        .toList();
  }
}
