package vn.thiduaflow.event;

import java.time.LocalDate;
import vn.thiduaflow.plan.model.OutsideEvent;

/**
 * An outside event as it stands for one campaign.
 *
 * @param event the plan's event (code, name, the plan's date, clause)
 * @param date its current date: the latest change recorded for the campaign (or a campaign above it in the chain),
 *     else the plan's date
 * @param lastChange the change that set {@code date}; null when the plan's date stands
 */
public record CurrentEvent(OutsideEvent event, LocalDate date, OutsideEventDate lastChange) {

  /** Whether the standing office has moved the event from the plan's date. */
  public boolean changed() {
    return lastChange != null;
  }

  /**
   * One line for a task's brief (Markdown): "Đại hội đại biểu Đảng bộ tỉnh … — ngày 20/10/2025 _(clause)_", with
   * "(Thường trực đã đổi từ ngày …: reason)" after a change; the reason is the office's text, shown literally.
   */
  public String markdown() {
    return event.name() + " — ngày " + vn.thiduaflow.system.VietnameseDates.day(date)
        + (changed() ? " (Thường trực đã đổi từ ngày " + vn.thiduaflow.system.VietnameseDates.day(previousDate())
            + ": " + vn.thiduaflow.system.MarkdownText.escape(lastChange.getReason()) + ")" : "")
        + " _(" + event.clause() + ")_";
  }

  /** The date the last change replaced; the plan's date when unchanged. */
  public LocalDate previousDate() {
    return lastChange == null ? event.date() : lastChange.getPreviousDate();
  }
}
