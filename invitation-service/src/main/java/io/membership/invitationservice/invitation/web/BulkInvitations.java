package io.membership.invitationservice.invitation.web;

import io.membership.contract.invitation.InviteMember;
import io.membership.invitationservice.directory.InviterCheck;
import io.membership.invitationservice.directory.WorkspaceDirectory;
import io.membership.invitationservice.invitation.InvitationLocales;
import io.membership.invitationservice.invitation.OfferedRoles;
import io.membership.invitationservice.invitation.command.InvitationStatus;
import io.membership.platform.axon.CommandDispatcher;
import io.membership.platform.errors.ApiException;
import io.membership.platform.security.Actor;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Invites members already in the list by id. Each id is answered on its own: unknown ids (or ids of another
 * workspace) and members that cannot be invited now are reported, the others get an invitation each.
 */
@Component
public class BulkInvitations {

    public static final int MAX_MEMBERS = 100;

    public record Outcome(UUID memberId, UUID invitationId, String status, String code, String detail) {
    }

    public record BulkResponse(int requested, int invited, List<Outcome> results) {
    }

    private final CommandDispatcher commands;
    private final InviterCheck inviters;
    private final WorkspaceDirectory directory;

    public BulkInvitations(CommandDispatcher commands, InviterCheck inviters, WorkspaceDirectory directory) {
        this.commands = commands;
        this.inviters = inviters;
        this.directory = directory;
    }

    BulkResponse invite(UUID workspaceId, InviteRequest request, Actor actor) {
        LinkedHashSet<UUID> memberIds = new LinkedHashSet<>(request.memberIds());
        if (memberIds.isEmpty() || memberIds.size() > MAX_MEMBERS || memberIds.contains(null)) {
            throw ApiException.badRequest("invalid-input", "memberIds must name 1 to " + MAX_MEMBERS + " members");
        }
        String locale = InvitationLocales.normalize(request.locale());
        var roles = OfferedRoles.parse(request.roles());
        inviters.requireInviter(workspaceId, actor.accountId());
        List<Outcome> results = new ArrayList<>();
        for (UUID memberId : memberIds) {
            results.add(directory.member(workspaceId, memberId).map(member -> {
                if (!member.state().invitable()) {
                    return new Outcome(memberId, null, null, "not-invitable",
                            "the member is " + member.state() + " and cannot be invited now");
                }
                UUID invitationId = UUID.randomUUID();
                commands.send(new InviteMember(invitationId, workspaceId, member.email(), roles, locale,
                        actor.accountId()), actor.id(), null);
                return new Outcome(memberId, invitationId, InvitationStatus.REQUESTED.name(), null, null);
            }).orElseGet(() -> new Outcome(memberId, null, null, "not-found", "no such member in this workspace")));
        }
        int invited = (int) results.stream().filter(r -> r.invitationId() != null).count();
        return new BulkResponse(memberIds.size(), invited, results);
    }
}
