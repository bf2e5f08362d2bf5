package io.membership.invitationservice.directory;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.membership.contract.Role;
import io.membership.invitationservice.invitation.command.WorkspaceDefaults;
import org.bson.Document;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * This service's eventually consistent copy of what membership-service knows: workspaces, who holds which roles,
 * which emails have accounts. Good enough to refuse an invite at the edge; membership-service re-checks.
 */
public class WorkspaceDirectory implements WorkspaceDefaults {

    public record Workspace(UUID workspaceId, String name, String defaultLocale) {
    }

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> workspaces;
    private final MongoCollection<Document> members;
    private final MongoCollection<Document> accounts;

    public WorkspaceDirectory(MongoDatabase database) {
        this.workspaces = database.getCollection("directory_workspaces");
        this.members = database.getCollection("directory_members");
        this.accounts = database.getCollection("directory_accounts");
    }

    public void recordWorkspace(UUID workspaceId, String name, String defaultLocale) {
        workspaces.updateOne(Filters.eq("_id", workspaceId.toString()),
                Updates.combine(Updates.set("name", name), Updates.set("defaultLocale", defaultLocale)), UPSERT);
    }

    public void recordRoles(UUID workspaceId, UUID accountId, Set<Role> roles) {
        List<String> names = roles.stream().map(Role::name).sorted().toList();
        members.updateOne(Filters.eq("_id", memberKey(workspaceId, accountId)),
                Updates.combine(Updates.set("workspaceId", workspaceId.toString()),
                        Updates.set("accountId", accountId.toString()), Updates.set("roles", names)), UPSERT);
    }

    public void recordAccount(String email, UUID accountId) {
        accounts.updateOne(Filters.eq("_id", normalize(email)), Updates.set("accountId", accountId.toString()), UPSERT);
    }

    public Optional<Workspace> workspace(UUID workspaceId) {
        return Optional.ofNullable(workspaces.find(Filters.eq("_id", workspaceId.toString())).first())
                .map(d -> new Workspace(workspaceId, d.getString("name"), d.getString("defaultLocale")));
    }

    /** Empty when the account is not (yet) known as a member of the workspace. */
    public Optional<Set<Role>> rolesOf(UUID workspaceId, UUID accountId) {
        Document member = members.find(Filters.eq("_id", memberKey(workspaceId, accountId))).first();
        if (member == null) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        member.getList("roles", String.class, List.of()).forEach(name -> roles.add(Role.valueOf(name)));
        return Optional.of(roles);
    }

    public boolean accountExists(String email) {
        return accounts.find(Filters.eq("_id", normalize(email))).first() != null;
    }

    @Override
    public Optional<String> defaultLocaleOf(UUID workspaceId) {
        return workspace(workspaceId).map(Workspace::defaultLocale);
    }

    private static String memberKey(UUID workspaceId, UUID accountId) {
        return workspaceId + ":" + accountId;
    }

    private static String normalize(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
