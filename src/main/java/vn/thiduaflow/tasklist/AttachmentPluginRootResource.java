package vn.thiduaflow.tasklist;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The root of the attachments plugin's API in Tasklist: {@code /camunda/api/tasklist/plugin/thiduaflow-attachments/}
 * {@code {engine}/…} ({@link AttachmentPluginResource}) and the plugin's static assets ({@code …/static/app/plugin.js},
 * {@code plugin.css}). Created by Jersey per request; the project's Spring beans come from the servlet context's
 * application context.
 */
@Path("plugin/" + AttachmentTasklistPlugin.ID)
public class AttachmentPluginRootResource extends AbstractTasklistPluginRootResource {

  /** Created by Jersey. */
  public AttachmentPluginRootResource() {
    super(AttachmentTasklistPlugin.ID);
  }

  /** The API of the engine {@code engine} (Tasklist's engine name, {@code default}). */
  @Path("{engine}")
  public AttachmentPluginResource api(@PathParam("engine") String engine) {
    var context = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
    return subResource(new AttachmentPluginResource(engine, context), engine);
  }
}
