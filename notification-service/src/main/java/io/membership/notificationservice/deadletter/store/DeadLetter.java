package io.membership.notificationservice.deadletter.store;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A record a consumer could not read, kept byte for byte with where it came from. Its id is its position, so the
 * same record redelivered is parked once.
 */
@Document(DeadLetters.COLLECTION)
public record DeadLetter(@Id String id, String consumer, String topic, int partition, long offset, String key,
                         byte[] value, String reason, Instant parkedAt, Instant replayedAt, int replays) {

    public static DeadLetter of(String consumer, ConsumerRecord<String, byte[]> record, String reason, Instant now) {
        String id = consumer + ":" + record.topic() + "-" + record.partition() + "@" + record.offset();
        return new DeadLetter(id, consumer, record.topic(), record.partition(), record.offset(), record.key(),
                record.value(), reason, now, null, 0);
    }

    public boolean replayed() {
        return replayedAt != null;
    }

    public ConsumerRecord<String, byte[]> asRecord() {
        return new ConsumerRecord<>(topic, partition, offset, key, value);
    }
}
