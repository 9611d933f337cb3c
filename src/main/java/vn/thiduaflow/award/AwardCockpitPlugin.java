package vn.thiduaflow.award;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The award register's page «Sổ khen thưởng» inside Cockpit, through Cockpit's own plugin mechanism (registered in
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}, beside the dashboard's plugin).
 *
 * <p>Server side: {@link AwardCockpitPluginRootResource} under
 * {@code /camunda/api/cockpit/plugin/thiduaflow-awards/{engine}/awards/}, behind the webapp's session login and CSRF
 * protection. Client side: {@code plugin-webapp/thiduaflow-awards/app/plugin.js} (the page at {@code #/so-khen-thuong}
 * and its entry in Cockpit's menu) and {@code plugin.css}.
 */
public class AwardCockpitPlugin extends AbstractCockpitPlugin {

  /** The plugin's id: its path under Cockpit's plugin API and its asset directory. */
  public static final String ID = "thiduaflow-awards";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(AwardCockpitPluginRootResource.class);
  }
}
