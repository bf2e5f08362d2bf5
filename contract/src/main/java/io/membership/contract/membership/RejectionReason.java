package io.membership.contract.membership;

public enum RejectionReason {
    NO_FREE_SEAT, ALREADY_ACTIVE, ALREADY_INVITED, NOT_ALLOWED, UNKNOWN_WORKSPACE
}
