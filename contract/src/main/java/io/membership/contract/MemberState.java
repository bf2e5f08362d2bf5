package io.membership.contract;

/** Lifecycle of a member in a workspace, with the guidance an admin sees for it (DESIGN section 2). */
public enum MemberState {
    ADDED(Guidance.INVITE, false),
    INVITED(Guidance.WAIT, true),
    ACTIVE(Guidance.OK, true),
    EXPIRED(Guidance.REINVITE, false),
    DELIVERY_FAILED(Guidance.REINVITE, false),
    REVOKED(Guidance.INVITE, false);

    private final Guidance guidance;
    private final boolean holdsWorkspaceSeat;

    MemberState(Guidance guidance, boolean holdsWorkspaceSeat) {
        this.guidance = guidance;
        this.holdsWorkspaceSeat = holdsWorkspaceSeat;
    }

    public Guidance guidance() {
        return guidance;
    }

    public Confirmation confirmation() {
        return this == ACTIVE ? Confirmation.CONFIRMED : Confirmation.NOT_CONFIRMED;
    }

    public boolean holdsWorkspaceSeat() {
        return holdsWorkspaceSeat;
    }

    /** States from which a new invitation may be issued. */
    public boolean invitable() {
        return this == ADDED || this == EXPIRED || this == DELIVERY_FAILED || this == REVOKED;
    }
}
