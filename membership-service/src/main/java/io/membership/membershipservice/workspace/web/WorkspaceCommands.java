package io.membership.membershipservice.workspace.web;

import io.membership.contract.membership.WorkspaceCommand;
import io.membership.platform.axon.CommandDispatcher;
import io.membership.platform.errors.ApiException;
import io.membership.platform.security.Actor;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

/**
 * Sends an administrative command for the caller. Another instance appending to the same workspace at the same
 * moment makes the append fail with a ConcurrencyException; the command is then run again on the new state (which
 * may now refuse it), so racing commands are decided one after the other.
 */
@Component
class WorkspaceCommands {

    static final int ATTEMPTS = 3;

    private final CommandDispatcher commands;

    WorkspaceCommands(CommandDispatcher commands) {
        this.commands = commands;
    }

    <R> R send(WorkspaceCommand command, Actor actor) {
        for (int attempt = 1; ; attempt++) {
            try {
                return commands.send(command, actor.id(), null);
            } catch (RuntimeException e) {
                if (causedBy(e, AggregateNotFoundException.class)) {
                    throw ApiException.notFound("workspace");
                }
                if (!causedBy(e, ConcurrencyException.class)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    throw ApiException.conflict("concurrent-change", "the workspace changed at the same moment; try again");
                }
            }
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
