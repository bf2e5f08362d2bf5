package io.membership.membershipservice.workspace.command;

import java.util.UUID;

/** What an import did with one CSV row; {@code problem} says why a REJECTED row was left out. */
public record ImportedRow(int line, UUID memberId, String email, Outcome outcome, String problem) {

    public enum Outcome { ADDED, UPDATED, UNCHANGED, REJECTED }

    static ImportedRow rejected(int line, String email, String problem) {
        return new ImportedRow(line, null, email, Outcome.REJECTED, problem);
    }
}
