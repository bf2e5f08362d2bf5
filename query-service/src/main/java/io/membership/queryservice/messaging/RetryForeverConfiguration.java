package io.membership.queryservice.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Replaces the platform's give-up-after-a-minute handler: a read model that skipped an event would stay wrong until
 * the next rebuild, so a failing projection (say, MongoDB away for a while) holds its partition and retries until it
 * succeeds. Unreadable records never reach here; the platform's handler counts and skips them.
 */
@Configuration(proxyBeanMethods = false)
public class RetryForeverConfiguration {

    @Bean
    public CommonErrorHandler kafkaErrorHandler() {
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(10_000);
        return new DefaultErrorHandler(backOff);
    }
}
