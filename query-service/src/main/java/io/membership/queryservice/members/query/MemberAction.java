package io.membership.queryservice.members.query;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an admin may do to a member row; the wire names are the members page's button ids. */
public enum MemberAction {
    INVITE("invite"),
    RE_INVITE("re-invite"),
    CANCEL("cancel"),
    REVOKE("revoke"),
    REMOVE("remove"),
    EDIT_ROLES("edit-roles"),
    EDIT_TAGS("edit-tags"),
    ASSIGN_SEATS("assign-seats"),
    TRANSFER_OWNERSHIP("transfer-ownership");

    private final String wireName;

    MemberAction(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
