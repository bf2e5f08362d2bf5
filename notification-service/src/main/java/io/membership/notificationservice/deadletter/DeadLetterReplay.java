package io.membership.notificationservice.deadletter;

import io.membership.notificationservice.deadletter.store.DeadLetter;
import io.membership.notificationservice.deadletter.store.DeadLetters;
import io.membership.notificationservice.messaging.EventConsumer;
import io.membership.notificationservice.messaging.PoisonSafeEvents;
import io.membership.platform.errors.ApiException;
import io.membership.platform.kafka.IdempotentEventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Hands a dead letter to the consumer that parked it, as if it had just arrived: once the service reads that event
 * type or version (after an upgrade), it is handled like any other, at most once per event id.
 */
@Service
public class DeadLetterReplay {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterReplay.class);

    private final DeadLetters letters;
    private final PoisonSafeEvents poisonSafe;
    private final IdempotentEventHandler events;
    private final Map<String, EventConsumer> consumers;
    private final Clock clock;

    public DeadLetterReplay(DeadLetters letters, PoisonSafeEvents poisonSafe, IdempotentEventHandler events,
                            List<EventConsumer> consumers, Clock clock) {
        this.letters = letters;
        this.poisonSafe = poisonSafe;
        this.events = events;
        this.consumers = consumers.stream().collect(Collectors.toMap(EventConsumer::name, Function.identity()));
        this.clock = clock;
    }

    public DeadLetter replay(String id) {
        DeadLetter letter = letters.find(id).orElseThrow(() -> ApiException.notFound("dead letter " + id));
        EventConsumer consumer = consumers.get(letter.consumer());
        if (consumer == null) {
            throw ApiException.conflict("unknown-consumer", "no consumer named " + letter.consumer() + " runs here");
        }
        Optional<String> unreadable = poisonSafe.whyUnreadable(letter.value());
        if (unreadable.isPresent()) {
            throw ApiException.conflict("still-unreadable", "the record is still unreadable: " + unreadable.get());
        }
        events.handle(consumer.name(), letter.asRecord(), consumer::on);
        log.info("dead letter {} replayed to {}", id, consumer.name());
        return letters.markReplayed(id, clock.instant());
    }
}
