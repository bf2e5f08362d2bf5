package io.membership.queryservice.history.web;

import io.membership.contract.Topics;
import io.membership.platform.errors.ApiException;
import io.membership.platform.security.Actor;
import io.membership.queryservice.access.QueryPermission;
import io.membership.queryservice.access.WorkspaceAccess;
import io.membership.queryservice.history.query.EventHistoryCursor;
import io.membership.queryservice.history.query.EventHistoryPage;
import io.membership.queryservice.history.query.EventHistoryQuery;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

import static io.membership.queryservice.web.RequestParams.intInRange;

@RestController
public class EventHistoryController {

    private static final List<String> TOPICS = List.of(Topics.MEMBERSHIP_EVENTS, Topics.INVITATION_EVENTS,
            Topics.NOTIFICATION_EVENTS);

    private final WorkspaceAccess access;
    private final EventHistoryQuery history;

    public EventHistoryController(WorkspaceAccess access, EventHistoryQuery history) {
        this.access = access;
        this.history = history;
    }

    @GetMapping("/workspaces/{workspaceId}/events")
    public EventHistoryPage events(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID workspaceId,
                                   @RequestParam(required = false) String topic,
                                   @RequestParam(required = false) String cursor,
                                   @RequestParam(required = false) Integer limit) {
        if (topic != null && !TOPICS.contains(topic)) {
            throw ApiException.badRequest("invalid-topic", "topic must be one of " + String.join(", ", TOPICS));
        }
        EventHistoryCursor after = EventHistoryCursor.decode(cursor);
        int pageSize = intInRange("limit", limit, 100, 1, 500);
        access.require(workspaceId, Actor.from(jwt), QueryPermission.READ_AUDIT);
        return history.page(workspaceId, topic, after, pageSize);
    }
}
