package io.membership.platform.kafka;

import com.mongodb.client.MongoClient;
import io.membership.platform.events.CloudEventCodec;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

@AutoConfiguration
public class KafkaConsumersAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public CloudEventCodec cloudEventCodec() {
        return new CloudEventCodec();
    }

    @Bean
    public ProcessedEvents processedEvents(MongoClient client, MongoProperties mongo) {
        return new ProcessedEvents(client.getDatabase(mongo.getMongoClientDatabase()));
    }

    @Bean
    public IdempotentEventHandler idempotentEventHandler(CloudEventCodec codec, ProcessedEvents processed,
                                                         MeterRegistry meters) {
        return new IdempotentEventHandler(codec, processed, meters);
    }

    /**
     * A failing handler is retried with back-off and without limit: skipping an event would silently lose a saga
     * step or leave a read model wrong, while a stuck partition shows in the consumer-lag metric and the logs.
     * Records that are not readable events never get here: {@link IdempotentEventHandler} counts and skips them.
     */
    @Bean
    @ConditionalOnMissingBean
    public CommonErrorHandler kafkaErrorHandler() {
        ExponentialBackOff backOff = new ExponentialBackOff(100, 2.0);
        backOff.setMaxInterval(10_000);
        return new DefaultErrorHandler(backOff);
    }
}
