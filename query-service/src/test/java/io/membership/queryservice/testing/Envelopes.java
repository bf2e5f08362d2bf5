package io.membership.queryservice.testing;

import io.membership.contract.Event;
import io.membership.contract.EventCatalog;
import io.membership.contract.EventEnvelope;
import io.membership.contract.Topics;
import io.membership.contract.WorkspaceEvent;
import io.membership.contract.invitation.InvitationAccepted;
import io.membership.contract.invitation.InvitationCancelled;
import io.membership.contract.invitation.InvitationResent;
import io.membership.contract.invitation.InvitationExpired;
import io.membership.contract.invitation.InvitationRejected;
import io.membership.contract.invitation.InvitationRequested;
import io.membership.contract.invitation.InvitationSent;
import io.membership.contract.notification.NotificationFailed;
import io.membership.contract.notification.NotificationSent;

import java.time.Instant;
import java.util.UUID;

/** Envelopes shaped as the publishing services shape them: subject = aggregate id, source = service name. */
public final class Envelopes {

    public static EventEnvelope<Event> envelope(Event data, long sequence, Instant time, String actor) {
        EventCatalog.Entry entry = EventCatalog.byClass(data.getClass()).orElseThrow();
        String workspaceId = data instanceof WorkspaceEvent w ? w.workspaceId().toString() : null;
        return new EventEnvelope<>(UUID.randomUUID().toString(), source(entry.topic()), entry.type(), entry.version(),
                subject(data), time, workspaceId, actor, "corr-" + sequence, sequence, data);
    }

    public static String topic(EventEnvelope<Event> envelope) {
        return EventCatalog.byType(envelope.type()).orElseThrow().topic();
    }

    private static String source(String topic) {
        return switch (topic) {
            case Topics.MEMBERSHIP_EVENTS -> "membership-service";
            case Topics.INVITATION_EVENTS -> "invitation-service";
            default -> "notification-service";
        };
    }

    private static String subject(Event data) {
        if (data instanceof InvitationRequested e) {
            return e.invitationId().toString();
        } else if (data instanceof InvitationSent e) {
            return e.invitationId().toString();
        } else if (data instanceof InvitationRejected e) {
            return e.invitationId().toString();
        } else if (data instanceof InvitationAccepted e) {
            return e.invitationId().toString();
        } else if (data instanceof InvitationExpired e) {
            return e.invitationId().toString();
        } else if (data instanceof InvitationResent e) {
            return e.invitationId().toString();
        } else if (data instanceof InvitationCancelled e) {
            return e.invitationId().toString();
        } else if (data instanceof NotificationSent e) {
            return e.notificationId().toString();
        } else if (data instanceof NotificationFailed e) {
            return e.notificationId().toString();
        }
        return data.partitionKey();
    }

    private Envelopes() {
    }
}
