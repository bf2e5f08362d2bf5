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

    /** Transient failures (a command racing another, the store briefly away) are retried with back-off. */
    @Bean
    @ConditionalOnMissingBean
    public CommonErrorHandler kafkaErrorHandler() {
        ExponentialBackOff backOff = new ExponentialBackOff(100, 2.0);
        backOff.setMaxInterval(5_000);
        backOff.setMaxElapsedTime(60_000);
        return new DefaultErrorHandler(backOff);
    }
}
