package io.membership.notificationservice.directory;

import io.membership.contract.EventEnvelope;
import io.membership.notificationservice.directory.store.Directory;
import io.membership.notificationservice.mail.MailLocales;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Names and languages for emails whose event does not carry them. A workspace name is waited for while the event is
 * younger than {@code membership.notification.directory-wait} (its topic may lag); after that it is given up on.
 */
@Component
public class WorkspaceFacts {

    private final Directory directory;
    private final Clock clock;
    private final Duration directoryWait;

    public WorkspaceFacts(Directory directory, Clock clock,
                          @Value("${membership.notification.directory-wait:2m}") Duration directoryWait) {
        this.directory = directory;
        this.clock = clock;
        this.directoryWait = directoryWait;
    }

    /** The invitation's workspace name if known, else the workspace's; throws while it may still arrive. */
    public Optional<String> workspaceName(EventEnvelope<?> event, UUID workspaceId, UUID invitationId) {
        Optional<String> name = directory.invitation(invitationId).map(Directory.Invitation::workspaceName)
                .or(() -> directory.workspace(workspaceId).map(Directory.Workspace::name));
        if (name.isEmpty() && Duration.between(event.time(), clock.instant()).compareTo(directoryWait) < 0) {
            throw new DirectoryNotReadyException("workspace " + workspaceId);
        }
        return name;
    }

    /** The account's language, else the workspace's default, else English. */
    public Locale localeOfAccount(UUID accountId, UUID workspaceId) {
        return MailLocales.firstSupported(
                directory.account(accountId == null ? null : accountId.toString())
                        .map(Directory.Account::locale).orElse(null),
                workspaceDefault(workspaceId));
    }

    /** The invitation's language (given, or as remembered), else the workspace's default, else English. */
    public Locale localeOfInvitation(String invitationLocale, UUID invitationId, UUID workspaceId) {
        String remembered = directory.invitation(invitationId).map(Directory.Invitation::locale).orElse(null);
        return MailLocales.firstSupported(invitationLocale, remembered, workspaceDefault(workspaceId));
    }

    private String workspaceDefault(UUID workspaceId) {
        return directory.workspace(workspaceId).map(Directory.Workspace::defaultLocale).orElse(null);
    }
}
