package io.membership.contract;

import java.time.Instant;

/**
 * One event as it travels on Kafka, in CloudEvents 1.0 terms: {@code id}, {@code source}, {@code type} (the
 * event name), {@code subject} (the aggregate id), {@code time}, plus the extensions {@code dataversion},
 * {@code workspaceid}, {@code actor} (acting account id, or {@code system}), {@code correlationid} and
 * {@code sequence} (the event's position in its aggregate's stream).
 */
public record EventEnvelope<T>(
        String id,
        String source,
        String type,
        int dataVersion,
        String subject,
        Instant time,
        String workspaceId,
        String actor,
        String correlationId,
        long sequence,
        T data) {

    public static final String SYSTEM_ACTOR = "system";

    public <R> EventEnvelope<R> withData(R newData) {
        return new EventEnvelope<>(id, source, type, dataVersion, subject, time, workspaceId, actor, correlationId,
                sequence, newData);
    }
}
