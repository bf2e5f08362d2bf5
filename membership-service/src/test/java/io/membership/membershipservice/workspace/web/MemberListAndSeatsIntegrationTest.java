package io.membership.membershipservice.workspace.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.model.Filters;
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

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.membership.membershipservice.support.TopicReader.ofType;
import static io.membership.membershipservice.support.TopicReader.withData;
import static io.membership.membershipservice.workspace.web.MemberAdministrationIntegrationTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class MemberListAndSeatsIntegrationTest extends MembershipIntegrationTest {

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
    void theOwnerChangesCapacityButNotBelowSeatsInUse() {
        team.active("member", Role.MEMBER);

        ResponseEntity<JsonNode> raised = team.call(HttpMethod.PUT, team.path("/seats/workspace"), team.owner.token(),
                Map.of("capacity", 6));
        assertThat(raised.getStatusCode()).isEqualTo(HttpStatus.OK);
        Received changed = events.awaitFirst(ofType("SeatCapacityChanged").and(withData("workspaceId",
                team.workspaceId)));
        assertThat(changed.data().path("previous").asInt()).isEqualTo(3);
        assertThat(changed.data().path("capacity").asInt()).isEqualTo(6);

        long before = storedEvents();
        assertRefused(team.call(HttpMethod.PUT, team.path("/seats/workspace"), team.owner.token(),
                Map.of("capacity", 1)), HttpStatus.CONFLICT, "below-seats-in-use");
        assertRefused(team.call(HttpMethod.PUT, team.path("/seats/Bad Name"), team.owner.token(),
                Map.of("capacity", 1)), HttpStatus.BAD_REQUEST, "invalid-seats");
        assertRefused(team.call(HttpMethod.PUT, team.path("/seats/workspace"), team.owner.token(), Map.of()),
                HttpStatus.BAD_REQUEST, "invalid-seats");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void onlyTheOwnerChangesCapacity() {
        Person admin = team.active("admin", Role.ADMIN);
        long before = storedEvents();

        assertRefused(team.call(HttpMethod.PUT, team.path("/seats/workspace"), admin.token(), Map.of("capacity", 9)),
                HttpStatus.FORBIDDEN, "forbidden");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anAddOnSeatMovesFromOneMemberToAnother() {
        Person ann = team.active("ann", Role.MEMBER);
        Person bob = team.active("bob", Role.MEMBER);
        assertThat(team.call(HttpMethod.PUT, team.path("/seats/conversations"), team.owner.token(),
                Map.of("capacity", 1)).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> annAgent = access(ann, "AGENT");
        assertThat(annAgent.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(annAgent.getBody().path("holdsSeat").asBoolean()).isTrue();
        long before = storedEvents();
        assertRefused(access(bob, "AGENT"), HttpStatus.CONFLICT, "no-free-seat");
        assertRefused(access(bob, "SUPERUSER"), HttpStatus.BAD_REQUEST, "invalid-level");
        assertThat(storedEvents()).isEqualTo(before);

        assertThat(access(ann, "viewer").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(access(bob, "AGENT").getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Received> moves = events.awaitMatching(3, ofType("AddOnAccessChanged")
                .and(r -> r.key().equals(team.workspaceId.toString())));
        assertThat(moves).extracting(r -> r.data().path("level").asText()).containsExactly("AGENT", "VIEWER", "AGENT");
    }

    private ResponseEntity<JsonNode> access(Person member, String level) {
        return team.call(HttpMethod.PUT, team.path("/members/" + member.memberId() + "/seats/conversations"),
                team.owner.token(), Map.of("level", level));
    }

    @Test
    void anAdminAddsAMemberByHandAndTagsIt() {
        Person admin = team.active("admin", Role.ADMIN);

        ResponseEntity<JsonNode> added = team.call(HttpMethod.POST, team.path("/members"), admin.token(),
                Map.of("email", "New.Person@Example.com", "roles", List.of("auditor"), "tags", List.of("berlin")));

        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(added.getBody().path("guidance").asText()).isEqualTo("Invite");
        UUID memberId = UUID.fromString(added.getBody().path("memberId").asText());
        Received event = events.awaitFirst(ofType("MemberAdded").and(withData("memberId", memberId)));
        assertThat(event.data().path("email").asText()).isEqualTo("new.person@example.com");

        ResponseEntity<JsonNode> tagged = team.call(HttpMethod.PUT, team.path("/members/" + memberId + "/tags"),
                admin.token(), Map.of("tags", List.of("vip", " Berlin ")));
        assertThat(tagged.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tagged.getBody().path("tags").toString()).isEqualTo("[\"Berlin\",\"vip\"]");

        long before = storedEvents();
        assertRefused(team.call(HttpMethod.POST, team.path("/members"), admin.token(),
                Map.of("email", "NEW.person@example.com")), HttpStatus.CONFLICT, "already-a-member");
        assertRefused(team.call(HttpMethod.POST, team.path("/members"), admin.token(), Map.of("email", "nope")),
                HttpStatus.BAD_REQUEST, "invalid-email");
        assertRefused(team.call(HttpMethod.PUT, team.path("/members/" + memberId + "/tags"), admin.token(),
                Map.of("tags", List.of("<b>"))), HttpStatus.BAD_REQUEST, "invalid-tags");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aCsvImportReportsBadRowsByLineAndMergesDuplicates() {
        Person member = team.active("member", Role.MEMBER);
        String csv = """
                email,roles,tags,state
                ann@example.com,ADMIN,north;vip,ACTIVE
                not-an-email,MEMBER,,ADDED
                ANN@example.com,AUDITOR,south,
                bob@example.com,KING,,
                %s,AUDITOR,,
                owner@nowhere.test,OWNER,,
                """.formatted(member.login().email());

        ResponseEntity<JsonNode> answer = team.csv(team.path("/members/import"), team.owner.token(), csv);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode report = answer.getBody();
        assertThat(report.path("added").asInt()).isEqualTo(1);
        assertThat(report.path("updated").asInt()).isEqualTo(1);
        assertThat(report.path("merged").asInt()).isEqualTo(1);
        assertThat(report.path("rejected").asInt()).isEqualTo(3);
        assertThat(report.path("problems").findValues("line")).extracting(JsonNode::asInt).containsExactly(3, 5, 7);
        assertThat(report.path("problems").get(1).path("reason").asText()).contains("KING");
        Received added = events.awaitFirst(ofType("MemberAdded").and(withData("email", "ann@example.com"))
                .and(r -> r.key().equals(team.workspaceId.toString())));
        assertThat(added.data().path("roles").toString()).contains("ADMIN", "AUDITOR");
        events.awaitFirst(ofType("MembersImported").and(withData("workspaceId", team.workspaceId)));
    }

    @Test
    void importAndInviteNowInvitesTheImportedMembersWithTheCallersToken() {
        ResponseEntity<JsonNode> answer = team.csv(team.path("/members/import?invite=true"), team.owner.token(),
                "email,roles\nnew.one@example.com,MEMBER\nnew.two@example.com,AUDITOR\n");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().path("invitations").path("invited").asInt()).isEqualTo(2);
        List<String> memberIds = answer.getBody().path("members").findValuesAsText("memberId");
        assertThat(invitationService().calls()).anySatisfy(call -> {
            assertThat(call.path()).isEqualTo("/workspaces/" + team.workspaceId + "/invitations");
            assertThat(call.authorization()).isEqualTo("Bearer " + team.owner.token());
            assertThat(call.memberIds()).containsExactlyElementsOf(memberIds);
        });
    }

    @Test
    void importsAreLimitedAndRefusedToNonAdmins() {
        Person member = team.active("member", Role.MEMBER);
        long before = storedEvents();

        assertRefused(team.csv(team.path("/members/import"), member.token(), "email\nx@example.com\n"),
                HttpStatus.FORBIDDEN, "forbidden");
        assertRefused(team.csv(team.path("/members/import"), team.owner.token(), "name\nx\n"),
                HttpStatus.BAD_REQUEST, "invalid-csv");
        assertRefused(team.csv(team.path("/members/import"), team.owner.token(), "email\n"),
                HttpStatus.BAD_REQUEST, "invalid-csv");
        StringBuilder tooMany = new StringBuilder("email\n");
        for (int i = 0; i <= MembersCsvReader.MAX_ROWS; i++) {
            tooMany.append("p").append(i).append("@example.com\n");
        }
        assertRefused(team.csv(team.path("/members/import"), team.owner.token(), tooMany.toString()),
                HttpStatus.PAYLOAD_TOO_LARGE, "too-many-rows");
        String tooBig = "email\n" + ("x".repeat(1000) + "\n").repeat(1100);
        assertRefused(team.csv(team.path("/members/import"), team.owner.token(), tooBig),
                HttpStatus.PAYLOAD_TOO_LARGE, "csv-too-large");
        assertThat(storedEvents()).isEqualTo(before);
    }

    private long storedEvents() {
        return database().getCollection("domainevents")
                .countDocuments(Filters.eq("aggregateIdentifier", team.workspaceId.toString()));
    }
}
