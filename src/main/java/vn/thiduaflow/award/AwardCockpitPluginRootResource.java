package vn.thiduaflow.award;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The root of the award register plugin's API in Cockpit:
 * {@code /camunda/api/cockpit/plugin/thiduaflow-awards/{engine}/awards} ({@link AwardCockpitPluginResource}) and the
 * plugin's static assets ({@code .../static/app/plugin.js}). Created by Jersey per request; the project's Spring beans
 * come from the servlet context's application context.
 */
@Path("plugin/" + AwardCockpitPlugin.ID)
public class AwardCockpitPluginRootResource extends AbstractCockpitPluginRootResource {

  /** Created by Jersey. */
  public AwardCockpitPluginRootResource() {
    super(AwardCockpitPlugin.ID);
  }

  /** The award register of the engine {@code engine} (Cockpit's engine name, {@code default}). */
  @Path("{engine}/awards")
  public AwardCockpitPluginResource awards(@PathParam("engine") String engine) {
    var context = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
    return subResource(new AwardCockpitPluginResource(engine, context), engine);
  }
}
