package io.membership.membershipservice.config;

import io.membership.membershipservice.workspace.command.MemberIdGenerator;
import io.membership.membershipservice.workspace.command.ReinstateWindow;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    @Bean
    MemberIdGenerator memberIdGenerator() {
        return MemberIdGenerator.random();
    }

    @Bean
    ReinstateWindow reinstateWindow(@Value("${membership.workspace.reinstate-window:P90D}") Duration length) {
        return new ReinstateWindow(length);
    }

    /** Axon registers handler interceptor beans on the command bus by itself. */
    @Bean
    CommandCounter commandCounter(MeterRegistry meters) {
        return new CommandCounter(meters);
    }
}
