package io.membership.membershipservice.config;

import io.membership.membershipservice.workspace.command.MemberIdGenerator;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    @Bean
    MemberIdGenerator memberIdGenerator() {
        return MemberIdGenerator.random();
    }

    /** Axon registers handler interceptor beans on the command bus by itself. */
    @Bean
    CommandCounter commandCounter(MeterRegistry meters) {
        return new CommandCounter(meters);
    }
}
