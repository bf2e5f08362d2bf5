package io.membership.invitationservice.directory;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.membership.contract.MemberState;
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

    public record Member(UUID memberId, String email, MemberState state) {
    }

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> workspaces;
    private final MongoCollection<Document> members;
    private final MongoCollection<Document> accounts;
    private final MongoCollection<Document> roster;

    public WorkspaceDirectory(MongoDatabase database) {
        this.workspaces = database.getCollection("directory_workspaces");
        this.members = database.getCollection("directory_members");
        this.accounts = database.getCollection("directory_accounts");
        this.roster = database.getCollection("directory_roster");
        accounts.createIndex(Indexes.ascending("accountId"));
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

    public void forgetRoles(UUID workspaceId, UUID accountId) {
        members.deleteOne(Filters.eq("_id", memberKey(workspaceId, accountId)));
    }

    /** A member (by member id) with its email and lifecycle state, for inviting by member id. */
    public void recordMember(UUID workspaceId, UUID memberId, String email, MemberState state) {
        roster.updateOne(Filters.eq("_id", memberId.toString()), Updates.combine(
                Updates.set("workspaceId", workspaceId.toString()), Updates.set("email", email),
                Updates.set("state", state.name())), UPSERT);
    }

    public void recordMemberState(UUID memberId, MemberState state) {
        roster.updateOne(Filters.eq("_id", memberId.toString()), Updates.set("state", state.name()));
    }

    public void forgetMember(UUID memberId) {
        roster.deleteOne(Filters.eq("_id", memberId.toString()));
    }

    /** The member of {@code workspaceId} with this id; empty for unknown ids and ids of other workspaces. */
    public Optional<Member> member(UUID workspaceId, UUID memberId) {
        return Optional.ofNullable(roster.find(Filters.and(Filters.eq("_id", memberId.toString()),
                        Filters.eq("workspaceId", workspaceId.toString()))).first())
                .map(d -> new Member(memberId, d.getString("email"), MemberState.valueOf(d.getString("state"))));
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

    /** The email of an account, for naming who sent an invitation. */
    public Optional<String> emailOf(UUID accountId) {
        return Optional.ofNullable(accounts.find(Filters.eq("accountId", accountId.toString())).first())
                .map(d -> d.getString("_id"));
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
