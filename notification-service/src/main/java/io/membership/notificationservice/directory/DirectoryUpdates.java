package io.membership.notificationservice.directory;

import io.membership.contract.Event;
import io.membership.contract.invitation.InvitationSent;
import io.membership.contract.membership.AccountRegistered;
import io.membership.contract.membership.WorkspaceCreated;
import io.membership.notificationservice.directory.store.Directory;
import org.springframework.stereotype.Component;

/** Keeps the {@link Directory} up to date from the events that carry names, addresses and languages. */
@Component
public class DirectoryUpdates {

    private final Directory directory;

    public DirectoryUpdates(Directory directory) {
        this.directory = directory;
    }

    public void on(Event event) {
        if (event instanceof AccountRegistered account) {
            directory.remember(new Directory.Account(account.accountId().toString(), account.email(),
                    account.locale()));
        } else if (event instanceof WorkspaceCreated workspace) {
            directory.remember(new Directory.Workspace(workspace.workspaceId().toString(), workspace.name(),
                    workspace.defaultLocale()));
        } else if (event instanceof InvitationSent sent) {
            directory.remember(new Directory.Invitation(sent.invitationId().toString(),
                    sent.workspaceId().toString(), sent.email(), sent.workspaceName(),
                    sent.invitedBy() == null ? null : sent.invitedBy().toString(), sent.locale()));
        }
    }
}
