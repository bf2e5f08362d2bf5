package io.membership.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.membership.contract.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mail arrival as notification-service reports it: a NotificationSent on its topic is published once the SMTP server
 * accepted the message (GreenMail files it in the mailbox while accepting). Used when the mail server runs in
 * another JVM, where polling IMAP per address would measure the poller.
 */
final class NotificationTopicWatch implements MailWatch, AutoCloseable {

    private final Set<String> recipients = ConcurrentHashMap.newKeySet();
    private final ObjectMapper json = new ObjectMapper();
    private final Thread reader;
    private volatile boolean running = true;

    NotificationTopicWatch(String bootstrap) {
        reader = new Thread(() -> read(bootstrap), "bench-notification-watch");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(String bootstrap) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.NOTIFICATION_EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(5))) {
                    JsonNode event = parse(record.value());
                    if (event != null && event.path("type").asText().endsWith("NotificationSent")) {
                        recipients.add(event.path("data").path("recipient").asText());
                    }
                }
            }
        }
    }

    private JsonNode parse(byte[] value) {
        try {
            return json.readTree(value);
        } catch (IOException unreadable) {
            return null;
        }
    }

    @Override
    public Set<String> delivered(Collection<String> addresses) {
        Set<String> delivered = new HashSet<>();
        for (String address : addresses) {
            if (recipients.contains(address)) {
                delivered.add(address);
            }
        }
        return delivered;
    }

    @Override
    public void close() {
        running = false;
    }
}
