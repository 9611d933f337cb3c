package vn.thiduaflow.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thiduaflow.system.InvalidInputException;

/** The schedule form's programme rows read as the unit's order: numbers, unticked rows, and every problem at once. */
class ProgrammeChoiceTest {

  @Test
  void theHeldItemsComeInTheOrderOfTheirNumbers() {
    assertThat(ProgrammeChoice.order(List.of(new ProgrammeChoice("OPENING", 2, true),
        new ProgrammeChoice("TRIBUTE", 1, null), new ProgrammeChoice("EXCHANGE", 3, false),
        new ProgrammeChoice("CLOSING", 9, true)))).containsExactly("TRIBUTE", "OPENING", "CLOSING");
  }

  @Test
  void theHighestNumberIsAHundredAndOneMoreIsRefused() {
    assertThat(ProgrammeChoice.order(List.of(new ProgrammeChoice("OPENING", 1, true),
        new ProgrammeChoice("CLOSING", ProgrammeChoice.MAX_POSITION, true)))).containsExactly("OPENING", "CLOSING");
    assertThatThrownBy(() -> ProgrammeChoice.order(List.of(new ProgrammeChoice("OPENING", 0, true),
        new ProgrammeChoice("CLOSING", ProgrammeChoice.MAX_POSITION + 1, true))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(InvalidInputException.Violation::field, InvalidInputException.Violation::vietnamese)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("programmeItems[0].position", "số thứ tự phải từ 1 đến 100, đã nhập 0"),
                org.assertj.core.groups.Tuple.tuple("programmeItems[1].position",
                    "số thứ tự phải từ 1 đến 100, đã nhập 101")));
  }

  @Test
  void twoHeldItemsWithOneNumberAHeldItemWithoutOneAndARowWithoutCodeAreRefusedTogether() {
    assertThatThrownBy(() -> ProgrammeChoice.order(List.of(new ProgrammeChoice("OPENING", 2, true),
        new ProgrammeChoice("REPORT", 2, true), new ProgrammeChoice("CLOSING", null, true),
        new ProgrammeChoice(" ", 4, true), new ProgrammeChoice("EXCHANGE", null, false))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(InvalidInputException.Violation::vietnamese)
            .containsExactly("số thứ tự 2 đã dùng cho nội dung thứ 1", "chưa nhập số thứ tự",
                "không đọc được nội dung"));
  }

  @Test
  void moreRowsThanAnyProgrammeHasAreRefused() {
    List<ProgrammeChoice> rows = java.util.stream.IntStream.rangeClosed(1, ProgrammeChoice.MAX_ROWS + 1)
        .mapToObj(i -> new ProgrammeChoice("ITEM_" + i, Math.min(i, ProgrammeChoice.MAX_POSITION), false)).toList();
    assertThat(ProgrammeChoice.order(rows.subList(0, ProgrammeChoice.MAX_ROWS))).isEmpty();
    assertThatThrownBy(() -> ProgrammeChoice.order(rows)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("quá 100 nội dung");
  }
}
