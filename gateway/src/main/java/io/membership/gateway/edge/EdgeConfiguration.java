package io.membership.gateway.edge;

import io.membership.gateway.config.GatewaySettings;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The edge filters run before anything else, so routes and pages see the cleaned, correlated request. */
@Configuration
public class EdgeConfiguration {

    @Bean
    FilterRegistrationBean<ForwardedHeaderGuard> forwardedHeaderGuard(GatewaySettings settings) {
        FilterRegistrationBean<ForwardedHeaderGuard> registration =
                new FilterRegistrationBean<>(new ForwardedHeaderGuard(settings));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<CorrelationIds> correlationIds() {
        FilterRegistrationBean<CorrelationIds> registration = new FilterRegistrationBean<>(new CorrelationIds());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
