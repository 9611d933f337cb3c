package vn.thiduaflow.calendar;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Installs {@link WorkingDayBusinessCalendar} as the engine's {@code dueDate} business calendar, so timer dates and
 * task due dates are resolved on Vietnam's working days by the engine itself; durations and cycles keep Camunda's own
 * calendars.
 */
@Component
public class BusinessCalendarPlugin extends AbstractProcessEnginePlugin {

  private final WorkingCalendar calendar;

  /** @param calendar the working days */
  public BusinessCalendarPlugin(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    MapBusinessCalendarManager manager = new MapBusinessCalendarManager();
    manager.addBusinessCalendar(DueDateBusinessCalendar.NAME, new WorkingDayBusinessCalendar(calendar));
    manager.addBusinessCalendar(DurationBusinessCalendar.NAME, new DurationBusinessCalendar());
    manager.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
    configuration.setBusinessCalendarManager(manager);
  }
}
