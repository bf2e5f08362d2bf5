package io.membership.platform.axon;

import io.membership.contract.Command;
import io.membership.platform.errors.ApiException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.MDC;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Sends a contract command with the acting account and the correlation id in its metadata; Axon copies both onto
 * every event the command causes.
 * <p>
 * Where aggregates are cached, a cached one may be behind appends made by another instance. An append from it fails
 * on the sequence index (and is retried by the caller), but a refusal appends nothing: so a refused command is sent
 * once more. The refusal rolled its unit of work back, which evicted the aggregate, so the second try decides on the
 * stored state.
 */
public class CommandDispatcher {

    private final CommandGateway gateway;
    private final boolean aggregatesMayBeStale;

    public CommandDispatcher(CommandGateway gateway) {
        this(gateway, false);
    }

    public CommandDispatcher(CommandGateway gateway, boolean aggregatesMayBeStale) {
        this.gateway = gateway;
        this.aggregatesMayBeStale = aggregatesMayBeStale;
    }

    public <R> R send(Command command, String actor, String correlationId) {
        try {
            return sendOnce(command, actor, correlationId);
        } catch (RuntimeException refused) {
            if (!aggregatesMayBeStale || !causedBy(refused, ApiException.class)) {
                throw refused;
            }
            return sendOnce(command, actor, correlationId);
        }
    }

    private <R> R sendOnce(Command command, String actor, String correlationId) {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(EnvelopeFactory.ACTOR, actor);
        metaData.put(EnvelopeFactory.CORRELATION_ID, correlationId != null ? correlationId : currentCorrelationId());
        R result = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(MetaData.from(metaData)));
        WrittenAggregates.record(command.targetAggregateId());
        return result;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String currentCorrelationId() {
        String fromRequest = MDC.get("correlationId");
        return fromRequest != null ? fromRequest : UUID.randomUUID().toString();
    }
}
