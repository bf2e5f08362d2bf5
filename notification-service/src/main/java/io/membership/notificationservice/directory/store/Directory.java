package io.membership.notificationservice.directory.store;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Repository;

import java.util.Optional;
import java.util.UUID;

/**
 * What emails need to know beyond the event in hand, learnt from the topics: account emails and languages, workspace
 * names and default languages, and who sent each invitation. Every write is a replace by id, so replays are harmless.
 */
@Repository
public class Directory {

    @Document("directory_accounts")
    public record Account(@Id String id, String email, String locale) {
    }

    @Document("directory_workspaces")
    public record Workspace(@Id String id, String name, String defaultLocale) {
    }

    @Document("directory_invitations")
    public record Invitation(@Id String id, String workspaceId, String email, String workspaceName, String invitedBy,
                             String locale) {
    }

    private final MongoTemplate mongo;

    public Directory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void remember(Account account) {
        mongo.save(account);
    }

    public void remember(Workspace workspace) {
        mongo.save(workspace);
    }

    public void remember(Invitation invitation) {
        mongo.save(invitation);
    }

    public Optional<Account> account(String accountId) {
        return accountId == null ? Optional.empty() : Optional.ofNullable(mongo.findById(accountId, Account.class));
    }

    public Optional<Workspace> workspace(UUID workspaceId) {
        return find(workspaceId, Workspace.class);
    }

    public Optional<Invitation> invitation(UUID invitationId) {
        return find(invitationId, Invitation.class);
    }

    private <T> Optional<T> find(UUID id, Class<T> type) {
        return id == null ? Optional.empty() : Optional.ofNullable(mongo.findById(id.toString(), type));
    }
}
