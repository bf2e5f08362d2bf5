package io.membership.platform.kafka;

import io.membership.contract.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Every service declares all three topics (creating them is idempotent), so no consumer depends on which service
 * started first. Retention is unlimited: auditors and new consumers replay from the start.
 */
@AutoConfiguration
public class KafkaTopicsAutoConfiguration {

    @Bean
    public KafkaAdmin.NewTopics membershipTopics(@Value("${membership.kafka.partitions:3}") int partitions,
                                                 @Value("${membership.kafka.replication-factor:1}") short replicas) {
        return new KafkaAdmin.NewTopics(Topics.ALL.stream()
                .map(name -> TopicBuilder.name(name).partitions(partitions).replicas(replicas)
                        .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                        .config(TopicConfig.RETENTION_BYTES_CONFIG, "-1")
                        .build())
                .toArray(NewTopic[]::new));
    }
}
