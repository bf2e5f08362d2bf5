package io.membership.membershipservice.workspace.web;

import io.membership.contract.membership.ImportMembers;
import io.membership.membershipservice.workspace.command.ImportedRow;
import io.membership.membershipservice.workspace.invitations.ImportInvitations;
import io.membership.platform.errors.ApiException;
import io.membership.platform.security.Actor;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@code POST /workspaces/{ws}/members/import} (text/csv, at most 1 MB and 5,000 rows); with {@code ?invite=true} the
 * imported members are then invited through invitation-service (members that cannot be invited are reported there).
 */
@RestController
class MemberImportController {

    static final int MAX_BYTES = 1024 * 1024;

    record ImportReport(UUID workspaceId, UUID importId, int rows, int added, int updated, int unchanged, int merged,
                        int rejected, List<ImportedRow> members, List<MembersCsvReader.RowProblem> problems,
                        ImportInvitations.Outcome invitations) {
    }

    private final WorkspaceCommands commands;
    private final ImportInvitations invitations;

    MemberImportController(WorkspaceCommands commands, ImportInvitations invitations) {
        this.commands = commands;
        this.invitations = invitations;
    }

    @PostMapping(path = "/workspaces/{workspaceId}/members/import", consumes = "text/csv")
    ImportReport importMembers(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID workspaceId,
                               @RequestParam(defaultValue = "false") boolean invite,
                               HttpServletRequest request) throws IOException {
        Actor actor = Actor.from(jwt);
        MembersCsvReader.Parsed parsed = MembersCsvReader.read(new StringReader(body(request.getInputStream())));
        if (parsed.rows().isEmpty() && parsed.problems().isEmpty()) {
            throw ApiException.badRequest("invalid-csv", "the file has a header but no rows");
        }
        UUID importId = UUID.randomUUID();
        List<ImportedRow> done = commands.send(new ImportMembers(workspaceId, importId, parsed.rows(), parsed.problems().size(),
                actor.accountId()), actor);
        List<MembersCsvReader.RowProblem> problems = new ArrayList<>(parsed.problems());
        List<ImportedRow> members = new ArrayList<>();
        for (ImportedRow row : done) {
            if (row.outcome() == ImportedRow.Outcome.REJECTED) {
                problems.add(new MembersCsvReader.RowProblem(row.line(), row.email(), row.problem()));
            } else {
                members.add(row);
            }
        }
        problems.sort((a, b) -> Long.compare(a.line(), b.line()));
        ImportInvitations.Outcome invited = !invite || members.isEmpty() ? null : invitations.invite(workspaceId,
                members.stream().map(ImportedRow::memberId).toList(), jwt.getTokenValue());
        return new ImportReport(workspaceId, importId, parsed.rows().size() + parsed.merged() + parsed.problems().size(),
                count(members, ImportedRow.Outcome.ADDED), count(members, ImportedRow.Outcome.UPDATED),
                count(members, ImportedRow.Outcome.UNCHANGED), parsed.merged(), problems.size(), members, problems,
                invited);
    }

    private static int count(List<ImportedRow> rows, ImportedRow.Outcome outcome) {
        return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    private static String body(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "csv-too-large",
                    "an import file may have at most 1 MB; split the file");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString().replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("invalid-csv", "the file must be UTF-8 text");
        }
    }
}
