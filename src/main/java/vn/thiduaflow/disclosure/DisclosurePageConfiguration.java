package vn.thiduaflow.disclosure;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The public disclosure page at the address people are given, {@code /cong-khai/} (and {@code /cong-khai}): Spring
 * serves a folder's {@code index.html} only at the site's root, so both forward to {@code /cong-khai/index.html}.
 */
@Configuration
class DisclosurePageConfiguration implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/cong-khai/").setViewName("forward:/cong-khai/index.html");
    registry.addRedirectViewController("/cong-khai", "/cong-khai/");
  }
}
