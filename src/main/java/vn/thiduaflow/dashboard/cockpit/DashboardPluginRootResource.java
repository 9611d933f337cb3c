package vn.thiduaflow.dashboard.cockpit;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The root of the dashboard plugin's API in Cockpit: {@code /camunda/api/cockpit/plugin/thiduaflow/{engine}/dashboard}
 * ({@link DashboardPluginResource}) and the plugin's static assets ({@code .../static/app/plugin.js}). Created by
 * Jersey per request; the project's Spring beans come from the servlet context's application context.
 */
@Path("plugin/" + DashboardCockpitPlugin.ID)
public class DashboardPluginRootResource extends AbstractCockpitPluginRootResource {

  /** Created by Jersey. */
  public DashboardPluginRootResource() {
    super(DashboardCockpitPlugin.ID);
  }

  /** The dashboard of the engine {@code engine} (Cockpit's engine name, {@code default}). */
  @Path("{engine}/dashboard")
  public DashboardPluginResource dashboard(@PathParam("engine") String engine) {
    var context = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
    return subResource(new DashboardPluginResource(engine, context), engine);
  }
}
