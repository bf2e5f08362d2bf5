package io.membership.membershipservice.config;

import io.membership.membershipservice.workspace.command.MemberIdGenerator;
import io.membership.membershipservice.workspace.command.ReinstateWindow;
import io.membership.platform.axon.AggregateCache;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.caching.Cache;
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

    /**
     * Workspaces stay loaded between commands: without this, every ReserveSeat replays the workspace's whole stream,
     * which grows by two events per invitation.
     */
    @Bean(destroyMethod = "close")
    AggregateCache workspaceAggregates(@Value("${membership.workspace.cached:2000}") long workspaces) {
        return AggregateCache.onHeap("workspaces", workspaces);
    }

    @Bean
    Cache workspaceCache(AggregateCache workspaceAggregates) {
        return workspaceAggregates.cache();
    }

    /** Axon registers handler interceptor beans on the command bus by itself. */
    @Bean
    CommandCounter commandCounter(MeterRegistry meters) {
        return new CommandCounter(meters);
    }
}
