package io.membership.membershipservice.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.membership.contract.Role;
import io.membership.contract.invitation.InvitationAccepted;
import io.membership.contract.invitation.InvitationRequested;
import io.membership.membershipservice.support.TestAccounts.LoggedIn;
import io.membership.membershipservice.support.TopicReader.Received;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.Set;
import java.util.UUID;

import static io.membership.membershipservice.support.TopicReader.ofType;
import static io.membership.membershipservice.support.TopicReader.withData;

/**
 * A workspace with people in it, brought in through the invite saga as invitation-service would drive it over Kafka,
 * plus the HTTP calls an administrator makes.
 */
public final class Team implements AutoCloseable {

    public record Person(LoggedIn login, UUID memberId) {
        public UUID accountId() {
            return login.accountId();
        }

        public String token() {
            return login.token();
        }
    }

    private final TestAccounts accounts;
    private final TestRestTemplate http;
    private final EventPublisher otherServices;
    private final TopicReader events;
    public final LoggedIn owner;
    public final UUID workspaceId;

    public Team(TestAccounts accounts, TestRestTemplate http, String bootstrapServers, TopicReader events, int seats) {
        this.accounts = accounts;
        this.http = http;
        this.otherServices = new EventPublisher(bootstrapServers);
        this.events = events;
        this.owner = accounts.registerAndLogIn(TestAccounts.uniqueEmail("owner"));
        this.workspaceId = accounts.createWorkspace(owner, "Team Works", seats, null);
    }

    public UUID ownerMemberId() {
        Received created = events.awaitFirst(ofType("WorkspaceCreated").and(withData("workspaceId", workspaceId)));
        return UUID.fromString(created.data().path("ownerMemberId").asText());
    }

    /** Invites and accepts: an ACTIVE member with {@code roles}. */
    public Person active(String name, Role... roles) {
        LoggedIn login = accounts.registerAndLogIn(TestAccounts.uniqueEmail(name));
        UUID invitationId = UUID.randomUUID();
        UUID memberId = invite(invitationId, login.email(), roles);
        otherServices.publish(new InvitationAccepted(invitationId, workspaceId, memberId, login.accountId(),
                login.email()), login.accountId().toString(), null);
        events.awaitFirst(ofType("MemberJoined").and(withData("invitationId", invitationId)));
        return new Person(login, memberId);
    }

    /** A pending invitation: an INVITED member. */
    public UUID invited(String email, UUID invitationId, Role... roles) {
        return invite(invitationId, email, roles);
    }

    private UUID invite(UUID invitationId, String email, Role... roles) {
        otherServices.publish(new InvitationRequested(invitationId, workspaceId, email, Set.of(roles), "en",
                owner.accountId()), owner.accountId().toString(), null);
        Received reserved = events.awaitFirst(ofType("SeatReserved").and(withData("invitationId", invitationId)));
        return UUID.fromString(reserved.data().path("memberId").asText());
    }

    public EventPublisher otherServices() {
        return otherServices;
    }

    public ResponseEntity<JsonNode> call(HttpMethod method, String path, String bearer, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(bearer);
        return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    public ResponseEntity<JsonNode> csv(String path, String bearer, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        headers.setBearerAuth(bearer);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    public String path(String tail) {
        return "/workspaces/" + workspaceId + tail;
    }

    @Override
    public void close() {
        otherServices.close();
    }
}
