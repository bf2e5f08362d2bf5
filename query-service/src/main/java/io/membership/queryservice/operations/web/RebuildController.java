package io.membership.queryservice.operations.web;

import io.membership.platform.errors.ApiException;
import io.membership.platform.security.Actor;
import io.membership.queryservice.operations.ReadModelRebuild;
import io.membership.queryservice.operations.RebuildProgress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Operators only: the accounts listed in {@code membership.query.operators} (comma-separated account ids). */
@RestController
public class RebuildController {

    private final ReadModelRebuild rebuild;
    private final Set<String> operators;

    public RebuildController(ReadModelRebuild rebuild,
                             @Value("${membership.query.operators:}") String operators) {
        this.rebuild = rebuild;
        this.operators = Arrays.stream(operators.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    @PostMapping("/admin/rebuild")
    public ResponseEntity<RebuildProgress> start(@AuthenticationPrincipal Jwt jwt) {
        Actor operator = requireOperator(jwt);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(rebuild.start(operator.id()));
    }

    @GetMapping("/admin/rebuild")
    public RebuildProgress progress(@AuthenticationPrincipal Jwt jwt) {
        requireOperator(jwt);
        return rebuild.progress();
    }

    private Actor requireOperator(Jwt jwt) {
        Actor actor = Actor.from(jwt);
        if (!operators.contains(actor.id())) {
            throw ApiException.forbidden("only operators of query-service may rebuild the read models");
        }
        return actor;
    }
}
