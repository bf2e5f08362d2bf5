package io.membership.platform.axon;

import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/**
 * Two instances appended to the same aggregate at once (the event store's unique index refused the second): the
 * loser is told to try again rather than given a 500. Services may retry before it gets here.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ConcurrentChangeAdvice {

    @ExceptionHandler(ConcurrencyException.class)
    public ResponseEntity<ProblemDetail> concurrentChange(ConcurrencyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "it changed at the same moment; try again");
        problem.setType(URI.create("https://membership.example/problems/concurrent-change"));
        problem.setProperty("code", "concurrent-change");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
