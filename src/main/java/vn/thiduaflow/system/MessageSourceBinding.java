package vn.thiduaflow.system;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Hands Spring Boot's auto-configured {@link MessageSource} to {@link Messages} when the context starts. */
@Component
class MessageSourceBinding {

  MessageSourceBinding(MessageSource messageSource) {
    Messages.use(messageSource);
  }
}
