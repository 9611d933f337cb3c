package vn.thiduaflow.dashboard.cockpit;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The campaign dashboard inside Cockpit, through Cockpit's own plugin mechanism (registered in
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}).
 *
 * <p>Server side: {@link DashboardPluginRootResource} under {@code /camunda/api/cockpit/plugin/thiduaflow/}, behind the
 * webapp's session login and CSRF protection. Client side: {@code plugin-webapp/thiduaflow/app/plugin.js} (an ES module
 * Cockpit imports at start: the page at {@code #/thi-dua} and its entry in Cockpit's menu) and {@code plugin.css}.
 */
public class DashboardCockpitPlugin extends AbstractCockpitPlugin {

  /** The plugin's id: its path under Cockpit's plugin API and its asset directory. */
  public static final String ID = "thiduaflow";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(DashboardPluginRootResource.class);
  }
}
