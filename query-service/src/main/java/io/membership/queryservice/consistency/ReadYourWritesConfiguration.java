package io.membership.queryservice.consistency;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Duration;

/** Every workspace and "me" query honours {@code ?after=}; the wait is bounded by membership.query.consistency-timeout. */
@Configuration
public class ReadYourWritesConfiguration implements WebMvcConfigurer {

    private final AppliedPositions positions;
    private final Duration timeout;

    public ReadYourWritesConfiguration(AppliedPositions positions,
                                       @Value("${membership.query.consistency-timeout:5s}") Duration timeout) {
        this.positions = positions;
        this.timeout = timeout;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ReadYourWritesInterceptor(positions, timeout))
                .addPathPatterns("/workspaces/**", "/me/**");
    }
}
