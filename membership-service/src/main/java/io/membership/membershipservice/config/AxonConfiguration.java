package io.membership.membershipservice.config;

import io.membership.membershipservice.workspace.command.MemberIdGenerator;
import io.membership.membershipservice.workspace.command.ReinstateWindow;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;
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
     * which grows by two events per invitation. A cached workspace that another instance appended to is stale, but
     * its next append then collides on the (aggregate, sequence) index, Axon evicts it on the rollback and the
     * command runs again on the stored state; a refusal it made is retried once the same way (CommandDispatcher).
     */
    @Bean(destroyMethod = "close")
    CacheManager aggregateCacheManager(@Value("${membership.workspace.cached:2000}") long workspaces) {
        return CacheManagerBuilder.newCacheManagerBuilder()
                .withCache("workspaces", CacheConfigurationBuilder.newCacheConfigurationBuilder(Object.class,
                        Object.class, ResourcePoolsBuilder.heap(workspaces)))
                .build(true);
    }

    @Bean
    Cache workspaceCache(CacheManager aggregateCacheManager) {
        return new EhCache3Adapter((Ehcache<Object, Object>) aggregateCacheManager.getCache("workspaces", Object.class,
                Object.class));
    }

    /** Axon registers handler interceptor beans on the command bus by itself. */
    @Bean
    CommandCounter commandCounter(MeterRegistry meters) {
        return new CommandCounter(meters);
    }
}
