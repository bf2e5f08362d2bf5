package io.membership.contract.membership;

import io.membership.contract.MemberState;

public enum ReleaseReason {
    EXPIRED(MemberState.EXPIRED),
    DELIVERY_FAILED(MemberState.DELIVERY_FAILED),
    CANCELLED(MemberState.ADDED),
    REVOKED(MemberState.REVOKED);

    private final MemberState resultingState;

    ReleaseReason(MemberState resultingState) {
        this.resultingState = resultingState;
    }

    public MemberState resultingState() {
        return resultingState;
    }
}
