package vn.thiduaflow.tasklist;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;
import vn.thiduaflow.attachment.AttachmentService;

/**
 * The nominees' attached files inside Camunda Tasklist, through Tasklist's own plugin mechanism (Camunda's supported
 * extension point; registered in {@code META-INF/services/org.camunda.bpm.tasklist.plugin.spi.TasklistPlugin}).
 *
 * <p>Server side: {@link AttachmentPluginRootResource} under
 * {@code /camunda/api/tasklist/plugin/thiduaflow-attachments/{engine}/}, behind the webapp's session login (Camunda's
 * {@code EngineRequestAuthorizer}) and CSRF protection. Client side: {@code plugin-webapp/thiduaflow-attachments/app/plugin.js},
 * an ES module Tasklist imports at start, whose default export is a tab of the task view (plugin point
 * {@code tasklist.task.detail}, "Hồ sơ đính kèm"), and {@code plugin.css}.
 */
public class AttachmentTasklistPlugin extends AbstractTasklistPlugin {

  /** The plugin's id: its path under Tasklist's plugin API and its asset directory. */
  public static final String ID = AttachmentService.PLUGIN_ID;

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(AttachmentPluginRootResource.class);
  }
}
