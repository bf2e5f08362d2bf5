package io.membership.contract;

/** A member's role in one workspace. MEMBER is the seed articles' "assistant". */
public enum Role {
    MEMBER, ADMIN, OWNER, AUDITOR;

    public boolean administers() {
        return this == OWNER || this == ADMIN;
    }
}
