package io.membership.platform.kafka;

import com.mongodb.client.MongoDatabase;
import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;
import io.membership.contract.membership.MemberAdded;
import io.membership.platform.events.CloudEventCodec;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.membership.testsupport.ScratchDatabase;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotentEventHandlerIntegrationTest {

    private static final String TOPIC = "workspace.membership.events";

    private final CloudEventCodec codec = new CloudEventCodec();
    private final List<String> handled = new ArrayList<>();
    private final ScratchDatabase scratch = ScratchDatabase.create("processed");
    private final MongoDatabase database = scratch.database();

    @AfterEach
    void dropTheDatabase() {
        scratch.close();
    }

    private ConsumerRecord<String, byte[]> record(int partition, long offset, String eventId) {
        UUID workspace = UUID.randomUUID();
        EventEnvelope<Event> envelope = new EventEnvelope<>(eventId, "test", "MemberAdded", 1, workspace.toString(),
                Instant.now(), workspace.toString(), "system", null, offset,
                new MemberAdded(workspace, UUID.randomUUID(), "m" + offset + "@example.com", Set.of()));
        return new ConsumerRecord<>(TOPIC, partition, offset, workspace.toString(), codec.encode(envelope));
    }

    private IdempotentEventHandler handler() {
        return new IdempotentEventHandler(codec, new ProcessedEvents(database), new SimpleMeterRegistry());
    }

    private void deliver(IdempotentEventHandler handler, ConsumerRecord<String, byte[]> record) {
        handler.handle("test-consumer", record, event -> handled.add(event.id()));
    }

    @Test
    void aRedeliveredRecordIsSkipped() {
        IdempotentEventHandler handler = handler();
        ConsumerRecord<String, byte[]> first = record(1, 7, "e7");
        deliver(handler, first);

        deliver(handler, first);

        assertThat(handled).containsExactly("e7");
    }

    @Test
    void theSameEventPublishedAgainAtALaterOffsetIsSkipped() {
        IdempotentEventHandler handler = handler();
        deliver(handler, record(0, 10, "e10"));

        deliver(handler, record(0, 11, "e10"));
        deliver(handler, record(0, 12, "e12"));

        assertThat(handled).containsExactly("e10", "e12");
    }

    @Test
    void aRestartedConsumerSkipsWhatItHandledBeforeTheCrash() {
        deliver(handler(), record(2, 10, "e10"));

        IdempotentEventHandler restarted = handler();
        deliver(restarted, record(2, 10, "e10"));
        deliver(restarted, record(2, 11, "e11"));

        assertThat(handled).containsExactly("e10", "e11");
    }

    @Test
    void aFailedHandlerLeavesNoMarkSoTheRetryRunsIt() {
        IdempotentEventHandler handler = handler();
        ConsumerRecord<String, byte[]> record = record(0, 4, "e4");
        try {
            handler.handle("test-consumer", record, event -> {
                throw new IllegalStateException("saga step failed");
            });
        } catch (IllegalStateException expected) {
            // the container retries the record
        }

        deliver(handler, record);

        assertThat(handled).containsExactly("e4");
    }

    @Test
    void unreadableRecordsAreSkippedNotRetried() {
        IdempotentEventHandler handler = handler();

        deliver(handler, new ConsumerRecord<>(TOPIC, 0, 0, "k", "{\"type\":\"Nope\"}".getBytes(StandardCharsets.UTF_8)));

        assertThat(handled).isEmpty();
    }

    @Test
    void aFailureInAPollKeepsTheEventsBeforeItMarkedAndNamesTheFailedRecord() {
        IdempotentEventHandler handler = handler();
        List<ConsumerRecord<String, byte[]>> poll = List.of(record(0, 1, "p1"), record(0, 2, "p2"), record(0, 3, "p3"));

        assertThatThrownBy(() -> handler.handleAll("test-consumer", poll, event -> {
            if (event.id().equals("p2")) {
                throw new IllegalStateException("saga step failed");
            }
            handled.add(event.id());
        })).isInstanceOfSatisfying(BatchListenerFailedException.class, e -> assertThat(e.getIndex()).isEqualTo(1));

        handler.handleAll("test-consumer", poll.subList(1, 3), event -> handled.add(event.id()));
        handler.handleAll("test-consumer", poll, event -> handled.add(event.id()));
        assertThat(handled).containsExactly("p1", "p2", "p3");
    }

    @Test
    void theSameEventTwiceInOnePollIsHandledOnce() {
        IdempotentEventHandler handler = handler();

        handler.handleAll("test-consumer", List.of(record(1, 1, "d1"), record(1, 2, "d1"), record(1, 3, "d3")),
                event -> handled.add(event.id()));

        assertThat(handled).containsExactly("d1", "d3");
    }

    @Test
    void anEventItsHandlerDeclinesStaysUnmarkedForALaterReplay() {
        IdempotentEventHandler handler = handler();
        ConsumerRecord<String, byte[]> parked = record(2, 1, "r1");

        handler.handleAll("test-consumer", List.of(parked), (record, event) -> false);
        deliver(handler, parked);

        assertThat(handled).containsExactly("r1");
        assertThat(new ProcessedEvents(database).alreadyHandled("test-consumer", "r1")).isTrue();
    }

    @Test
    void whenThePollsDeferredWritesFailNoEventOfThePollIsMarked() {
        IdempotentEventHandler handler = handler();
        List<ConsumerRecord<String, byte[]>> poll = List.of(record(0, 1, "w1"), record(0, 2, "w2"));

        assertThatThrownBy(() -> handler.handleAll("test-consumer", poll, event -> handled.add(event.id()), () -> {
            throw new IllegalStateException("bulk write failed");
        })).hasMessage("bulk write failed");
        List<String> flushed = new ArrayList<>();
        handler.handleAll("test-consumer", poll, event -> handled.add(event.id()), () -> flushed.addAll(handled));

        assertThat(handled).containsExactly("w1", "w2", "w1", "w2");
        assertThat(flushed).as("handled before the marks were written").containsExactly("w1", "w2", "w1", "w2");
        assertThat(new ProcessedEvents(database).alreadyHandled("test-consumer", "w2")).isTrue();
    }
}
