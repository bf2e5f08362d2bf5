package io.membership.platform.axon;

import io.membership.contract.Command;
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
 */
public class CommandDispatcher {

    private final CommandGateway gateway;

    public CommandDispatcher(CommandGateway gateway) {
        this.gateway = gateway;
    }

    public <R> R send(Command command, String actor, String correlationId) {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(EnvelopeFactory.ACTOR, actor);
        metaData.put(EnvelopeFactory.CORRELATION_ID, correlationId != null ? correlationId : currentCorrelationId());
        R result = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(MetaData.from(metaData)));
        WrittenAggregates.record(command.targetAggregateId());
        return result;
    }

    private static String currentCorrelationId() {
        String fromRequest = MDC.get("correlationId");
        return fromRequest != null ? fromRequest : UUID.randomUUID().toString();
    }
}
