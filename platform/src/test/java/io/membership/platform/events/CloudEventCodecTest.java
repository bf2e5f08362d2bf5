package io.membership.platform.events;

import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;
import io.membership.contract.Role;
import io.membership.contract.invitation.InvitationSent;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CloudEventCodecTest {

    private final CloudEventCodec codec = new CloudEventCodec();

    private final InvitationSent sent = new InvitationSent(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            "ann@example.com", Set.of(Role.MEMBER), 1, Instant.parse("2026-12-01T10:00:00Z"), "Acme", UUID.randomUUID(),
            "fr");

    private EventEnvelope<Event> envelope() {
        return new EventEnvelope<>("evt-1", "invitation-service", "InvitationSent", 1, sent.invitationId().toString(),
                Instant.parse("2026-11-24T10:00:00Z"), sent.workspaceId().toString(), "acct-1", "corr-1", 3, sent);
    }

    @Test
    void encodesAStructuredCloudEventWithOurExtensions() {
        String json = new String(codec.encode(envelope()), StandardCharsets.UTF_8);

        assertThat(json).contains("\"specversion\":\"1.0\"", "\"type\":\"InvitationSent\"", "\"id\":\"evt-1\"",
                "\"workspaceid\":\"" + sent.workspaceId() + "\"", "\"actor\":\"acct-1\"", "\"correlationid\":\"corr-1\"",
                "\"sequence\":3", "\"datacontenttype\":\"application/json\"", "\"expiresAt\":\"2026-12-01T10:00:00Z\"");
    }

    @Test
    void decodesBackToTheContractRecord() {
        EventEnvelope<Event> decoded = codec.decode(codec.encode(envelope()));

        assertThat(decoded).isEqualTo(envelope());
    }

    @Test
    void refusesUnknownTypesAndNewerVersions() {
        String unknown = "{\"specversion\":\"1.0\",\"id\":\"1\",\"type\":\"Nope\",\"time\":\"2026-01-01T00:00:00Z\",\"data\":{}}";
        String newer = "{\"specversion\":\"1.0\",\"id\":\"1\",\"type\":\"InvitationSent\",\"dataversion\":2,"
                + "\"time\":\"2026-01-01T00:00:00Z\",\"data\":{}}";

        assertThatThrownBy(() -> codec.decode(unknown.getBytes())).isInstanceOf(UnknownEventTypeException.class);
        assertThatThrownBy(() -> codec.decode(newer.getBytes())).isInstanceOf(UnknownEventTypeException.class);
        assertThatThrownBy(() -> codec.decode("not json".getBytes())).isInstanceOf(UnknownEventTypeException.class);
    }
}
