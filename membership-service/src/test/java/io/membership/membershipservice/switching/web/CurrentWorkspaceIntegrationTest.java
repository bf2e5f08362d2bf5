package io.membership.membershipservice.switching.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.membership.contract.Role;
import io.membership.contract.Topics;
import io.membership.membershipservice.support.MembershipIntegrationTest;
import io.membership.membershipservice.support.Team;
import io.membership.membershipservice.support.Team.Person;
import io.membership.membershipservice.support.TopicReader;
import io.membership.membershipservice.support.TopicReader.Received;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.Map;
import java.util.UUID;

import static io.membership.membershipservice.support.TopicReader.ofType;
import static io.membership.membershipservice.support.TopicReader.withData;
import static org.assertj.core.api.Assertions.assertThat;

class CurrentWorkspaceIntegrationTest extends MembershipIntegrationTest {

    private TopicReader events;
    private Team team;

    @BeforeEach
    void team() {
        events = new TopicReader(kafkaBootstrapServers(), Topics.MEMBERSHIP_EVENTS);
        team = new Team(accounts(), http, kafkaBootstrapServers(), events, 3);
    }

    @AfterEach
    void close() {
        team.close();
        events.close();
    }

    @Test
    void anActiveMemberSwitchesAndIsToldWhereItWorksNow() {
        Person member = team.active("member", Role.MEMBER);

        ResponseEntity<JsonNode> answer = team.call(HttpMethod.PUT, "/me/current-workspace", member.token(),
                Map.of("workspaceId", team.workspaceId));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().path("name").asText()).isEqualTo("Team Works");
        assertThat(answer.getBody().path("message").asText()).isEqualTo("You are now working in Team Works");
        Received switched = events.awaitFirst(ofType("CurrentWorkspaceSwitched")
                .and(withData("accountId", member.accountId())));
        assertThat(switched.key()).isEqualTo(member.accountId().toString());
        assertThat(switched.data().path("workspaceId").asText()).isEqualTo(team.workspaceId.toString());
    }

    @Test
    void onlyWorkspacesWhereTheCallerIsActiveCanBeSwitchedTo() {
        Person member = team.active("member", Role.MEMBER);
        team.call(HttpMethod.POST, team.path("/members/" + member.memberId() + "/revoke"), team.owner.token(), null);

        for (UUID workspace : new UUID[]{team.workspaceId, UUID.randomUUID()}) {
            ResponseEntity<JsonNode> answer = team.call(HttpMethod.PUT, "/me/current-workspace", member.token(),
                    Map.of("workspaceId", workspace));
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(answer.getBody().path("code").asText()).isEqualTo("not-found");
        }
        assertThat(team.call(HttpMethod.PUT, "/me/current-workspace", member.token(), Map.of())
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(events.matches(ofType("CurrentWorkspaceSwitched").and(withData("accountId", member.accountId()))))
                .isEmpty();
    }
}
