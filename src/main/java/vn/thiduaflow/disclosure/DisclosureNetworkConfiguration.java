package vn.thiduaflow.disclosure;

import jakarta.servlet.Filter;
import org.apache.catalina.filters.RemoteCIDRFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Who may reach the public disclosure page and its answers: when {@code thiduaflow.disclosure.allowed-networks} is
 * set (comma-separated CIDR blocks, e.g. {@code 10.0.0.0/8, 192.168.0.0/16} for a province's government network),
 * Tomcat's {@link RemoteCIDRFilter} answers 403 to any other address on {@code /public/*} and {@code /cong-khai/*};
 * unset, the page is as reachable as the server (put it behind the network's own boundary). The address is the
 * connection's, or the proxy's forwarded one when {@code server.forward-headers-strategy} says to trust it.
 */
@Configuration
class DisclosureNetworkConfiguration {

  @Bean
  @ConditionalOnExpression("!'${thiduaflow.disclosure.allowed-networks:}'.isBlank()")
  FilterRegistrationBean<Filter> disclosureNetworkFilter(
      @org.springframework.beans.factory.annotation.Value("${thiduaflow.disclosure.allowed-networks}") String allow) {
    RemoteCIDRFilter filter = new RemoteCIDRFilter();
    filter.setAllow(allow);
    FilterRegistrationBean<Filter> bean = new FilterRegistrationBean<>(filter);
    bean.setName("thiduaflow-disclosure-networks");
    bean.addUrlPatterns("/public/*", "/cong-khai/*");
    bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
    return bean;
  }
}
