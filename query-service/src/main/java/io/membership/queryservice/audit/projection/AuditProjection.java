package io.membership.queryservice.audit.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;
import io.membership.contract.WorkspaceEvent;
import io.membership.platform.events.EventJson;
import io.membership.queryservice.messaging.PollWrites;
import io.membership.queryservice.messaging.Projection;
import io.membership.queryservice.store.InsertOnce;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** Appends every event of every topic once to the {@code audit} collection (within a poll, in one bulk write). */
@Component
public class AuditProjection implements Projection {

    private static final ObjectMapper JSON = EventJson.newObjectMapper();

    private final MongoTemplate mongo;

    public AuditProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void project(EventEnvelope<Event> e) {
        InsertOnce.insertAll(mongo, AuditEntryDocument.class, List.of(entryOf(e)));
    }

    @Override
    public void project(EventEnvelope<Event> e, PollWrites deferred) {
        deferred.insertOnce(entryOf(e));
    }

    private static AuditEntryDocument entryOf(EventEnvelope<Event> e) {
        JsonNode data = JSON.valueToTree(e.data());
        String workspaceId = e.data() instanceof WorkspaceEvent w ? w.workspaceId().toString() : null;
        String email = firstText(data, "email", "ownerEmail", "toEmail", "recipient");
        AuditChange change = AuditChange.of(e.data());
        AuditEntryDocument entry = new AuditEntryDocument(e.id(), workspaceId, e.time().truncatedTo(ChronoUnit.MILLIS),
                e.actor(), e.type(), e.subject(), firstText(data, "memberId", "ownerMemberId", "toMemberId"),
                email, email == null ? null : email.toLowerCase(Locale.ROOT), change.before(), change.after(),
                e.correlationId(), e.source(), e.sequence());
        return entry;
    }

    /** Events name the member and its email in a few ways; the audit log only needs the first that is present. */
    private static String firstText(JsonNode data, String... fields) {
        for (String field : fields) {
            JsonNode value = data.get(field);
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return null;
    }
}
