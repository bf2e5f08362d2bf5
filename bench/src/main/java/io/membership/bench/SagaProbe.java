package io.membership.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.membership.contract.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Watches where each invitation of the saga has got to, without loading the services: the GreenMail mailbox list
 * (email delivered), the NotificationSent records on the notification topic (their append time), and the members
 * read model in query-service's Mongo database, read-only (state INVITED, guidance Wait, delivery SENT).
 */
final class SagaProbe implements AutoCloseable {

    private final Target target;
    private final MongoClient mongo;
    private final MongoCollection<Document> members;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, Long> notificationSentAt = new ConcurrentHashMap<>();
    private volatile boolean running = true;
    private final Thread reader;

    SagaProbe(Target target, String queryDatabase) {
        this.target = target;
        this.mongo = MongoClients.create(target.mongoUri);
        this.members = mongo.getDatabase(queryDatabase).getCollection("members");
        this.consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", target.kafkaBootstrap,
                "enable.auto.commit", false), new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.NOTIFICATION_EVENTS, Duration.ofSeconds(30))
                .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        reader = new Thread(this::readNotifications, "notification-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void readNotifications() {
        while (running) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                try {
                    JsonNode event = Samples.JSON.readTree(record.value());
                    if ("NotificationSent".equals(event.path("type").asText())) {
                        notificationSentAt.put(event.path("data").path("invitationId").asText(), record.timestamp());
                    }
                } catch (Exception unreadable) {
                    // not ours to judge: query-service counts unreadable records
                }
            }
        }
    }

    /** Wall-clock time (ms) at which NotificationSent for this invitation was appended to Kafka, if seen. */
    Long notificationSentAt(String invitationId) {
        return notificationSentAt.get(invitationId);
    }

    Set<String> delivered(Collection<String> emails) {
        return target.mail.delivered(emails);
    }

    /** Invitation ids (of those given, by email) that the members page shows as Wait with the email delivered. */
    Set<String> shownAsWaitAndSent(String workspaceId, Map<String, String> invitationByEmail) {
        Set<String> shown = new java.util.HashSet<>();
        List<String> emails = new ArrayList<>(invitationByEmail.keySet());
        for (int from = 0; from < emails.size(); from += 500) {
            List<String> chunk = emails.subList(from, Math.min(emails.size(), from + 500));
            for (Document member : members.find(Filters.and(Filters.eq("workspaceId", workspaceId),
                            Filters.in("emailKey", chunk), Filters.eq("guidance", "Wait")))
                    .projection(Projections.include("emailKey", "invitationId", "invitations"))) {
                String invitationId = invitationByEmail.get(member.getString("emailKey"));
                Document traces = member.get("invitations", Document.class);
                Document trace = traces == null ? null : traces.get(invitationId, Document.class);
                if (invitationId != null && invitationId.equals(member.getString("invitationId")) && trace != null
                        && "SENT".equals(trace.getString("delivery"))) {
                    shown.add(invitationId);
                }
            }
        }
        return shown;
    }

    @Override
    public void close() {
        running = false;
        try {
            reader.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumer.close();
        mongo.close();
    }
}
