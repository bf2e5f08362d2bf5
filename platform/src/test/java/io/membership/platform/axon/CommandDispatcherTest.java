package io.membership.platform.axon;

import io.membership.contract.Command;
import io.membership.platform.errors.RuleViolation;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class CommandDispatcherTest {

    private record Touch(String targetAggregateId) implements Command {
    }

    private final CommandGateway gateway = mock(CommandGateway.class);

    @Test
    void aRefusalFromAPossiblyStaleCachedAggregateIsDecidedAgainOnTheStoredState() {
        when(gateway.sendAndWait(any(CommandMessage.class)))
                .thenThrow(new RuleViolation("no-free-seat", "no free seat"))
                .thenReturn("done");

        String result = new CommandDispatcher(gateway, true).send(new Touch("w-1"), "actor", "c-1");

        assertThat(result).isEqualTo("done");
        verify(gateway, times(2)).sendAndWait(any(CommandMessage.class));
    }

    @Test
    void aRefusalOnTheStoredStateStands() {
        when(gateway.sendAndWait(any(CommandMessage.class))).thenThrow(new RuleViolation("no-free-seat", "no free seat"));

        assertThatThrownBy(() -> new CommandDispatcher(gateway, true).send(new Touch("w-1"), "actor", "c-1"))
                .isInstanceOf(RuleViolation.class);
        verify(gateway, times(2)).sendAndWait(any(CommandMessage.class));
    }

    @Test
    void withoutACacheARefusalIsNotRetried() {
        when(gateway.sendAndWait(any(CommandMessage.class))).thenThrow(new RuleViolation("no-free-seat", "no free seat"));

        assertThatThrownBy(() -> new CommandDispatcher(gateway).send(new Touch("w-1"), "actor", "c-1"))
                .isInstanceOf(RuleViolation.class);
        verify(gateway, times(1)).sendAndWait(any(CommandMessage.class));
    }

    @Test
    void otherFailuresAreNotRetriedHere() {
        when(gateway.sendAndWait(any(CommandMessage.class))).thenThrow(new IllegalStateException("broken"));

        assertThatThrownBy(() -> new CommandDispatcher(gateway, true).send(new Touch("w-1"), "actor", "c-1"))
                .isInstanceOf(IllegalStateException.class);
        verify(gateway, times(1)).sendAndWait(any(CommandMessage.class));
    }
}
