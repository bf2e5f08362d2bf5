package io.membership.notificationservice.operations;

import io.membership.platform.errors.ApiException;
import io.membership.platform.security.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who may run this service's admin endpoints: the accounts listed in {@code membership.notification.operators}.
 * Emails cross workspaces, so no workspace role can stand in for this. An empty list locks the endpoints.
 */
@Component
public class OperatorAccess {

    private final Set<UUID> operators;

    public OperatorAccess(@Value("${membership.notification.operators:}") List<String> operators) {
        try {
            this.operators = operators.stream().map(String::trim).filter(id -> !id.isEmpty())
                    .map(UUID::fromString).collect(Collectors.toUnmodifiableSet());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("membership.notification.operators must list account ids", e);
        }
    }

    public Actor require(Jwt jwt) {
        Actor actor = Actor.from(jwt);
        if (!operators.contains(actor.accountId())) {
            throw ApiException.forbidden("only notification operators may do this");
        }
        return actor;
    }
}
