package io.membership.notificationservice.deadletter.web;

import io.membership.notificationservice.deadletter.DeadLetterReplay;
import io.membership.notificationservice.deadletter.store.DeadLetter;
import io.membership.notificationservice.deadletter.store.DeadLetters;
import io.membership.notificationservice.operations.OperatorAccess;
import io.membership.platform.errors.ApiException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** Operators list the records no consumer could read and replay them once the service can. */
@RestController
@RequestMapping("/dead-letters")
public class DeadLetterController {

    public record DeadLetterView(String id, String consumer, String topic, int partition, long offset, String key,
                                 String reason, String rawValue, Instant parkedAt, Instant replayedAt, int replays) {

        static DeadLetterView of(DeadLetter letter) {
            return new DeadLetterView(letter.id(), letter.consumer(), letter.topic(), letter.partition(),
                    letter.offset(), letter.key(), letter.reason(),
                    letter.value() == null ? null : new String(letter.value(), StandardCharsets.UTF_8),
                    letter.parkedAt(), letter.replayedAt(), letter.replays());
        }
    }

    private final DeadLetters letters;
    private final DeadLetterReplay replay;
    private final OperatorAccess operators;

    public DeadLetterController(DeadLetters letters, DeadLetterReplay replay, OperatorAccess operators) {
        this.letters = letters;
        this.replay = replay;
        this.operators = operators;
    }

    @GetMapping
    public List<DeadLetterView> list(@AuthenticationPrincipal Jwt jwt,
                                     @RequestParam(defaultValue = "false") boolean includeReplayed,
                                     @RequestParam(defaultValue = "50") int limit) {
        operators.require(jwt);
        if (limit < 1 || limit > 500) {
            throw ApiException.badRequest("invalid-input", "limit must be between 1 and 500");
        }
        return letters.list(includeReplayed, limit).stream().map(DeadLetterView::of).toList();
    }

    @PostMapping("/{id}/replay")
    public DeadLetterView replay(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        operators.require(jwt);
        return DeadLetterView.of(replay.replay(id));
    }
}
