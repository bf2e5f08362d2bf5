package io.membership.invitationservice.invitation.web;

import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/** Two instances changed the same invitation at once: the loser is told to retry rather than given a 500. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ConcurrentChangeAdvice {

    @ExceptionHandler(ConcurrencyException.class)
    public ResponseEntity<ProblemDetail> concurrentChange(ConcurrencyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "the invitation changed at the same moment; try again");
        problem.setType(URI.create("https://membership.example/problems/concurrent-change"));
        problem.setProperty("code", "concurrent-change");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
