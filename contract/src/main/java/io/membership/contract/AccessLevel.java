package io.membership.contract;

/** Access to an add-on product. Only AGENT needs (and holds) a purchased seat. */
public enum AccessLevel {
    NO_ACCESS, VIEWER, AGENT;

    public boolean holdsSeat() {
        return this == AGENT;
    }
}
