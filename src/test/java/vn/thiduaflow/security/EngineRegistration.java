package vn.thiduaflow.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Makes the test context's engine the one Camunda's REST API and webapps find under its name again before each test
 * class. They look engines up in Camunda's static registry ({@link ProcessEngines}), where the context started last
 * wins: a test context created after this one (another test class, its own database) would otherwise answer this
 * context's HTTP requests, with users it does not have (401).
 */
class EngineRegistration implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    ProcessEngine engine = SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
    ProcessEngines.registerProcessEngine(engine);
  }
}
