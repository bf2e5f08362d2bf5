package io.membership.platform.axon;

import io.membership.contract.Command;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/** Routes contract commands by {@link Command#targetAggregateId()}, so the contract needs no Axon annotation. */
public class ContractCommandTargetResolver implements CommandTargetResolver {

    public static final String BEAN_NAME = "contractCommandTargetResolver";

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        if (command.getPayload() instanceof Command contractCommand) {
            return new VersionedAggregateIdentifier(contractCommand.targetAggregateId(), null);
        }
        throw new IllegalArgumentException("not a contract command: " + command.getPayloadType().getName());
    }
}
